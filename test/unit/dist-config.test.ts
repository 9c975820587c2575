import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron.config';

// The installer is built on another machine (this one cannot fetch Electron): the facts that decide
// whether it starts at all are checked here, from package.json's "build" section.
const root = join(import.meta.dirname, '..', '..');

interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  optionalDependencies: Record<string, string>;
  build: {
    appId: string;
    productName: string;
    electronVersion: string;
    directories: { output: string };
    files: string[];
    asarUnpack: string[];
    npmRebuild: boolean;
    win: { target: { target: string; arch: string[] }[]; icon: string };
    nsis: Record<string, unknown>;
    linux: { target: string[]; category: string; maintainer: string; icon: string };
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

  it('packages the built app and production modules, never sources or tests', () => {
    expect(build.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const included = build.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.every((p) => ['out/**', 'package.json', 'node_modules/**'].includes(p))).toBe(true);
  });

  it('leaves Electron and the checkout-only builds of better-sqlite3 out of the package', () => {
    expect(build.files).toEqual(
      expect.arrayContaining([
        '!node_modules/electron/**',
        '!node_modules/.counter-pos-electron/**',
        '!node_modules/.counter-pos-node-build/**',
      ]),
    );
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

  it('makes a Windows x64 NSIS installer in Chinese that asks where to install', () => {
    expect(build.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(build.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      language: '2052',
      createDesktopShortcut: true,
      shortcutName: '柜台收银',
    });
    expect(build.nsis.installerLanguages).toEqual(expect.arrayContaining(['zh_CN']));
  });

  it('never deletes the till database when the app is uninstalled', () => {
    expect(build.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('makes Linux AppImage and deb packages', () => {
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.linux.category).toBe('Office');
    // deb refuses a maintainer without an e-mail address.
    expect(build.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('names the app and writes installers to dist/', () => {
    expect(build.appId).toBe('cn.counterpos.app');
    expect(build.productName).toBeTruthy();
    expect(build.directories.output).toBe('dist');
  });

  it('has a 512×512 PNG icon', () => {
    for (const icon of [build.win.icon, build.linux.icon]) {
      const png = readFileSync(join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});
