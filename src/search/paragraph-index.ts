/**
 * The minisearch index over cleaned paragraphs, with the German analyser and
 * the glossary. Knows nothing about commands or replies: it returns paragraph
 * ids with scores and the analysed terms that matched.
 *
 * @module
 */
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { bestIndices, checkDecodable, decodeIndex, documentFrequency, encodeIndex, termStats, type CompactIndex, type TermMatcher, type TermStats } from './index-codec.ts';

export { bestIndices } from './index-codec.ts';
import { buildCompactIndex, isCanonical, type IndexDocument } from './index-build.ts';
import type { Paragraph } from '../corpus/types.ts';
import { processTerm, tokenize } from '../language/de/index.ts';
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
  /** Use the glossary (default true). */
  translate?: boolean;
  /**
   * Paragraphs to rank after the others (see {@link bodyFirst}): pass
   * `(id) => paragraphById.get(id)?.summary === true` to put the outlet's own
   * summary boxes after body text.
   */
  demote?: (paragraphId: string) => boolean;
}

/**
 * Hits with the demoted ones (summary boxes) moved after all others, each
 * group keeping its order: body text first, then the outlet's own summary.
 */
export function bodyFirst(hits: readonly SearchHit[], demote: (paragraphId: string) => boolean): SearchHit[] {
  const body: SearchHit[] = [];
  const later: SearchHit[] = [];
  for (const h of hits) (demote(h.paragraphId) ? later : body).push(h);
  return [...body, ...later];
}

/** A concept is "rare" when its exact terms occur in at most this many paragraphs. */
const RARE_DF = 1500;
/** Candidates taken from the best paragraphs of a common concept. */
const TOP_CANDIDATES = 1000;
/** Exact matching only (no fuzzy, no prefix). */
const EXACT: SearchOptions = { fuzzy: false, prefix: false };

/** A concept with its exact analysed terms and how many paragraphs hold them. */
interface PlannedConcept {
  index: number;
  alternatives: string[];
  /** Analysed terms of each alternative (an alternative matches when all occur). */
  exactTerms: string[][];
  /** Paragraphs holding the concept exactly (sum over alternatives; an upper bound). */
  df: number;
  /** The typed words with no exact match (searched fuzzily when the concept has no exact match). */
  missing: string[];
  /** Per alternative: its word with the fewest paragraphs (the one to search), or null. */
  rarest: (string | null)[];
}

function planConcept(c: Concept, stats: TermStats, index = 0): PlannedConcept {
  const exactTerms: string[][] = [];
  const missing: string[] = [];
  const rarest: (string | null)[] = [];
  let df = 0;
  c.alternatives.forEach((alt, a) => {
    // A hyphenated word counts by its parts (the whole compound may be rare or
    // absent while "Putin" and "Entscheidungen" are not): no needless fuzzy search.
    const terms: string[] = [];
    let least = Infinity;
    let leastToken: string | null = null;
    for (const token of tokenize(alt)) {
      if (token.includes('-')) continue;
      const term = processTerm(token);
      if (term === null) continue;
      terms.push(term);
      const n = stats.df(term);
      if (n < least) {
        least = n;
        leastToken = token;
      }
      if (n === 0 && a === 0) missing.push(token);
    }
    if (terms.length === 0) return;
    exactTerms.push(terms);
    rarest.push(least > 0 ? leastToken : null);
    df += least;
  });
  return { index, alternatives: c.alternatives, exactTerms, df, missing, rarest };
}


/**
 * The alternatives of a concept that can count, as term lists: the first
 * alternative a paragraph holds counts, so a later one analysed alike never
 * does, nor one with a term no paragraph holds.
 */
function heldAlternatives(exactTerms: readonly string[][], stats: TermStats): string[][] {
  return distinctTermLists(exactTerms).filter((alt) => alt.length > 0 && alt.every((t) => stats.df(t) > 0));
}

/** Per common concept, its alternatives' terms with a lookup each (see {@link TermStats.matcher}). */
function commonMatchers(common: readonly PlannedConcept[], stats: TermStats) {
  return common.map((p) => {
    const lists = heldAlternatives(p.exactTerms, stats);
    return { p, alternatives: lists.map((alt) => alt.map((t) => stats.matcher(t))), termLists: lists };
  });
}

/** The analysed term of a word that is one token, else null. */
function singleTerm(word: string): string | null {
  const tokens = tokenize(word);
  return tokens.length === 1 ? processTerm(tokens[0]!) : null;
}

