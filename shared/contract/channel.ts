import type { z } from 'zod';
import type { Permission } from '../domain/roles';

/** Who may call a channel: anyone (login screen), any signed-in user, or holders of a permission. */
export type Access = 'public' | 'signedIn' | Permission;

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Writes run inside one database transaction; reads do not. */
  write: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
