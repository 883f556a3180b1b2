import { describe, expect, it } from 'vitest';
import { ParagraphIndex, bodyFirst } from '../../src/search/paragraph-index.ts';
import { readArticle } from '../corpus/helpers.ts';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

describe('summary boxes rank after body text', () => {
  it('bodyFirst moves demoted hits after the others, keeping each group\'s order', () => {
    const hits = ['a', 'b', 'c', 'd'].map((id, i) => ({ paragraphId: id, score: 10 - i, terms: [] }));
    expect(bodyFirst(hits, (id) => id === 'a' || id === 'c').map((h) => h.paragraphId)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('a search with demote puts the body paragraph before the summary box that says the same', () => {
    const a = readArticle(PAGES, 'mdr-auf-einen-blick.txt');
    const summary = a.paragraphs.find((p) => p.summary)!;
    expect(summary.text).toContain('2030');
    const index = ParagraphIndex.build(a.paragraphs, { entries: new Map(), maxWords: 1 });
    const byId = new Map(a.paragraphs.map((p) => [p.id, p]));
    const plain = index.search('Neubau 2030', { translate: false }).map((h) => h.paragraphId);
    const ranked = index.search('Neubau 2030', { translate: false, demote: (id) => byId.get(id)?.summary === true }).map((h) => h.paragraphId);
    expect(new Set(ranked)).toEqual(new Set(plain));
    expect(ranked.at(-1)).toBe(summary.id);
    expect(byId.get(ranked[0]!)!.summary).toBeUndefined();
  });
});
