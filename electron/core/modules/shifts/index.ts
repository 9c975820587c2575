export { shiftsHandlers } from './handlers';
export { assertShiftUnlocked, requireOpenShift } from './require';
