export { journalHandlers } from './handlers';
export { closeDay, closeEndedPeriods, hasClosures } from './closures';
