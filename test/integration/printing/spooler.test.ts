import { chmodSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spoolerLink } from '../../../electron/core/printing/transports/spooler';
import { PrinterSettings } from '../../../shared/contract/printing';
import { FAST_PRINTING, waitFor } from '../../helpers/printing';
import { openShop, type Shop } from '../../helpers/sales';
import { decodeTspl, labelsOf } from '../../helpers/tspl-decoder';

let shop: Shop | undefined;
let bin: string | undefined;
afterEach(() => {
  shop?.close();
  if (bin) rmSync(bin, { recursive: true, force: true });
  shop = bin = undefined;
});

/**
 * A stand-in for CUPS's lp, a real executable: it keeps its arguments (one a line) and its stdin beside it
 * and answers as lp does. The failing one says what lp says for an unknown queue and exits 1.
 */
const GOOD_LP = `#!/bin/sh
dir=$(dirname "$0")
printf '%s\\n' "$@" > "$dir/argv"
cat > "$dir/stdin"
echo "request id is $4-17 (0 file(s))"
`;
const FAILING_LP = `#!/bin/sh
cat > /dev/null
echo "lp: The printer or class does not exist." >&2
exit 1
`;

function standInLp(script: string): string {
  bin ??= mkdtempSync(join(tmpdir(), 'counter-lp-'));
  // written aside and renamed over: the worker may be running the old one, and Linux refuses writes to it
  writeFileSync(join(bin, 'lp.new'), script);
  chmodSync(join(bin, 'lp.new'), 0o755);
  renameSync(join(bin, 'lp.new'), join(bin, 'lp'));
  return bin;
}

/** A shop whose tags go to a TSPL label printer in the system's spooler, queue TSC_TE244. */
function spoolerShop(dir: string): Shop {
  const s = (shop = openShop({ printing: { ...FAST_PRINTING, spoolerBin: dir } }));
  const { id } = s.ok('office', 'printing.savePrinter', {
    name: '标签机',
    settings: { kind: 'label', transport: { type: 'spooler', queue: 'TSC_TE244' }, dpi: 203 },
  });
  s.ok('office', 'tags.saveSettings', { ...s.ok('office', 'tags.settings', {}), printerId: id });
  return s;
}

const jobOf = (s: Shop, jobId: number) =>
  s
    .ok('office', 'printing.jobs', { states: ['pending', 'printing', 'done', 'failed'] })
    .find((j) => j.id === jobId);

describe('label printers in the system spooler', () => {
  it('hands the tag to lp -o raw -d <queue> on stdin and keeps lp’s request id as the job’s output', async () => {
    const dir = standInLp(GOOD_LP);
    const s = spoolerShop(dir);
    const [job] = s.ok('till', 'tags.print', { productIds: [s.products.bangle] });
    const jobId = (job as { id: number }).id;
    const printed = await waitFor(`tag job ${jobId} to be done`, () => {
      const found = jobOf(s, jobId);
      return found?.state === 'done' && found;
    });

    expect(readFileSync(join(dir, 'argv'), 'utf8').split('\n')).toEqual(['-o', 'raw', '-d', 'TSC_TE244', '']);
    const tspl = decodeTspl(readFileSync(join(dir, 'stdin')));
    expect(labelsOf(tspl)).toHaveLength(1);
    expect(tspl.barcodes.map((b) => [b.type, b.content])).toEqual([['128', '6901234567890']]);
    expect(tspl.commands.at(-1)).toEqual({ name: 'PRINT', args: [1] });
    expect(printed.output).toBe('request id is TSC_TE244-17 (0 file(s))');
  });

  it('keeps the job waiting with lp’s complaint while lp fails, and prints it once lp takes it', async () => {
    const dir = standInLp(FAILING_LP);
    const s = spoolerShop(dir);
    const [job] = s.ok('till', 'tags.print', { productIds: [s.products.jade] });
    const jobId = (job as { id: number }).id;
    const failing = await waitFor('a failed attempt', () => {
      const found = jobOf(s, jobId);
      return found?.lastError ? found : null;
    });
    expect(failing.lastError).toBe('lp TSC_TE244: lp: The printer or class does not exist. (exit 1)');
    expect(failing.state).not.toBe('failed');
    const [printer] = s.ok('office', 'printing.printers', {}).printers;
    expect(printer).toMatchObject({ status: 'offline', statusError: failing.lastError });

    // the queue is set up in CUPS: the waiting job goes through on a retry
    standInLp(GOOD_LP);
    await waitFor('the retried job to print', () => jobOf(s, jobId)?.state === 'done');
    expect(decodeTspl(readFileSync(join(dir, 'stdin'))).barcodes.map((b) => b.content)).toEqual(['YP-0001']);
  });

  it('says so when lp is not installed, and refuses Windows’ default printer for want of a share name', async () => {
    const empty = standInLp(GOOD_LP);
    rmSync(join(empty, 'lp'));
    const missing = spoolerLink({ type: 'spooler', queue: null }, { timeoutMs: 1_000, binDir: empty });
    await expect(missing.send(Uint8Array.from([0x0d, 0x0a]))).rejects.toMatchObject({
      status: 'offline',
      message: expect.stringMatching(/lp not found: .*CUPS/),
    });
    const windows = spoolerLink({ type: 'spooler', queue: null }, { timeoutMs: 1_000, platform: 'win32' });
    await expect(windows.send(Uint8Array.from([0x0d, 0x0a]))).rejects.toMatchObject({
      status: 'offline',
      message: expect.stringContaining('share name'),
    });
  });

  it('takes a queue name of letters, digits and - _ . or none, and refuses anything else', () => {
    const label = (queue: unknown) =>
      PrinterSettings.safeParse({ kind: 'label', transport: { type: 'spooler', queue } }).success;
    for (const good of ['TSC_TE244', 'Zebra-GK420t', 'label.2', 'a'.repeat(100), null]) {
      expect(label(good), String(good)).toBe(true);
    }
    for (const bad of [
      '',
      ' ',
      'TSC TE244',
      'x;rm -rf ~',
      '..',
      '.',
      'a/b',
      '\\\\server\\x',
      '标签机',
      'a'.repeat(101),
    ]) {
      expect(label(bad), bad).toBe(false);
    }
    expect(label(undefined)).toBe(false);

    // through the router: INVALID_INPUT, and nothing saved
    const s = (shop = openShop({ printing: false }));
    const result = s.call('office', 'printing.savePrinter', {
      name: '标签机',
      settings: { kind: 'label', transport: { type: 'spooler', queue: 'TSC TE244; lp' } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.ok('office', 'printing.printers', {}).printers).toEqual([]);
  });
});
