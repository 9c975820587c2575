export { queueUnprintedSales } from './documents';
export { salesHandlers } from './handlers';
export { formatReceiptNumber } from './receipt-numbers';
export { findSaleKey, getSaleKey, purchaseHistory, type SaleKey } from './repo';
export { readSalesSettings } from './settings';
