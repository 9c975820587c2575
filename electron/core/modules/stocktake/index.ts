export { stocktakeHandlers } from './handlers';
