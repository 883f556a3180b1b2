/**
 * Turns what a user types (English or German, slugs or words) into a
 * minisearch query: each word or glossary phrase becomes a *concept* whose
 * alternatives are the word itself plus its German translations; concepts are
 * combined with AND first and OR as a fallback (see {@link ParagraphIndex}).
 *
 * @module
 */
import type { Glossary } from '../corpus/catalogue/index.ts';
import { foldForMatching as fold, processTerm, tokenizeWithOffsets } from '../language/de/index.ts';

/** One thing the user asked for, with the ways the corpus may say it. */
export interface Concept {
  /** The words as typed. */
  text: string;
  /** The typed words first, then German translations from the glossary. */
  alternatives: string[];
  /** True when the glossary translated it. */
  translated: boolean;
}

/** A glossary prepared for matching: folded key words -> German words. */
export interface GlossaryLookup {
  entries: Map<string, string[]>;
  /** Longest key, in words. */
  maxWords: number;
}

/** Prepares a glossary for {@link toConcepts}: keys folded, split on spaces and hyphens. */
export function prepareGlossary(glossary: Glossary): GlossaryLookup {
  const entries = new Map<string, string[]>();
  let maxWords = 1;
  for (const [key, words] of Object.entries(glossary)) {
    const parts = fold(key).split(/[\s-]+/).filter(Boolean);
    if (parts.length === 0) continue;
    maxWords = Math.max(maxWords, parts.length);
    const k = parts.join(' ');
    entries.set(k, [...(entries.get(k) ?? []), ...words]);
  }
  return { entries, maxWords };
}

/** Splits a query into words, splitting hyphenated slugs (`russia-confirmed`) into parts too. */
function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const t of tokenizeWithOffsets(query)) words.push(t.text);
  return words;
}

/**
 * The concepts of a query. Glossary phrases match greedily, longest first
 * (`death toll rises` -> `death toll` + `rises`). A hyphenated word
 * that is not a glossary key but whose parts are (`russia-confirmed`) is read
 * as its parts; a German compound (`Kreml-Chef`) stays whole. Words that are
 * only function words are dropped.
 */
export function toConcepts(query: string, glossary: GlossaryLookup): Concept[] {
  const raw = queryWords(query);
  const words: string[] = [];
  for (const w of raw) {
    if (w.includes('-') && !glossary.entries.has(fold(w).replace(/-/g, ' '))) {
      const parts = w.split('-').filter(Boolean);
      if (parts.some((p) => glossary.entries.has(fold(p)))) {
        words.push(...parts);
        continue;
      }
    }
    words.push(w);
  }
  const concepts: Concept[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(glossary.maxWords, words.length - i); n >= 1; n--) {
      const slice = words.slice(i, i + n);
      const key = slice.map((w) => fold(w).replace(/-/g, ' ')).join(' ');
      const german = glossary.entries.get(key);
      if (german) {
        const text = slice.join(' ');
        concepts.push({ text, alternatives: unique([text, ...german]), translated: true });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = words[i]!;
    i += 1;
    if (processTerm(w) === null && !w.includes('-')) continue;
    concepts.push({ text: w, alternatives: [w], translated: false });
  }
  return concepts;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
