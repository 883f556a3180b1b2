/**
 * Building and merging the index in its *canonical* compact form
 * ({@link CompactIndex}): documents numbered 0..n-1 in corpus order (a
 * story's articles in file order, each article's paragraphs in order), terms
 * sorted, each term's postings in document order, and the average field
 * length computed exactly (sum / count). The canonical form depends only on
 * the ordered list of paragraphs, never on how it was reached, so
 *
 * - an index built from scratch, one built from chunks of articles in other
 *   threads and merged, and one updated from the previous version (its
 *   paragraphs minus those of removed or changed articles, plus those of new
 *   or changed ones) are the *same* index, byte for byte, and answer every
 *   query identically;
 * - building does not go through minisearch's `add()`: each token is looked
 *   up in a hash map instead of walking the term tree, and the tree is built
 *   once from the sorted terms when the index is loaded
 *   (see `index-codec.ts`). The result is what `add()` would give for the
 *   same documents (same terms, postings, term frequencies and field
 *   lengths; a test compares them).
 *
 * @module
 */
import type { CompactIndex } from './index-codec.ts';

/** A document as indexed: the paragraph id and text. */
export interface IndexDocument {
  id: string;
  text: string;
  /** The text's tokens when known (what the analysis's `tokenize` gives for it). */
  tokens?: readonly string[];
}

