export { repairHandlers } from './handlers';
