import type { DeviceProblemCode, WeightUnit } from '../../../../shared/contract/devices';
import type { ErrorDetails } from '../../../../shared/contract/errors';
import type { ScaleLine } from './protocol';

/** The lines that say something about the weight on the pan (replies and refusals do not). */
export type Observation = Exclude<ScaleLine, { kind: 'reply' } | { kind: 'rejected' }>;

export interface Settling {
  last: Observation | null;
  /** Identical stable readings in a row, counted up to the number acceptance needs. */
  repeats: number;
}

export const UNSETTLED: Settling = { last: null, repeats: 0 };

export function settle(previous: Settling, observation: Observation, required: number): Settling {
  if (observation.kind !== 'weight' || !observation.stable) return { last: observation, repeats: 0 };
  const last = previous.last;
  const same =
    last?.kind === 'weight' &&
    last.stable &&
    last.weightMg === observation.weightMg &&
    last.unit === observation.unit;
  return { last: observation, repeats: same ? Math.min(previous.repeats + 1, required) : 1 };
}

export type Verdict =
  | { ok: true; weightMg: number; unit: WeightUnit }
  | { ok: false; code: DeviceProblemCode; details: ErrorDetails };

/**
 * Whether the weight may go on a sale or an intake: only a stable, non-negative reading that the
 * scale repeated `required` times in a row. A scale flags stability after a short settle of its own;
 * the repeats guard against a reading taken while a hand still rests on the pan.
 */
export function verdict(settling: Settling, required: number): Verdict {
  const last = settling.last;
  switch (last?.kind) {
    case undefined:
    case 'busy':
      return { ok: false, code: 'DEVICE_WEIGHT_UNSTABLE', details: {} };
    case 'overload':
      return { ok: false, code: 'DEVICE_OVERLOAD', details: {} };
    case 'underload':
      return { ok: false, code: 'DEVICE_NEGATIVE_WEIGHT', details: {} };
    case 'invalid':
      return { ok: false, code: last.code, details: last.details };
    case 'weight':
      if (last.weightMg < 0) return { ok: false, code: 'DEVICE_NEGATIVE_WEIGHT', details: {} };
      if (!last.stable || settling.repeats < required) {
        return { ok: false, code: 'DEVICE_WEIGHT_UNSTABLE', details: {} };
      }
      return { ok: true, weightMg: last.weightMg, unit: last.unit };
  }
}
