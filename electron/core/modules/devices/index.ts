export { deviceHandlers } from './handlers';
export { readDevices } from './repo';
