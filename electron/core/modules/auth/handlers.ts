import type { SessionInfo } from '../../../../shared/contract/auth';
import { contract, isChannelName } from '../../../../shared/contract';
import { APPROVER_ROLES, isOverridable, ROLE_PERMISSIONS, roleHas } from '../../../../shared/domain/roles';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import type { Session } from '../../sessions';
import { readSettings } from '../settings';
import { findStaff, getStaff, listStaff, toStaffRef } from '../staff';
import { createApproval } from './approvals';
import { checkPin } from './pin-check';
import type { ReadableDB } from '../../db/statements';

export function sessionInfo(ctx: Pick<HandlerContext<ReadableDB>, 'db'>, session: Session): SessionInfo {
  const staff = session.staffId === null ? undefined : findStaff(ctx.db, session.staffId);
  if (!staff || staff.active !== 1) return { state: 'signedOut' };
  if (session.locked) return { state: 'locked', staff: toStaffRef(staff) };
  return {
    state: 'active',
    staff: toStaffRef(staff),
    permissions: [...ROLE_PERMISSIONS[staff.role]],
    idleLockSeconds: readSettings(ctx.db).idleLockSeconds,
  };
}

type AuthChannels =
  | 'auth.staff'
  | 'auth.approvers'
  | 'auth.session'
  | 'auth.login'
  | 'auth.lock'
  | 'auth.logout'
  | 'auth.approve'
  | 'auth.ping';

export const authHandlers: HandlerGroup<AuthChannels> = {
  'auth.staff': (_input, { db }) => listStaff(db, 'WHERE active = 1').map(toStaffRef),

  'auth.approvers': (_input, ctx) =>
    listStaff(ctx.db, 'WHERE active = 1')
      .filter((s) => APPROVER_ROLES.includes(s.role) && s.id !== actorOf(ctx).id)
      .map(toStaffRef),

  'auth.session': (_input, ctx) => sessionInfo(ctx, ctx.session),

  'auth.login': (input, ctx) => {
    const staff = findStaff(ctx.db, input.staffId);
    if (!staff) throw new DomainError('STAFF_NOT_FOUND', { id: input.staffId });
    const refusal = checkPin(ctx, staff, input.pin, 'login');
    if (refusal) return refusal;
    const previous = ctx.session.staffId;
    ctx.sessions.signIn(ctx.session, staff.id, ctx.now.getTime());
    ctx.journal(
      'auth.login',
      { staffId: staff.id, switchedFrom: previous === staff.id ? null : previous },
      staff.id,
    );
    ctx.events.emit(ctx.session.id, { type: 'session.changed' });
    return sessionInfo(ctx, ctx.session);
  },

  'auth.lock': (_input, ctx) => {
    ctx.session.locked = true;
    ctx.events.emit(ctx.session.id, { type: 'session.locked', reason: 'manual' });
    return sessionInfo(ctx, ctx.session);
  },

  'auth.logout': (_input, ctx) => {
    const staffId = ctx.session.staffId;
    if (staffId !== null) {
      ctx.journal('auth.logout', { staffId }, staffId);
      ctx.sessions.signOut(ctx.session);
      ctx.events.emit(ctx.session.id, { type: 'session.changed' });
    }
    return sessionInfo(ctx, ctx.session);
  },

  'auth.approve': (input, ctx) => {
    const requester = actorOf(ctx);
    if (!isChannelName(input.channel)) throw new DomainError('UNKNOWN_CHANNEL', { channel: input.channel });
    const target = contract[input.channel];
    const actionInput = target.input.safeParse(input.input ?? {});
    if (!actionInput.success)
      throw new DomainError('INVALID_INPUT', { channel: input.channel, issues: actionInput.error.message });
    // an approval is granted only where it can be used: the channel's access the requester lacks (and a
    // manager may lend), else something its handler may ask for that the requester's role does not cover
    const access = target.access;
    const lent =
      access !== 'public' && access !== 'signedIn' && !roleHas(requester.role, access) ? access : null;
    const asked = (target.approvals ?? []).filter((permission) => !roleHas(requester.role, permission));
    if (lent === null && asked.length === 0)
      throw new DomainError('APPROVAL_NOT_NEEDED', { channel: input.channel });
    const approver = getStaff(ctx.db, input.approverId);
    const permitted =
      approver.id !== requester.id &&
      APPROVER_ROLES.includes(approver.role) &&
      (lent === null
        ? asked.some((permission) => roleHas(approver.role, permission))
        : isOverridable(lent) && roleHas(approver.role, lent));
    if (!permitted) throw new DomainError('APPROVER_NOT_ALLOWED', { name: approver.name });
    const refusal = checkPin(ctx, approver, input.pin, 'approval');
    if (refusal) return refusal;
    const approval = createApproval(ctx.db, {
      channel: input.channel,
      input: actionInput.data,
      requestedBy: requester.id,
      approverId: approver.id,
      now: ctx.now,
    });
    ctx.journal('override.granted', {
      channel: input.channel,
      approvalId: approval.id,
      approverId: approver.id,
    });
    return { approvalId: approval.id, approver: toStaffRef(approver), expiresAt: approval.expiresAt };
  },

  'auth.ping': () => ({ ok: true }),
};
