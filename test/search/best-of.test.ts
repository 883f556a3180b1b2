import { describe, expect, it } from 'vitest';
import { bestOf } from '../../src/search/paragraph-index.ts';

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('bestOf (the page of best search candidates)', () => {
  it('gives exactly what a stable sort of every candidate and slice(0, limit) give, ties in the order found', () => {
    const random = rng(7);
    for (let round = 0; round < 300; round++) {
      const candidates = new Map<string, { score: number; covered: Set<number> }>();
      const n = Math.floor(random() * 60);
      for (let k = 0; k < n; k++) {
        // few distinct values, so ties are common
        const covered = new Set<number>();
        const size = Math.floor(random() * 3);
        for (let c = 0; c < size; c++) covered.add(c);
        candidates.set(`p${k}`, { score: Math.floor(random() * 4) / 2, covered });
      }
      const limit = Math.floor(random() * 30);
      const expected = [...candidates].sort(([, a], [, b]) => b.covered.size - a.covered.size || b.score - a.score).slice(0, limit);
      expect(bestOf(candidates, limit).map(([id]) => id)).toEqual(expected.map(([id]) => id));
    }
  });
});
