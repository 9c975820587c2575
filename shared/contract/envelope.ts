import { z } from 'zod';
import type { ErrorCode, ErrorDetails } from './errors';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** What a binder receives from the renderer: validated before the router looks at the channel. */
export const InvokeRequestSchema = z.object({
  channel: z.string().min(1).max(100),
  input: z.unknown(),
  approvalId: z.uuid().optional(),
});
export type InvokeRequest = z.infer<typeof InvokeRequestSchema>;
