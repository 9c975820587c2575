import { bilingualMessage, type Envelope } from '../../../shared/contract';

/** What every transport answers when the core cannot be reached, so screens handle one error shape. */
export function connectionLost(details: Record<string, unknown> = {}): Envelope<never> {
  return {
    ok: false,
    error: { code: 'CONNECTION_LOST', message: bilingualMessage('CONNECTION_LOST', details), details },
  };
}