/** The analysis an index is built with (minisearch's `tokenize` and `processTerm`). */
export interface Analysis {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** A growable Int32 buffer. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/** A copy twice as long. */
function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The one field indexed (paragraph text), as minisearch numbers it. */
const FIELD_IDS = { text: 0 };

/**
 * The canonical compact index of documents, in the order given. Equivalent to
 * `new MiniSearch(options).addAll(docs)` with the same `tokenize` and
 * `processTerm` (field length = distinct tokens, as minisearch counts it).
 */
export function buildCompactIndex(docs: readonly IndexDocument[], analysis: Analysis): CompactIndex {
  const { tokenize, processTerm } = analysis;
  const n = docs.length;
  const termNumber = new Map<string, number>();
  const termNames: string[] = [];
  // Each distinct token once: its term number (-1: dropped by the analysis), and the last document it was seen in.
  const tokenNumber = new Map<string, number>();
  let tokenTerm = new Int32Array(1024);
  let tokenSeen = new Int32Array(1024);
  let tokens = 0;
  // (term number, document, frequency) triples, document by document.
  const tTerm = new IntList(Math.max(1024, n * 32));
  const tDoc = new IntList(Math.max(1024, n * 32));
  const tFreq = new IntList(Math.max(1024, n * 32));
  const fieldLengths = new Uint32Array(n);
  let totalLength = 0;
  // Per document: the frequency of each term seen in it (by term number), and which terms, in order.
  let freq = new Int32Array(1024);
  const inDoc: number[] = [];
  for (let d = 0; d < n; d++) {
    let unique = 0;
    inDoc.length = 0;
    const doc = docs[d]!;
    for (const token of doc.tokens ?? tokenize(doc.text)) {
      let k = tokenNumber.get(token);
      if (k === undefined) {
        k = tokens++;
        tokenNumber.set(token, k);
        if (k >= tokenTerm.length) {
          tokenTerm = grow(tokenTerm);
          tokenSeen = grow(tokenSeen);
        }
        const term = processTerm(token);
        let t = -1;
        if (term) {
          const known = termNumber.get(term);
          if (known === undefined) {
            t = termNames.length;
            termNumber.set(term, t);
            termNames.push(term);
            if (t >= freq.length) freq = grow(freq);
          } else t = known;
        }
        tokenTerm[k] = t;
        tokenSeen[k] = -1;
      }
      // minisearch counts a field's length in distinct tokens (before analysis)
      if (tokenSeen[k] !== d) {
        tokenSeen[k] = d;
        unique++;
      }
      const t = tokenTerm[k]!;
      if (t < 0) continue;
      if (freq[t] === 0) inDoc.push(t);
      freq[t]!++;
    }
    fieldLengths[d] = unique;
    totalLength += unique;
    for (const t of inDoc) {
      tTerm.push(t);
      tDoc.push(d);
      tFreq.push(freq[t]!);
      freq[t] = 0;
    }
  }
  // Postings grouped by term (a counting sort keeps document order within a term).
  const termCount = termNames.length;
  const counts = new Uint32Array(termCount + 1);
  for (let k = 0; k < tTerm.length; k++) counts[tTerm.data[k]! + 1]!++;
  for (let t = 0; t < termCount; t++) counts[t + 1]! += counts[t]!;
  const starts = counts.slice(0, termCount);
  const grouped = new Uint32Array(tTerm.length * 2);
  const fill = starts.slice();
  for (let k = 0; k < tTerm.length; k++) {
    const at = fill[tTerm.data[k]!]!++;
    grouped[2 * at] = tDoc.data[k]!;
    grouped[2 * at + 1] = tFreq.data[k]!;
  }
  // Terms in sorted order.
  const order = Array.from({ length: termCount }, (_, i) => i).sort((a, b) => (termNames[a]! < termNames[b]! ? -1 : termNames[a]! > termNames[b]! ? 1 : 0));
  const meta = new Uint32Array(termCount * 3);
  const postings = new Uint32Array(grouped.length);
  let k = 0;
  const sortedTerms: string[] = new Array(termCount);
  order.forEach((t, i) => {
    sortedTerms[i] = termNames[t]!;
    const from = starts[t]!;
    const to = t + 1 < termCount ? starts[t + 1]! : tTerm.length;
    meta[3 * i] = 1;
    meta[3 * i + 1] = 0;
    meta[3 * i + 2] = to - from;
    postings.set(grouped.subarray(2 * from, 2 * to), k);
    k += 2 * (to - from);
  });
  return canonical(docs.map((d) => d.id), fieldLengths, totalLength, sortedTerms, meta, postings);
}

function canonical(ids: string[], fieldLengths: Uint32Array, totalLength: number, terms: string[], meta: Uint32Array, postings: Uint32Array): CompactIndex {
  const n = ids.length;
  return {
    kind: 'internal',
    documentCount: n,
    nextId: n,
    dirtCount: 0,
    fieldIds: { ...FIELD_IDS },
    averageFieldLength: [n > 0 ? totalLength / n : 0],
    shortIds: Uint32Array.from({ length: n }, (_, i) => i),
    ids,
    fieldLengths,
    fieldCount: 1,
    terms: terms.join('\u0000'),
    meta,
    postings,
  };
}

/** Merges two runs of (document, frequency) pairs sorted by document. */
function mergeRuns(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) {
      out[o++] = a[i++]!;
      out[o++] = a[i++]!;
    } else {
      out[o++] = b[j++]!;
      out[o++] = b[j++]!;
    }
  }
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

/** True when a compact index is in the canonical form this module writes. */
export function isCanonical(c: CompactIndex): boolean {
  if (c.kind !== 'internal' || c.fieldCount !== 1 || c.nextId !== c.ids.length || c.documentCount !== c.ids.length) return false;
  if (JSON.stringify(c.fieldIds) !== JSON.stringify(FIELD_IDS) || c.meta.length % 3 !== 0) return false;
  for (let i = 0; i < c.shortIds.length; i++) if (c.shortIds[i] !== i) return false;
  return true;
}

/** One input of {@link mergeCompactIndexes}: a canonical index and where each of its documents goes. */
export interface MergePart {
  index: CompactIndex;
  /**
   * For each document of the part (by position), its position in the merged
   * index, or -1 to leave it out. Must increase with the position for the
   * documents kept (a part's documents keep their relative order).
   */
  target: Int32Array;
}

/**
 * Merges canonical indexes into the canonical index of the merged document
 * list (`ids`, in order): documents are renumbered, left-out documents and
 * terms no document holds any more disappear, each term's postings are
 * merged in document order. The result equals {@link buildCompactIndex} over
 * the merged documents.
 *
 * @throws Error (prefixed `index:`) when a part is not canonical or a target is out of order.
 */
