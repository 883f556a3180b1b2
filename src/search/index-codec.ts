/**
 * A compact, fast-loading encoding of a minisearch index for the on-disk
 * cache: terms as one string, postings as typed arrays.
 *
 * Why not `toJSON`/`loadJSON` as is: at 100,000 paragraphs (about three
 * million postings) the JSON form takes ~3 s to write and `loadJSON` ~3.5 s
 * to load, because every posting becomes a string-keyed object and then a
 * Map again. The typed-array form fills minisearch's own structures directly:
 * the term tree at once, and each term's postings (the same Maps `loadJS`
 * builds) on first use, so start-up does not build ~3 million entries that
 * no question may ever read.
 *
 * This reads and fills minisearch 7.2's internal fields (`_index`,
 * `_documentIds`, ...), the ones its own `toJSON`/`loadJS` use. The package is
 * pinned (~7.2.0); {@link canUseInternals} checks their shape, and when they
 * are not as expected both directions fall back to the public
 * `toJSON()`/`loadJS()` (slower, same result). A test compares search results
 * of a decoded index with a freshly built one.
 *
 * @module
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** The encoded index. */
export interface CompactIndex {
  kind: 'internal' | 'plain';
  /** `kind: 'plain'`: minisearch's own serialisable form. */
  plain?: AsPlainObject;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Short ids of the documents, and their external ids in the same order. */
  shortIds: Uint32Array;
  ids: string[];
  /** Field lengths per document: `fieldCount` numbers per document, in `shortIds` order. */
  fieldLengths: Uint32Array;
  fieldCount: number;
  terms: string;
  /** Per term: number of fields, then (fieldId, postings count) per field. */
  meta: Uint32Array;
  /** (shortId, frequency) pairs in the order of `meta`. */
  postings: Uint32Array;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- minisearch internals are untyped */
type Internals = {
  _index: { set(term: string, data: Map<number, Map<number, number>>): unknown; [Symbol.iterator](): Iterator<[string, Map<number, Map<number, number>>]> };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
};

/** True when the instance has the internal fields this codec knows (minisearch 7.x). */
export function canUseInternals(m: MiniSearch<any>): boolean {
  const i = m as unknown as Partial<Internals>;
  return (
    typeof i._index?.set === 'function' &&
    i._documentIds instanceof Map &&
    i._idToShortId instanceof Map &&
    i._fieldLength instanceof Map &&
    i._storedFields instanceof Map &&
    Array.isArray(i._avgFieldLength) &&
    typeof i._documentCount === 'number' &&
    typeof i._nextId === 'number'
  );
}

const EMPTY = new Uint32Array(0);

/** Encodes an index (internals when possible, else minisearch's `toJSON()`). */
export function encodeIndex(m: MiniSearch<any>): CompactIndex {
  if (!canUseInternals(m) || (m as unknown as Internals)._storedFields.size > 0) {
    return {
      kind: 'plain', plain: m.toJSON(), documentCount: 0, nextId: 0, dirtCount: 0, fieldIds: {}, averageFieldLength: [],
      shortIds: EMPTY, ids: [], fieldLengths: EMPTY, fieldCount: 0, terms: '', meta: EMPTY, postings: EMPTY,
    };
  }
  const i = m as unknown as Internals;
  const fieldCount = Object.keys(i._fieldIds).length;
  const shortIds = new Uint32Array(i._documentIds.size);
  const ids: string[] = new Array(i._documentIds.size);
  const fieldLengths = new Uint32Array(i._documentIds.size * fieldCount);
  let d = 0;
  for (const [shortId, id] of i._documentIds) {
    shortIds[d] = shortId;
    ids[d] = id;
    const lengths = i._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fieldCount; f++) fieldLengths[d * fieldCount + f] = lengths[f] ?? 0;
    d++;
  }
  const terms: string[] = [];
  const meta: number[] = [];
  let postingCount = 0;
  for (const [, fields] of i._index) for (const docs of fields.values()) postingCount += docs.size;
  const postings = new Uint32Array(postingCount * 2);
  let k = 0;
  for (const [term, fields] of i._index) {
    terms.push(term);
    meta.push(fields.size);
    for (const [fieldId, docs] of fields) {
      meta.push(fieldId, docs.size);
      for (const [shortId, freq] of docs) {
        postings[k++] = shortId;
        postings[k++] = freq;
      }
    }
  }
  return {
    kind: 'internal',
    documentCount: i._documentCount,
    nextId: i._nextId,
    dirtCount: i._dirtCount,
    fieldIds: { ...i._fieldIds },
    averageFieldLength: [...i._avgFieldLength],
    shortIds,
    ids,
    fieldLengths,
    fieldCount,
    terms: terms.join('\u0000'),
    meta: Uint32Array.from(meta),
    postings,
  };
}

