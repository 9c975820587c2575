export { queueUnprintedSales } from './documents';
export { salesHandlers } from './handlers';
export { formatReceiptNumber } from './receipt-numbers';
export { findSaleKey, getSaleKey, purchaseHistory, type SaleKey } from './repo';
export { addScrapGold } from './scrap-gold';
export { readSalesSettings } from './settings';
