export { tagsHandlers } from './handlers';
