export interface Stats {
  n: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of samples in nanoseconds, in milliseconds. */
export function stats(samplesNs: readonly number[]): Stats {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  const rank = (p: number): number => (sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0) / 1e6;
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: rank(1) };
}

/** How long one call takes, in nanoseconds. */
export function timed(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start);
}
