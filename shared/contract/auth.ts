import { z } from 'zod';
import { PERMISSIONS } from '../domain/roles';
import { channel } from './channel';
import { Empty, Id, Instant, Ok, Pin } from './common';
import { StaffRef } from './staff';

export const SessionInfo = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signedOut') }),
  z.object({ state: z.literal('locked'), staff: StaffRef }),
  z.object({
    state: z.literal('active'),
    staff: StaffRef,
    permissions: z.array(z.enum(PERMISSIONS)),
    idleLockSeconds: z.number().int().positive(),
  }),
]);
export type SessionInfo = z.infer<typeof SessionInfo>;

export const ApprovalRequest = z.object({
  approverId: Id,
  pin: Pin,
  channel: z.string().min(1),
  input: z.unknown(),
});

export const authChannels = {
  /** Names on the PIN pad: active staff only. */
  'auth.staff': channel({ input: Empty, output: z.array(StaffRef), access: 'public', write: false }),
  /** Managers and administrators who could approve an action for the signed-in user. */
  'auth.approvers': channel({ input: Empty, output: z.array(StaffRef), access: 'signedIn', write: false }),
  'auth.session': channel({ input: Empty, output: SessionInfo, access: 'public', write: false }),
  'auth.login': channel({
    input: z.object({ staffId: Id, pin: Pin }),
    output: SessionInfo,
    access: 'public',
    write: true,
  }),
  'auth.lock': channel({ input: Empty, output: SessionInfo, access: 'signedIn', write: false }),
  'auth.logout': channel({ input: Empty, output: SessionInfo, access: 'public', write: true }),
  /** A manager's PIN lends one action, bound to its exact input, for one minute (主管授权). */
  'auth.approve': channel({
    input: ApprovalRequest,
    output: z.object({ approvalId: z.uuid(), approver: StaffRef, expiresAt: Instant }),
    access: 'signedIn',
    write: true,
  }),
  'auth.ping': channel({ input: Empty, output: Ok, access: 'public', write: false }),
};
