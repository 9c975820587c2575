import { z } from 'zod';

/** Events the core pushes to the renderer (over IPC or server-sent events). */
export const PushEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.locked'), reason: z.enum(['idle', 'manual']) }),
  z.object({ type: z.literal('session.changed') }),
]);
export type PushEvent = z.infer<typeof PushEvent>;
