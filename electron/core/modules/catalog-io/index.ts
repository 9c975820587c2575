export { catalogIoHandlers } from './handlers';
export { writeXlsx } from './xlsx';
export type { OutCell } from './sheet';
