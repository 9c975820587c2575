// `npm run torture -- N`: N times, a till core in a child process trades until it is SIGKILLed at a random
// moment; after each kill the file is opened as the next start would open it and checked (checks.ts).
// Prints one line per kill, the tally, and last one JSON line {"kills", "clean", "failures"}.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/core/db/open';
import { DATABASE_FILE } from '../../electron/core/data-dir';
import { Random } from '../../electron/core/demo/random';
import { checkTill } from './checks';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = join(ROOT, 'test', 'torture', 'worker.ts');
// bundled once per run: a start through tsx's loader costs seconds, and the worker starts once per kill
const BUNDLE = join(ROOT, 'test', '.artifacts', 'torture-worker.mjs');

export interface TortureResult {
  kills: number;
  clean: number;
  failures: { kill: number; problems: string[] }[];
}

/** Starts the worker, lets it trade for a random while once it says it is ready, and SIGKILLs it. */
function tradeAndKill(dataDir: string, seed: number, tradeMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUNDLE, dataDir, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!killed && chunk.toString().includes('ready')) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), tradeMs);
      }
    });
    child.on('exit', (_code, signal) =>
      resolve(
        signal === 'SIGKILL'
          ? null
          : `the worker stopped by itself: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
      ),
    );
  });
}

export async function torture(kills: number, seed = Date.now() % 1_000_000): Promise<TortureResult> {
  const random = new Random(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-pos-torture-'));
  const result: TortureResult = { kills: 0, clean: 0, failures: [] };
  await build({
    entryPoints: [WORKER],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    for (let kill = 1; kill <= kills; kill++) {
      const tradeMs = random.int(5, 400);
      const stopped = await tradeAndKill(dataDir, random.int(1, 1_000_000), tradeMs);
      result.kills++;
      // opened as the next start opens it: WAL recovery, then the checks
      const db = openDatabase(join(dataDir, DATABASE_FILE));
      const problems = [...(stopped ? [stopped] : []), ...checkTill(db)];
      const sales = db.prepare('SELECT count(*) FROM sales').pluck().get() as number;
      db.close();
      if (problems.length === 0) result.clean++;
      else result.failures.push({ kill, problems });
      console.log(
        `kill ${kill}/${kills} after ${tradeMs} ms: ${sales} sales, ${problems.length === 0 ? 'clean' : problems.join('; ')}`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kills = Number(process.argv[2] ?? 50);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const result = await torture(kills, seed);
  console.log(`survived ${result.clean} of ${result.kills} kills`);
  console.log(JSON.stringify(result));
  process.exitCode = result.failures.length === 0 ? 0 : 1;
}
