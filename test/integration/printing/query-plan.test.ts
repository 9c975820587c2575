import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { QUEUED_BEFORE, WAITING_JOBS } from '../../../electron/core/printing/queue';
import { tempDir } from '../../helpers/core';

describe('the print queue', () => {
  it('finds waiting jobs through the state index, in order, at every poll', () => {
    const db = new Database(join(tempDir(), 'plan.db'));
    migrate(db);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${WAITING_JOBS}`).all() as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(plan[0]).toBe('SEARCH j USING INDEX print_jobs_state (state=?)');
    expect(plan.some((step) => step.startsWith('SCAN') || step.includes('TEMP B-TREE'))).toBe(false);
    db.close();
  });

  it('tells whether a piece was tagged before through the reference index', () => {
    const db = new Database(join(tempDir(), 'plan.db'));
    migrate(db);
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${QUEUED_BEFORE}`).all('tag', 'JZ-0001') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan).toEqual([
      'SEARCH print_jobs USING INDEX print_jobs_reference (document_type=? AND reference=?)',
    ]);
    db.close();
  });
});
