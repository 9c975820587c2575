import type Database from 'better-sqlite3';
import { asReadable } from '../../electron/core/db/statements';
import { verifyJournal } from '../../electron/core/journal/verify';

type Db = Database.Database;
const all = <T>(db: Db, sql: string): T[] => db.prepare(sql).all() as T[];
const one = (db: Db, sql: string): unknown => db.prepare(sql).pluck().get();

/** Numbers that must run 1…last with none missing or repeated. */
function gapless(label: string, numbers: number[], last: number): string[] {
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.length !== last || sorted.some((n, i) => n !== i + 1))
    return [`${label}: ${sorted.length} numbers up to ${sorted.at(-1) ?? 0}, counter at ${last}`];
  return [];
}

/** Where one table's totals, recomputed from the documents, differ from the movements stored. */
function mismatches(label: string, stored: Map<string, number>, recomputed: Map<string, number>): string[] {
  const keys = new Set([...stored.keys(), ...recomputed.keys()]);
  return [...keys]
    .filter((key) => (stored.get(key) ?? 0) !== (recomputed.get(key) ?? 0))
    .map((key) => `${label} ${key}: stored ${stored.get(key) ?? 0}, recomputed ${recomputed.get(key) ?? 0}`);
}
const byKey = (rows: { key: string | number; total: number }[]): Map<string, number> =>
  new Map(rows.map((row) => [String(row.key), row.total]));

/**
 * What must hold of a till's file after any crash: SQLite's integrity, the journal's chain, gapless receipt
 * and return numbers, no record without its parts or its journal row, and stock, scrap gold and points
 * equal to what the sales, voids and returns say they should be. The empty list when all hold.
 */
export function checkTill(db: Db): string[] {
  const problems: string[] = [];
  const integrity = one(db, 'PRAGMA integrity_check');
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const foreign = all(db, 'PRAGMA foreign_key_check');
  if (foreign.length > 0) problems.push(`foreign_key_check: ${foreign.length} rows`);
  const journal = verifyJournal(asReadable(db));
  if (!journal.ok) problems.push(`journal: row ${journal.firstBad?.seq} ${journal.firstBad?.reason}`);

  for (const { business_day, last_number } of all<{ business_day: string; last_number: number }>(
    db,
    'SELECT business_day, last_number FROM receipt_counters',
  )) {
    const numbers = db
      .prepare('SELECT receipt_no FROM sales WHERE business_day = ?')
      .pluck()
      .all(business_day) as string[];
    problems.push(
      ...gapless(
        `receipts of ${business_day}`,
        numbers.map((no) => Number(no.split('-').at(-1))),
        last_number,
      ),
    );
  }
  const returnNumbers = (db.prepare('SELECT return_no FROM returns').pluck().all() as string[]).map((no) =>
    Number(no.split('-R').at(-1)),
  );
  problems.push(
    ...gapless(
      'return numbers',
      returnNumbers,
      Number(one(db, 'SELECT coalesce(max(last_number), 0) FROM return_counters')),
    ),
  );

  const counts: [string, string][] = [
    ['SELECT count(*) FROM sales', "SELECT count(*) FROM journal WHERE type = 'sale.committed'"],
    [
      "SELECT count(*) FROM sales WHERE state = 'voided'",
      "SELECT count(*) FROM journal WHERE type = 'sale.voided'",
    ],
    ['SELECT count(*) FROM returns', "SELECT count(*) FROM journal WHERE type = 'return.committed'"],
  ];
  for (const [records, rows] of counts) {
    if (one(db, records) !== one(db, rows)) problems.push(`${records} ≠ ${rows}`);
  }
  const partial: [string, string][] = [
    [
      'sale without lines',
      'SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)',
    ],
    [
      'sale without payments',
      'SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_payments p WHERE p.sale_id = s.id)',
    ],
    [
      'return without lines',
      'SELECT count(*) FROM returns r WHERE NOT EXISTS (SELECT 1 FROM return_lines l WHERE l.return_id = r.id)',
    ],
    [
      'repair without services',
      'SELECT count(*) FROM repair_tickets t WHERE NOT EXISTS (SELECT 1 FROM repair_ticket_services s WHERE s.ticket_id = t.id)',
    ],
    [
      'stock level not the sum of its movements',
      `SELECT count(*) FROM (
         SELECT m.product_id, m.place_id, sum(m.quantity) AS total FROM stock_movements m GROUP BY 1, 2
       ) t LEFT JOIN stock_levels l ON l.product_id = t.product_id AND l.place_id = t.place_id
       WHERE coalesce(l.quantity, 0) <> t.total`,
    ],
    [
      'repair deposit without its ticket',
      'SELECT count(*) FROM repair_payments p WHERE NOT EXISTS (SELECT 1 FROM repair_tickets t WHERE t.id = p.ticket_id)',
    ],
  ];
  for (const [label, sql] of partial) {
    const count = one(db, sql) as number;
    if (count > 0) problems.push(`${count} ${label}`);
  }

  // stock on the shelves moved by trading, per product: minus what was sold, plus what voids and restocked
  // returns put back (SOLD, the repair desk and the written-off goods are not shelves)
  problems.push(
    ...mismatches(
      'stock of product',
      byKey(
        all(
          db,
          `SELECT m.product_id AS key, sum(m.quantity) AS total
                     FROM stock_movements m JOIN stock_places p ON p.id = m.place_id
                     WHERE m.reason IN ('sale', 'void', 'return') AND p.sellable GROUP BY m.product_id`,
        ),
      ),
      byKey(
        all(
          db,
          `SELECT key, sum(q) AS total FROM (
          SELECT l.product_id AS key, -l.quantity AS q FROM sale_lines l WHERE l.kind <> 'tradeIn' AND l.product_id IS NOT NULL
          UNION ALL
          SELECT l.product_id, l.quantity FROM sale_lines l JOIN sales s ON s.id = l.sale_id
            WHERE s.state = 'voided' AND l.kind <> 'tradeIn' AND l.product_id IS NOT NULL
          UNION ALL
          SELECT product_id, quantity FROM return_lines WHERE decision = 'restock')
        GROUP BY key`,
        ),
      ),
    ),
  );
  // old gold taken in by the sales that stand
  problems.push(
    ...mismatches(
      'scrap gold',
      byKey(
        all(db, 'SELECT purity AS key, sum(weight_mg) AS total FROM scrap_gold_movements GROUP BY purity'),
      ),
      byKey(
        all(
          db,
          `SELECT l.purity AS key, sum(l.weight_mg) AS total FROM sale_lines l JOIN sales s ON s.id = l.sale_id
                     WHERE l.kind = 'tradeIn' AND s.state = 'committed' GROUP BY l.purity`,
        ),
      ),
    ),
  );
  // points: earned by the sales that stand, less redeemed, less what returns took back
  problems.push(
    ...mismatches(
      'points of customer',
      byKey(
        all(db, 'SELECT customer_id AS key, sum(points) AS total FROM points_movements GROUP BY customer_id'),
      ),
      byKey(
        all(
          db,
          `SELECT key, sum(p) AS total FROM (
          SELECT customer_id AS key, points_earned - points_redeemed AS p FROM sales
            WHERE state = 'committed' AND customer_id IS NOT NULL
          UNION ALL
          SELECT customer_id, points_restored - points_taken FROM returns WHERE customer_id IS NOT NULL)
        GROUP BY key HAVING sum(p) <> 0`,
        ),
      ),
    ),
  );
  return problems;
}
