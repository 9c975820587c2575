export { currentRate } from './gold-rates';
export { catalogHandlers } from './handlers';
export {
  findProduct,
  getProduct,
  listProducts,
  lookupProduct,
  mostCommonPurity,
  saveProduct,
  searchProducts,
} from './repo';
export { priceForQuantity } from './unit-price';
export { ensureSearchIndex, markSearchIndexCurrent } from './search-index';
export { searchDocument } from './search-tokens';
