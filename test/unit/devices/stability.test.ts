import { describe, expect, it } from 'vitest';
import type { WeightUnit } from '../../../shared/contract/devices';
import {
  settle,
  UNSETTLED,
  verdict,
  type Observation,
  type Settling,
} from '../../../electron/core/devices/scale/stability';

const weight = (weightMg: number, stable = true, unit: WeightUnit = 'g'): Observation => ({
  kind: 'weight',
  weightMg,
  unit,
  stable,
});

function feed(observations: Observation[], required = 3, from: Settling = UNSETTLED): Settling {
  return observations.reduce((state, observation) => settle(state, observation, required), from);
}

describe('the stable-repeat rule', () => {
  it('accepts a stable weight only once it repeated the required number of times in a row', () => {
    const verdicts = [1, 2, 3].map((count) => verdict(feed(Array(count).fill(weight(12_345))), 3));
    expect(verdicts.map((v) => v.ok)).toEqual([false, false, true]);
    expect(verdicts[0]).toMatchObject({ code: 'DEVICE_WEIGHT_UNSTABLE' });
    expect(verdicts[2]).toEqual({ ok: true, weightMg: 12_345, unit: 'g' });
  });

  it('starts counting again when the value, the unit or the stability changes', () => {
    expect(feed([weight(100), weight(100), weight(101)]).repeats).toBe(1);
    expect(feed([weight(100), weight(100), weight(100, true, 'ct')]).repeats).toBe(1);
    expect(feed([weight(100), weight(100), weight(100, false)]).repeats).toBe(0);
    expect(verdict(feed([weight(100), weight(100), weight(100, false), weight(100)]), 3).ok).toBe(false);
  });

  it('never takes an unstable reading, however often it repeats', () => {
    const state = feed(Array(10).fill(weight(500, false)));
    expect(verdict(state, 3)).toMatchObject({ ok: false, code: 'DEVICE_WEIGHT_UNSTABLE' });
  });

  it('counts up to the required number and no further, so a steady scale reports no change', () => {
    expect(feed(Array(10).fill(weight(500))).repeats).toBe(3);
  });

  it('accepts at the first stable reading when one is required', () => {
    expect(verdict(feed([weight(7)], 1), 1)).toEqual({ ok: true, weightMg: 7, unit: 'g' });
  });

  it('refuses overload, below-zero and negative weights with their own codes', () => {
    expect(verdict(feed([{ kind: 'overload' }]), 3)).toMatchObject({ code: 'DEVICE_OVERLOAD' });
    expect(verdict(feed([{ kind: 'underload' }]), 3)).toMatchObject({ code: 'DEVICE_NEGATIVE_WEIGHT' });
    expect(verdict(feed(Array(3).fill(weight(-500))), 3)).toMatchObject({ code: 'DEVICE_NEGATIVE_WEIGHT' });
    expect(verdict(feed([weight(1000), weight(1000), { kind: 'overload' }, weight(1000)]), 3)).toMatchObject({
      code: 'DEVICE_WEIGHT_UNSTABLE',
    });
  });

  it('passes on what an unreadable line said, and waits while the scale is busy or silent', () => {
    const invalid: Observation = {
      kind: 'invalid',
      code: 'DEVICE_UNIT_UNSUPPORTED',
      details: { unit: 'oz' },
    };
    expect(verdict(feed([weight(1), weight(1), weight(1), invalid]), 3)).toEqual({
      ok: false,
      code: 'DEVICE_UNIT_UNSUPPORTED',
      details: { unit: 'oz' },
    });
    expect(verdict(feed([{ kind: 'busy' }]), 3)).toMatchObject({ code: 'DEVICE_WEIGHT_UNSTABLE' });
    expect(verdict(UNSETTLED, 3)).toMatchObject({ code: 'DEVICE_WEIGHT_UNSTABLE' });
  });
});
