import type { HandlerGroup } from '../router/context';
import { readSettings, readTerminalId } from './settings';

export function appHandlers(version: string): HandlerGroup<'app.status'> {
  return {
    'app.status': (_input, { db }) => {
      const terminalId = readTerminalId(db);
      if (terminalId === null) {
        return { setupRequired: true, storeName: null, terminalId: null, language: 'zh-CN', version };
      }
      const settings = readSettings(db);
      return {
        setupRequired: false,
        storeName: settings.storeName,
        terminalId,
        language: settings.language,
        version,
      };
    },
  };
}
