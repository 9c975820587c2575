export { settingsHandlers } from './handlers';
export {
  readIdleLockSeconds,
  readJsonSetting,
  readSettings,
  readTerminalId,
  writeJsonSetting,
  writeSettings,
} from './repo';
