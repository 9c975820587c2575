import { afterEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/contract';
import { decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter, freePort } from '../../helpers/fake-printer';
import { tcpPrinter, waitFor } from '../../helpers/printing';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

/**
 * A shop whose receipt printer is switched off (nothing listens on its port), with the print worker's
 * backoff on a clock the test moves: `pass(ms)` moves it and the shop's wall clock together.
 */
async function shopWithPrinterOff() {
  let monotonicMs = 0;
  const port = await freePort();
  const s = (shop = openShop({
    printing: {
      pollMs: 20,
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
      timeoutMs: 1_500,
      healthCheckMs: 0,
      monotonic: () => monotonicMs,
    },
  }));
  const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(port));
  s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
  const events: PushEvent[] = [];
  s.core.events.subscribe((_session, event) => events.push(event));
  const pass = (ms: number): void => {
    monotonicMs += ms;
    s.clock.advance(ms);
  };
  const jobs = () =>
    s.core.db.prepare(`SELECT id, state, attempts FROM print_jobs ORDER BY id`).all() as {
      id: number;
      state: string;
      attempts: number;
    }[];
  /** A towel sold for cash; resolves once the worker has taken up what the sale queued. */
  const sellTowel = async (): Promise<string> => {
    const sale = s.commit({ lines: [s.line.towel()] }, [cash(3_900)]);
    if (!sale.ok) throw new Error(sale.error.code);
    await afterCommit();
    await waitFor('no job on the wire', () => jobs().every((job) => job.state !== 'printing'));
    return sale.value.receiptNo;
  };
  const turnOn = async (): Promise<FakePrinter> => (printer = await FakePrinter.start(port));
  return { s, events, pass, jobs, sellTowel, turnOn };
}

const receiptNumbers = (jobs: Uint8Array[]): string[] =>
  jobs.map((bytes) => /T01-\d{8}-\d{4}/.exec(textOf(decodeEscPos(bytes)))?.[0] ?? '?');

describe('a receipt printer switched off for a while', () => {
  it('prints every receipt of the 18 sales made meanwhile once it is back; none is given up', async () => {
    const { s, pass, jobs, sellTowel, turnOn } = await shopWithPrinterOff();
    s.ok('admin', 'catalog.receiveStock', { productId: s.products.towel, quantity: 10, note: '' });
    const sold: string[] = [];
    for (let i = 0; i < 18; i++) {
      pass(400);
      sold.push(await sellTowel());
    }
    // 7.2 s of backoff clock: tries at 0.4 s, then after 1, 2 and 4 s at most; new sales do not add tries
    expect(jobs()[0]?.attempts).toBeGreaterThanOrEqual(1);
    expect(jobs()[0]?.attempts).toBeLessThanOrEqual(4);
    expect(jobs().filter((job) => job.state !== 'pending')).toEqual([]);

    const on = await turnOn();
    pass(61_000);
    s.core.printing?.wake();
    const printed = await on.waitForJobs(18);
    expect(receiptNumbers(printed)).toEqual(sold);
    await waitFor('every job done', () => jobs().every((job) => job.state === 'done'));
  }, 30_000);

  it('keeps a job waiting however long the printer is off, and alerts after a few minutes', async () => {
    const { events, pass, jobs, sellTowel } = await shopWithPrinterOff();
    pass(400);
    await sellTowel();
    await waitFor('the first try', () => jobs()[0]?.attempts === 1);
    const [job] = jobs();
    // one try a minute, past the fifteen tries after which a job used to be given up
    for (let minute = 1; minute <= 16; minute++) {
      pass(60_000);
      shop?.core.printing?.wake();
      await waitFor(`try ${minute + 1}`, () => (jobs()[0]?.attempts ?? 0) > minute);
    }
    expect(jobs()[0]).toMatchObject({ state: 'pending', attempts: 17 });
    const alerts = events.filter((event) => event.type === 'printing.jobOverdue');
    // once, at the first try five minutes or more after the job was queued
    expect(alerts).toEqual([expect.objectContaining({ jobId: job?.id, documentType: 'receipt' })]);
  }, 30_000);

  it('prints the first receipt after the spell at once, not after the minute its backoff has grown to', async () => {
    const { s, pass, jobs, sellTowel, turnOn } = await shopWithPrinterOff();
    pass(400);
    const first = await sellTowel();
    await waitFor('the first try', () => jobs()[0]?.attempts === 1);
    // tries after 1, 2, 4, 8, 16, 32 and 60 s: the next one is a minute away
    for (let tries = 2; tries <= 8; tries++) {
      pass(60_000);
      shop?.core.printing?.wake();
      await waitFor(`try ${tries}`, () => (jobs()[0]?.attempts ?? 0) >= tries);
    }
    const on = await turnOn();
    pass(2_000);
    // the seven minutes locked the idle till
    s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
    const second = await sellTowel();
    expect(receiptNumbers(await on.waitForJobs(2))).toEqual([first, second]);
  }, 30_000);
});
