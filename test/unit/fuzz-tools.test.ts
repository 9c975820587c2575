import { join } from 'node:path';
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase } from '../../electron/core/db/open';
import { contract } from '../../shared/contract';
import { tempDir } from '../helpers/core';
import { changedTables, fingerprinter } from '../helpers/db-fingerprint';
import { arbitrariesFor, inputArbitrary } from '../helpers/zod-arbitrary';

const NO_HINTS = { strings: [], integers: [] };
const sample = (arbitrary: fc.Arbitrary<unknown>, numRuns = 400): unknown[] =>
  fc.sample(arbitrary, { seed: 7, numRuns });

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the database fingerprint of the contract fuzz', () => {
  it('sees an UPDATE that leaves every count alone, and not a write that rolled back', () => {
    dir = tempDir();
    const db = openDatabase(join(dir, 'f.db'));
    db.exec(
      'CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE b (k TEXT PRIMARY KEY, n) WITHOUT ROWID',
    );
    db.exec("INSERT INTO a (v) VALUES ('x'), ('y'); INSERT INTO b VALUES ('k', 1)");
    const take = fingerprinter(db);
    const start = take();
    db.exec("UPDATE a SET v = 'z' WHERE id = 2");
    const updated = take();
    expect(changedTables(start, updated)).toEqual(['a (2 → 2 rows)']);
    db.exec('UPDATE b SET n = 2; UPDATE b SET n = 1');
    expect(changedTables(updated, take())).toEqual([]);
    expect(() =>
      db.transaction(() => {
        db.exec('DELETE FROM b');
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    expect(changedTables(updated, take())).toEqual([]);
    db.close();
  });
});

describe('arbitraries from zod schemas', () => {
  it('build for the input of every channel in the contract', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(() => sample(inputArbitrary(def.input, NO_HINTS), 20), name).not.toThrow();
    }
  });

  it('give valid values at the limits and invalid ones just past them', () => {
    const text = z.string().trim().min(2).max(5);
    const textual = arbitrariesFor(text, NO_HINTS);
    const validLengths = new Set(sample(textual.valid).map((v) => (v as string).trim().length));
    expect(validLengths).toContain(2);
    expect(validLengths).toContain(5);
    expect(sample(textual.valid).every((v) => text.safeParse(v).success)).toBe(true);
    expect(sample(textual.invalid).some((v) => typeof v === 'string' && v.length === 6)).toBe(true);
    expect(sample(textual.invalid).every((v) => !text.safeParse(v).success)).toBe(true);

    const amount = z.number().int().nonnegative().max(1_000).positive();
    const amounts = arbitrariesFor(amount, NO_HINTS);
    expect(sample(amounts.valid)).toEqual(expect.arrayContaining([1, 1_000]));
    expect(sample(amounts.valid).every((v) => amount.safeParse(v).success)).toBe(true);
    expect(sample(amounts.invalid)).toEqual(expect.arrayContaining([0, 1_001, 1.5]));
    expect(sample(amounts.invalid).every((v) => !amount.safeParse(v).success)).toBe(true);
  });

  it('refuse a schema kind they do not know, rather than send it nothing', () => {
    expect(() => arbitrariesFor(z.bigint(), NO_HINTS)).toThrow(/no generator for the schema kind 'bigint'/);
  });

  it('mix wholly valid inputs with inputs that have one defect each', () => {
    const schema = z
      .object({ id: z.number().int().positive(), note: z.string().max(10).nullable() })
      .strict();
    const results = sample(inputArbitrary(schema, NO_HINTS)).map((v) => schema.safeParse(v).success);
    expect(results.filter(Boolean).length).toBeGreaterThan(100);
    expect(results.filter((ok) => !ok).length).toBeGreaterThan(100);
  });
});
