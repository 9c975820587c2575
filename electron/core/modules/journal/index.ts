export { journalHandlers } from './handlers';
