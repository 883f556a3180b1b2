import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, processTerm, tokenize } from '../../src/language/de/index.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { answerSearch } from '../../src/answers/search.ts';
import { seedSnapshot } from '../helpers/seed.ts';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await seedSnapshot();
});

function quotesFor(query: string): string[] {
  return answerSearch(query, { snapshot }).answers.map((a) => a.quote);
}

describe('German analyser', () => {
  it('keeps numbers with German and Swiss thousands separators whole and normalises them', () => {
    expect(tokenize('zwischen 10.000 und 12.000 Soldaten, 12\'000 laut NIS')).toEqual(
      expect.arrayContaining(['10.000', '12.000', "12'000"]),
    );
    expect(processTerm('10.000')).toBe('10000');
    expect(processTerm("12'000")).toBe('12000');
  });

  it('keeps hyphenated compounds and also indexes their parts', () => {
    expect(tokenize('Kreml-Chef Putin')).toEqual(['Kreml-Chef', 'Kreml', 'Chef', 'Putin']);
  });

  it('stems Nordkoreaner and nordkoreanische to the same term and folds umlauts and ß', () => {
    expect(processTerm('Nordkoreaner')).toBe(processTerm('nordkoreanische'));
    expect(processTerm('Verluste')).toBe(processTerm('Verlusten'));
    expect(processTerm('Außenministerium')).toBe(processTerm('Aussenministerium'));
  });

  it('drops function words but keeps words that matter for figures and dates', () => {
    expect(analyze('der die und mit')).toEqual([]);
    for (const w of ['zwölf', 'mehr', 'seit', 'erste', 'gegen', 'Tag']) expect(processTerm(w)).not.toBeNull();
  });
});

describe('/search on the seed corpus', () => {
  it('finds the 11th airborne brigade sentence for "Luftlandebrigade"', () => {
    const [first] = quotesFor('Luftlandebrigade');
    expect(first).toContain('der 11. Luftlandebrigade Russlands unterstellt');
  });

  it('finds nordkoreanische Soldaten for "Nordkoreaner" through the stemmer', () => {
    const quotes = quotesFor('Nordkoreaner');
    expect(quotes.some((q) => /nordkoreanische[nr]? /.test(q))).toBe(true);
  });

  it('matches Verlusten for "Verluste"', () => {
    expect(quotesFor('Verluste').some((q) => q.includes('Verlusten'))).toBe(true);
  });

  it('tolerates typos and transliterations: Selenskij, Gerasimow, bestaetigt', () => {
    expect(quotesFor('Selenskij').some((q) => q.includes('Selenskyj'))).toBe(true);
    expect(quotesFor('Gerasimow').some((q) => q.includes('Gerassimow'))).toBe(true);
    expect(quotesFor('Russland bestaetigt').some((q) => q.includes('bestätigt'))).toBe(true);
  });

  it('reads odd Unicode in a query as the words it shows: full-width letters, zero-width spaces, bidi marks', () => {
    const plain = quotesFor('Selenskyj');
    expect(plain.length).toBeGreaterThan(0);
    expect(quotesFor('ＳＥＬＥＮＳＫＹＪ')).toEqual(plain);
    expect(quotesFor('Selens\u200bkyj')).toEqual(plain);
    expect(quotesFor('\u202eSelenskyj')).toEqual(plain);
  });

  it('finds numbers written with separators: "10.000" and "12000" match 10.000 and 12\'000', () => {
    expect(quotesFor('10.000').some((q) => q.includes('10.000'))).toBe(true);
    expect(quotesFor('12000').some((q) => q.includes("12'000"))).toBe(true);
  });

  it('translates English words through the glossary: casualties, troops, treaty, confirmed', () => {
    expect(quotesFor('casualties').some((q) => /getötet|verwundet|gefallen|Verluste/.test(q))).toBe(true);
    expect(quotesFor('treaty').some((q) => /Vertrag|Abkommen/.test(q))).toBe(true);
    expect(quotesFor('troops').some((q) => /Soldaten|Truppen/.test(q))).toBe(true);
    expect(quotesFor('russia confirmed').some((q) => /Russland.*(bestätigt|eingeräumt)/.test(q))).toBe(true);
  });

  it('never returns reader comments or navigation, even for "Kursk"', () => {
    const quotes = quotesFor('Kursk');
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) {
      expect(q).not.toMatch(/närrisch|Zarensky|Weiterlesen|Interaktionen|MEHR IN/);
    }
  });

  it('answers with one or two contiguous sentences that are verbatim substrings of the article', () => {
    for (const query of ['Kursk', 'Selenskyj Verluste', 'Vertrag in Kraft', 'Munition']) {
      for (const a of answerSearch(query, { snapshot }).answers) {
        const article = snapshot.articleById.get(a.articleId)!;
        expect(article.raw.includes(a.quote)).toBe(true);
        const paragraph = snapshot.paragraphById.get(a.paragraphId)!;
        expect(paragraph.text.includes(a.quote)).toBe(true);
        expect(a.published).toBe(article.published?.iso ?? null);
      }
    }
  });

  it('says honestly when nothing matches and offers suggestions separately', () => {
    const reply = answerSearch('Quantencomputer Photosynthese', { snapshot });
    expect(reply.status).toBe('no-answer');
    expect(reply.answers).toEqual([]);
    expect(reply.notice).toMatch(/Nothing in the corpus/);
  });
});
