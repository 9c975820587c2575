export { catalogIoHandlers } from './handlers';
