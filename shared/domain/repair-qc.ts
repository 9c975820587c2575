import { PURITIES, type Purity } from './purity';

/** How far the weight after work may stray from the weight taken in, mg: loss below, gain above. */
export interface WeightTolerance {
  lossMg: number;
  gainMg: number;
}

/** Gold by the jewelry standard (−0.01 g / +0.03 g); other metals and unmarked items have their own. */
export interface QcTolerances {
  gold: WeightTolerance;
  other: WeightTolerance;
}

export const DEFAULT_QC_TOLERANCES: QcTolerances = {
  gold: { lossMg: 10, gainMg: 30 },
  other: { lossMg: 10, gainMg: 30 },
};

export interface QcMeasure {
  purity: Purity | null;
  weightInMg: number;
  stonesIn: number;
  weightAfterMg: number;
  stonesAfter: number;
}

export interface QcFinding {
  /** Weight after work minus weight in, mg. */
  weightDiffMg: number;
  tolerance: WeightTolerance;
  weightBeyondTolerance: boolean;
  stonesChanged: boolean;
  /** A note and a manager's acknowledgement are needed before the item can be ready to collect. */
  needsAcknowledgement: boolean;
}

export function toleranceFor(purity: Purity | null, tolerances: QcTolerances): WeightTolerance {
  return purity !== null && PURITIES[purity].metal === 'gold' ? tolerances.gold : tolerances.other;
}

/** Whether a weight change (mg, after − before) strays beyond the tolerance. */
export function beyondTolerance(diffMg: number, tolerance: WeightTolerance): boolean {
  return diffMg < -tolerance.lossMg || diffMg > tolerance.gainMg;
}

/** The quality check's weight and stone rule. */
export function assessQc(measure: QcMeasure, tolerances: QcTolerances): QcFinding {
  const tolerance = toleranceFor(measure.purity, tolerances);
  const weightDiffMg = measure.weightAfterMg - measure.weightInMg;
  const weightBeyondTolerance = beyondTolerance(weightDiffMg, tolerance);
  const stonesChanged = measure.stonesAfter !== measure.stonesIn;
  return {
    weightDiffMg,
    tolerance,
    weightBeyondTolerance,
    stonesChanged,
    needsAcknowledgement: weightBeyondTolerance || stonesChanged,
  };
}
