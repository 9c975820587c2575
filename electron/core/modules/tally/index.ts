export { tallyHandlers } from './handlers';