/**
 * One common concept of one-word alternatives (`gemeldet`; or several:
 * `gemeldet`, `meldete`, `melden`): its `limit` best paragraphs, exactly as
 * the general path of {@link ParagraphIndex} ranks them, without checking
 * thousands of candidates.
 * There a paragraph counts with the first alternative it holds, so of each
 * alternative's best paragraphs (`top`) only those holding no earlier
 * alternative compete, and only its first `limit` of them can be among the
 * `limit` best. A paragraph below an alternative's top list can still be among
 * them when that list holds fewer than `limit` such paragraphs: then null (the
 * general path decides). Ties keep the order found (alternative, then rank).
 */
function bestOfAlternatives(exactTerms: readonly string[][], limit: number, stats: TermStats): SearchHit[] | null {
  const held = heldAlternatives(exactTerms, stats);
  if (held.length === 0 || held.some((alt) => alt.length !== 1)) return null;
  const matchers: TermMatcher[] = [];
  const picked: SearchHit[] = [];
  for (const [a, [term]] of (held as [string][]).entries()) {
    const top = stats.top(term, TOP_CANDIDATES);
    let taken = 0;
    for (const r of top) {
      if (taken >= limit) break;
      if (matchers.some((m) => m.containsShort(r.short))) continue;
      picked.push({ paragraphId: r.id, score: r.score, terms: [term] });
      taken++;
    }
    if (taken < limit && top.length >= TOP_CANDIDATES) return null;
    // (the later alternatives skip the paragraphs holding this one)
    if (a + 1 < held.length) matchers.push(stats.matcher(term));
  }
  return bestIndices(picked.length, limit, (a, b) => picked[b]!.score - picked[a]!.score).map((x) => picked[x]!);
}

/** The first alternative whose terms the document (internal number) all holds, or -1. */
function firstHeld(alternatives: readonly (readonly TermMatcher[])[], shortId: number): number {
  for (let a = 0; a < alternatives.length; a++) {
    const alt = alternatives[a]!;
    let all = true;
    for (let k = 0; k < alt.length; k++) {
      if (!alt[k]!.containsShort(shortId)) {
        all = false;
        break;
      }
    }
    if (all) return a;
  }
  return -1;
}

/**
 * The candidate paragraphs of a search in plain arrays (a common word brings
 * thousands): numbered in the order found, each with its score, the concepts
 * it covers and the terms it matched, in the order added, each once.
 */
class CandidateTable {
  readonly ids: string[] = [];
  readonly score: number[] = [];
  /** Concepts covered: a bit per concept below 31; above, a set (a very long question). */
  readonly #covered: number[] = [];
  readonly #wide = new Map<number, Set<number>>();
  readonly #count: number[] = [];
  readonly #numberOf = new Map<string | number, number>();
  /** Each candidate's internal number in the index when known ({@link numberOfShort}), else -1. */
  readonly shorts: number[] = [];
  // matched terms: per candidate a chain of term lists (first, last, next), read only for the best
  readonly #first: number[] = [];
  readonly #last: number[] = [];
  readonly #next: number[] = [];
  readonly #lists: (readonly string[])[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** The candidate's number (a new candidate, with score 0 and nothing covered, the first time). */
  numberOf(id: string): number {
    return this.#number(id, id, -1);
  }

  /**
   * {@link numberOf} by the document's internal number (no string hashed):
   * a table numbers its candidates either all by id or all by internal number.
   */
  numberOfShort(short: number, id: string): number {
    return this.#number(short, id, short);
  }

