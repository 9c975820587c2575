import type { ErrorBody, ErrorCode, ErrorDetails } from '../../../shared/contract';
import { bilingualMessage } from '../../../shared/contract';

/**
 * Returned (not thrown) by a handler that must keep what it wrote and still answer with an error:
 * a wrong PIN is refused, but the failed attempt and any lockout are recorded.
 */
export class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {}
}

export function errorBody(code: ErrorCode, details: ErrorDetails = {}): ErrorBody {
  return { code, message: bilingualMessage(code, details), details };
}