export function mergeCompactIndexes(parts: readonly MergePart[], ids: readonly string[]): CompactIndex {
  const n = ids.length;
  const fieldLengths = new Uint32Array(n);
  const placed = new Uint8Array(n);
  let totalLength = 0;
  const cursors = parts.map((p) => {
    const c = p.index;
    if (!isCanonical(c)) throw new Error('index: a merged index is not canonical');
    if (p.target.length !== c.ids.length) throw new Error('index: merge target has the wrong length');
    let last = -1;
    for (let d = 0; d < p.target.length; d++) {
      const to = p.target[d]!;
      if (to < 0) continue;
      if (to <= last || to >= n || ids[to] !== c.ids[d]) throw new Error('index: merge target out of order');
      last = to;
      placed[to] = 1;
      fieldLengths[to] = c.fieldLengths[d]!;
      totalLength += c.fieldLengths[d]!;
    }
    const terms = c.terms.length ? c.terms.split('\u0000') : [];
    return { terms, meta: c.meta, postings: c.postings, target: p.target, t: 0, k: 0 };
  });
  for (let i = 0; i < n; i++) if (!placed[i]) throw new Error(`index: merged document ${ids[i]} comes from no part`);
  const outTerms: string[] = [];
  let totalTerms = 0;
  let totalPostings = 0;
  for (const c of cursors) {
    totalTerms += c.terms.length;
    totalPostings += c.postings.length;
  }
  // Upper bounds: the merged index has at most the parts' terms and postings.
  const meta = new Uint32Array(3 * totalTerms);
  const postings = new Uint32Array(totalPostings);
  let metaLength = 0;
  let postingsLength = 0;
  const holders: typeof cursors = [];
  for (;;) {
    // The smallest term among the parts' current terms.
    let term: string | null = null;
    for (const c of cursors) {
      if (c.t < c.terms.length) {
        const x = c.terms[c.t]!;
        if (term === null || x < term) term = x;
      }
    }
    if (term === null) break;
    holders.length = 0;
    for (const c of cursors) if (c.t < c.terms.length && c.terms[c.t] === term) holders.push(c);
    const before = postingsLength;
    if (holders.length === 1) {
      // The usual case: renumber and filter straight into the output.
      const c = holders[0]!;
      const end = c.k + 2 * c.meta[3 * c.t + 2]!;
      const source = c.postings;
      const target = c.target;
      for (let x = c.k; x < end; x += 2) {
        const to = target[source[x]!]!;
        if (to < 0) continue;
        postings[postingsLength++] = to;
        postings[postingsLength++] = source[x + 1]!;
      }
      c.k = end;
      c.t += 1;
    } else {
      // Several parts hold the term: each run is sorted; merge them two by two.
      let merged: Uint32Array = new Uint32Array(0);
      for (const c of holders) {
        const end = c.k + 2 * c.meta[3 * c.t + 2]!;
        const own = new Uint32Array(end - c.k);
        let o = 0;
        for (let x = c.k; x < end; x += 2) {
          const to = c.target[c.postings[x]!]!;
          if (to < 0) continue;
          own[o++] = to;
          own[o++] = c.postings[x + 1]!;
        }
        c.k = end;
        c.t += 1;
        merged = mergeRuns(merged, own.subarray(0, o));
      }
      postings.set(merged, postingsLength);
      postingsLength += merged.length;
    }
    const count = (postingsLength - before) / 2;
    if (count === 0) continue;
    outTerms.push(term);
    meta[metaLength++] = 1;
    meta[metaLength++] = 0;
    meta[metaLength++] = count;
  }
  return canonical(
    [...ids],
    fieldLengths,
    totalLength,
    outTerms,
    metaLength === meta.length ? meta : meta.slice(0, metaLength),
    postingsLength === postings.length ? postings : postings.slice(0, postingsLength),
  );
}
