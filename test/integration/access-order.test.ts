import { afterEach, describe, expect, it } from 'vitest';
import { openStaffedTill } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

describe('authorisation before anything else', () => {
  it('tells a caller not signed in only that, never which fields its input lacks', () => {
    const t = (till = openStaffedTill());
    const result = t.core.invoke('stranger', { channel: 'sales.commit', input: { nonsense: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN', details: {} } });
  });

  it('masks a customer’s phone for a cashier and journals a manager’s full view', () => {
    const t = (till = openStaffedTill());
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    const customer = t.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    expect(t.ok('till', 'customers.get', { id: customer.id }).phone).toBe('138****5678');
    expect(t.ok('office', 'customers.get', { id: customer.id }).phone).toBe('13812345678');
    const views = t.core.db
      .prepare("SELECT actor_id, payload FROM journal WHERE type = 'customer.phoneViewed'")
      .all() as { actor_id: number; payload: string }[];
    expect(views).toEqual([{ actor_id: t.ids.wang, payload: JSON.stringify({ customerId: customer.id }) }]);
  });

  it('refuses an approval that can never be used', () => {
    const t = (till = openStaffedTill());
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    const ask = (channel: string, input: unknown) =>
      t.call('till', 'auth.approve', { approverId: t.ids.wang, pin: '888888', channel, input });
    // the cashier may already do it, and nothing in it asks for more
    expect(ask('auth.ping', {})).toMatchObject({ ok: false, error: { code: 'APPROVAL_NOT_NEEDED' } });
    // administrators only: no manager can lend it
    expect(ask('staff.list', {})).toMatchObject({ ok: false, error: { code: 'APPROVER_NOT_ALLOWED' } });
    const before = t.core.db
      .prepare("SELECT count(*) AS n FROM journal WHERE type = 'override.granted'")
      .get();
    expect(before).toEqual({ n: 0 });
  });
});
