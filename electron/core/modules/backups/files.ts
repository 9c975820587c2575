import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../../../../shared/contract/backups';
import { keyFileOf } from '../../install-keys';

const NAME = /^counter-pos-(.+)-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})\.db$/;

/** Each terminal has its own folder inside the chosen one, so tills sharing a network share never mix. */
export const terminalFolder = (folder: string, terminalId: string): string =>
  join(folder, `counter-pos-${terminalId}`);

/**
 * `2026-12-05-234700123`: UTC to the millisecond, so names sort as the backups were made. The date keeps its
 * hyphens and stands apart from the time: run together, the digits could read as a card number (13–19 of
 * them passing Luhn), which the till refuses to hold anywhere.
 */
export function fileStamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 23).replace(/[:.]/g, '')}`;
}

/** `counter-pos-T01-2026-12-05-234700123.db`. */
export const backupName = (terminalId: string, at: Date): string =>
  `counter-pos-${terminalId}-${fileStamp(at)}.db`;

function instantOf(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z` : null;
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
