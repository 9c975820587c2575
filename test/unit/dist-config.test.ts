import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import config from '../../electron.config';

// The installer is built on another machine (this one cannot fetch Electron): the facts that decide
// whether it starts at all are checked here, from package.json's "build" section.
const root = join(import.meta.dirname, '..', '..');

interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  optionalDependencies: Record<string, string>;
  build: {
    electronVersion: string;
    files: string[];
    asarUnpack: string[];
    npmRebuild: boolean;
    win: { icon: string };
    nsis: { deleteAppDataOnUninstall: boolean };
    linux: { maintainer: string; icon: string };
  };
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
const { build } = pkg;

/** `^M.m.p` as npm reads it for a major above 0: same major, and not older. */
function satisfiesCaret(version: string, range: string): boolean {
  const wanted = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range)?.slice(1).map(Number);
  const [major, minor, patch] = version.split('.').map(Number);
  if (!wanted || major === undefined || minor === undefined || patch === undefined) return false;
  const [wMajor = 0, wMinor = 0, wPatch = 0] = wanted;
  return major === wMajor && (minor > wMinor || (minor === wMinor && patch >= wPatch));
}

describe('electron-builder configuration', () => {
  it('starts the main process that electron-vite builds', () => {
    const main = config.main?.build;
    const input = main?.rollupOptions?.input;
    expect(main?.outDir).toBe('out/main');
    expect(
      input !== undefined && typeof input === 'object' && !Array.isArray(input) && 'index' in input,
    ).toBe(true);
    expect(normalize(pkg.main)).toBe(normalize('out/main/index.js'));
  });

  it('builds the sandboxed preload as the one CommonJS file main loads', () => {
    const preload = config.preload?.build;
    expect(preload?.outDir).toBe('out/preload');
    expect(preload?.externalizeDeps).toBe(false);
    expect(preload?.rollupOptions?.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
  });

  it('packages the built app and production modules, never sources, tests or the checkout-only builds', () => {
    // electron-builder's own matcher, as it picks the files to copy into the package
    const filter = new FileMatcher(root, 'app', (pattern) => pattern, build.files).createFilter();
    const packaged = (path: string): boolean =>
      filter(join(root, path), { isDirectory: () => false } as never) === true;
    const paths = {
      'out/main/index.js': true,
      'out/renderer/index.html': true,
      'package.json': true,
      'node_modules/zod/package.json': true,
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node': true,
      'node_modules/better-sqlite3/src/better_sqlite3.cpp': false,
      'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.o': false,
      'node_modules/electron/dist/electron': false,
      'node_modules/.counter-pos-electron/better-sqlite3/package.json': false,
      'node_modules/.counter-pos-node-build/better_sqlite3.node': false,
      'electron/main/index.ts': false,
      'renderer/src/main.tsx': false,
      'shared/contract/index.ts': false,
      'test/unit/dist-config.test.ts': false,
      'test.db': false,
    };
    expect(Object.fromEntries(Object.keys(paths).map((path) => [path, packaged(path)]))).toEqual(paths);
  });

  it('rebuilds better-sqlite3 for Electron and keeps its .node outside the asar for the OS loader', () => {
    expect(build.npmRebuild).toBe(true);
    expect(build.asarUnpack).toContain('**/*.node');
    // electron-builder rebuilds in node_modules itself; the wrapper puts Node's build back afterwards.
    expect(pkg.scripts.dist).toContain('tsx electron/cli/electron-dist.ts');
  });

  it('pins the Electron version, which it cannot infer from optionalDependencies', () => {
    expect(build.electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const range = pkg.optionalDependencies.electron;
    expect(range).toBeDefined();
    expect(satisfiesCaret(build.electronVersion, range ?? '')).toBe(true);
    const installed = join(root, 'node_modules', 'electron', 'package.json');
    if (existsSync(installed)) {
      const { version } = JSON.parse(readFileSync(installed, 'utf8')) as { version: string };
      expect(build.electronVersion).toBe(version);
    }
  });

  it('never deletes the till database when the app is uninstalled', () => {
    expect(build.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('gives the deb package a maintainer with an e-mail address, which deb refuses to build without', () => {
    expect(build.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('has a 512×512 PNG icon', () => {
    for (const icon of [build.win.icon, build.linux.icon]) {
      const png = readFileSync(join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});
