import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// root writes through any mode bits: as root, the till is started as nobody, for whom they hold
const NOBODY = 65_534;
const asRoot = process.getuid?.() === 0;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A data folder the till's account owns (nobody's, when the test runs as root). */
function ownedDataDir(): string {
  const parent = tempDir();
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'data');
  mkdirSync(dataDir, { mode: 0o700 });
  return dataDir;
}
const giveAway = (path: string): void => {
  if (asRoot) chownSync(path, NOBODY, NOBODY);
};

/** Starts browser mode on dataDir and returns what it printed once it names its address. */
function startBrowserMode(dataDir: string): Promise<{ stdout: string; stderr: string; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/web.ts'], {
    cwd: ROOT,
    env: { ...process.env, COUNTER_POS_DATA_DIR: dataDir, COUNTER_POS_PORT: '0' },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /open:\s+(\S+)/.exec(stdout)?.[1];
      if (url) resolve({ stdout, stderr, url });
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${stdout}${stderr}`)));
  });
}

async function expectReasonShown(dataDir: string, path: string): Promise<void> {
  const { stderr, url } = await startBrowserMode(dataDir);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('柜台收银无法启动 / Counter POS could not start');
  expect(lines[0]).toContain(`无法写入数据文件 ${path}`);
  expect(lines[0]).toContain(`Cannot write the data file ${path}`);
  expect(stderr).not.toMatch(/\n\s+at /);
  const page = await fetch(url);
  expect(page.status).toBe(503);
  const html = await page.text();
  expect(html).toContain('data-code="STORAGE_UNUSABLE"');
  expect(html).toContain(`无法写入数据文件 ${path}`);
  const api = await fetch(new URL('/api/invoke', url), { method: 'POST', body: '{}' });
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe('STORAGE_UNUSABLE');
}

describe('starting on storage the till cannot write', () => {
  it('a read-only data folder: browser mode says why in one line and the page shows it', async () => {
    const dataDir = ownedDataDir();
    openDatabase(join(dataDir, 'counter-pos.db')).close();
    giveAway(dataDir);
    giveAway(join(dataDir, 'counter-pos.db'));
    chmodSync(dataDir, 0o500);
    await expectReasonShown(dataDir, dataDir);
  });

  it('a read-only database file in a writable folder: the same, naming the file', async () => {
    const dataDir = ownedDataDir();
    const file = join(dataDir, 'counter-pos.db');
    openDatabase(file).close();
    giveAway(dataDir);
    giveAway(file);
    chmodSync(file, 0o400);
    await expectReasonShown(dataDir, file);
  });
});
