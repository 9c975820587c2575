export { printSale, queueUnprintedSales } from './documents';
export { salesHandlers } from './handlers';
export { formatReceiptNumber } from './receipt-numbers';
export { priceSale, type PricedSale } from './cart-pricing';
export { assertSaleIdFree, makeSale, type MadeSale } from './commit';
export { findSaleKey, getSaleKey, purchaseHistory, type SaleKey } from './repo';
export { addScrapGold } from './scrap-gold';
export { readSalesSettings } from './settings';
