import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/snapshot/snapshot.ts';
import { decodeIndexesLazily, ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { prepareGlossary } from '../../src/search/query.ts';
import { seedStory } from '../helpers/seed.ts';

let story: Story;
beforeAll(async () => {
  story = await seedStory();
});
afterEach(() => decodeIndexesLazily(false));

const QUERIES = ['Kursk', 'Selenskij Verluste', 'Nordkoreaner', 'casualties', "12'000", 'Gerasimow', 'Vertrag in Kraft', 'zehntausend', 'Kreml-Chef'];

describe('indexes decoded when first searched (npm run ask)', () => {
  it('answers every query, count and term question exactly as an index decoded at load', () => {
    const glossary = prepareGlossary(story.catalogue.glossary);
    const compact = story.index.encode();
    const eager = ParagraphIndex.fromCompact(compact, glossary);
    decodeIndexesLazily();
    const lazy = ParagraphIndex.fromCompact(compact, glossary);
    expect(lazy.size).toBe(eager.size);
    expect(lazy.encode()).toBe(compact);
    for (const q of QUERIES) {
      expect(lazy.search(q, { limit: 50 })).toEqual(eager.search(q, { limit: 50 }));
      expect(lazy.knowsAll(q)).toBe(eager.knowsAll(q));
      expect(lazy.matchAny(q.split(' '))).toEqual(eager.matchAny(q.split(' ')));
    }
    expect(lazy.df('kursk')).toBe(eager.df('kursk'));
    expect(lazy.suggest('Nordk')).toEqual(eager.suggest('Nordk'));
  });

  it('still refuses an inconsistent cached index when it is loaded, not at the first question', () => {
    const compact = story.index.encode();
    const broken = { ...compact, postings: compact.postings.subarray(0, compact.postings.length - 2) };
    const glossary = prepareGlossary(story.catalogue.glossary);
    expect(() => ParagraphIndex.fromCompact(broken, glossary)).toThrow(/inconsistent/);
    decodeIndexesLazily();
    expect(() => ParagraphIndex.fromCompact(broken, glossary)).toThrow(/inconsistent/);
  });
});
