import { describe, expect, it } from 'vitest';
import { assessQc, DEFAULT_QC_TOLERANCES, type QcMeasure } from '../../../shared/domain/repair-qc';

const gold = (weightAfterMg: number, stonesAfter = 2): QcMeasure => ({
  purity: 'Au750',
  weightInMg: 5_000,
  stonesIn: 2,
  weightAfterMg,
  stonesAfter,
});

describe('the quality check tolerance', () => {
  it.each([
    [4_990, -10, false],
    [4_989, -11, true],
    [5_030, 30, false],
    [5_031, 31, true],
    [5_000, 0, false],
  ])('gold weighed %i mg after 5000 in: %i mg, beyond: %s', (after, diff, beyond) => {
    const finding = assessQc(gold(after), DEFAULT_QC_TOLERANCES);
    expect(finding).toMatchObject({
      weightDiffMg: diff,
      weightBeyondTolerance: beyond,
      needsAcknowledgement: beyond,
    });
  });

  it('needs an acknowledgement when the stone count changes, whatever the weight', () => {
    expect(assessQc(gold(5_000, 1), DEFAULT_QC_TOLERANCES)).toMatchObject({
      weightBeyondTolerance: false,
      stonesChanged: true,
      needsAcknowledgement: true,
    });
  });

  it('uses the configured tolerance, gold’s for gold and the other for the rest', () => {
    const tolerances = { gold: { lossMg: 50, gainMg: 50 }, other: { lossMg: 0, gainMg: 0 } };
    expect(assessQc(gold(4_960), tolerances).needsAcknowledgement).toBe(false);
    const silver = { ...gold(5_001), purity: 'S925' as const };
    expect(assessQc(silver, tolerances)).toMatchObject({
      weightBeyondTolerance: true,
      tolerance: tolerances.other,
    });
    expect(assessQc({ ...silver, purity: null }, tolerances).tolerance).toBe(tolerances.other);
  });
});
