import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tests and browser mode load node_modules/better-sqlite3 built for Node. Electron has another ABI, so
 * its build lives in a copy of the module beside it instead of replacing Node's (no rebuilding back and
 * forth). Postinstall writes there; the unpackaged Electron main loads from there.
 */
export function electronModuleDir(appRoot: string): string {
  return join(appRoot, 'node_modules', '.counter-pos-electron', 'better-sqlite3');
}

export function electronNativeBinding(appRoot: string): string {
  return join(electronModuleDir(appRoot), 'build', 'Release', 'better_sqlite3.node');
}

export interface InstalledElectron {
  version: string;
  binary: string;
}

/**
 * The Electron that npm installed with its binary, or null. The `electron` package can be present
 * without one (ELECTRON_SKIP_BINARY_DOWNLOAD=1, a failed download): its install script writes path.txt
 * only after unpacking the binary into dist/.
 */
export function installedElectron(appRoot: string): InstalledElectron | null {
  const packageDir = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  if (!existsSync(binary)) return null;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { version, binary };
}
