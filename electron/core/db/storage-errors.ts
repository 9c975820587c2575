/** What a failed write says about the disk under the till, as the codes the cashier is shown. */
export type StorageFailure = 'DISK_FULL' | 'STORAGE_READONLY';

/**
 * Recognises a full or read-only disk, from SQLite (better-sqlite3's SqliteError carries SQLite's
 * extended code: SQLITE_FULL, SQLITE_READONLY_*) or from Node's file calls (ENOSPC, EROFS). Anything else
 * is not the disk's fault and stays an internal error.
 */
export function storageFailure(error: unknown): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL';
  if (code === 'EROFS' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_'))
    return 'STORAGE_READONLY';
  return null;
}
