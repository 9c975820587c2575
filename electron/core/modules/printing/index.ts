export { printingHandlers } from './handlers';
