/**
 * The demo's pseudo-random numbers (mulberry32): a fixed seed gives the same store on every run, so the
 * README's tour and the tests can name what is in it.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** An integer in [min, max] rounded down to a multiple of `step`. */
  step(min: number, max: number, step: number): number {
    return Math.floor(this.int(min, max) / step) * step;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Takes one item out of `items` at random. */
  take<T>(items: T[]): T | undefined {
    if (items.length === 0) return undefined;
    return items.splice(Math.floor(this.next() * items.length), 1)[0];
  }
}
