import type { HandlerGroup } from '../router/context';
import { DEFAULT_TIME_ZONE } from '../../../shared/contract/settings';
import { readSettings, readTerminalId } from './settings';

export function appHandlers(version: string): HandlerGroup<'app.status'> {
  return {
    'app.status': (_input, { db }) => {
      const terminalId = readTerminalId(db);
      if (terminalId === null) {
        return {
          setupRequired: true,
          storeName: null,
          terminalId: null,
          language: 'zh-CN',
          timeZone: DEFAULT_TIME_ZONE,
          version,
        };
      }
      const settings = readSettings(db);
      return {
        setupRequired: false,
        storeName: settings.storeName,
        terminalId,
        language: settings.language,
        timeZone: settings.timeZone,
        version,
      };
    },
  };
}
