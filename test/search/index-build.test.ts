/**
 * The canonical compact index: built directly (not through minisearch's
 * add), it holds what minisearch's add gives; merged from parts or updated
 * from an older version, it is byte for byte the index built from scratch.
 */
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/corpus/types.ts';
import { buildCompactIndex, mergeCompactIndexes, type MergePart } from '../../src/search/index-build.ts';
import { encodeIndex, type CompactIndex } from '../../src/search/index-codec.ts';
import { compactIndexOf, MINISEARCH_OPTIONS, ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { prepareGlossary } from '../../src/search/query.ts';
import { processTerm, tokenize } from '../../src/language/de/index.ts';
import type { Story } from '../../src/snapshot/snapshot.ts';
import { seedStory } from '../helpers/seed.ts';

let story: Story;
let paragraphs: Paragraph[];
beforeAll(async () => {
  story = await seedStory();
  paragraphs = story.articles.flatMap((a) => a.paragraphs);
});

/** term -> "doc:freq doc:freq ..." of an encoded index. */
function postingsByTerm(c: CompactIndex): Map<string, string> {
  const out = new Map<string, string>();
  let mi = 0;
  let k = 0;
  for (const term of c.terms.split('\u0000')) {
    const pairs: string[] = [];
    const fields = c.meta[mi++]!;
    for (let f = 0; f < fields; f++) {
      mi++;
      const n = c.meta[mi++]!;
      for (let x = 0; x < n; x++, k += 2) pairs.push(`${c.ids[c.shortIds.indexOf(c.postings[k]!)]}:${c.postings[k + 1]}`);
    }
    out.set(term, pairs.join(' '));
  }
  return out;
}

/** The bytes of everything an index holds (for "the same index"). */
function bytesOf(c: CompactIndex): unknown {
  return { ...c, shortIds: [...c.shortIds], fieldLengths: [...c.fieldLengths], meta: [...c.meta], postings: [...c.postings] };
}

/** Where each of a part's documents goes in the merged list. */
function targetOf(part: CompactIndex, ids: readonly string[], keep: (id: string) => boolean = () => true): Int32Array {
  const at = new Map(ids.map((id, i) => [id, i]));
  return Int32Array.from(part.ids, (id) => (keep(id) ? (at.get(id) ?? -1) : -1));
}

describe('canonical compact index', () => {
  it('holds exactly what minisearch add() gives: terms, postings, frequencies, field lengths', () => {
    const mine = buildCompactIndex(paragraphs.map((p) => ({ id: p.id, text: p.text })), { tokenize, processTerm });
    const mini = new MiniSearch<{ id: string; text: string }>(MINISEARCH_OPTIONS);
    mini.addAll(paragraphs.map((p) => ({ id: p.id, text: p.text })));
    const theirs = encodeIndex(mini);
    expect(postingsByTerm(mine)).toEqual(postingsByTerm(theirs));
    expect([...mine.fieldLengths]).toEqual([...theirs.fieldLengths]);
    expect(mine.ids).toEqual(theirs.ids);
    expect(mine.averageFieldLength[0]).toBeCloseTo(theirs.averageFieldLength[0]!, 9);
    const terms = mine.terms.split('\u0000');
    expect(terms).toEqual([...terms].sort());
  });

  it('a merge of chunks in order is the index built at once', () => {
    const all = compactIndexOf(paragraphs);
    const ids = paragraphs.map((p) => p.id);
    const parts: MergePart[] = [];
    for (let i = 0; i < paragraphs.length; i += 7) {
      const index = compactIndexOf(paragraphs.slice(i, i + 7));
      parts.push({ index, target: targetOf(index, ids) });
    }
    expect(bytesOf(mergeCompactIndexes(parts, ids))).toEqual(bytesOf(all));
  });

  it('an update (old index minus an article, plus its new text and a new article) is the index built from scratch', () => {
    const before = compactIndexOf(paragraphs);
    const [first, changed, ...rest] = story.articles;
    const edited = changed!.paragraphs.slice(1).map((p) => ({ id: p.id, text: `${p.text} Zusatz Kursk Soldaten` }));
    const added = [{ id: 'aaa-neu#p1', text: 'Ein ganz neues Wort: Quokkaflug über Kursk.' }];
    const after = [...added, ...first!.paragraphs, ...edited, ...rest.flatMap((a) => a.paragraphs)];
    const ids = after.map((p) => p.id);
    const removed = new Set(changed!.paragraphs.map((p) => p.id));
    const delta = compactIndexOf([...added, ...edited]);
    const merged = mergeCompactIndexes(
      [
        { index: before, target: targetOf(before, ids, (id) => !removed.has(id)) },
        { index: delta, target: targetOf(delta, ids) },
      ],
      ids,
    );
    expect(bytesOf(merged)).toEqual(bytesOf(compactIndexOf(after)));
    const glossary = prepareGlossary(story.catalogue.glossary);
    const a = ParagraphIndex.fromCompact(merged, glossary);
    const b = ParagraphIndex.build(after, glossary);
    for (const q of ['Kursk', 'Quokkaflug', 'Zusatz Soldaten', 'Selenskij Verluste', 'casualties', 'Nordkorea']) {
      expect(a.search(q, { limit: 50 })).toEqual(b.search(q, { limit: 50 }));
      expect(a.matchAny([q])).toEqual(b.matchAny([q]));
    }
  });

  it('refuses a merge whose parts would reorder documents', () => {
    const index = compactIndexOf(paragraphs.slice(0, 3));
    const ids = paragraphs.slice(0, 3).map((p) => p.id);
    expect(() => mergeCompactIndexes([{ index, target: Int32Array.from([1, 0, 2]) }], ids)).toThrow(/out of order/);
    expect(() => mergeCompactIndexes([{ index, target: Int32Array.from([0, -1, 2]) }], ids)).toThrow(/from no part/);
  });

  it('matchAny lists paragraphs in corpus order', () => {
    const hits = story.index.matchAny(['Soldaten', 'Kursk', 'bestätigt']);
    const order = new Map(paragraphs.map((p, i) => [p.id, i]));
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.map((id) => order.get(id)!)).toEqual(hits.map((id) => order.get(id)!).sort((x, y) => x - y));
  });
});
