import { afterEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/contract';
import type { PrintWorkerOptions } from '../../../electron/core/printing/worker';
import { containsBytes, decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter, freePort, type FakePrinterBehaviour } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';

type Till = Shop & { events: PushEvent[] };
let till: Shop | undefined;
const printers: FakePrinter[] = [];
afterEach(async () => {
  till?.close();
  till = undefined;
  await Promise.all(printers.splice(0).map((p) => p.close()));
});

async function startPrinter(port = 0, behaviour: FakePrinterBehaviour = {}): Promise<FakePrinter> {
  const printer = await FakePrinter.start(port, behaviour);
  printers.push(printer);
  return printer;
}

const DRAWER_PIN_2 = [0x1b, 0x70, 0x00, 0x19, 0xfa];

/** A shop whose receipt printer listens (or will) on `port`; it records every event pushed. */
function tillPrintingTo(port: number, options: PrintWorkerOptions = {}): Till {
  const t = (till = openShop({ printing: { ...FAST_PRINTING, ...options } }));
  const events: PushEvent[] = [];
  t.core.events.subscribe((_session, event) => events.push(event));
  const { id } = t.ok('admin', 'printing.savePrinter', tcpPrinter(port));
  t.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
  return Object.assign(t, { events });
}

/** Sells a towel for cash through `sales.commit`; its receipt job is queued just after the answer. */
async function commitSale(t: Till): Promise<{ receiptNo: string; jobId: number }> {
  const committed = t.commit({ lines: [t.line.towel()] }, [cash(5_000)]);
  if (!committed.ok) throw new Error(`sale failed: ${committed.error.code}`);
  await afterCommit();
  const { receiptNo, receiptJobId } = t.ok('till', 'sales.get', { receiptNo: committed.value.receiptNo });
  if (receiptJobId === null) throw new Error('the receipt was not queued');
  return { receiptNo, jobId: receiptJobId };
}

const jobRow = (t: Till, id: number): { state: string; attempts: number; last_error: string | null } =>
  t.core.db.prepare('SELECT state, attempts, last_error FROM print_jobs WHERE id = ?').get(id) as never;

function expectWholeReceipt(bytes: Uint8Array | undefined, receiptNo: string): void {
  const events = decodeEscPos(bytes as Uint8Array);
  const printed = textOf(events);
  expect(printed).toContain('纯棉毛巾');
  expect(printed).toContain(receiptNo);
  expect(printed).toContain('谢谢惠顾');
  expect(events.at(-1)?.type).toBe('cut');
}

describe('a printer that is down', () => {
  it('never blocks the sale: the job waits, then prints exactly once when the printer comes up', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    const { receiptNo, jobId } = await commitSale(t);
    expect(t.journal('sale.committed')).toHaveLength(1);

    const waiting = await waitFor('two failed attempts', () => {
      const row = jobRow(t, jobId);
      return row.attempts >= 2 && row.state === 'pending' && row;
    });
    expect(waiting.last_error).toContain('ECONNREFUSED');
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'printing.printerStatus', status: 'offline' }),
    );

    const printer = await startPrinter(port);
    const [bytes] = await printer.waitForJobs(1);
    await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
    expectWholeReceipt(bytes, receiptNo);
    expect(printer.jobs).toHaveLength(1);
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'printing.printerStatus', status: 'ready' }),
    );
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'printing.jobChanged', jobId, state: 'done' }),
    );
  });

  it('prints what waited in the order it was queued, each once', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    const first = await commitSale(t);
    const second = await commitSale(t);
    await waitFor('a failed attempt', () => jobRow(t, first.jobId).attempts >= 1);
    const printer = await startPrinter(port);
    const jobs = await printer.waitForJobs(2);
    await waitFor(
      'both jobs done',
      () => jobRow(t, second.jobId).state === 'done' && jobRow(t, first.jobId).state === 'done',
    );
    expectWholeReceipt(jobs[0], first.receiptNo);
    expectWholeReceipt(jobs[1], second.receiptNo);
    expect(printer.jobs).toHaveLength(2);
  });

  it('leaves the drawer shut when the receipt prints long after the sale', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port, { drawerKickWindowMs: 120_000 });
    const { receiptNo, jobId } = await commitSale(t);
    await waitFor('a failed attempt', () => jobRow(t, jobId).attempts >= 1);
    t.clock.advance(121_000);
    const printer = await startPrinter(port);
    const [bytes] = await printer.waitForJobs(1);
    expectWholeReceipt(bytes, receiptNo);
    expect(containsBytes(bytes as Uint8Array, DRAWER_PIN_2)).toBe(false);
  });

  it('fails at once a job that cannot be rendered, and a retry puts it back', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    // a fault injected into the queue: the receipt's data is spoilt as it is written, and kept aside
    t.core.db.exec(`
      CREATE TEMP TABLE kept (id INTEGER, data TEXT);
      CREATE TEMP TRIGGER spoil AFTER INSERT ON print_jobs BEGIN
        INSERT INTO kept VALUES (NEW.id, NEW.data);
        UPDATE print_jobs SET data = '{}' WHERE id = NEW.id;
      END`);
    const { jobId } = await commitSale(t);
    t.core.db.exec('DROP TRIGGER spoil');
    await waitFor('the job to fail', () => jobRow(t, jobId).state === 'failed');
    expect(jobRow(t, jobId)).toMatchObject({
      attempts: 1,
      last_error: expect.stringContaining('cannot render'),
    });
    t.core.db.exec('UPDATE print_jobs SET data = (SELECT data FROM kept WHERE kept.id = print_jobs.id)');
    expect(t.ok('till', 'printing.jobs', {}).map((j) => [j.id, j.state])).toEqual([[jobId, 'failed']]);

    const printer = await startPrinter(port);
    expect(t.ok('till', 'printing.retry', { jobId })).toMatchObject({ state: 'pending', attempts: 0 });
    await printer.waitForJobs(1);
    await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
    expect(printer.jobs).toHaveLength(1);
  });
  it('never sends a job cancelled while it waited; the cancel is journaled', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    const { receiptNo: cancelledNo, jobId: cancelled } = await commitSale(t);
    await waitFor('a failed attempt', () => jobRow(t, cancelled).attempts >= 1);
    await waitFor('the job to wait', () => jobRow(t, cancelled).state === 'pending');
    expect(t.ok('office', 'printing.cancel', { jobId: cancelled }).state).toBe('cancelled');
    const { receiptNo: keptNo, jobId: kept } = await commitSale(t);
    const printer = await startPrinter(port);
    const [only] = await printer.waitForJobs(1);
    await waitFor('the later job to be done', () => jobRow(t, kept).state === 'done');
    // jobs print in the order queued: had the first been sent, it would have come first
    expectWholeReceipt(only, keptNo);
    expect(jobRow(t, cancelled).state).toBe('cancelled');
    const entry = t.core.db
      .prepare(`SELECT actor_id, payload FROM journal WHERE type = 'printing.cancelled'`)
      .get() as {
      actor_id: number;
      payload: string;
    };
    expect(entry.actor_id).toBe(t.ids.wang);
    expect(JSON.parse(entry.payload)).toEqual({
      jobId: cancelled,
      documentType: 'receipt',
      reference: cancelledNo,
    });
  });
});

