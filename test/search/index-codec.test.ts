import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/snapshot/snapshot.ts';
import { decodeIndex, encodeIndex, type CompactIndex } from '../../src/search/index-codec.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { prepareGlossary } from '../../src/search/query.ts';
import { seedStory } from '../helpers/seed.ts';

let snapshot: Story;
beforeAll(async () => {
  snapshot = await seedStory();
});

/** term -> [[fieldId, [[shortId, frequency], ...]], ...] of an encoded index. */
function postingsByTerm(c: CompactIndex): Map<string, [number, number[][]][]> {
  const out = new Map<string, [number, number[][]][]>();
  let mi = 0;
  let k = 0;
  for (const term of c.terms.split('\u0000')) {
    const fields: [number, number[][]][] = [];
    const fieldCount = c.meta[mi++]!;
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = c.meta[mi++]!;
      const n = c.meta[mi++]!;
      const docs: number[][] = [];
      for (let x = 0; x < n; x++, k += 2) docs.push([c.postings[k]!, c.postings[k + 1]!]);
      fields.push([fieldId, docs]);
    }
    out.set(term, fields);
  }
  return out;
}

const QUERIES = ['Kursk', 'Selenskij Verluste', 'Nordkoreaner', 'casualties', "12'000", 'Gerasimow', 'Vertrag in Kraft', 'zehntausend'];

describe('index codec (the on-disk cache form of the minisearch index)', () => {
  it('decodes to an index that answers every query exactly as the one it was encoded from', () => {
    const decoded = ParagraphIndex.decode(snapshot.index.encode(), prepareGlossary(snapshot.catalogue.glossary));
    for (const q of QUERIES) expect(decoded.search(q, { limit: 50 })).toEqual(snapshot.index.search(q, { limit: 50 }));
  });

  it('round-trips: encoding a decoded index (postings still unread) gives the same terms and postings', () => {
    const encoded = snapshot.index.encode();
    const again = ParagraphIndex.decode(encoded, prepareGlossary(snapshot.catalogue.glossary)).encode();
    // The term tree may list terms in another order; what each term holds must be equal.
    expect(postingsByTerm(again)).toEqual(postingsByTerm(encoded));
    expect({ ...again, terms: '', meta: null, postings: null }).toEqual({ ...encoded, terms: '', meta: null, postings: null });
  });

  it('fills a term\'s postings on first use and behaves as a Map before and after', () => {
    const docs = [
      { id: 'a', title: 'Soldaten in Kursk', text: 'Soldaten Soldaten' },
      { id: 'b', title: 'Kursk', text: 'Verluste' },
    ];
    const options = { fields: ['title', 'text'] };
    const fresh = new MiniSearch<(typeof docs)[number]>(options);
    fresh.addAll(docs);
    const decoded = decodeIndex(encodeIndex(fresh), options);
    const data = (decoded as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } })._index.get('kursk')!;
    const original = (fresh as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } })._index.get('kursk')!;
    expect(data.size).toBe(original.size); // known without filling
    expect([...data.keys()]).toEqual([...original.keys()]);
    expect([...data.entries()].map(([f, m]) => [f, [...m]])).toEqual([...original.entries()].map(([f, m]) => [f, [...m]]));
    expect(decoded.search('Soldaten')).toEqual(fresh.search('Soldaten'));
    expect(decoded.search('Kurs', { prefix: true, fuzzy: 0.2 })).toEqual(fresh.search('Kurs', { prefix: true, fuzzy: 0.2 }));
    // Still a working minisearch index: documents can be removed and added.
    decoded.discard('a');
    fresh.discard('a');
    expect(decoded.search('Kursk')).toEqual(fresh.search('Kursk'));
  });
});
