/**
 * A small seeded PRNG (mulberry32) with the draws the corpus generator needs.
 * Never uses `Math.random`: the same seed always gives the same sequence.
 *
 * @module
 */

/** Mix two 32-bit integers into a new seed (for per-article streams). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A deterministic random stream (mulberry32). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * A Zipf-distributed index in [0, n) with exponent 1: P(k) ∝ ~1/(k+1)
   * (inverse CDF of the continuous law, so O(1) for any n).
   */
  zipf(n: number): number {
    const k = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return k < 0 ? 0 : k >= n ? n - 1 : k;
  }

  /** A Zipf-distributed index in [0, n) with exponent s > 0, s != 1 (steeper for s > 1). */
  zipfS(n: number, s: number): number {
    if (s === 1) return this.zipf(n);
    const a = 1 - s;
    const top = Math.pow(n + 1, a);
    const x = Math.pow(1 + this.next() * (top - 1), 1 / a);
    const k = Math.floor(x) - 1;
    return k < 0 ? 0 : k >= n ? n - 1 : k;
  }

  /**
   * A Zipf-distributed index in [0, n) that continues a Zipf curve whose first
   * `offset` ranks are drawn elsewhere: P(k) ∝ ~1/(offset + k + 1). With an
   * offset, the first ranks are not much more frequent than the next ones.
   */
  zipfFrom(n: number, offset: number): number {
    const lo = offset + 1;
    const x = lo * Math.exp(this.next() * Math.log((lo + n) / lo));
    const k = Math.floor(x) - lo;
    return k < 0 ? 0 : k >= n ? n - 1 : k;
  }

  /** An element chosen by Zipf rank (the list's order is its frequency order). */
  zipfPick<T>(items: readonly T[], s = 1): T {
    return items[s === 1 ? this.zipf(items.length) : this.zipfS(items.length, s)]!;
  }

  /** An index chosen with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}
