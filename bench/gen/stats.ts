/**
 * Vocabulary statistics of a text collection: distinct tokens and a rough
 * Zipf check (share of the ten most frequent tokens, share of hapaxes).
 *
 * @module
 */

/** What {@link vocabularyStats} measures. */
export interface VocabularyStats {
  /** Running tokens (lowercased runs of letters/digits, inner hyphens and dots kept). */
  tokens: number;
  /** Distinct tokens. */
  distinct: number;
  /** Share of all running tokens taken by the ten most frequent tokens. */
  top10Share: number;
  /** The ten most frequent tokens. */
  top10: string[];
  /** Share of distinct tokens that occur exactly once. */
  hapaxTypeShare: number;
  /** Share of running tokens that are hapaxes. */
  hapaxTokenShare: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

/** Count tokens of some texts (lowercased). */
export function vocabularyStats(texts: Iterable<string>): VocabularyStats {
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const t of texts) {
    for (const m of t.matchAll(TOKEN)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
      tokens++;
    }
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = sorted.slice(0, 10);
  let hapax = 0;
  for (const [, c] of sorted) if (c === 1) hapax++;
  return {
    tokens,
    distinct: counts.size,
    top10Share: tokens ? top.reduce((s, [, c]) => s + c, 0) / tokens : 0,
    top10: top.map(([w]) => w),
    hapaxTypeShare: counts.size ? hapax / counts.size : 0,
    hapaxTokenShare: tokens ? hapax / tokens : 0,
  };
}
