import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../../../../shared/contract/backups';
import { keyFileOf } from '../../install-keys';

const NAME = /^counter-pos-(.+)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/;

/** Each terminal has its own folder inside the chosen one, so tills sharing a network share never mix. */
export const terminalFolder = (folder: string, terminalId: string): string =>
  join(folder, `counter-pos-${terminalId}`);

/** `counter-pos-T01-20261205T234700123Z.db`: UTC to the millisecond, so names sort as the backups were made. */
export function backupName(terminalId: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `counter-pos-${terminalId}-${stamp}.db`;
}

function instantOf(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}Z` : null;
}

/** The backups in a terminal's folder, newest first (a missing folder holds none). */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const at = instantOf(file);
      return at
        ? [
            {
              file,
              at,
              bytes: statSync(join(dir, file)).size,
              hasKey: existsSync(join(dir, keyFileOf(file))),
            },
          ]
        : [];
    })
    .sort((a, b) => (a.file < b.file ? 1 : -1));
}

/** Deletes all but the newest `keep` backups (each with its key file); returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(keep);
  for (const { file } of old) removeBackup(join(dir, file));
  return old.map(({ file }) => file);
}

export function removeBackup(path: string): void {
  rmSync(path, { force: true });
  rmSync(keyFileOf(path), { force: true });
}
