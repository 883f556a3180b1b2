/**
 * The minisearch index over cleaned paragraphs, with the German analyser and
 * the glossary. Knows nothing about commands or replies: it returns paragraph
 * ids with scores and the analysed terms that matched.
 *
 * @module
 */
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { decodeIndex, encodeIndex, type CompactIndex } from './index-codec.ts';
import type { Paragraph } from '../corpus/types.ts';
import { processTerm, tokenize } from './analyzer.ts';
import { toConcepts, type Concept, type GlossaryLookup } from './query.ts';

/**
 * A document as indexed: the paragraph text only. Headings are not indexed
 * (they are never quoted, and indexing a heading once per paragraph under it
 * made the index a third larger and slower to load).
 */
interface IndexedParagraph {
  id: string;
  text: string;
}

/** A paragraph that matched a query. */
export interface SearchHit {
  paragraphId: string;
  score: number;
  /** Analysed index terms that matched (stems, normalised numbers). */
  terms: string[];
}

/** Options of a search. */
export interface ParagraphSearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only paragraphs accepted by this filter. */
  filter?: (paragraphId: string) => boolean;
  /** Use the glossary (default true). */
  translate?: boolean;
}

const DIGITS = /^\d/;

/** Fuzzy and prefix settings per term: none for numbers and short words. */
const SEARCH_DEFAULTS: SearchOptions = {
  fuzzy: (term) => (DIGITS.test(term) || term.length < 5 ? false : 0.2),
  prefix: (term) => !DIGITS.test(term) && term.length >= 5,
  maxFuzzy: 3,
  weights: { fuzzy: 0.3, prefix: 0.4 },
};

/** The minisearch options; loading a saved index needs exactly these. */
export const MINISEARCH_OPTIONS: Options<IndexedParagraph> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: SEARCH_DEFAULTS,
};

/** Full-text index over the paragraphs of a corpus. */
export class ParagraphIndex {
  readonly #mini: MiniSearch<IndexedParagraph>;
  readonly #glossary: GlossaryLookup;

  private constructor(mini: MiniSearch<IndexedParagraph>, glossary: GlossaryLookup) {
    this.#mini = mini;
    this.#glossary = glossary;
  }

  /** Builds a fresh index over the given paragraphs. */
  static build(paragraphs: Iterable<Paragraph>, glossary: GlossaryLookup): ParagraphIndex {
    const mini = new MiniSearch<IndexedParagraph>(MINISEARCH_OPTIONS);
    const docs: IndexedParagraph[] = [];
    for (const p of paragraphs) docs.push({ id: p.id, text: p.text });
    mini.addAll(docs);
    return new ParagraphIndex(mini, glossary);
  }

  /**
   * Loads an index saved with {@link encode}, with exactly the options it was
   * built with. The caller checks that the analyser version matches (the cache
   * key includes it).
   */
  static decode(compact: CompactIndex, glossary: GlossaryLookup): ParagraphIndex {
    return new ParagraphIndex(decodeIndex<IndexedParagraph>(compact, MINISEARCH_OPTIONS), glossary);
  }

  /** The index encoded for the cache (see index-codec.ts). */
  encode(): CompactIndex {
    return encodeIndex(this.#mini);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.#mini.documentCount;
  }

  /** The concepts a query stands for (typed words plus glossary translations). */
  concepts(query: string, translate = true): Concept[] {
    if (!translate) {
      return toConcepts(query, { entries: new Map(), maxWords: 1 });
    }
    return toConcepts(query, this.#glossary);
  }

  /**
   * Paragraphs matching a query, best first. All concepts must match (AND);
   * when that finds fewer than `limit` paragraphs, paragraphs matching only
   * some concepts follow (OR), ranked after the full matches.
   */
  search(query: string, options: ParagraphSearchOptions = {}): SearchHit[] {
    const concepts = this.concepts(query, options.translate ?? true);
    return this.searchConcepts(concepts, options);
  }

  /** Like {@link search} for already-built concepts. */
  searchConcepts(concepts: Concept[], options: ParagraphSearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    if (concepts.length === 0) return [];
    const subqueries: Query[] = concepts.map((c) => ({ combineWith: 'OR', queries: c.alternatives }));
    const filter = options.filter;
    const searchOptions: SearchOptions = filter ? { filter: (r) => filter(r.id as string) } : {};
    const all = this.#mini.search({ combineWith: 'AND', queries: subqueries }, searchOptions);
    const hits: SearchHit[] = all.slice(0, limit).map(toHit);
    if (hits.length < limit && concepts.length > 1) {
      const seen = new Set(hits.map((h) => h.paragraphId));
      const some = this.#mini.search({ combineWith: 'OR', queries: subqueries }, searchOptions);
      for (const r of some) {
        if (hits.length >= limit) break;
        if (!seen.has(r.id as string)) hits.push(toHit(r));
      }
    }
    return hits;
  }

  /**
   * Every paragraph containing at least one of the words exactly (after
   * analysis; no fuzzy or prefix matching), best first. For catalogue matching,
   * where recall must be complete and the sentence-level rules do the ranking.
   */
  matchAny(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    return this.#mini
      .search({ combineWith: 'OR', queries: [...words] }, { fuzzy: false, prefix: false })
      .map((r) => r.id as string);
  }

  /** Raw minisearch query, for benchmarks comparing the answer pipeline with the bare search. */
  bareSearch(query: string): number {
    return this.#mini.search(query).length;
  }

  /** Completion of a partial word against indexed terms (for autocomplete). */
  suggest(prefix: string, limit = 10): string[] {
    return this.#mini
      .autoSuggest(prefix, { prefix: true, fuzzy: false })
      .slice(0, limit)
      .map((s) => s.suggestion);
  }
}

function toHit(r: { id: unknown; score: number; terms: string[] }): SearchHit {
  return { paragraphId: r.id as string, score: r.score, terms: r.terms };
}