describe('a printer that misbehaves', () => {
  it('is waited for when it reads slowly', async () => {
    const printer = await startPrinter(0, { slow: { chunk: 64, delayMs: 3 } });
    const t = tillPrintingTo(printer.port, { timeoutMs: 5_000 });
    const { receiptNo, jobId } = await commitSale(t);
    const [bytes] = await printer.waitForJobs(1);
    await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
    expectWholeReceipt(bytes, receiptNo);
    expect(jobRow(t, jobId).attempts).toBe(1);
  });

  it.each(['end', 'reset'] as const)(
    'gets the job again, whole, when it hangs up half-way (%s)',
    async (how) => {
      const printer = await startPrinter(0, { hangUp: { afterBytes: 400, times: 1, how } });
      // a FIN without an answer is noticed only when the status reply is overdue
      const t = tillPrintingTo(printer.port, { timeoutMs: 400 });
      const { receiptNo, jobId } = await commitSale(t);
      const [bytes] = await printer.waitForJobs(1);
      await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
      expect(printer.partial).toHaveLength(1);
      expect(printer.partial[0]?.length).toBeLessThan((bytes as Uint8Array).length);
      expectWholeReceipt(bytes, receiptNo);
      expect(printer.jobs).toHaveLength(1);
      expect(jobRow(t, jobId).attempts).toBe(2);
    },
  );

  it('is not sent a job while it is out of paper, and prints once paper is in', async () => {
    const printer = await startPrinter(0, { paper: 'paperOut' });
    const t = tillPrintingTo(printer.port);
    const { jobId } = await commitSale(t);
    const waiting = await waitFor('two refused attempts', () => {
      const row = jobRow(t, jobId);
      return row.attempts >= 2 && row.state === 'pending' && row;
    });
    expect(printer.jobs).toEqual([]);
    expect(waiting.last_error).toBe('out of paper');
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'printing.printerStatus', status: 'paperOut' }),
    );

    printer.behaviour.paper = 'paperLow';
    await printer.waitForJobs(1);
    await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
    expect(t.core.db.prepare('SELECT status FROM printers').pluck().get()).toBe('paperLow');
  });
});

describe('an idle printer', () => {
  it('is looked at now and then, so a banner shows before the next sale needs it', async () => {
    const printer = await startPrinter(0, { paper: 'paperLow' });
    const t = tillPrintingTo(printer.port, { healthCheckMs: 50 });
    await waitFor('the paper warning', () =>
      t.events.some((e) => e.type === 'printing.printerStatus' && e.status === 'paperLow'),
    );
    expect(printer.jobs).toEqual([]);
    await printer.close();
    await waitFor('the printer reported offline', () =>
      t.events.some((e) => e.type === 'printing.printerStatus' && e.status === 'offline'),
    );
    expect(t.ok('admin', 'printing.printers', {}).printers[0]).toMatchObject({
      status: 'offline',
      statusError: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
