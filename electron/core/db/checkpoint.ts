import type Database from 'better-sqlite3';

export interface CheckpointOptions {
  /** Quiet time after the last write before the WAL is checkpointed. */
  idleMs?: number;
  /** A till that never pauses is checkpointed anyway this long after its first unflushed write. */
  maxDelayMs?: number;
  log?: (message: string, error: unknown) => void;
}

export interface Checkpointer {
  /** Called after each committed write. */
  noteWrite(): void;
  stop(): void;
}

/**
 * Runs WAL checkpoints off the sale path. The connection has wal_autocheckpoint=0, so no commit ever pays
 * for copying pages back into the database file; instead a PASSIVE checkpoint (which never waits for a
 * lock) runs once the till has been quiet for idleMs after a write, and at the latest maxDelayMs after the
 * first write it has not flushed, so the WAL cannot grow without bound even at a till that never pauses.
 * The core's only connection does the checkpointing, so nothing holds old pages and each one completes.
 */
export function startCheckpointer(db: Database.Database, options: CheckpointOptions = {}): Checkpointer {
  const idleMs = options.idleMs ?? 2_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let dirtySince: number | null = null;
  let lastWrite = 0;
  let timer: NodeJS.Timeout | undefined;

  const checkpoint = (): void => {
    dirtySince = null;
    try {
      if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      log('[checkpoint] WAL checkpoint failed', error);
    }
  };
  // one timer per quiet spell, not one per write: a write only notes its time, and the timer, when it
  // fires early, waits on for whatever the later writes added
  const arm = (now: number): void => {
    const due = Math.min(lastWrite + idleMs, (dirtySince ?? now) + maxDelayMs);
    timer = setTimeout(tick, Math.max(0, due - now));
    timer.unref();
  };
  const tick = (): void => {
    timer = undefined;
    const now = performance.now();
    if (dirtySince === null) return;
    if (now < Math.min(lastWrite + idleMs, dirtySince + maxDelayMs)) arm(now);
    else checkpoint();
  };

  return {
    noteWrite() {
      const now = performance.now();
      dirtySince ??= now;
      lastWrite = now;
      if (timer === undefined) arm(now);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
