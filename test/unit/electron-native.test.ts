import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronNativeBinding, installedElectron } from '../../electron/cli/electron-native';
import {
  ensureElectronNative,
  isBuilt,
  nativeBuildEnv,
  nativeTarget,
  recordBuilt,
  stageModuleCopy,
} from '../../electron/cli/electron-native-build';
import { restoreNodeBuild, setAsideNodeBuild } from '../../electron/cli/electron-node-build';

// Each test gets a fake checkout: only the files these functions look at, written for real on disk.
let appRoot: string;
beforeEach(() => {
  appRoot = mkdtempSync(join(tmpdir(), 'counter-pos-electron-'));
});
afterEach(() => rmSync(appRoot, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(dirname(join(appRoot, path)), { recursive: true });
  writeFileSync(join(appRoot, path), content);
}
const read = (path: string): string => readFileSync(join(appRoot, path), 'utf8');

const NODE_BINARY = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
function fakeBetterSqlite3(): void {
  write(
    'node_modules/better-sqlite3/package.json',
    JSON.stringify({ name: 'better-sqlite3', version: '12.9.0' }),
  );
  write('node_modules/better-sqlite3/lib/index.js', 'module.exports = 1;');
  write('node_modules/better-sqlite3/src/better_sqlite3.cpp', '// source');
  write(NODE_BINARY, 'built for Node');
}
function fakeElectronPackage(): void {
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '40.10.2' }));
}

describe('installedElectron', () => {
  it('is null without the electron package', () => {
    expect(installedElectron(appRoot)).toBeNull();
  });

  it('is null when the package was installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD)', () => {
    fakeElectronPackage();
    expect(installedElectron(appRoot)).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    fakeElectronPackage();
    write('node_modules/electron/path.txt', 'electron');
    expect(installedElectron(appRoot)).toBeNull();
  });

  it('gives the version and binary when both are installed', () => {
    fakeElectronPackage();
    write('node_modules/electron/path.txt', 'electron');
    write('node_modules/electron/dist/electron', '');
    expect(installedElectron(appRoot)).toEqual({
      version: '40.10.2',
      binary: join(appRoot, 'node_modules', 'electron', 'dist', 'electron'),
    });
  });
});

describe('Electron build of better-sqlite3', () => {
  it('lives outside node_modules/better-sqlite3, so Node keeps its own build', () => {
    expect(relative(appRoot, electronNativeBinding(appRoot))).toBe(
      join(
        'node_modules',
        '.counter-pos-electron',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      ),
    );
  });

  it('is staged from the module without its build and without touching it', () => {
    fakeBetterSqlite3();
    write('node_modules/.counter-pos-electron/better-sqlite3/stale.txt', 'from an older version');
    stageModuleCopy(appRoot);
    const staged = 'node_modules/.counter-pos-electron/better-sqlite3';
    expect(read(`${staged}/package.json`)).toContain('12.9.0');
    expect(read(`${staged}/src/better_sqlite3.cpp`)).toBe('// source');
    expect(existsSync(join(appRoot, staged, 'build'))).toBe(false);
    expect(existsSync(join(appRoot, staged, 'stale.txt'))).toBe(false);
    expect(read(NODE_BINARY)).toBe('built for Node');
  });

  it('counts as built only for the Electron and better-sqlite3 versions it was built for', () => {
    fakeBetterSqlite3();
    const target = nativeTarget(appRoot, { version: '40.10.2', binary: '' });
    stageModuleCopy(appRoot);
    write(relative(appRoot, electronNativeBinding(appRoot)), 'built for Electron');
    expect(isBuilt(appRoot, target)).toBe(false);
    recordBuilt(appRoot, target);
    expect(isBuilt(appRoot, target)).toBe(true);
    expect(isBuilt(appRoot, { ...target, electronVersion: '41.0.0' })).toBe(false);
    expect(isBuilt(appRoot, { ...target, moduleVersion: '12.10.0' })).toBe(false);
    rmSync(electronNativeBinding(appRoot));
    expect(isBuilt(appRoot, target)).toBe(false);
  });

  it('is left alone when already built for this Electron', async () => {
    fakeBetterSqlite3();
    const electron = { version: '40.10.2', binary: '' };
    stageModuleCopy(appRoot);
    write(relative(appRoot, electronNativeBinding(appRoot)), 'built for Electron');
    recordBuilt(appRoot, nativeTarget(appRoot, electron));
    const lines: string[] = [];
    const out = { log: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    expect(await ensureElectronNative(appRoot, electron, out)).toBe('up-to-date');
    expect(lines).toEqual([
      `better-sqlite3 12.9.0 for Electron 40.10.2 (${process.platform}-${process.arch}): already built.`,
    ]);
    expect(readFileSync(electronNativeBinding(appRoot), 'utf8')).toBe('built for Electron');
  });

  it('builds without the npm settings that would aim node-gyp at Node', () => {
    const env = nativeBuildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.19.0',
      npm_config_runtime: 'node',
      npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt' });
  });
});

describe("Node's build during npm run dist", () => {
  it('is set aside and comes back unchanged, replacing what electron-builder rebuilt', () => {
    fakeBetterSqlite3();
    setAsideNodeBuild(appRoot);
    expect(existsSync(join(appRoot, NODE_BINARY))).toBe(false);
    write(NODE_BINARY, 'rebuilt for Electron by electron-builder');
    expect(restoreNodeBuild(appRoot)).toBe(true);
    expect(read(NODE_BINARY)).toBe('built for Node');
    expect(existsSync(join(appRoot, 'node_modules', '.counter-pos-node-build'))).toBe(false);
  });

  it('is recovered first when an earlier run was killed before putting it back', () => {
    fakeBetterSqlite3();
    setAsideNodeBuild(appRoot);
    write(NODE_BINARY, 'rebuilt for Electron by electron-builder');
    setAsideNodeBuild(appRoot);
    restoreNodeBuild(appRoot);
    expect(read(NODE_BINARY)).toBe('built for Node');
  });

  it('leaves nothing of Electron behind when there was no Node build', () => {
    fakeBetterSqlite3();
    rmSync(join(appRoot, 'node_modules', 'better-sqlite3', 'build'), { recursive: true });
    setAsideNodeBuild(appRoot);
    write(NODE_BINARY, 'rebuilt for Electron by electron-builder');
    restoreNodeBuild(appRoot);
    expect(existsSync(join(appRoot, NODE_BINARY))).toBe(false);
  });

  it('has nothing to restore when nothing was set aside', () => {
    fakeBetterSqlite3();
    expect(restoreNodeBuild(appRoot)).toBe(false);
    expect(read(NODE_BINARY)).toBe('built for Node');
  });
});
