import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedElectronVersion } from './shipped-electron';
import { untarGz } from './untar';

/**
 * Where Electron's type declarations are unpacked when npm dropped the optional `electron` package (its
 * binary could not be downloaded). tsconfig's `paths` looks in the package first, then here.
 */
export function electronTypesDir(appRoot: string): string {
  return join(appRoot, 'node_modules', '.counter-pos-electron-types');
}

export type ElectronTypes = 'package' | 'unpacked' | 'already-unpacked';

/**
 * Makes the main process's imports of Electron type-check without Electron's binary: takes `electron.d.ts` from the
 * shipped version's npm tarball (npm's cache, else the registry). The tarball holds no binary, so this
 * works wherever `npm install` itself works.
 */
export function ensureElectronTypes(appRoot: string, pack = npmPack): ElectronTypes {
  if (existsSync(join(appRoot, 'node_modules', 'electron', 'electron.d.ts'))) return 'package';
  const version = shippedElectronVersion(appRoot);
  const dir = electronTypesDir(appRoot);
  const stamp = join(dir, 'version.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return 'already-unpacked';
  const declarations = untarGz(pack(`electron@${version}`)).get('package/electron.d.ts');
  if (declarations === undefined) throw new Error(`electron@${version} has no electron.d.ts`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron.d.ts'), declarations);
  writeFileSync(stamp, version);
  return 'unpacked';
}

function npmPack(spec: string): Buffer {
  const into = mkdtempSync(join(tmpdir(), 'counter-pos-electron-types-'));
  try {
    const npm = process.env['npm_execpath'];
    const args = ['pack', spec, '--prefer-offline', '--silent', '--pack-destination', into];
    const file = (
      npm !== undefined && npm.endsWith('.js')
        ? execFileSync(process.execPath, [npm, ...args], { encoding: 'utf8' })
        : execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
            encoding: 'utf8',
            shell: process.platform === 'win32',
          })
    ).trim();
    return readFileSync(join(into, file.split('\n').pop() ?? file));
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
}
