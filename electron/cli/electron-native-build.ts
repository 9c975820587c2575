import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { electronModuleDir, electronNativeBinding, type InstalledElectron } from './electron-native';
import { packageBin, runNode } from './electron-run';

const HEADERS_URL = 'https://www.electronjs.org/headers';

/**
 * npm hands its configuration to scripts as npm_config_* variables, which prebuild-install and node-gyp
 * read. These would aim the build at Node rather than Electron: `nodedir` (set in ~/.npmrc on some
 * machines) makes node-gyp compile against Node's headers whatever --target says.
 */
const RETARGETING_CONFIG = new Set([
  'nodedir',
  'target',
  'runtime',
  'disturl',
  'dist_url',
  'arch',
  'target_arch',
  'platform',
  'target_platform',
  'build_from_source',
]);

export function nativeBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      const name = key.toLowerCase();
      return !(name.startsWith('npm_config_') && RETARGETING_CONFIG.has(name.slice('npm_config_'.length)));
    }),
  );
}

export interface NativeTarget {
  moduleVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

const nodeModuleDir = (appRoot: string): string => join(appRoot, 'node_modules', 'better-sqlite3');
const stampFile = (appRoot: string): string => join(electronModuleDir(appRoot), 'counter-pos-build.json');

/** An upgrade of better-sqlite3 needs a new build as much as an upgrade of Electron does. */
export function nativeTarget(appRoot: string, electron: InstalledElectron): NativeTarget {
  const manifest = JSON.parse(readFileSync(join(nodeModuleDir(appRoot), 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    moduleVersion: manifest.version,
    electronVersion: electron.version,
    platform: process.platform,
    arch: process.arch,
  };
}

/** Written only after a build succeeded, so a stale or half-made copy is never taken for current. */
export function recordBuilt(appRoot: string, target: NativeTarget): void {
  writeFileSync(stampFile(appRoot), JSON.stringify(target));
}

export function isBuilt(appRoot: string, target: NativeTarget): boolean {
  if (!existsSync(electronNativeBinding(appRoot)) || !existsSync(stampFile(appRoot))) return false;
  return readFileSync(stampFile(appRoot), 'utf8') === JSON.stringify(target);
}

/** Copies the module's sources and scripts beside it; Node's build/ stays where it is, untouched. */
export function stageModuleCopy(appRoot: string): void {
  const source = nodeModuleDir(appRoot);
  const nodeBuild = join(source, 'build');
  const staged = electronModuleDir(appRoot);
  rmSync(staged, { recursive: true, force: true });
  cpSync(source, staged, { recursive: true, filter: (path) => path !== nodeBuild });
}

/** The node-gyp npm runs scripts with, else the project's, else the one npm bundles beside this Node. */
function nodeGypScript(appRoot: string): string | undefined {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(packageBin('node-gyp', appRoot));
  } catch {
    // not installed in the project: npm's own copy below
  }
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((candidate) => candidate !== undefined && existsSync(candidate));
}

async function downloadPrebuilt(appRoot: string, target: NativeTarget): Promise<boolean> {
  const script = packageBin('prebuild-install', nodeModuleDir(appRoot));
  const args = ['--runtime', 'electron', '--target', target.electronVersion, '--arch', target.arch];
  return (await runNode(script, args, { cwd: electronModuleDir(appRoot), env: nativeBuildEnv() })) === 0;
}

async function compile(appRoot: string, target: NativeTarget): Promise<boolean> {
  const script = nodeGypScript(appRoot);
  if (script === undefined) return false;
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${target.electronVersion}`,
    `--dist-url=${HEADERS_URL}`,
    `--arch=${target.arch}`,
    // electron-builder's rebuild keeps Electron's headers here too: one download serves both.
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ];
  return (await runNode(script, args, { cwd: electronModuleDir(appRoot), env: nativeBuildEnv() })) === 0;
}

export type NativeBuildOutcome = 'up-to-date' | 'built' | 'failed';

/**
 * Makes node_modules/.counter-pos-electron/better-sqlite3 hold a build for the installed Electron:
 * a prebuilt binary if one can be downloaded, else a compile against Electron's headers. Never throws:
 * a failure is a warning, since browser mode does not need this build.
 */
export async function ensureElectronNative(
  appRoot: string,
  electron: InstalledElectron,
  out: Pick<Console, 'log' | 'warn'> = console,
): Promise<NativeBuildOutcome> {
  let label = `better-sqlite3 for Electron ${electron.version}`;
  try {
    const target = nativeTarget(appRoot, electron);
    label = `better-sqlite3 ${target.moduleVersion} for Electron ${target.electronVersion} (${target.platform}-${target.arch})`;
    if (isBuilt(appRoot, target)) {
      out.log(`${label}: already built.`);
      return 'up-to-date';
    }
    out.log(
      `Building ${label} in ${relative(appRoot, electronModuleDir(appRoot))}; Node's build stays as it is.`,
    );
    stageModuleCopy(appRoot);
    const built = (await downloadPrebuilt(appRoot, target)) || (await compile(appRoot, target));
    if (!built || !existsSync(electronNativeBinding(appRoot))) {
      throw new Error('no prebuilt binary could be downloaded and compiling from source failed');
    }
    recordBuilt(appRoot, target);
    out.log(`${label}: built.`);
    return 'built';
  } catch (error) {
    // A half-made copy must not be loaded by Electron as if it were complete.
    rmSync(electronModuleDir(appRoot), { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    out.warn(
      `WARNING: could not build ${label}: ${reason}. Electron cannot open the till database until this ` +
        `succeeds (fix the cause, then run \`npm run postinstall\`); browser mode (npm run web) is unaffected.`,
    );
    return 'failed';
  }
}
