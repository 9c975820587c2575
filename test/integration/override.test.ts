import { afterEach, describe, expect, it } from 'vitest';
import { openStaffedTill } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

/** 张三 at the till, 李四 locked out by wrong PINs. */
function cashierNeedsUnlock(): ReturnType<typeof openStaffedTill> {
  const t = (till = openStaffedTill());
  for (let i = 0; i < 5; i++) t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' });
  t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
  return t;
}

describe('manager override (主管授权)', () => {
  it('runs the action once with both identities journaled', () => {
    const t = cashierNeedsUnlock();
    expect(t.ok('till', 'staff.lockedOut', {}).map((s) => s.name)).toEqual(['李四']);
    expect(
      t
        .ok('till', 'auth.approvers', {})
        .map((s) => s.name)
        .sort(),
    ).toEqual(['王经理', '管理员'].sort());
    const approval = t.ok('till', 'auth.approve', {
      approverId: t.ids.wang,
      pin: '888888',
      channel: 'staff.unlock',
      input: { id: t.ids.li },
    });
    expect(approval.approver.name).toBe('王经理');
    expect(t.ok('till', 'staff.unlock', { id: t.ids.li }, approval.approvalId)).toEqual({ ok: true });
    expect(t.ok('till', 'staff.lockedOut', {})).toEqual([]);
    const row = t.core.db
      .prepare(`SELECT actor_id, approver_id FROM journal WHERE type = 'staff.unlocked'`)
      .get() as Record<string, number>;
    expect(row).toEqual({ actor_id: t.ids.zhang, approver_id: t.ids.wang });
    // single use
    expect(t.call('till', 'staff.unlock', { id: t.ids.li }, approval.approvalId)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_INVALID' },
    });
  });

  it('is bound to the exact input, to the requesting user and to one minute', () => {
    const t = cashierNeedsUnlock();
    const approve = (): string =>
      t.ok('till', 'auth.approve', {
        approverId: t.ids.wang,
        pin: '888888',
        channel: 'staff.unlock',
        input: { id: t.ids.li },
      }).approvalId;
    expect(t.call('till', 'staff.unlock', { id: t.ids.zhang }, approve())).toMatchObject({
      error: { code: 'APPROVAL_INVALID' },
    });
    const forZhang = approve();
    t.ok('till-2', 'auth.login', { staffId: t.ids.admin, pin: '123456' });
    t.ok('till-3', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    const other = t.call('till-3', 'staff.unlock', { id: t.ids.li }, forZhang);
    // 王经理 holds the permission himself, so the approval is not consumed by him.
    expect(other.ok).toBe(true);
    const late = approve();
    t.clock.advance(60_000);
    expect(t.call('till', 'staff.unlock', { id: t.ids.li }, late)).toMatchObject({
      error: { code: 'APPROVAL_INVALID' },
    });
  });

  it('needs an approver who holds the permission, and counts the approver’s wrong PINs', () => {
    const t = cashierNeedsUnlock();
    expect(
      t.call('till', 'auth.approve', {
        approverId: t.ids.li,
        pin: '2222',
        channel: 'staff.unlock',
        input: { id: t.ids.li },
      }),
    ).toMatchObject({ ok: false, error: { code: 'APPROVER_NOT_ALLOWED' } });
    expect(
      t.call('till', 'auth.approve', {
        approverId: t.ids.wang,
        pin: '0000',
        channel: 'staff.unlock',
        input: { id: t.ids.li },
      }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_INCORRECT', details: { remaining: 4 } } });
    expect(
      t.call('till', 'auth.approve', {
        approverId: t.ids.wang,
        pin: '888888',
        channel: 'staff.list',
        input: {},
      }),
    ).toMatchObject({ ok: false, error: { code: 'APPROVER_NOT_ALLOWED' } });
    expect(
      t.call('till', 'auth.approve', {
        approverId: t.ids.wang,
        pin: '888888',
        channel: 'staff.unlock',
        input: { id: 'x' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
