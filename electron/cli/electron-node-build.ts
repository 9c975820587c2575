import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * electron-builder's npmRebuild rebuilds node_modules/better-sqlite3 for Electron where it stands, and
 * packages that. For the length of `npm run dist`, Node's build (what tests and browser mode load) waits
 * here, moved rather than copied, and comes back byte for byte afterwards.
 */
const nodeBuildDir = (appRoot: string): string => join(appRoot, 'node_modules', 'better-sqlite3', 'build');
export const nodeBuildAsideDir = (appRoot: string): string =>
  join(appRoot, 'node_modules', '.counter-pos-node-build');

/** Puts Node's build back, discarding whatever electron-builder left in its place. */
export function restoreNodeBuild(appRoot: string): boolean {
  if (!existsSync(nodeBuildAsideDir(appRoot))) return false;
  rmSync(nodeBuildDir(appRoot), { recursive: true, force: true });
  renameSync(nodeBuildAsideDir(appRoot), nodeBuildDir(appRoot));
  return true;
}

export function setAsideNodeBuild(appRoot: string): void {
  // Left over from a run that was killed: the build in place is Electron's, the one aside is Node's.
  restoreNodeBuild(appRoot);
  if (existsSync(nodeBuildDir(appRoot))) renameSync(nodeBuildDir(appRoot), nodeBuildAsideDir(appRoot));
  // Nothing to keep, but restoring must still clear away Electron's build.
  else mkdirSync(nodeBuildAsideDir(appRoot));
}
