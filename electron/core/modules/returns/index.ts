export { returnsHandlers } from './handlers';
