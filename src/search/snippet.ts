/**
 * Picks the sentence or two of a paragraph that best match a query, so that
 * an answer quotes the relevant words verbatim instead of a whole paragraph.
 *
 * @module
 */
import type { Paragraph, Sentence } from '../corpus/types.ts';
import { analyze } from '../language/de/index.ts';

/** A contiguous run of sentences of one paragraph. */
export interface Snippet {
  /** Index of the first sentence in `paragraph.sentences`. */
  first: number;
  /** Index of the last sentence (inclusive). */
  last: number;
  start: number;
  end: number;
  /** Distinct matched terms in the snippet. */
  matched: number;
}

/** Distinct analysed terms of a sentence that are in `terms`. */
export function matchedTerms(sentence: Sentence, terms: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const t of analyze(sentence.text)) if (terms.has(t)) found.add(t);
  return found;
}

/**
 * The best-matching sentence of a paragraph, extended by one neighbour when
 * that neighbour adds matched terms the best sentence lacks (a sentence or
 * two, always contiguous, so the quote stays a verbatim substring). Ties go to
 * the earlier sentence. With no match at all, the first sentence.
 */
export function bestSnippet(paragraph: Paragraph, terms: Iterable<string>, maxSentences = 2): Snippet {
  const termSet = terms instanceof Set ? (terms as Set<string>) : new Set(terms);
  const sentences = paragraph.sentences;
  if (sentences.length === 0) {
    return { first: 0, last: 0, start: paragraph.start, end: paragraph.end, matched: 0 };
  }
  const matches = sentences.map((s) => matchedTerms(s, termSet));
  let best = 0;
  for (let i = 1; i < matches.length; i++) if (matches[i]!.size > matches[best]!.size) best = i;
  let first = best;
  let last = best;
  const covered = new Set(matches[best]);
  if (maxSentences > 1) {
    const gain = (i: number) => {
      const m = matches[i];
      if (!m) return 0;
      let g = 0;
      for (const t of m) if (!covered.has(t)) g++;
      return g;
    };
    const next = gain(best + 1);
    const prev = gain(best - 1);
    if (next > 0 && next >= prev) last = best + 1;
    else if (prev > 0) first = best - 1;
    for (let i = first; i <= last; i++) for (const t of matches[i]!) covered.add(t);
  }
  return {
    first,
    last,
    start: sentences[first]!.start,
    end: sentences[last]!.end,
    matched: covered.size,
  };
}
