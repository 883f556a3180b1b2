import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/measure.ts';
import { bestIndices } from '../../src/search/paragraph-index.ts';

describe('bestIndices (the page of best search candidates)', () => {
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
      const entries = [...candidates];
      const better = (a: number, b: number) => entries[b]![1].covered.size - entries[a]![1].covered.size || entries[b]![1].score - entries[a]![1].score;
      expect(bestIndices(entries.length, limit, better).map((x) => entries[x]![0])).toEqual(expected.map(([id]) => id));
    }
  });
});
