import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCheckpointer } from '../../../electron/core/db/checkpoint';

afterEach(() => {
  vi.useRealTimers();
});

function fakeDb() {
  const pragma = vi.fn();
  return { db: { open: true, pragma } as unknown as Database.Database, pragma };
}

describe('WAL checkpoints off the sale path', () => {
  it('run a PASSIVE checkpoint once the till has been quiet for a while after a write', () => {
    vi.useFakeTimers();
    const { db, pragma } = fakeDb();
    const checkpoints = startCheckpointer(db, { idleMs: 2_000, maxDelayMs: 60_000 });
    checkpoints.noteWrite();
    vi.advanceTimersByTime(1_500);
    checkpoints.noteWrite();
    vi.advanceTimersByTime(1_999);
    expect(pragma).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(pragma).toHaveBeenCalledExactlyOnceWith('wal_checkpoint(PASSIVE)');
    vi.advanceTimersByTime(10_000);
    expect(pragma).toHaveBeenCalledOnce();
  });

  it('still run at a till that never pauses, so the WAL cannot grow without bound', () => {
    vi.useFakeTimers();
    const { db, pragma } = fakeDb();
    const checkpoints = startCheckpointer(db, { idleMs: 2_000, maxDelayMs: 10_000 });
    for (let second = 0; second < 25; second++) {
      checkpoints.noteWrite();
      vi.advanceTimersByTime(1_000);
    }
    expect(pragma.mock.calls.length).toBeGreaterThanOrEqual(2);
    checkpoints.stop();
  });

  it('do nothing once stopped', () => {
    vi.useFakeTimers();
    const { db, pragma } = fakeDb();
    const checkpoints = startCheckpointer(db, { idleMs: 100 });
    checkpoints.noteWrite();
    checkpoints.stop();
    vi.advanceTimersByTime(1_000);
    expect(pragma).not.toHaveBeenCalled();
  });
});
