import type { ChannelInput } from '../../shared/contract';
import type { PrintWorkerOptions } from '../../electron/core/printing/worker';
import type { PrintContext } from '../../shared/print/templates';

/** A worker that retries within milliseconds, so tests wait on conditions rather than on backoff. */
export const FAST_PRINTING: PrintWorkerOptions = {
  pollMs: 20,
  retryBaseMs: 20,
  retryMaxMs: 200,
  timeoutMs: 1_500,
  healthCheckMs: 0,
};

export function tcpPrinter(
  port: number,
  settings: { paperWidth?: 58 | 80; drawerPin?: 2 | 5; name?: string } = {},
): ChannelInput<'printing.savePrinter'> {
  return {
    name: settings.name ?? `小票机 ${port}`,
    settings: {
      kind: 'thermal',
      transport: { type: 'tcp', host: '127.0.0.1', port },
      paperWidth: settings.paperWidth ?? 80,
      chineseMode: true,
      drawerPin: settings.drawerPin ?? 2,
      statusReplies: true,
    },
  };
}

/** Every page's size in points, from the PDF's MediaBox entries (Chromium writes them uncompressed). */
export function pdfMediaBoxes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[3]) - Number(m[1]),
    Number(m[4]) - Number(m[2]),
  ]);
}

/** Polls `check` until it returns something truthy; fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(
  what: string,
  check: () => T | null | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const TEST_CONTEXT: PrintContext = {
  store: { name: '金福珠宝', address: '深圳市罗湖区水贝一路88号', phone: '0755-12345678' },
  returnPolicy: '凭本小票及质保单于7日内办理退换；黄金饰品按当日金价结算，工费不退。',
  warrantyCare: '避免接触香水、化学品及温泉；单独存放以免刮花。',
  warrantyTerms: '质保期内非人为损坏免费维修；人为损坏按店内标准收费。',
  weightDecimals: 3,
  receiptCode: 'qr',
  timeZone: 'Asia/Shanghai',
  copy: false,
};
