import { afterEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/contract';
import { appendJournal } from '../../../electron/core/journal/append';
import { enqueuePrint } from '../../../electron/core/printing/queue';
import type { PrintWorkerOptions } from '../../../electron/core/printing/worker';
import { TEMPLATES } from '../../../shared/print/templates';
import { openStaffedTill } from '../../helpers/core';
import { containsBytes, decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter, freePort, type FakePrinterBehaviour } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
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

const sale = TEMPLATES.receipt.sample();
const DRAWER_PIN_2 = [0x1b, 0x70, 0x00, 0x19, 0xfa];

/** A till whose receipt printer listens (or will) on `port`; it records every event pushed. */
function tillPrintingTo(port: number, options: PrintWorkerOptions = {}): Till & { events: PushEvent[] } {
  const t = (till = openStaffedTill({ printing: { ...FAST_PRINTING, ...options } }));
  const events: PushEvent[] = [];
  t.core.events.subscribe((_session, event) => events.push(event));
  const { id } = t.ok('admin', 'printing.savePrinter', tcpPrinter(port));
  t.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
  return Object.assign(t, { events });
}

/** The sale's transaction: its journal row and its receipt job commit together. */
function commitSale(t: Till, receiptNo = sale.receiptNo): number {
  return t.core.db.transaction(() => {
    appendJournal(t.core.db, 'T01', t.clock.now(), {
      type: 'sale.committed',
      actorId: t.ids.zhang,
      payload: { receiptNo },
    });
    return enqueuePrint(t.core.db, {
      documentType: 'receipt',
      reference: receiptNo,
      data: { ...sale, receiptNo },
      now: t.clock.now(),
    }).id;
  })();
}

const jobRow = (t: Till, id: number): { state: string; attempts: number; last_error: string | null } =>
  t.core.db.prepare('SELECT state, attempts, last_error FROM print_jobs WHERE id = ?').get(id) as never;

function expectWholeReceipt(bytes: Uint8Array | undefined, receiptNo = sale.receiptNo): void {
  const events = decodeEscPos(bytes as Uint8Array);
  const printed = textOf(events);
  for (const item of sale.items) expect(printed).toContain(item.name);
  expect(printed).toContain(receiptNo);
  expect(printed).toContain('谢谢惠顾');
  expect(events.at(-1)?.type).toBe('cut');
}

describe('a printer that is down', () => {
  it('never blocks the sale: the job waits, then prints exactly once when the printer comes up', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    const jobId = commitSale(t);
    expect(
      t.core.db.prepare(`SELECT count(*) FROM journal WHERE type = 'sale.committed'`).pluck().get(),
    ).toBe(1);

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
    expectWholeReceipt(bytes);
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
    const first = commitSale(t, 'T01-20261123-0001');
    const second = commitSale(t, 'T01-20261123-0002');
    await waitFor('a failed attempt', () => jobRow(t, first).attempts >= 1);
    const printer = await startPrinter(port);
    const jobs = await printer.waitForJobs(2);
    await waitFor(
      'both jobs done',
      () => jobRow(t, second).state === 'done' && jobRow(t, first).state === 'done',
    );
    expectWholeReceipt(jobs[0], 'T01-20261123-0001');
    expectWholeReceipt(jobs[1], 'T01-20261123-0002');
    expect(printer.jobs).toHaveLength(2);
  });

  it('leaves the drawer shut when the receipt prints long after the sale', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port, { drawerKickWindowMs: 120_000 });
    const jobId = commitSale(t);
    await waitFor('a failed attempt', () => jobRow(t, jobId).attempts >= 1);
    t.clock.advance(121_000);
    const printer = await startPrinter(port);
    const [bytes] = await printer.waitForJobs(1);
    expectWholeReceipt(bytes);
    expect(containsBytes(bytes as Uint8Array, DRAWER_PIN_2)).toBe(false);
  });

  it('fails at once a job that cannot be rendered, and a retry puts it back', async () => {
    const port = await freePort();
    const t = tillPrintingTo(port);
    const jobId = commitSale(t);
    // the worker looks at the queue on a later turn: the job is spoilt before it does
    const setData = t.core.db.prepare('UPDATE print_jobs SET data = ? WHERE id = ?');
    setData.run('{}', jobId);
    await waitFor('the job to fail', () => jobRow(t, jobId).state === 'failed');
    expect(jobRow(t, jobId)).toMatchObject({
      attempts: 1,
      last_error: expect.stringContaining('cannot render'),
    });
    setData.run(JSON.stringify(sale), jobId);
    expect(t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' }).state).toBe('active');
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
    const cancelled = commitSale(t, 'T01-20261123-0001');
    await waitFor('a failed attempt', () => jobRow(t, cancelled).attempts >= 1);
    t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '8888' });
    await waitFor('the job to wait', () => jobRow(t, cancelled).state === 'pending');
    expect(t.ok('office', 'printing.cancel', { jobId: cancelled }).state).toBe('cancelled');
    const kept = commitSale(t, 'T01-20261123-0002');
    const printer = await startPrinter(port);
    const [only] = await printer.waitForJobs(1);
    await waitFor('the later job to be done', () => jobRow(t, kept).state === 'done');
    // jobs print in the order queued: had the first been sent, it would have come first
    expectWholeReceipt(only, 'T01-20261123-0002');
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
      reference: 'T01-20261123-0001',
    });
  });
});

describe('a printer that misbehaves', () => {
  it('is waited for when it reads slowly', async () => {
    const printer = await startPrinter(0, { slow: { chunk: 64, delayMs: 3 } });
    const t = tillPrintingTo(printer.port, { timeoutMs: 5_000 });
    const jobId = commitSale(t);
    const [bytes] = await printer.waitForJobs(1);
    await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
    expectWholeReceipt(bytes);
    expect(jobRow(t, jobId).attempts).toBe(1);
  });

  it.each(['end', 'reset'] as const)(
    'gets the job again, whole, when it hangs up half-way (%s)',
    async (how) => {
      const printer = await startPrinter(0, { hangUp: { afterBytes: 400, times: 1, how } });
      // a FIN without an answer is noticed only when the status reply is overdue
      const t = tillPrintingTo(printer.port, { timeoutMs: 400 });
      const jobId = commitSale(t);
      const [bytes] = await printer.waitForJobs(1);
      await waitFor('the job to be done', () => jobRow(t, jobId).state === 'done');
      expect(printer.partial).toHaveLength(1);
      expect(printer.partial[0]?.length).toBeLessThan((bytes as Uint8Array).length);
      expectWholeReceipt(bytes);
      expect(printer.jobs).toHaveLength(1);
      expect(jobRow(t, jobId).attempts).toBe(2);
    },
  );

  it('is not sent a job while it is out of paper, and prints once paper is in', async () => {
    const printer = await startPrinter(0, { paper: 'paperOut' });
    const t = tillPrintingTo(printer.port);
    const jobId = commitSale(t);
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
