import { afterEach, describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../electron/core/printing/render';
import { renderEscPos } from '../../../shared/print/render/escpos';
import { buildDocument, type DocumentType } from '../../../shared/print/templates';
import { decodeEscPos, linesOf, textOf } from '../../helpers/escpos-decoder';
import { TEST_CONTEXT } from '../../helpers/printing';
import { openRepairShop, type RepairShop } from '../../helpers/repairs';
import { afterCommit, cash } from '../../helpers/sales';

let shop: RepairShop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

/** The queued job's data, rendered to ESC/POS bytes as the printer gets them, and decoded back. */
function printed(s: RepairShop, type: DocumentType, reference: string) {
  const data = s.core.db
    .prepare('SELECT data FROM print_jobs WHERE document_type = ? AND reference = ?')
    .pluck()
    .get(type, reference) as string;
  const document = buildDocument(type, JSON.parse(data), TEST_CONTEXT);
  const bytes = renderEscPos(
    document,
    { paperWidth: 80, chineseMode: true, drawerPin: 2, copies: 1 },
    encodeGb18030,
  );
  return decodeEscPos(bytes);
}

describe('repair documents', () => {
  it('print the claim stub and the workshop tag with the ticket barcode, weight-in and promised date', async () => {
    const s = (shop = openRepairShop());
    const result = s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } });
    if (!result.ok) throw new Error(result.error.message);
    const { ticketNo } = result.value;
    await afterCommit();
    const events = printed(s, 'repairSlip', ticketNo);
    const barcodes = events.flatMap((e) => (e.type === 'barcode' ? [e.data] : []));
    // one on the stub, one on the tag
    expect(barcodes).toEqual([ticketNo, ticketNo]);
    expect(events.filter((e) => e.type === 'cut')).toHaveLength(2);
    const text = textOf(events);
    expect(text).toContain('维修取件凭证');
    expect(text).toContain('维修工单');
    expect(text.match(/收件重量\s+20\.150g/g)).toHaveLength(2);
    expect(text).toMatch(/约定取件\s+2026-11-26/);
    expect(text).toMatch(/约定完成\s+2026-11-26/);
    expect(text).toMatch(/外观\s+划痕、变形/);
    expect(text).toMatch(/维修报价\s+￥70\.00/);
    expect(text).toMatch(/已付订金\s+￥20\.00/);
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('维修须知');
    expect(text).toContain('凭证遗失须本人持有效证件');
    // the stub comes first: the tag's title is printed after the first cut
    const firstCut = events.findIndex((e) => e.type === 'cut');
    expect(linesOf(events.slice(firstCut)).some((line) => line.text.includes('维修工单'))).toBe(true);
  });

  it('print the collection receipt with the weights in, at QC and out, and the balance paid', async () => {
    const s = (shop = openRepairShop());
    const result = s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } });
    if (!result.ok) throw new Error(result.error.message);
    const { ticketNo } = result.value;
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
    s.ok('desk', 'repairs.qc', { ticketNo, weightMg: 20_170, stones: 0, passed: true });
    s.ok('desk', 'repairs.collect', {
      ticketNo,
      weightOut: { source: 'scale', weightMg: 20_168 },
      tenders: [cash(10_000)],
      stub: { kind: 'presented' },
    });
    await afterCommit();
    const events = printed(s, 'repairCollection', ticketNo);
    const text = textOf(events);
    expect(text).toMatch(/收件重量\s+20\.150g/);
    expect(text).toMatch(/质检重量\s+20\.170g/);
    expect(text).toMatch(/取件重量\s+20\.168g/);
    expect(text).toMatch(/维修费用\s+￥70\.00/);
    expect(text).toMatch(/已付订金\s+￥20\.00/);
    expect(text).toMatch(/现金\s+￥100\.00/);
    expect(text).toMatch(/找零\s+￥50\.00/);
    expect(events.some((e) => e.type === 'drawer')).toBe(true);
  });
});
