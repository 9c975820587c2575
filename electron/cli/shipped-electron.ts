import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron version the app ships with (`build.electronVersion`, what electron-builder packages).
 * Builds and type checks follow it, so they do not depend on npm having kept the optional `electron`
 * package: npm drops it silently when its binary cannot be downloaded.
 */
export function shippedElectronVersion(appRoot: string): string {
  const manifest = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
    build?: { electronVersion?: unknown };
  };
  const version = manifest.build?.electronVersion;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error('package.json build.electronVersion must be an exact Electron version such as 45.6.1');
  }
  return version;
}
