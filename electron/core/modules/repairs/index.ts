export { repairHandlers } from './handlers';
export { readQcTolerances } from './settings';
