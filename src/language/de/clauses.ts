/**
 * Term-level matching inside one sentence: analysed terms with their offsets,
 * clauses, and "does this clause contain that word or phrase" — the building
 * blocks of event and measure matching. Uses the same analyser as the index,
 * so `bestätigte` matches the trigger `bestätigt` and `Außenministerium`
 * matches `Aussenministerium`.
 *
 * @module
 */
import { processTerm, tokenizeWithOffsets, analyze } from './analyzer.ts';

/** An analysed term of a sentence with its position. */
export interface PositionedTerm {
  term: string;
  index: number;
  end: number;
}

/** A clause: a stretch of a sentence between clause punctuation. */
export interface Clause {
  start: number;
  end: number;
  terms: PositionedTerm[];
}

/** The analysed terms of a sentence; hyphenated words also give their parts. */
export function positionedTerms(text: string): PositionedTerm[] {
  const out: PositionedTerm[] = [];
  for (const t of tokenizeWithOffsets(text)) {
    const whole = processTerm(t.text);
    if (whole !== null) out.push({ term: whole, index: t.index, end: t.end });
    if (t.text.includes('-')) {
      let offset = t.index;
      for (const part of t.text.split('-')) {
        const p = part ? processTerm(part) : null;
        if (p !== null) out.push({ term: p, index: offset, end: offset + part.length });
        offset += part.length + 1;
      }
    }
  }
  return out;
}

/** Clause boundaries: punctuation that separates clauses and quoted speech. */
const CLAUSE_BREAK = /[,;:()„“”"«»‹›]|\s[–—-]\s/g;

/** Splits a sentence into clauses (by commas, semicolons, colons, brackets, quotes and dashes). */
export function clauses(text: string, terms: PositionedTerm[] = positionedTerms(text)): Clause[] {
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, terms: terms.filter((t) => t.index >= start && t.end <= end) });
  }
  return out;
}

/** A word or phrase prepared for matching: its analysed terms. */
export type Pattern = readonly string[];

/** Analyses a word or phrase into a pattern (empty when it is only function words). */
export function pattern(phrase: string): Pattern {
  return analyze(phrase);
}

/**
 * Where a pattern occurs among terms: a one-term pattern at any occurrence; a
 * phrase when all its terms occur in the given terms (any order, as German
 * splits verbs: "trafen ... ein"). Returns the offset of the first matching
 * term, or -1.
 */
export function findPattern(terms: readonly PositionedTerm[], p: Pattern): number {
  if (p.length === 0) return -1;
  let first = -1;
  for (const needle of p) {
    const hit = terms.find((t) => t.term === needle);
    if (!hit) return -1;
    if (first === -1 || hit.index < first) first = hit.index;
  }
  return first;
}

/** True when any of the patterns occurs among the terms. */
export function hasAny(terms: readonly PositionedTerm[], patterns: readonly Pattern[]): boolean {
  return patterns.some((p) => findPattern(terms, p) >= 0);
}
