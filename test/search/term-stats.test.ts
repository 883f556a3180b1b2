/**
 * The index's term statistics read a term's postings straight from the
 * loaded arrays while the term is unread (no Map built): exact search, the
 * best paragraphs of a common word, document frequency and lookups must give
 * exactly what minisearch and the filled Maps give.
 */
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate.ts';
import { rng } from '../../bench/measure.ts';
import { decodeIndex, encodeIndex, termStats, type TermStats } from '../../src/search/index-codec.ts';
import { compactIndexOf, MINISEARCH_OPTIONS, ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { prepareGlossary } from '../../src/search/query.ts';
import { processTerm, tokenize } from '../../src/language/de/index.ts';

type Doc = { id: string; text: string };
const EXACT = { fuzzy: false, prefix: false } as const;

let docs: Doc[];
let fresh: MiniSearch<Doc>;
let terms: string[];
/** The word a user types for each term (minisearch analyses what it is given). */
let words: Map<string, string>;

beforeAll(() => {
  // a synthetic German corpus large enough for common words (in more than 1,500 paragraphs)
  docs = [];
  for (const a of generateArticles(8000, 11)) a.paragraphs.forEach((text, i) => docs.push({ id: `${a.fileName}#${i}`, text }));
  fresh = new MiniSearch<Doc>(MINISEARCH_OPTIONS as never);
  fresh.addAll(docs);
  // the typed words of the corpus with the term each is indexed as
  const wordOf = new Map<string, string>();
  for (const d of docs.slice(0, 3000)) {
    for (const token of tokenize(d.text)) {
      const term = processTerm(token);
      if (term && !wordOf.has(term) && tokenize(token).length === 1) wordOf.set(term, token);
    }
  }
  const all = [...wordOf.keys()];
  // every kind of term: rare, middling and the most common ones
  const random = rng(3);
  const stats = termStats(fresh)!;
  const common = all.filter((t) => stats.df(t) > 1500);
  terms = [...common, ...Array.from({ length: 300 }, () => all[Math.floor(random() * all.length)]!)];
  words = new Map(terms.map((t) => [t, wordOf.get(t)!]));
  expect(common.length).toBeGreaterThan(3);
});

/** Term statistics of the same index decoded from its compact form (every term unread). */
function loaded(): { stats: TermStats; mini: MiniSearch<Doc> } {
  const mini = decodeIndex<Doc>(encodeIndex(fresh), MINISEARCH_OPTIONS as never);
  return { stats: termStats(mini)!, mini };
}

describe('term statistics on an index loaded from its compact form', () => {
  it('exact(): the ids, scores and order of minisearch exact search for the term, read unfilled and filled', () => {
    const { stats, mini } = loaded();
    for (const term of terms) {
      const expected = fresh.search(words.get(term)!, EXACT).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
      expect(stats.exact(term)).toEqual(expected);
      // and once the term's Map is built (minisearch's own search fills it)
      expect(mini.search(words.get(term)!, EXACT).length).toBe(expected.length);
      expect(stats.exact(term)).toEqual(expected);
    }
  });

  it('df(), top() and matcher() give the same before and after the term is filled, and as the fresh index', () => {
    const { stats, mini } = loaded();
    const freshStats = termStats(fresh)!;
    const random = rng(5);
    for (const term of terms) {
      const df = stats.df(term);
      const top = stats.top(term, 40);
      const m = stats.matcher(term);
      const probes = Array.from({ length: 50 }, () => Math.floor(random() * docs.length));
      const before = probes.map((s) => [m.containsShort(s), m.scoreShort(s)]);
      mini.search(words.get(term)!, EXACT); // fills the term
      expect(df).toBe(freshStats.df(term));
      expect(stats.df(term)).toBe(df);
      expect(top).toEqual(freshStats.top(term, 40));
      const filled = stats.matcher(term);
      expect(probes.map((s) => [filled.containsShort(s), filled.scoreShort(s)])).toEqual(before);
      // the best paragraphs are the best by minisearch's own score (ties may be ordered differently)
      expect(top.map((r) => r.score)).toEqual(fresh.search(words.get(term)!, EXACT).slice(0, 40).map((r) => r.score));
    }
  });

  it('a one-word search gives minisearch\'s exact search for the word, best first (a rare word: every paragraph scored; a common one: the best by its own score)', () => {
    const compact = compactIndexOf(docs);
    const index = ParagraphIndex.fromCompact(compact, prepareGlossary({}));
    // minisearch's own search on the same index (the canonical build averages lengths its own way, a last bit apart from addAll's)
    const mini = decodeIndex<Doc>(compact, MINISEARCH_OPTIONS as never);
    const stats = termStats(mini)!;
    let rare = 0;
    for (const term of terms) {
      const word = words.get(term)!;
      const concepts = index.concepts(word);
      if (concepts.length !== 1 || concepts[0]!.alternatives.length !== 1) continue;
      const got = index.search(word, { limit: 24 });
      const expected = mini.search(word, EXACT).slice(0, 24);
      if (stats.df(term) <= 1500) {
        rare++;
        expect(got.map((h) => [h.paragraphId, h.score, h.terms])).toEqual(expected.map((r) => [r.id, r.score, r.terms]));
      } else expect(got.map((h) => h.score), word).toEqual(expected.map((r) => r.score));
    }
    expect(rare).toBeGreaterThan(100);
  });

  it('a common concept of several one-word alternatives ranks each paragraph by the first alternative it holds, as the candidate table does', () => {
    const compact = compactIndexOf(docs);
    const index = ParagraphIndex.fromCompact(compact, prepareGlossary({}));
    const stats = termStats(decodeIndex<Doc>(compact, MINISEARCH_OPTIONS as never))!;
    // the rule of the general path, written out: the best 1,000 paragraphs of each alternative's word are the
    // candidates (in that order), each scored with the first alternative it holds, best first, ties in the order found
    const reference = (alternatives: string[], limit: number) => {
      const analysed = alternatives.map((w) => processTerm(w)!);
      const matchers = analysed.map((t) => stats.matcher(t));
      const seen = new Set<number>();
      const found: [string, number, string[]][] = [];
      for (const t of [...new Set(analysed)]) {
        for (const r of stats.top(t, 1000)) {
          if (seen.has(r.short)) continue;
          seen.add(r.short);
          const a = matchers.findIndex((m) => m.containsShort(r.short));
          found.push([r.id, matchers[a]!.scoreShort(r.short), [analysed[a]!]]);
        }
      }
      return found.sort((x, y) => y[1] - x[1]).slice(0, limit);
    };
    const typed = terms.map((t) => words.get(t)!);
    const common = typed.filter((w) => stats.df(processTerm(w)!) > 1500);
    const rare = typed.filter((w) => stats.df(processTerm(w)!) < 50);
    const random = rng(9);
    const pick = (from: string[]) => from[Math.floor(random() * from.length)]!;
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      const alternatives = [...new Set([pick(common), pick(common), ...(i % 3 === 0 ? [pick(rare)] : []), pick(common)])];
      if (alternatives.length < 2) continue;
      // a page of 24, and a page larger than some alternative's share of the best 1,000 (the general path decides then)
      for (const limit of [24, 600]) {
        const got = index.searchConcepts([{ text: alternatives[0]!, alternatives, translated: false }], { limit });
        expect(got.map((h) => [h.paragraphId, h.score, h.terms]), alternatives.join(' ')).toEqual(reference(alternatives, limit));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('searching an index whose terms are unread gives what the same index gives once every term is read', () => {
    const glossary = prepareGlossary({});
    const compact = compactIndexOf(docs);
    const unread = ParagraphIndex.fromCompact(compact, glossary);
    const read = ParagraphIndex.fromCompact(compact, glossary);
    const typed = terms.map((t) => words.get(t)!);
    const common = typed.slice(0, 6);
    read.matchAny(typed); // reads every sampled term's postings into Maps
    const queries = [
      ...common,
      `${common[0]} ${common[1]}`,
      `${common[2]} ${common[3]} ${common[4]}`,
      ...typed.slice(6, 60),
      ...typed.slice(60, 120).map((t, i) => `${t} ${common[i % common.length]}`),
    ];
    for (const q of queries) expect(unread.search(q, { limit: 24 }), q).toEqual(read.search(q, { limit: 24 }));
  });
});
