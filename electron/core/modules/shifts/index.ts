export { shiftsHandlers } from './handlers';
export { assertShiftUnlocked, requireOpenShift } from './require';
export { findOpenShift } from './repo';
