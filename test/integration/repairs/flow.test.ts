import { afterEach, describe, expect, it } from 'vitest';
import { afterCommit, cash } from '../../helpers/sales';
import { BANGLE_INTAKE, openRepairShop, type RepairShop } from '../../helpers/repairs';

let shop: RepairShop | undefined;
const open = (): RepairShop => (shop = openRepairShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const ticketOf = (result: { ok: boolean; value?: unknown; error?: { code: string; message: string } }) => {
  if (!result.ok) throw new Error(`${result.error?.code} ${result.error?.message}`);
  return result.value as { ticketNo: string };
};

describe('the repair desk', () => {
  it('takes an item from intake to collection, every step timed, attributed and journaled', async () => {
    const s = open();
    // quote ￥70.00 agreed at the counter, ￥20.00 deposit paid with a ￥50.00 note
    const intake = s.intake({ deposit: { amountFen: 2_000, tenders: [cash(5_000)] } });
    const { ticketNo } = ticketOf(intake);
    expect(ticketNo).toBe('WX-T01-000001');
    let ticket = s.ok('desk', 'repairs.get', { ticketNo });
    expect(ticket).toMatchObject({
      status: 'approved',
      weightInMg: 20_150,
      weightInSource: 'scale',
      quoteFen: 7_000,
      paidFen: 2_000,
      balanceFen: 5_000,
      consent: { how: 'inPerson', by: '赵师傅' },
      customer: { name: '李女士', phone: '13812345678' },
    });
    expect(ticket.payments).toEqual([
      expect.objectContaining({ purpose: 'deposit', method: 'cash', amountFen: 2_000, tenderedFen: 5_000 }),
    ]);
    expect(ticket.steps.map((step) => [step.kind, step.from, step.to])).toEqual([
      ['received', null, null],
      ['quoted', 'received', 'awaitingApproval'],
      ['approved', 'awaitingApproval', 'approved'],
      ['depositPaid', null, null],
    ]);

    ticket = s.ok('desk', 'repairs.advance', {
      ticketNo,
      step: { to: 'inWorkshop', workshop: { kind: 'outside', place: '水贝金工坊' } },
    });
    expect(ticket.workshop).toEqual({ kind: 'outside', place: '水贝金工坊' });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
    // resizing added 0.02 g: within gold's +0.03 g
    ticket = s.ok('desk', 'repairs.qc', { ticketNo, weightMg: 20_170, stones: 0, passed: true });
    expect(ticket).toMatchObject({
      status: 'readyToCollect',
      qc: { weightMg: 20_170, weightDiffMg: 20, beyondTolerance: false, acknowledgedBy: null },
    });

    const [call] = s.ok('desk', 'repairs.calls', {});
    expect(call).toMatchObject({ ticketNo, phone: '13812345678', due: true, nextCallOn: '2026-11-23' });
    expect(call?.script).toContain('李女士');
    expect(call?.script).toContain(ticketNo);
    expect(call?.script).toContain('金福珠宝');
    s.ok('desk', 'repairs.logCall', { ticketNo, outcome: 'noAnswer' });
    s.ok('desk', 'repairs.logCall', { ticketNo, outcome: 'reached', note: '明天下午来取' });
    expect(s.ok('desk', 'repairs.calls', {})[0]).toMatchObject({ due: false, nextCallOn: '2026-11-30' });

    ticket = s.ok('desk', 'repairs.collect', {
      ticketNo,
      weightOut: { source: 'scale', weightMg: 20_170 },
      tenders: [cash(10_000)],
      stub: { kind: 'presented' },
    });
    expect(ticket).toMatchObject({ status: 'collected', weightOutMg: 20_170, paidFen: 7_000, balanceFen: 0 });
    expect(ticket.payments.at(-1)).toMatchObject({
      purpose: 'balance',
      method: 'cash',
      amountFen: 5_000,
      tenderedFen: 10_000,
    });
    expect(ticket.calls.map((c) => c.outcome)).toEqual(['noAnswer', 'reached']);
    expect(ticket.closedAt).not.toBeNull();
    expect(s.ok('desk', 'repairs.board', {})).toEqual([]);

    const kinds = s.core.db
      .prepare(`SELECT type FROM journal WHERE type LIKE 'repair.%' ORDER BY seq`)
      .pluck()
      .all();
    expect(kinds).toEqual([
      'repair.received',
      'repair.quoted',
      'repair.approved',
      'repair.depositPaid',
      'repair.toWorkshop',
      'repair.toQualityCheck',
      'repair.qcPassed',
      'repair.called',
      'repair.called',
      'repair.collected',
    ]);
    await afterCommit();
    const jobs = s.core.db.prepare('SELECT document_type, reference FROM print_jobs ORDER BY id').all();
    expect(jobs).toEqual([
      { document_type: 'repairSlip', reference: ticketNo },
      { document_type: 'repairCollection', reference: ticketNo },
    ]);
  });

  it('numbers tickets without gaps: a refused intake gives its number back', () => {
    const s = open();
    expect(ticketOf(s.intake()).ticketNo).toBe('WX-T01-000001');
    expect(s.intake({ services: [{ code: 'engrave', priceFen: 100 }] })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_SERVICE_UNKNOWN', details: { code: 'engrave' } },
    });
    expect(s.intake({ deposit: { amountFen: 9_000, tenders: [cash(9_000)] } })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_DEPOSIT_EXCEEDS_QUOTE' },
    });
    expect(ticketOf(s.intake()).ticketNo).toBe('WX-T01-000002');
    expect(s.core.db.prepare('SELECT count(*) FROM repair_tickets').pluck().get()).toBe(2);
    expect(s.core.db.prepare('SELECT count(*) FROM repair_payments').pluck().get()).toBe(0);
  });

  it('refuses illegal jumps with the status it is in and where it may go', () => {
    const s = open();
    const { ticketNo } = ticketOf(s.intake({ quote: { kind: 'later' } }));
    expect(s.ok('desk', 'repairs.get', { ticketNo }).status).toBe('received');
    expect(s.call('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } })).toMatchObject({
      ok: false,
      error: {
        code: 'REPAIR_ILLEGAL_STEP',
        details: {
          from: 'received',
          to: 'qualityCheck',
          allowed: ['awaitingApproval', 'cancelled', 'returnedUnrepaired'],
        },
      },
    });
    expect(
      s.call('desk', 'repairs.collect', {
        ticketNo,
        weightOut: { source: 'scale', weightMg: 20_150 },
        stub: { kind: 'presented' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'REPAIR_ILLEGAL_STEP' } });
    // the quote after assessment, then the customer's consent by phone
    expect(s.ok('desk', 'repairs.quote', { ticketNo, quoteFen: 8_800 }).status).toBe('awaitingApproval');
    expect(s.ok('desk', 'repairs.quote', { ticketNo, quoteFen: 8_000 }).steps.at(-1)).toMatchObject({
      kind: 'requoted',
      from: null,
      to: null,
    });
    const approved = s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'approved', how: 'phone' } });
    expect(approved).toMatchObject({ status: 'approved', quoteFen: 8_000, consent: { how: 'phone' } });
    expect(s.call('desk', 'repairs.quote', { ticketNo, quoteFen: 9_000 })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_ILLEGAL_STEP', details: { from: 'approved', to: 'awaitingApproval' } },
    });
  });

  it('never quotes below the deposit already taken', () => {
    const s = open();
    const deposit = { amountFen: 5_000, tenders: [cash(5_000)] };
    const { ticketNo } = ticketOf(s.intake({ quote: { kind: 'later' }, deposit }));
    expect(s.call('desk', 'repairs.quote', { ticketNo, quoteFen: 4_000 })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_DEPOSIT_EXCEEDS_QUOTE', details: { deposit: '￥50.00', quote: '￥40.00' } },
    });
    expect(s.ok('desk', 'repairs.quote', { ticketNo, quoteFen: 6_000 }).balanceFen).toBe(1_000);
  });

  it('asks a note and a manager’s acknowledgement when the weight moves beyond tolerance', () => {
    const s = open();
    const { ticketNo } = ticketOf(s.intake());
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
    // 0.02 g lost: beyond gold's −0.01 g
    const lost = { ticketNo, weightMg: 20_130, stones: 0, passed: true };
    expect(s.call('desk', 'repairs.qc', lost)).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_QC_NOTE_REQUIRED', details: { diff: '-0.020g' } },
    });
    const noted = { ...lost, note: '抛光损耗' };
    expect(s.call('desk', 'repairs.qc', noted)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'repairs.qcAcknowledge' } },
    });
    expect(s.ok('desk', 'repairs.get', { ticketNo }).status).toBe('qualityCheck');
    const approvalId = s.approve(s.ids.wang, '888888', 'repairs.qc', noted);
    const ticket = s.ok('desk', 'repairs.qc', noted, approvalId);
    expect(ticket).toMatchObject({
      status: 'readyToCollect',
      qc: { weightDiffMg: -20, beyondTolerance: true, note: '抛光损耗', acknowledgedBy: '王经理' },
    });
    expect(ticket.steps.at(-1)).toMatchObject({ kind: 'qcPassed', approver: { name: '王经理' } });
  });

  it('sends a failed quality check back to the workshop', () => {
    const s = open();
    const { ticketNo } = ticketOf(s.intake());
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
    const ticket = s.ok('desk', 'repairs.qc', {
      ticketNo,
      weightMg: 20_150,
      stones: 0,
      passed: false,
      note: '接口不平',
    });
    expect(ticket.status).toBe('inWorkshop');
  });

  it('releases an item without its stub only on a manager’s approval, and records the identity check', () => {
    const s = open();
    const { ticketNo } = ticketOf(s.intake());
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
    s.ok('desk', 'repairs.qc', { ticketNo, weightMg: 20_150, stones: 0, passed: true });
    const input = {
      ticketNo,
      weightOut: { source: 'typed' as const, weightMg: 20_150, reason: '电子秤维修中' },
      tenders: [{ method: 'wechat' as const, amountFen: 7_000, reference: '4200001234' }],
      stub: { kind: 'lost' as const, document: 'idCard' as const, note: '姓名电话与单据一致' },
    };
    expect(s.call('desk', 'repairs.collect', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'repairs.releaseWithoutStub' } },
    });
    const ticket = s.ok(
      'desk',
      'repairs.collect',
      input,
      s.approve(s.ids.wang, '888888', 'repairs.collect', input),
    );
    expect(ticket.status).toBe('collected');
    expect(ticket.steps.at(-1)).toMatchObject({
      kind: 'collected',
      approver: { name: '王经理' },
      note: 'idCard 姓名电话与单据一致',
    });
  });

  it('gives the deposit back when a ticket is returned unrepaired, and then refuses any further step', () => {
    const s = open();
    const { ticketNo } = ticketOf(
      s.intake({
        deposit: { amountFen: 3_000, tenders: [{ method: 'alipay', amountFen: 3_000, reference: 'A1' }] },
      }),
    );
    const ticket = s.ok('desk', 'repairs.advance', {
      ticketNo,
      step: { to: 'returnedUnrepaired', reason: '顾客不修了' },
    });
    expect(ticket).toMatchObject({ status: 'returnedUnrepaired', paidFen: 0 });
    expect(ticket.payments.map((p) => [p.purpose, p.method, p.amountFen])).toEqual([
      ['deposit', 'alipay', 3_000],
      ['refund', 'alipay', -3_000],
    ]);
    expect(
      s.call('desk', 'repairs.advance', { ticketNo, step: { to: 'cancelled', reason: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_ILLEGAL_STEP', details: { from: 'returnedUnrepaired', allowed: [] } },
    });
    expect(s.core.db.prepare('SELECT count(*) FROM repair_payments').pluck().get()).toBe(2);
  });

  it('lists open tickets overdue first, by customer when asked', () => {
    const s = open();
    const wu = s.ok('desk', 'repairs.registerCustomer', { phone: '13900001111', name: '吴先生' });
    const first = ticketOf(s.intake({ promisedOn: '2026-11-30' })).ticketNo;
    const second = ticketOf(s.intake({ customerId: wu.id, promisedOn: '2026-11-24' })).ticketNo;
    s.clock.advance(3 * 86_400_000);
    s.ok('desk', 'auth.login', { staffId: s.ids.zhao, pin: '3333' });
    const board = s.ok('desk', 'repairs.board', {});
    expect(board.map((t) => [t.ticketNo, t.overdue])).toEqual([
      [second, true],
      [first, false],
    ]);
    expect(s.ok('desk', 'repairs.board', { customerId: wu.id }).map((t) => t.ticketNo)).toEqual([second]);
  });

  it('moves the promised date with a reason, never into the past nor on a closed ticket', () => {
    const s = open();
    const { ticketNo } = ticketOf(s.intake());
    const moved = s.ok('desk', 'repairs.reschedule', {
      ticketNo,
      promisedOn: '2026-12-01',
      reason: '外发工坊延期',
    });
    expect(moved.promisedOn).toBe('2026-12-01');
    expect(moved.steps.at(-1)).toMatchObject({
      kind: 'rescheduled',
      from: null,
      to: null,
      note: '外发工坊延期',
    });
    expect(s.journal('repair.rescheduled')[0]?.payload).toMatchObject({
      previousPromisedOn: '2026-11-26',
      promisedOn: '2026-12-01',
    });
    expect(
      s.call('desk', 'repairs.reschedule', { ticketNo, promisedOn: '2026-11-20', reason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'REPAIR_PROMISED_IN_PAST' } });
    s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'cancelled', reason: '顾客取消' } });
    expect(
      s.call('desk', 'repairs.reschedule', { ticketNo, promisedOn: '2026-12-02', reason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'REPAIR_CLOSED', details: { status: 'cancelled' } } });
  });

  it('keeps photos with the ticket and can require one', () => {
    const s = open();
    const settings = s.ok('desk', 'repairs.settings', {});
    s.ok('admin', 'repairs.saveSettings', { ...settings, photosRequired: true });
    expect(s.intake()).toMatchObject({ ok: false, error: { code: 'REPAIR_PHOTO_REQUIRED' } });
    const base64 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64');
    const { ticketNo } = ticketOf(s.intake({ photos: [{ mime: 'image/jpeg', base64, source: 'camera' }] }));
    expect(s.ok('desk', 'repairs.get', { ticketNo }).photos).toEqual([
      { photoNo: 1, mime: 'image/jpeg', source: 'camera' },
    ]);
    expect(s.ok('desk', 'repairs.photo', { ticketNo, photoNo: 1 })).toEqual({ mime: 'image/jpeg', base64 });
  });

  it('refuses a promised date in the past and a weight typed without a reason', () => {
    const s = open();
    expect(s.intake({ promisedOn: '2026-11-22' })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_PROMISED_IN_PAST', details: { today: '2026-11-23' } },
    });
    const typed = { ...BANGLE_INTAKE.item, weightIn: { source: 'typed', weightMg: 20_150 } };
    expect(s.intake({ item: typed as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.core.db.prepare('SELECT count(*) FROM repair_tickets').pluck().get()).toBe(0);
  });
});
