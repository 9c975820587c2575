import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The checkout (or unpacked app) these scripts run from. */
export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function appVersion(): string {
  return (JSON.parse(readFileSync(`${APP_ROOT}/package.json`, 'utf8')) as { version: string }).version;
}
