import type { DeviceProblem, DeviceProblemCode } from '../../../shared/contract/devices';
import { bilingualMessage, type ErrorDetails } from '../../../shared/contract/errors';

/** A device's trouble in the shape of an error body, so the renderer localises it like any error. */
export function deviceProblem(code: DeviceProblemCode, details: ErrorDetails = {}): DeviceProblem {
  return { code, message: bilingualMessage(code, details), details };
}
