import { Worker } from 'node:worker_threads';
import type { BackupCheck } from './verify';

/** The worker's built file beside the bundled main process (electron.config.ts names the entry). */
export const VERIFY_WORKER_ENTRY = 'backup-verify';

/**
 * The built worker in the packaged app; from source (browser mode under tsx, the tests) a small bootstrap
 * that loads the TypeScript entry through tsx. The names are joined at run time so the bundler does not
 * take them for assets of its own.
 */
function workerFiles(): { script: URL; entry?: string } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL(['.', `${VERIFY_WORKER_ENTRY}.js`].join('/'), here) };
  return {
    script: new URL(['.', 'verify-boot.mjs'].join('/'), here),
    entry: new URL('./verify-worker.ts', here).href,
  };
}

/** Checks a backup (see checkBackupFile) in a worker thread, off the thread that serves the till. */
export function checkInWorker(file: string, nativeBinding?: string): Promise<BackupCheck> {
  const { script, entry } = workerFiles();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { entry, file, nativeBinding } });
    worker.once('message', (check: BackupCheck) => resolve(check));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the verify worker stopped (exit ${code})`)));
  });
}