/**
 * Decodes an index with exactly the options it was built with.
 *
 * @throws Error (prefixed `index:`) when the encoding is inconsistent.
 */
export function decodeIndex<T>(c: CompactIndex, options: Options<T>): MiniSearch<T> {
  if (c.kind === 'plain') {
    if (!c.plain) throw new Error('index: cached plain index missing');
    return MiniSearch.loadJS<T>(c.plain, options);
  }
  const m = new MiniSearch<T>(options);
  checkInternals(m, c);
  const i = m as unknown as Internals;
  i._documentCount = c.documentCount;
  i._nextId = c.nextId;
  i._dirtCount = c.dirtCount;
  i._avgFieldLength = [...c.averageFieldLength];
  for (let d = 0; d < c.shortIds.length; d++) {
    const shortId = c.shortIds[d]!;
    const id = c.ids[d]!;
    i._documentIds.set(shortId, id);
    i._idToShortId.set(id, shortId);
    i._fieldLength.set(shortId, c.fieldCount === 1 ? [c.fieldLengths[d]!] : Array.from(c.fieldLengths.subarray(d * c.fieldCount, (d + 1) * c.fieldCount)));
  }
  const terms = c.terms.length ? c.terms.split('\u0000') : [];
  const values: LazyTermData[] = new Array(terms.length);
  let mi = 0;
  let k = 0;
  let sorted = true;
  for (let t = 0; t < terms.length; t++) {
    if (t > 0 && !(terms[t - 1]! < terms[t]!)) sorted = false;
    const from = mi;
    const fieldCount = c.meta[mi++]!;
    let n = 0;
    for (let f = 0; f < fieldCount; f++) {
      mi++;
      n += c.meta[mi++]!;
    }
    values[t] = new LazyTermData(c.meta, from, c.postings, k);
    k += 2 * n;
  }
  if (sorted && typeof (i._index as unknown as { _tree?: unknown })._tree === 'object') {
    // Sorted terms (the canonical form): the term tree is built in one pass.
    const map = i._index as unknown as { _tree: Map<string, unknown>; _size: number | undefined };
    map._tree = radixTree(terms, values);
    map._size = undefined;
  } else {
    for (let t = 0; t < terms.length; t++) i._index.set(terms[t]!, values[t] as unknown as Map<number, Map<number, number>>);
  }
  if (k !== c.postings.length || mi !== c.meta.length) throw new Error('index: cached postings are inconsistent');
  return m;
}

/** minisearch's radix tree: a node maps edge labels to child nodes, and '' to the value of the term ending there. */
type TreeNode = Map<string, unknown>;

/**
 * The radix tree minisearch's term map keeps (a node per shared prefix, edge
 * labels as long as possible, '' for "a term ends here"), built in one pass
 * from sorted, distinct terms instead of one path search per term. Every node
 * lists '' first, then its edges in term order, so two indexes of the same
 * terms have the same tree whatever the history of their documents.
 */
export function radixTree(terms: readonly string[], values: readonly unknown[]): TreeNode {
  const node = (lo: number, hi: number, depth: number): TreeNode => {
    const m: TreeNode = new Map();
    let i = lo;
    if (terms[i]!.length === depth) m.set('', values[i++]);
    while (i < hi) {
      const first = terms[i]!;
      const c = first.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && terms[j]!.charCodeAt(depth) === c) j++;
      if (j - i === 1) {
        const leaf: TreeNode = new Map();
        leaf.set('', values[i]);
        m.set(first.slice(depth), leaf);
      } else {
        const last = terms[j - 1]!;
        const max = Math.min(first.length, last.length);
        let l = depth + 1;
        while (l < max && first.charCodeAt(l) === last.charCodeAt(l)) l++;
        m.set(first.slice(depth, l), node(i, j, l));
      }
      i = j;
    }
    return m;
  };
  return terms.length ? node(0, terms.length, 0) : new Map();
}

