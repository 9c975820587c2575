import type { HandlerGroup } from '../../router/context';
import { readSettings, writeSettings } from './repo';

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),

  'settings.update': (input, ctx) => {
    const before = readSettings(ctx.db);
    const changed = Object.fromEntries(
      Object.entries(input).filter(
        ([key, value]) => value !== undefined && before[key as keyof typeof before] !== value,
      ),
    );
    if (Object.keys(changed).length > 0) {
      writeSettings(ctx.db, changed);
      ctx.journal('settings.changed', changed);
    }
    return readSettings(ctx.db);
  },
};
