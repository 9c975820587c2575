import { z } from 'zod';
import { channel } from './channel';
import { Empty, Id, Instant, Ok, PersonName, Pin, RoleSchema } from './common';

export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  lockedUntil: Instant.nullable(),
  createdAt: Instant,
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffRef = z.object({ id: Id, name: z.string(), role: RoleSchema });
export type StaffRef = z.infer<typeof StaffRef>;

export const staffChannels = {
  'staff.list': channel({ input: Empty, output: z.array(StaffMember), access: 'staff.manage', write: false }),
  'staff.create': channel({
    input: z.object({ name: PersonName, role: RoleSchema, pin: Pin }),
    output: StaffMember,
    access: 'staff.manage',
    write: true,
  }),
  'staff.update': channel({
    input: z.object({ id: Id, name: PersonName, role: RoleSchema }),
    output: StaffMember,
    access: 'staff.manage',
    write: true,
  }),
  'staff.setActive': channel({
    input: z.object({ id: Id, active: z.boolean() }),
    output: StaffMember,
    access: 'staff.manage',
    write: true,
  }),
  'staff.resetPin': channel({
    input: z.object({ id: Id, pin: Pin }),
    output: Ok,
    access: 'staff.manage',
    write: true,
  }),
  /** Colleagues locked out by wrong PINs, so whoever is at the till can ask a manager to unlock them. */
  'staff.lockedOut': channel({ input: Empty, output: z.array(StaffRef), access: 'signedIn', write: false }),
  'staff.unlock': channel({ input: z.object({ id: Id }), output: Ok, access: 'staff.unlock', write: true }),
};
