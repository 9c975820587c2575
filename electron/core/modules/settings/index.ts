export { settingsHandlers } from './handlers';
export {
  readIdleLockSeconds,
  readJsonSetting,
  readSettings,
  readStoreTimeZone,
  readTerminalId,
  writeJsonSetting,
  writeSettings,
} from './repo';
