import type { ErrorBody, ErrorCode, ErrorDetails } from '../../../shared/contract';
import { bilingualMessage } from '../../../shared/contract';

/** Thrown by a handler: the transaction rolls back and the caller gets an error envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(bilingualMessage(code, details));
    this.name = 'DomainError';
  }
}

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