/**
 * One term's `fieldId -> (shortId -> frequency)` map as minisearch keeps it,
 * filled from the cached arrays the first time it is read. Loading 100,000
 * paragraphs builds ~3 million posting entries eagerly, most of them for terms
 * no question ever asks for; lazily, start-up pays only for the term tree and a
 * question for its own terms (once). The inner maps are plain `Map`s, so
 * minisearch's per-document loops run at full speed.
 *
 * Not a `Map` itself (an empty `Map` per term is most of what loading an
 * index allocates): minisearch only calls the methods below on a term's
 * value, and a filled term keeps its fields in a real `Map`.
 */
class LazyTermData {
  #meta: Uint32Array | null;
  readonly #metaAt: number;
  readonly #postings: Uint32Array;
  readonly #postingsAt: number;
  #fields: Map<number, Map<number, number>> | null = null;

  constructor(meta: Uint32Array, metaAt: number, postings: Uint32Array, postingsAt: number) {
    this.#meta = meta;
    this.#metaAt = metaAt;
    this.#postings = postings;
    this.#postingsAt = postingsAt;
  }

  #fill(): Map<number, Map<number, number>> {
    if (this.#fields) return this.#fields;
    const fields = new Map<number, Map<number, number>>();
    const meta = this.#meta!;
    this.#meta = null;
    const p = this.#postings;
    let mi = this.#metaAt;
    let k = this.#postingsAt;
    const fieldCount = meta[mi++]!;
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = meta[mi++]!;
      const end = k + 2 * meta[mi++]!;
      const docs = new Map<number, number>();
      for (; k < end; k += 2) docs.set(p[k]!, p[k + 1]!);
      fields.set(fieldId, docs);
    }
    return (this.#fields = fields);
  }

  get size(): number {
    return this.#fields ? this.#fields.size : this.#meta![this.#metaAt]!;
  }

