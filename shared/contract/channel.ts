import type { z } from 'zod';
import type { Permission } from '../domain/roles';

/** Who may call a channel: anyone (login screen), any signed-in user, or holders of a permission. */
export type Access = 'public' | 'signedIn' | Permission;

export interface ChannelDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  W extends boolean = boolean,
> {
  input: I;
  output: O;
  access: Access;
  /** Writes run inside one database transaction; reads do not (and their handlers get a read-only handle). */
  write: W;
  /**
   * What the handler may ask a manager to lend for some inputs (a deep discount, a typed weight), beyond
   * the channel's access: an approval is granted only where one can be used.
   */
  approvals?: readonly Permission[];
  /**
   * false: the write commits without waiting for the disk (synchronous=NORMAL; the WAL keeps the file
   * consistent and the next durable commit syncs it). For writes a person simply repeats when a power cut
   * loses the last few, such as a stocktake's scans, whose answer must not wait on an fsync: never money.
   */
  durable?: false;
}

export function channel<I extends z.ZodType, O extends z.ZodType, W extends boolean>(
  def: ChannelDef<I, O, W>,
): ChannelDef<I, O, W> {
  return def;
}
