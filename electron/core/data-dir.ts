import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'COUNTER_POS_DATA_DIR';
export const DATABASE_FILE = 'counter-pos.db';

/**
 * Where the till keeps its database outside Electron (browser mode, scripts). Electron passes its own
 * userData folder instead. COUNTER_POS_DATA_DIR points elsewhere, as tests and a second till do.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[DATA_DIR_ENV];
  if (override) return override;
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Counter POS');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Counter POS');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Counter POS');
}