  #number(key: string | number, id: string, short: number): number {
    let x = this.#numberOf.get(key);
    if (x === undefined) {
      x = this.ids.length;
      this.#numberOf.set(key, x);
      this.ids.push(id);
      this.shorts.push(short);
      this.score.push(0);
      this.#covered.push(0);
      this.#count.push(0);
      this.#first.push(-1);
      this.#last.push(-1);
    }
    return x;
  }

  covers(x: number, concept: number): boolean {
    return concept < 31 ? (this.#covered[x]! & (1 << concept)) !== 0 : (this.#wide.get(x)?.has(concept) ?? false);
  }

  cover(x: number, concept: number): void {
    if (this.covers(x, concept)) return;
    if (concept < 31) this.#covered[x]! |= 1 << concept;
    else {
      let set = this.#wide.get(x);
      if (!set) this.#wide.set(x, (set = new Set()));
      set.add(concept);
    }
    this.#count[x]!++;
  }

  addTerms(x: number, terms: readonly string[]): void {
    if (terms.length === 0) return;
    const node = this.#lists.length;
    this.#lists.push(terms);
    this.#next.push(-1);
    if (this.#first[x]! < 0) this.#first[x] = node;
    else this.#next[this.#last[x]!] = node;
    this.#last[x] = node;
  }

  /** The `limit` best: most concepts covered first, then by score, ties in the order found. */
  best(limit: number): SearchHit[] {
    return bestIndices(this.size, limit, (a, b) => this.#count[b]! - this.#count[a]! || this.score[b]! - this.score[a]!).map((x) => {
      const terms = new Set<string>();
      for (let node = this.#first[x]!; node >= 0; node = this.#next[node]!) for (const t of this.#lists[node]!) terms.add(t);
      return { paragraphId: this.ids[x]!, score: this.score[x]!, terms: [...terms] };
    });
  }
}

/** The lists of terms, each once (the first of those with the same terms in the same order). */
function distinctTermLists(lists: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

/** The analysis the index is built and queried with. */
const ANALYSIS = { tokenize, processTerm };

/**
 * The canonical compact index of paragraphs, in corpus order (see
 * `index-build.ts`): what {@link ParagraphIndex.fromCompact} loads and what
 * the cache stores. Pure; runs in any thread. `tokensOf` may give a
 * paragraph's tokens as `tokenize(p.text)` gives them (tokenised already).
 */
export function compactIndexOf(paragraphs: Iterable<Pick<Paragraph, 'id' | 'text'>>, tokensOf?: (p: Pick<Paragraph, 'id' | 'text'>) => readonly string[]): CompactIndex {
  const docs: IndexDocument[] = [];
  for (const p of paragraphs) docs.push(tokensOf ? { id: p.id, text: p.text, tokens: tokensOf(p) } : { id: p.id, text: p.text });
  return buildCompactIndex(docs, ANALYSIS);
}

/** See {@link decodeIndexesLazily}. */
let lazyDecoding = false;

/**
 * From now on, indexes loaded from their compact form (the cache) are decoded
 * when first searched, not when loaded — for a one-shot process (`npm run
 * ask`) whose question may search one story or none (a catalogued answer
 * comes from the answers cache). Answers are the same. A long-running
 * process keeps the default (decoded at load, so that no question waits for
 * it and a reload's work is done before the swap).
 */
export function decodeIndexesLazily(on = true): void {
  lazyDecoding = on;
}

/**
 * Full-text index over the paragraphs of a story. Immutable once built: a
 * new corpus version gets a new index (built, merged or updated in its
 * canonical compact form), so the one answering now never changes.
 */
export class ParagraphIndex {
  /** The decoded index, or its compact form not yet decoded (see {@link decodeIndexesLazily}). */
  #decoded: MiniSearch<IndexedParagraph> | CompactIndex;
  readonly #glossary: GlossaryLookup;
  /** The canonical compact form it was loaded from (null for an index of another shape). */
  readonly #compact: CompactIndex | null;

  private constructor(mini: MiniSearch<IndexedParagraph> | CompactIndex, glossary: GlossaryLookup, compact: CompactIndex | null) {
    this.#decoded = mini;
    this.#glossary = glossary;
    this.#compact = compact;
  }

  get #mini(): MiniSearch<IndexedParagraph> {
    const d = this.#decoded;
    if (d instanceof MiniSearch) return d;
    return (this.#decoded = decodeIndex<IndexedParagraph>(d, MINISEARCH_OPTIONS));
  }

  /** Builds the index over the given paragraphs, in the order given (corpus order). */
  static build(paragraphs: Iterable<Pick<Paragraph, 'id' | 'text'>>, glossary: GlossaryLookup): ParagraphIndex {
    return ParagraphIndex.fromCompact(compactIndexOf(paragraphs), glossary);
  }

  /**
   * Loads an index from its compact form (built by {@link compactIndexOf},
   * merged, or read from the cache), with exactly the minisearch options it
   * was built with. The caller checks that the analyser version matches (the
   * cache key includes it).
   */
  static fromCompact(compact: CompactIndex, glossary: GlossaryLookup): ParagraphIndex {
    const canonical = isCanonical(compact) ? compact : null;
    if (lazyDecoding && compact.kind === 'internal') {
      // what could make decoding fail is checked now, as when decoding (the caller rebuilds on an error)
      checkDecodable(compact, MINISEARCH_OPTIONS);
      return new ParagraphIndex(compact, glossary, canonical);
    }
    return new ParagraphIndex(decodeIndex<IndexedParagraph>(compact, MINISEARCH_OPTIONS), glossary, canonical);
  }

  /** Same as {@link fromCompact}. */
  static decode(compact: CompactIndex, glossary: GlossaryLookup): ParagraphIndex {
    return ParagraphIndex.fromCompact(compact, glossary);
  }

  /** The index in its compact form, for the cache and for merging (see index-codec.ts, index-build.ts). */
  encode(): CompactIndex {
    return this.#compact ?? encodeIndex(this.#mini);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    const d = this.#decoded;
    return d instanceof MiniSearch ? d.documentCount : d.kind === 'internal' ? d.documentCount : this.#mini.documentCount;
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
    const stats = this.#stats;
    const hits = stats ? this.#plannedSearch(concepts, limit, stats) : this.#plainSearch(concepts, limit);
    return options.demote ? bodyFirst(hits, options.demote) : hits;
  }

  /** All concepts must match (AND); paragraphs matching only some follow (OR). Scores every match. */
  #plainSearch(concepts: Concept[], limit: number): SearchHit[] {
    const subqueries: Query[] = concepts.map((c) => ({ combineWith: 'OR', queries: c.alternatives }));
    const all = this.#mini.search({ combineWith: 'AND', queries: subqueries });
    const hits: SearchHit[] = all.slice(0, limit).map(toHit);
    if (hits.length < limit && concepts.length > 1) {
      const seen = new Set(hits.map((h) => h.paragraphId));
      for (const r of this.#mini.search({ combineWith: 'OR', queries: subqueries })) {
        if (hits.length >= limit) break;
        if (!seen.has(r.id as string)) hits.push(toHit(r));
      }
    }
    return hits;
  }

  /**
   * Rare-first search. minisearch scores every document a query term occurs
   * in (about 2 µs each), so a word found in half the corpus costs 100 ms at
   * 100,000 paragraphs. Instead:
   *
   * 1. each concept's exact terms are looked up (document frequency);
   * 2. candidates come from the concepts found in at most
   *    {@link RARE_DF} paragraphs (minisearch, exact terms), or, when every
   *    concept is common, from the paragraphs with the best BM25 for the
   *    rarest one's term (one pass over its postings, no result objects);
   * 3. concepts with no exact match (typos, transliterations, compound
   *    beginnings) are searched with fuzzy and prefix matching;
   * 4. candidates are ranked by how many concepts they contain — common
   *    concepts are checked by a term lookup per candidate, not scored — then
   *    by minisearch's score.
   */
  #plannedSearch(concepts: Concept[], limit: number, stats: TermStats): SearchHit[] {
    const planned = concepts.map((c, i) => planConcept(c, stats, i));
    const rare = planned.filter((p) => p.df > 0 && p.df <= RARE_DF);
    const common = planned.filter((p) => p.df > RARE_DF);
    const missing = planned.filter((p) => p.df === 0 && p.missing.length > 0);
    if (planned.length === 1 && common.length === 1) {
      // One common concept of one-word alternatives: the best paragraphs of each, as the general path below ranks them.
      const best = bestOfAlternatives(common[0]!.exactTerms, limit, stats);
      if (best) return best;
    }
    const one = planned.length === 1 && rare.length === 1 && rare[0]!.exactTerms.length === 1 && rare[0]!.exactTerms[0]!.length === 1 ? rare[0]!.rarest[0] : null;
    if (one) {
      // One rare word: its paragraphs best first are the answer (what the general path below gives, without it)
      const term = singleTerm(one);
      const results = term ? stats.exact(term, limit) : null;
      if (results) return results.map((r) => ({ paragraphId: r.id, score: r.score, terms: [...r.terms] }));
    }
    const candidates = new CandidateTable();
    const add = (results: readonly { id: unknown; score: number; terms: readonly string[] }[], concept: number) => {
      for (let k = 0; k < results.length && k < RARE_DF; k++) {
        const r = results[k]!;
        const x = candidates.numberOf(r.id as string);
        candidates.score[x]! += r.score;
        candidates.addTerms(x, r.terms);
        candidates.cover(x, concept);
      }
    };
    for (const p of rare) {
      // Each alternative by its rarest word (exact); its other words by lookup.
      p.exactTerms.forEach((terms, a) => {
        const word = p.rarest[a];
        if (!word) return;
        const term = singleTerm(word);
        const results = (term ? stats.exact(term) : null) ?? this.#mini.search(word, EXACT);
        const others = terms.filter((t) => t !== processTerm(word)).map((t) => stats.matcher(t));
        add(others.length ? results.filter((r) => others.every((m) => m.contains(r.id as string))) : results, p.index);
      });
    }
    for (const p of missing) {
      // No exact match: typo, transliteration or compound beginning. Fuzzy + prefix, best first.
      add(this.#mini.search(p.missing.join(' ')), p.index);
    }
    if (candidates.size === 0 && common.length > 0) {
      // Every concept is common: candidates are the best paragraphs for the rarest one's terms.
      const rarest = [...common].sort((a, b) => a.df - b.df)[0]!;
      // alternatives that analyse alike (`berichtet`, `berichtete`) add the same paragraphs: once is enough
      for (const terms of distinctTermLists(rarest.exactTerms)) {
        const rarestTerm = [...terms].sort((a, b) => stats.df(a) - stats.df(b))[0]!;
        for (const r of stats.top(rarestTerm, TOP_CANDIDATES)) candidates.numberOfShort(r.short, r.id);
      }
    }
    // Coverage of common concepts by lookup (and their BM25 by lookup), not by scoring every match.
    const matchers = commonMatchers(common, stats);
    if (matchers.length > 0) {
      for (let x = 0; x < candidates.size; x++) {
        // the document's internal number once (known already for a candidate from `top`), then one read per term
        const known = candidates.shorts[x]!;
        const shortId = known >= 0 ? known : stats.shortId(candidates.ids[x]!);
        if (shortId === undefined) continue;
        for (const { p, alternatives, termLists } of matchers) {
          if (candidates.covers(x, p.index)) continue;
          const a = firstHeld(alternatives, shortId);
          if (a < 0) continue;
          candidates.cover(x, p.index);
          candidates.addTerms(x, termLists[a]!);
          for (const m of alternatives[a]!) candidates.score[x]! += m.scoreShort(shortId);
        }
      }
    }
    return candidates.best(limit);
  }

  get #stats(): TermStats | null {
    if (this.#termStats === undefined) this.#termStats = termStats(this.#mini);
    return this.#termStats;
  }

  #termStats: TermStats | null | undefined;

  /**
   * Every paragraph containing at least one of the words exactly (after
   * analysis; no fuzzy or prefix matching), in corpus order. For catalogue
   * matching, where recall must be complete and the sentence-level rules do
   * the ranking; corpus order (not a score, which moves with every other
   * paragraph of the story) keeps a paragraph's place the same from one
   * corpus version to the next.
   */
  matchAny(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const index = (this.#mini as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined }; _documentIds: Map<number, string> });
    if (!this.#compact) {
      return this.#mini.search({ combineWith: 'OR', queries: [...words] }, { fuzzy: false, prefix: false }).map((r) => r.id as string);
    }
    // Canonical index: a document's short id is its place in corpus order.
    const found = new Set<number>();
    for (const word of words) {
      for (const token of tokenize(word)) {
        const term = processTerm(token);
        if (!term) continue;
        const data = index._index.get(term);
        if (!data) continue;
        for (const docs of data.values()) for (const shortId of docs.keys()) found.add(shortId);
      }
    }
    return [...found].sort((a, b) => a - b).map((shortId) => index._documentIds.get(shortId)!);
  }

  /** @internal Raw minisearch query with other options, for experiments. */
  bareSearchWith(query: string, options: SearchOptions): number {
    return this.#mini.search(query, options).length;
  }

  /** Raw minisearch query, for benchmarks comparing the answer pipeline with the bare search. */
  bareSearch(query: string): number {
    return this.#mini.search(query).length;
  }

  /**
   * True when every word of the text occurs in the index as written (after
   * analysis; function words ignored) — a cheap check, one term lookup per
   * word, for autocomplete.
   */
  knowsAll(text: string): boolean {
    let any = false;
    for (const t of tokenize(text)) {
      const term = processTerm(t);
      if (term === null) continue;
      any = true;
      const df = documentFrequency(this.#mini, term);
      if (df === 0) return false;
      if (df < 0) return this.#mini.search(text, { combineWith: 'AND', fuzzy: false, prefix: false }).length > 0;
    }
    return any;
  }

  /** How many paragraphs hold the analysed term exactly (no fuzzy or prefix matching). */
  df(term: string): number {
    const n = documentFrequency(this.#mini, term);
    return n >= 0 ? n : this.#mini.search(term, { fuzzy: false, prefix: false }).length;
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