  /**
   * The most documents any field of the term holds, without filling it (a
   * common term's document frequency would otherwise build its whole `Map`).
   */
  maxDocs(): number {
    if (this.#fields) {
      let n = 0;
      for (const docs of this.#fields.values()) n = Math.max(n, docs.size);
      return n;
    }
    const meta = this.#meta!;
    let n = 0;
    for (let f = 0, mi = this.#metaAt + 1; f < meta[this.#metaAt]!; f++, mi += 2) n = Math.max(n, meta[mi + 1]!);
    return n;
  }

  /**
   * One field's postings while the term is as loaded (not filled yet):
   * (shortId, frequency) pairs in `postings[start..end)`, in the order the
   * filled `Map` would iterate them. Null once the term is filled or when it
   * is not in that field: then read the `Map`.
   */
  raw(fieldId: number): { postings: Uint32Array; start: number; end: number } | null {
    if (this.#fields) return null;
    const meta = this.#meta!;
    let mi = this.#metaAt;
    let k = this.#postingsAt;
    const fieldCount = meta[mi++]!;
    for (let f = 0; f < fieldCount; f++) {
      const id = meta[mi++]!;
      const count = meta[mi++]!;
      if (id === fieldId) return { postings: this.#postings, start: k, end: k + 2 * count };
      k += 2 * count;
    }
    return null;
  }
  get(key: number): Map<number, number> | undefined {
    return this.#fill().get(key);
  }
  has(key: number): boolean {
    return this.#fill().has(key);
  }
  set(key: number, value: Map<number, number>): this {
    this.#fill().set(key, value);
    return this;
  }
  delete(key: number): boolean {
    return this.#fill().delete(key);
  }
  clear(): void {
    this.#meta = null;
    this.#fields = new Map();
  }
  forEach(cb: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    const fields = this.#fill();
    fields.forEach(cb, thisArg);
  }
  keys(): MapIterator<number> {
    return this.#fill().keys();
  }
  values(): MapIterator<Map<number, number>> {
    return this.#fill().values();
  }
  entries(): MapIterator<[number, Map<number, number>]> {
    return this.#fill().entries();
  }
  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.#fill()[Symbol.iterator]();
  }
}

/**
 * How many documents contain an analysed term exactly, read from minisearch's
 * term map (one lookup); -1 when the internals are not available.
 */
export function documentFrequency(m: MiniSearch<any>, term: string): number {
  if (!canUseInternals(m)) return -1;
  return maxDocsOf((m as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined } })._index.get(term));
}

/** The most documents any field of a term's data holds (a term as loaded is not filled for it). */
function maxDocsOf(data: Map<number, Map<number, number>> | undefined): number {
  if (!data) return 0;
  if (data instanceof LazyTermData) return data.maxDocs();
  let n = 0;
  for (const docs of data.values()) n = Math.max(n, docs.size);
  return n;
}

/** A term's postings in one field: how many, and each (short id, frequency) in the order minisearch iterates them. */
interface Postings {
  df: number;
  each(take: (shortId: number, tf: number) => void): void;
}

/** Field 0's postings of a term: read from the loaded arrays while the term is unfilled, else from its `Map`. */
function postingsOf(data: Map<number, Map<number, number>> | undefined): Postings {
  const raw = data instanceof LazyTermData ? data.raw(0) : null;
  if (raw) {
    return {
      df: (raw.end - raw.start) / 2,
      each(take) {
        for (let x = raw.start; x < raw.end; x += 2) take(raw.postings[x]!, raw.postings[x + 1]!);
      },
    };
  }
  const docs = data?.get(0);
  return {
    df: docs?.size ?? 0,
    each(take) {
      if (docs) for (const [shortId, tf] of docs) take(shortId, tf);
    },
  };
}

/**
 * The `limit` best of candidates numbered 0..n-1 by `better(a, b)`
 * (negative when `a` ranks first), ties in number order — exactly what a
 * stable sort of all of them followed by `slice(0, limit)` gives, without
 * sorting thousands of candidates (a common word's) for a page of results.
 */
export function bestIndices(n: number, limit: number, better: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  for (let c = 0; c < n; c++) {
    if (best.length >= limit && !(better(c, best[best.length - 1]!) < 0)) continue;
    // after every kept candidate ranked before it or equal (found earlier): the stable order
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(best[mid]!, c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, c);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Exact-term statistics read from minisearch's term map (see {@link termStats}). */
export interface TermStats {
  /** Documents containing the analysed term exactly. */
  df(term: string): number;
  /** True when the document (external id) contains the analysed term exactly. */
  contains(term: string, id: string): boolean;
  /** Number of documents. */
  documents: number;
  /** BM25 of the term for one document (minisearch's formula and defaults), 0 when absent. */
  score(term: string, id: string): number;
  /**
   * A matcher for one term: looks the term up once, then answers per document
   * (membership and BM25) with two Map reads — for checking many candidates.
   */
  matcher(term: string): TermMatcher;
  /**
   * The `k` documents with the highest BM25 for the term alone, best first —
   * one pass over its postings without building result objects (minisearch
   * would build one per document).
   */
  top(term: string, k: number): TopHit[];
  /**
   * Every paragraph holding the term, best first, with the score and order
   * minisearch's exact search for that one term gives (same BM25, ties in
   * index order), without its per-result objects and query machinery; null
   * when the index holds discarded documents (minisearch then cleans up as
   * it searches: ask it instead). With `limit`, only the first `limit` of
   * that list (chosen without sorting every paragraph).
   */
  exact(term: string, limit?: number): { id: string; score: number; terms: string[] }[] | null;
  /** The index's internal number of a document (external id), for {@link TermMatcher.containsShort}; undefined when unknown. */
  shortId(id: string): number | undefined;
}

/** A document of {@link TermStats.top}: its id, its internal number ({@link TermStats.shortId}) and the term's BM25 in it. */
export interface TopHit {
  id: string;
  short: number;
  score: number;
}

/** Per-document answers for one term (see {@link TermStats.matcher}). */
export interface TermMatcher {
  contains(id: string): boolean;
  /** BM25 for the document, 0 when it does not contain the term. */
  score(id: string): number;
  /** {@link contains} by the document's internal number ({@link TermStats.shortId}): one Map read. */
  containsShort(shortId: number): boolean;
  /** {@link score} by the document's internal number (the same value). */
  scoreShort(shortId: number): number;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function bm25(tf: number, df: number, n: number, length: number, avg: number): number {
  return bm25With(idfOf(df, n), tf, length, avg);
}

/** The inverse document frequency part of {@link bm25} (once per term, not per posting). */
function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** {@link bm25} with the term's {@link idfOf} computed already (the same number, bit for bit). */
function bm25With(idf: number, tf: number, length: number, avg: number): number {
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
}

function checkInternals(m: MiniSearch<any>, c: CompactIndex): void {
  if (!canUseInternals(m)) throw new Error('index: this minisearch version cannot load the cached index; rebuilding');
  const i = m as unknown as Internals;
  if (JSON.stringify(i._fieldIds) !== JSON.stringify(c.fieldIds)) throw new Error('index: cached fields differ from the options');
}

/** Throws what {@link decodeIndex} would throw before decoding (an index of another minisearch or other fields), without decoding. */
export function checkDecodable<T>(c: CompactIndex, options: Options<T>): void {
  if (c.kind === 'plain') {
    if (!c.plain) throw new Error('index: cached plain index missing');
    return;
  }
  checkInternals(new MiniSearch<T>(options), c);
  // the postings' consistency, as decoding checks it
  let terms = c.terms.length ? 1 : 0;
  for (let at = c.terms.indexOf('\u0000'); at >= 0; at = c.terms.indexOf('\u0000', at + 1)) terms++;
  let mi = 0;
  let k = 0;
  for (let t = 0; t < terms; t++) {
    const fieldCount = c.meta[mi++]!;
    for (let f = 0; f < fieldCount; f++) {
      mi++;
      k += 2 * c.meta[mi++]!;
    }
  }
  if (k !== c.postings.length || mi !== c.meta.length) throw new Error('index: cached postings are inconsistent');
}

/** Term statistics of an index, or null when the internals are not available. */
export function termStats(m: MiniSearch<any>): TermStats | null {
  if (!canUseInternals(m)) return null;
  const i = m as unknown as Internals & { _index: { get(t: string): Map<number, Map<number, number>> | undefined } };
  // Field lengths by short id (short ids are dense), read once: the top-k pass
  // touches every posting of a common term and must not do a Map lookup each.
  let lengths: Float64Array | null = null;
  const lengthOf = () => {
    if (!lengths) {
      lengths = new Float64Array(i._nextId + 1);
      for (const [shortId, l] of i._fieldLength) lengths[shortId] = l[0] ?? 1;
    }
    return lengths;
  };
  // External ids by short id, read once (as the lengths): `top` maps a thousand documents per term.
  let idsByShort: string[] | null = null;
  const idOf = () => {
    if (!idsByShort) {
      idsByShort = new Array<string>(i._nextId + 1);
      for (const [shortId, id] of i._documentIds) idsByShort[shortId] = id;
    }
    return idsByShort;
  };
  const topCache = new Map<string, TopHit[]>();
  return {
    df: (term) => maxDocsOf(i._index.get(term)),
    contains: (term, id) => {
      const shortId = i._idToShortId.get(id);
      if (shortId === undefined) return false;
      const data = i._index.get(term);
      if (!data) return false;
      for (const docs of data.values()) if (docs.has(shortId)) return true;
      return false;
    },
    get documents() {
      return i._documentCount;
    },
    score: (term, id) => {
      const shortId = i._idToShortId.get(id);
      const docs = shortId === undefined ? undefined : i._index.get(term)?.get(0);
      const tf = docs?.get(shortId!);
      if (!docs || tf === undefined) return 0;
      return bm25(tf, docs.size, i._documentCount, i._fieldLength.get(shortId!)?.[0] ?? 1, i._avgFieldLength[0] ?? 1);
    },
    matcher: (term) => {
      // the term's frequencies by short id in a dense array for this question (no Map built or kept)
      const postings = postingsOf(i._index.get(term));
      const tfs = new Uint32Array(i._nextId + 1);
      postings.each((shortId, tf) => (tfs[shortId] = tf));
      const idf = idfOf(postings.df, i._documentCount);
      const avg = i._avgFieldLength[0] ?? 1;
      const len = lengthOf();
      const scoreShort = (shortId: number) => {
        const tf = tfs[shortId] ?? 0;
        return tf === 0 ? 0 : bm25With(idf, tf, len[shortId] || 1, avg);
      };
      return {
        contains: (id) => {
          const shortId = i._idToShortId.get(id);
          return shortId !== undefined && (tfs[shortId] ?? 0) > 0;
        },
        score: (id) => {
          const shortId = i._idToShortId.get(id);
          return shortId === undefined ? 0 : scoreShort(shortId);
        },
        containsShort: (shortId) => (tfs[shortId] ?? 0) > 0,
        scoreShort,
      };
    },
    shortId: (id) => i._idToShortId.get(id),
    exact: (term, limit) => {
      if (i._dirtCount !== 0) return null;
      const postings = postingsOf(i._index.get(term));
      const df = postings.df;
      if (df === 0) return [];
      const n = i._documentCount;
      const avg = i._avgFieldLength[0] ?? 1;
      const shortIds = new Uint32Array(df);
      const scores = new Float64Array(df);
      const idf = idfOf(df, n);
      let x = 0;
      const put = (shortId: number, tf: number) => {
        shortIds[x] = shortId;
        scores[x++] = bm25With(idf, tf, i._fieldLength.get(shortId)![0]!, avg);
      };
      postings.each(put);
      const terms = [term];
      const order = limit === undefined ? Array.from({ length: df }, (_, y) => y).sort((a, b) => scores[b]! - scores[a]! || a - b) : bestIndices(df, limit, (a, b) => scores[b]! - scores[a]!);
      return order.map((y) => ({ id: idOf()[shortIds[y]!]!, score: scores[y]!, terms }));
    },
    top: (term, k) => {
      const key = `${k}\u0000${term}`;
      const known = topCache.get(key);
      if (known) return known;
      // a term as loaded is read from its arrays (no Map built); a filled one from its Map, in the same order
      const postings = postingsOf(i._index.get(term));
      const df = postings.df;
      if (df === 0 || k <= 0) return [];
      const n = i._documentCount;
      const avg = i._avgFieldLength[0] ?? 1;
      const len = lengthOf();
      const idf = idfOf(df, n);
      // Bounded min-heap of (score, shortId).
      const scores: number[] = [];
      const ids: number[] = [];
      const swap = (a: number, b: number) => {
        const s = scores[a]!;
        scores[a] = scores[b]!;
        scores[b] = s;
        const id = ids[a]!;
        ids[a] = ids[b]!;
        ids[b] = id;
      };
      const down = (x: number) => {
        for (;;) {
          const l = 2 * x + 1;
          const r = l + 1;
          let m = x;
          if (l < scores.length && scores[l]! < scores[m]!) m = l;
          if (r < scores.length && scores[r]! < scores[m]!) m = r;
          if (m === x) return;
          swap(x, m);
          x = m;
        }
      };
      const consider = (shortId: number, tf: number) => {
        const sc = bm25With(idf, tf, len[shortId] || 1, avg);
        if (scores.length < k) {
          scores.push(sc);
          ids.push(shortId);
          for (let x = scores.length - 1; x > 0; ) {
            const parent = (x - 1) >> 1;
            if (scores[parent]! <= scores[x]!) break;
            swap(x, parent);
            x = parent;
          }
        } else if (sc > scores[0]!) {
          scores[0] = sc;
          ids[0] = shortId;
          down(0);
        }
      };
      postings.each(consider);
      // best first (ties as the heap left them, as a sort of the hits would); ids read from the dense table
      const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
      const byShort = idOf();
      const result = order.map((x): TopHit => ({ id: byShort[ids[x]!]!, short: ids[x]!, score: scores[x]! }));
      // A snapshot never changes: keep the answer for common terms (bounded).
      if (topCache.size >= 5000) topCache.clear();
      topCache.set(key, result);
      return result;
    },
  };
}
