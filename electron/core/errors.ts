import type { ErrorCode, ErrorDetails } from '../../shared/contract';
import { bilingualMessage } from '../../shared/contract';

/**
 * Thrown by handlers, repositories and domain services alike: the call's transaction rolls back and the
 * router answers with an error envelope. It lives outside the router so a repository need not know one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(bilingualMessage(code, details));
    this.name = 'DomainError';
  }
}
