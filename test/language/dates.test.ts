import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, PublishedDate } from '../../src/corpus/types.ts';
import { readArticle, seed } from '../corpus/helpers.ts';
import {
  type DateMention,
  findDateMentions,
  pickEventDate,
  reportedDate,
} from '../../src/language/de/dates/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const ARTICLES = {
  ntv: 'ntv-2024-12-05-kiew-russland-haelt-kims-soldaten-in-zweiter-reihe',
  reuters: 'reuters-2025-04-nordkorea-bestaetigt-truppenentsendung',
  keystone: 'keystone-sda-russland-bestaetigt-beteiligung-nordkoreanischer-soldaten',
  dpa: 'dpa-nordkorea-soldaten-an-der-front-waren-kims-idee',
  kursk: 'kursk-russland-setzt-nordkoreaner-ein',
} as const;

/** The sentences of a loaded article, as production gives them to the date finder. */
function sentencesOf(article: Article): string[] {
  return article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
}

/**
 * The sentence of a seed article (loaded and split as in production) that
 * starts with `start`; fails unless there is exactly one, ending with `end`.
 */
function quote(article: keyof typeof ARTICLES, start: string, end: string): string {
  const found = sentencesOf(seed(ARTICLES[article])).filter((s) => s.startsWith(start));
  expect(found, `one sentence starting "${start}" in ${article}`).toHaveLength(1);
  expect(found[0]!.endsWith(end), `"${found[0]}" ends with "${end}"`).toBe(true);
  return found[0]!;
}

/** The sentences of a text in test/fixtures/dates, loaded and split as in production. */
function fixtureSentences(file: string): string[] {
  return sentencesOf(readArticle(`${root}test/fixtures/dates`, file));
}

/** Like {@link quote}, for a text in test/fixtures/dates. */
function fixtureQuote(file: string, start: string, end: string): string {
  const found = fixtureSentences(file).filter((s) => s.startsWith(start));
  expect(found, `one sentence starting "${start}" in ${file}`).toHaveLength(1);
  expect(found[0]!.endsWith(end), `"${found[0]}" ends with "${end}"`).toBe(true);
  return found[0]!;
}

function published(iso: string, precision: PublishedDate['precision'], text = iso): PublishedDate {
  return { iso, precision, text, from: 'text' };
}

/** As the loader reads the seeds: ntv "05.12.2024, 11:58 Uhr", Reuters "date 2025-04", the others undated. */
const NTV = published('2024-12-05T11:58', 'minute', '05.12.2024, 11:58 Uhr');
const REUTERS = published('2025-04', 'month', 'date 2025-04');

/** The one mention whose text is `text`. */
function mention(sentence: string, pub: PublishedDate | null, text: string): DateMention {
  const found = findDateMentions(sentence, pub).filter((m) => m.text === text);
  expect(found.map((m) => m.text), `mentions of "${text}" in: ${sentence}`).toEqual([text]);
  return found[0]!;
}

function texts(sentence: string, pub: PublishedDate | null = NTV): string[] {
  return findDateMentions(sentence, pub).map((m) => m.text);
}

describe('findDateMentions: explicit dates', () => {
  it('resolves "ab dem 4. Dezember 2024" in the ntv article to 2024-12-04, explicit, keeping the preposition in text', () => {
    const s = quote('ntv', 'Der Vertrag sei', 'aus Moskau.');
    const m = mention(s, NTV, 'ab dem 4. Dezember 2024');
    expect(m).toMatchObject({ iso: '2024-12-04', precision: 'day', basis: 'explicit', relation: 'from' });
    expect(m.label).toBe('Wednesday, 4 December 2024');
    expect(s.slice(m.index, m.end)).toBe(m.text);
  });

  it('reads the bare "2022" after "Invasion in der Ukraine" as a year', () => {
    const s = quote('ntv', 'Russland und Nordkorea hatten sich', 'angenähert.');
    const m = mention(s, NTV, '2022');
    expect(m).toMatchObject({ iso: '2022', precision: 'year', basis: 'explicit', from: '2022-01-01', to: '2022-12-31' });
  });

  it('resolves "im Juni 2024" and "seit August 2023" in the undated Kursk article without a publication date', () => {
    const june = quote('kursk', 'Die militärische Kooperation', 'besiegelt.');
    expect(mention(june, null, 'im Juni 2024')).toMatchObject({ iso: '2024-06', precision: 'month', basis: 'explicit', label: 'June 2024' });
    const since = quote('kursk', 'Insgesamt sollen', 'geliefert worden sein.');
    expect(mention(since, null, 'seit August 2023')).toMatchObject({ iso: '2023-08', precision: 'month', relation: 'since', label: 'August 2023' });
  });

  it('resolves "im Sommer 2024" in the Reuters article to the meteorological summer as an interval', () => {
    const s = quote('reuters', 'Die Soldaten hätten geholfen', 'vorgestoßen war.');
    expect(mention(s, REUTERS, 'im Sommer 2024')).toMatchObject({
      iso: '2024-06/2024-08', precision: 'season', from: '2024-06-01', to: '2024-08-31', basis: 'explicit', label: 'summer 2024',
    });
  });

  it.each([
    ['Er kam am 4.12.2024 an.', 'am 4.12.2024', '2024-12-04', 'day'],
    ['Stand: 05.12.2024.', '05.12.2024', '2024-12-05', 'day'],
    ['Datum 2024-12-04 laut Protokoll.', '2024-12-04', '2024-12-04', 'day'],
    ['Das war am 05.12.24 gewesen.', 'am 05.12.24', '2024-12-05', 'day'],
    ['Es geschah am 4. Dez. 2024 in Moskau.', 'am 4. Dez. 2024', '2024-12-04', 'day'],
    ['Es begann am 3. Sept. 2023 im Osten.', 'am 3. Sept. 2023', '2023-09-03', 'day'],
    ['Im Jänner 2024 war es kalt.', 'Im Jänner 2024', '2024-01', 'month'],
    ['Das war Juni 2024 in Pjöngjang.', 'Juni 2024', '2024-06', 'month'],
    ['Das geschah im Jahr 2023.', 'im Jahr 2023', '2023', 'year'],
    ['Die Lieferungen laufen seit 2022.', 'seit 2022', '2022', 'year'],
    ['Im Frühjahr 2023 begann es.', 'Im Frühjahr 2023', '2023-03/2023-05', 'season'],
    ['Im Winter 2023/24 froren sie.', 'Im Winter 2023/24', '2023-12/2024-02', 'season'],
    ['Im dritten Quartal 2024 stieg die Zahl.', 'Im dritten Quartal 2024', '2024-07/2024-09', 'quarter'],
    ['Vom 4. bis 6. Dezember 2024 tagten sie.', 'Vom 4. bis 6. Dezember 2024', '2024-12-04/2024-12-06', 'range'],
    ['Sie kämpften zwischen 2022 und 2024 dort.', 'zwischen 2022 und 2024', '2022/2024', 'range'],
    ['Veröffentlicht 05.12.2024, 11:58 Uhr.', '05.12.2024, 11:58 Uhr', '2024-12-05T11:58', 'minute'],
  ])('resolves %j: "%s" -> %s (%s)', (sentence, text, iso, precision) => {
    expect(mention(sentence, null, text)).toMatchObject({ iso, precision, basis: 'explicit' });
  });

  it('keeps "Anfang", "Mitte", "Ende" in the label but never narrows the ISO value', () => {
    const s = 'Ende November 2024 und Ende 2024 und Anfang 2025 kam es dazu.';
    expect(mention(s, null, 'Ende November 2024')).toMatchObject({ iso: '2024-11', precision: 'month', label: 'late November 2024' });
    expect(mention(s, null, 'Ende 2024')).toMatchObject({ iso: '2024', precision: 'year', label: 'late 2024' });
    expect(mention(s, null, 'Anfang 2025')).toMatchObject({ iso: '2025', precision: 'year', label: 'early 2025' });
  });

  it('merges a weekday with the explicit date that follows it ("am Mittwoch, 4. Dezember 2024")', () => {
    expect(texts('Am Mittwoch, 4. Dezember 2024, trat er in Kraft.')).toEqual(['Am Mittwoch, 4. Dezember 2024']);
    expect(mention('Am Mittwoch, 4. Dezember 2024, trat er in Kraft.', null, 'Am Mittwoch, 4. Dezember 2024').iso).toBe('2024-12-04');
  });

  it('treats "Winter 2024" as only the year, since it can be January-February or December', () => {
    expect(mention('Im Winter 2024 kam es dazu.', null, 'Im Winter 2024')).toMatchObject({ iso: '2024', precision: 'year' });
  });

  it('gives offsets such that sentence.slice(index, end) === text for every mention in every seed article', () => {
    let count = 0;
    for (const name of Object.values(ARTICLES)) {
      for (const sentence of sentencesOf(seed(name))) {
        for (const pub of [NTV, REUTERS, null]) {
          for (const m of findDateMentions(sentence, pub)) {
            expect(sentence.slice(m.index, m.end)).toBe(m.text);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(20);
  });
});

describe('findDateMentions: invalid dates are not dates', () => {
  it.each(['am 31.02.2024', 'am 31. Februar 2024', 'am 30.13.2024', 'am 29. Februar 2023'])('finds nothing in "Es geschah %s."', (phrase) => {
    expect(texts(`Es geschah ${phrase}.`)).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(mention('Es geschah am 29. Februar 2024.', null, 'am 29. Februar 2024').iso).toBe('2024-02-29');
  });
});

describe('findDateMentions: year-less months', () => {
  it('resolves "im Juni" and "Im November" in the ntv article (2024-12-05) to 2024-06 and 2024-11', () => {
    const inForce = quote('ntv', 'Indes ist das im Juni', 'in Kraft getreten.');
    expect(mention(inForce, NTV, 'im Juni')).toMatchObject({ iso: '2024-06', precision: 'month', basis: 'relative' });
    const ratified = quote('ntv', 'Im November ratifizierten', 'dann.');
    expect(mention(ratified, NTV, 'Im November')).toMatchObject({ iso: '2024-11', precision: 'month', basis: 'relative', label: 'November 2024' });
  });

  it('takes the most recent such month not after publication: November in an article of 2025-04 is 2024-11, April is 2025-04', () => {
    expect(mention('Im November ratifizierten beide Länder das Abkommen.', REUTERS, 'Im November').iso).toBe('2024-11');
    expect(mention('Im April kam es dazu.', REUTERS, 'Im April').iso).toBe('2025-04');
  });

  it('reads "Mitte Juni" and "Anfang Mai" with their part of the month', () => {
    expect(mention('Mitte Juni kam es dazu.', NTV, 'Mitte Juni')).toMatchObject({ iso: '2024-06', label: 'mid-June 2024' });
    expect(mention('Das war Anfang Mai.', NTV, 'Anfang Mai')).toMatchObject({ iso: '2024-05', label: 'early May 2024' });
  });

  it('leaves a year-less month unresolved without a publication date', () => {
    expect(mention('Im November ratifizierten beide Länder das Abkommen.', null, 'Im November')).toMatchObject({
      iso: null, precision: 'unknown', basis: 'unresolved', label: "undated: 'Im November' (no publication date)",
    });
  });

  it('names both candidates when only the publication year is known ("im Juni" in a 2025 article)', () => {
    const m = mention('Im Juni kam es dazu.', published('2025', 'year'), 'Im Juni');
    expect(m).toMatchObject({ iso: '2025', precision: 'year', from: '2024-06-01', to: '2025-06-30', label: 'June 2024 or June 2025' });
  });

  it('does not take a month name without a preposition or year for a date ("August Diehl", "der August")', () => {
    expect(texts('August Diehl spielte, der August war heiß.')).toEqual([]);
  });
});

describe('findDateMentions: relative weekdays and days', () => {
  it('resolves "am Mittwoch" in the ntv article (Thursday 2024-12-05) to 2024-12-04', () => {
    const s = quote('ntv', 'Beide Seiten hätten', 'am Mittwoch.');
    expect(mention(s, NTV, 'am Mittwoch')).toMatchObject({
      iso: '2024-12-04', precision: 'day', basis: 'relative', label: 'Wednesday, 4 December 2024',
    });
  });

  it('keeps a date written with its weekday, and says so when the weekday does not fit the date', () => {
    expect(mention('Am Montag, dem 28. April 2025, meldete KCNA den Einsatz.', null, 'Am Montag, dem 28. April 2025')).toMatchObject({
      iso: '2025-04-28', label: 'Monday, 28 April 2025',
    });
    // year-less: the most recent 28 April before the ntv article is 2024-04-28, a Sunday
    const m = mention('Am Montag, dem 28. April, meldete KCNA den Einsatz.', NTV, 'Am Montag, dem 28. April');
    expect(m).toMatchObject({ iso: '2024-04-28', precision: 'day' });
    expect(m.label).toBe('Sunday, 28 April 2024 (the text says Monday; check the date)');
  });

  it('resolves a bare weekday of the publication day to that day (agency copy writes "am Donnerstag", not "heute"), "vergangenen Donnerstag" to a week earlier', () => {
    expect(mention('Er sprach am Donnerstag.', NTV, 'am Donnerstag').iso).toBe('2024-12-05');
    expect(mention('Er sprach am vergangenen Donnerstag.', NTV, 'am vergangenen Donnerstag').iso).toBe('2024-11-28');
    expect(mention('Er sprach am Mittwoch.', NTV, 'am Mittwoch').iso).toBe('2024-12-04');
  });

  it('resolves "am Samstag" in the Reuters article (dated only 2025-04) to the month, saying it may be 29 March', () => {
    const s = quote('reuters', 'Russland hatte am Samstag', 'in Kursk kämpfen.');
    const m = mention(s, REUTERS, 'am Samstag');
    expect(m).toMatchObject({ iso: '2025-04', precision: 'month', basis: 'relative', from: '2025-03-29', to: '2025-04-26' });
    expect(m.label).toBe('a Saturday, April 2025 (or 29 March 2025)');
  });

  it('resolves "am Montag" in the Reuters article to 2025-04 as well', () => {
    const s = quote('reuters', 'Machthaber Kim Jong Un habe', 'Regierungspartei.');
    expect(mention(s, REUTERS, 'am Montag')).toMatchObject({ iso: '2025-04', precision: 'month', label: 'a Monday, April 2025 (or 31 March 2025)' });
  });

  it.each([
    ['am vergangenen Samstag', '2024-11-30'],
    ['vergangenen Montag', '2024-12-02'],
    ['am Montag', '2024-12-02'],
    ['am Dienstagabend', '2024-12-03'],
    ['heute', '2024-12-05'],
    ['gestern', '2024-12-04'],
    ['vorgestern', '2024-12-03'],
    ['vor drei Tagen', '2024-12-02'],
    ['am Mittwoch vergangener Woche', '2024-11-27'],
    ['am kommenden Montag', '2024-12-09'],
  ])('resolves "%s" in an article of Thursday 2024-12-05 to %s', (phrase, iso) => {
    expect(mention(`Er sagte das ${phrase} in Kiew.`, NTV, phrase)).toMatchObject({ iso, precision: 'day', basis: 'relative' });
  });

  it('resolves "am Wochenende" to the last Saturday-Sunday before publication', () => {
    expect(mention('Er sagte das am Wochenende.', NTV, 'am Wochenende')).toMatchObject({
      iso: '2024-11-30/2024-12-01', precision: 'range', from: '2024-11-30', to: '2024-12-01',
    });
  });

  it('coarsens "gestern" against a month-precision publication and says it may fall in the previous month', () => {
    expect(mention('Er sagte das gestern.', REUTERS, 'gestern')).toMatchObject({
      iso: '2025-04', precision: 'month', label: 'the day before publication, April 2025 (or 31 March 2025)',
    });
  });

  it('leaves weekdays unresolved without a publication date and shows them as written', () => {
    expect(mention('Russland hatte am Samstag erstmals bestätigt.', null, 'am Samstag')).toMatchObject({
      iso: null, precision: 'unknown', basis: 'unresolved', label: "undated: 'am Samstag' (no publication date)", from: null, to: null,
    });
  });

  it('does not take "jeden Montag", "der Freitag" or the habitual "Montags" for dates, but does take a bare "sagte Mittwoch"', () => {
    expect(texts('Kim sagte Mittwoch, dass jeden Montag und der Freitag nichts bringen; Montags ist Ruhetag.')).toEqual(['Mittwoch']);
  });
});

describe('findDateMentions: Berlin time zone whatever the process zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Berlin'])(
    'resolves "gestern" in an article of 2024-12-01T00:30 Berlin time to 2024-11-30 with TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      const pub = published('2024-12-01T00:30', 'minute', '01.12.2024, 00:30 Uhr');
      const s = 'Das Ministerium hatte gestern bestätigt, was am Samstag geschah und in der vergangenen Woche begann.';
      expect(mention(s, pub, 'gestern').iso).toBe('2024-11-30');
      expect(mention(s, pub, 'am Samstag').iso).toBe('2024-11-30');
      expect(mention(s, pub, 'in der vergangenen Woche').iso).toBe('2024-11-18/2024-11-24');
      expect(mention(s, pub, 'gestern').label).toBe('Saturday, 30 November 2024');
    },
  );
});

describe('findDateMentions: relative periods', () => {
  it('resolves "in der vergangenen Woche" in the Reuters article (2025-04) to the month, with the days it can cover', () => {
    const s = quote('reuters', 'Die Regierung in Moskau hatte', 'zurückgedrängt worden.');
    expect(mention(s, REUTERS, 'in der vergangenen Woche')).toMatchObject({
      iso: '2025-04', precision: 'month', from: '2025-03-24', to: '2025-04-27', basis: 'relative',
    });
  });

  it('resolves "in der vergangenen Woche", "letzte Woche", "vergangene Woche" in a day-dated article to the previous Monday-Sunday', () => {
    for (const phrase of ['in der vergangenen Woche', 'letzte Woche', 'vergangene Woche']) {
      expect(mention(`Er sagte das ${phrase}.`, NTV, phrase)).toMatchObject({
        iso: '2024-11-25/2024-12-01', precision: 'week', from: '2024-11-25', to: '2024-12-01', label: 'the week of 25 November 2024',
      });
    }
  });

  it('resolves "vor wenigen Tagen" and "in den vergangenen Tagen" to a range of days before publication, never one day', () => {
    // NTV is Thursday 2024-12-05
    expect(mention('Das war vor wenigen Tagen.', NTV, 'vor wenigen Tagen')).toMatchObject({
      iso: '2024-11-29/2024-12-03', precision: 'range', label: 'a few days before publication (about 29 November–3 December 2024)',
    });
    expect(mention('In den vergangenen Tagen gab es Gefechte.', NTV, 'In den vergangenen Tagen').iso).toBe('2024-11-28/2024-12-04');
    expect(mention('Das war vor einigen Tagen.', REUTERS, 'vor einigen Tagen')).toMatchObject({ iso: '2025-04', precision: 'month' });
    expect(mention('Das war vor wenigen Tagen.', null, 'vor wenigen Tagen')).toMatchObject({ iso: null, basis: 'unresolved' });
  });

  it('resolves "am heutigen Donnerstag" to the publication day', () => {
    expect(mention('Am heutigen Donnerstag bestätigte Moskau den Einsatz.', NTV, 'Am heutigen Donnerstag').iso).toBe('2024-12-05');
  });

  it('resolves "im vergangenen Jahr" in the Reuters article to 2024', () => {
    const s = quote('reuters', 'Machthaber Kim Jong Un habe', 'Regierungspartei.');
    expect(mention(s, REUTERS, 'im vergangenen Jahr')).toMatchObject({ iso: '2024', precision: 'year', basis: 'relative' });
  });

  it('leaves "Anfang August vergangenen Jahres" unresolved in the undated Keystone-SDA article', () => {
    const s = quote('keystone', 'Die ukrainischen Truppen waren', 'gebracht.');
    expect(mention(s, null, 'Anfang August vergangenen Jahres')).toMatchObject({ iso: null, precision: 'unknown', basis: 'unresolved' });
  });

  it('resolves "Anfang August vergangenen Jahres" to early August of the previous year when the article is dated', () => {
    const s = quote('keystone', 'Die ukrainischen Truppen waren', 'gebracht.');
    expect(mention(s, published('2025-04-26', 'day'), 'Anfang August vergangenen Jahres')).toMatchObject({
      iso: '2024-08', precision: 'month', basis: 'relative', label: 'early August 2024', from: '2024-08-01', to: '2024-08-31',
    });
  });

  it('leaves "Im Herbst dieses Jahres", "letzte Woche" and "seit dem Sommer" unresolved in the undated dpa article', () => {
    const autumn = quote('dpa', 'Im Herbst dieses Jahres', 'benötigte.');
    const kirby = quote('dpa', 'Der nationale Sicherheitssprecher', 'teilnehmen sollen.“');
    const summer = quote('dpa', 'Diese Truppen wurden', 'kontrollieren.');
    for (const [s, phrase] of [[autumn, 'Im Herbst dieses Jahres'], [kirby, 'letzte Woche'], [summer, 'seit dem Sommer']] as const) {
      expect(mention(s, null, phrase)).toMatchObject({ iso: null, precision: 'unknown', basis: 'unresolved', text: phrase });
    }
    expect(mention(summer, null, 'seit dem Sommer').relation).toBe('since');
  });

  it('resolves the dpa phrases once a publication date is known (as if published 2024-12-18)', () => {
    const pub = published('2024-12-18', 'day');
    const autumn = quote('dpa', 'Im Herbst dieses Jahres', 'benötigte.');
    expect(mention(autumn, pub, 'Im Herbst dieses Jahres')).toMatchObject({
      iso: '2024-09/2024-11', precision: 'season', from: '2024-09-01', to: '2024-11-30', label: 'autumn 2024',
    });
    const summer = quote('dpa', 'Diese Truppen wurden', 'kontrollieren.');
    expect(mention(summer, pub, 'seit dem Sommer')).toMatchObject({ iso: '2024-06/2024-08', precision: 'season' });
  });

  it('takes a year-less season as the most recent that began by publication ("im Winter" in January is the winter begun in December)', () => {
    expect(mention('Im Winter kam es dazu.', published('2025-01-14', 'day'), 'Im Winter')).toMatchObject({ iso: '2024-12/2025-02', label: 'winter 2024/25' });
    expect(mention('Im vergangenen Sommer kam es dazu.', published('2024-07-10', 'day'), 'Im vergangenen Sommer').iso).toBe('2023-06/2023-08');
  });

  it.each([
    ['vor zwei Wochen', '2024-11-18/2024-11-24', 'week'],
    ['vor einem Monat', '2024-11', 'month'],
    ['im vergangenen Monat', '2024-11', 'month'],
    ['letztes Jahr', '2023', 'year'],
    ['vergangenen Jahres', '2023', 'year'],
    ['in diesem Jahr', '2024', 'year'],
    ['dieses Jahres', '2024', 'year'],
    ['vor zwei Jahren', '2022', 'year'],
    ['Mitte letzten Jahres', '2023', 'year'],
    ['im ersten Halbjahr', '2024-01/2024-06', 'range'],
  ])('resolves "%s" in an article of 2024-12-05 to %s (%s)', (phrase, iso, precision) => {
    expect(mention(`Das geschah ${phrase} in Kursk.`, NTV, phrase)).toMatchObject({ iso, precision, basis: 'relative' });
  });
});

describe('findDateMentions: things that are not dates', () => {
  it('skips the ordinal in "der 11. Luftlandebrigade" (ntv) and "Am 100. Tag" (Keystone-SDA navigation)', () => {
    expect(texts(quote('ntv', 'Die nordkoreanischen Truppen soll', 'konzentriert sind.'))).toEqual([]);
    expect(texts('Am 100. Tag')).toEqual([]); // a navigation line the loader drops; the phrase itself
  });

  it('skips counts that look like years or are four-digit numbers ("3000 Soldaten", "die ersten 1500 Soldaten")', () => {
    expect(texts(quote('reuters', 'Darunter seien 3000 Soldaten', 'Verlusten.'))).toEqual([]);
    expect(texts(quote('kursk', 'Laut «Tagesschau»', 'angekommen.'))).toEqual([]);
    expect(texts('Nordkorea schickte 2000 Soldaten, dann 2000 Mann, rund 2000 weitere und 2000 nordkoreanische Soldaten; Resolution 2231.')).toEqual([]);
  });

  it('still reads a year before a name or a verb ("2019 Wladiwostok", "2022 begann")', () => {
    expect(texts('Putin besuchte 2019 Wladiwostok; 2022 begann der Krieg.')).toEqual(['2019', '2022']);
  });

  it('skips "seit Langem" (ntv), "seit Monaten" (Reuters), "bis heute" (Keystone-SDA) and a time alone unless the publication is dated to the minute', () => {
    expect(texts(quote('ntv', 'Der Westen wirft', 'zu liefern.'))).toEqual([]);
    expect(texts(quote('reuters', 'Die Ukraine und ihre westlichen', 'zu unterstützen.'), REUTERS)).toEqual([]);
    expect(texts(quote('keystone', 'Offiziell bestätigt', 'bis heute nicht.'))).toEqual([]);
    expect(texts('Um 11:58 Uhr sagte er das, noch heute und heute noch.', published('2024-12-05', 'day'))).toEqual([]);
    expect(texts('Um 11:58 Uhr sagte er das, noch heute und heute noch.', REUTERS)).toEqual([]);
    // an article dated 05.12.2024, 11:58: a time not after it is that day's
    expect(mention('Um 11:58 Uhr sagte er das.', NTV, 'Um 11:58 Uhr')).toMatchObject({ iso: '2024-12-05T11:58', precision: 'minute' });
    expect(texts('Um 12:30 Uhr sagte er das.')).toEqual([]);
  });
});

describe('findDateMentions: other outlets (test/fixtures/dates)', () => {
  it('reads an Austrian-style APA text: "Mitte Jänner", "3. Sept. 2024", "am 4.12.2024", "In der Nacht auf Montag", an invalid 31.02.', () => {
    const pub = published('2025-01-14', 'day');
    const all = fixtureSentences('orf-style-wien.txt').flatMap((sentence) => findDateMentions(sentence, pub));
    const byText = Object.fromEntries(all.map((m) => [m.text, m.iso]));
    expect(byText).toEqual({
      'am Sonntagabend': '2025-01-12',
      'Mitte Jänner': '2025-01',
      'am 3. Sept. 2024': '2024-09-03',
      'am 19. Juni 2024': '2024-06-19',
      'am 4.12.2024': '2024-12-04',
      'In der Nacht auf Montag': '2025-01-12/2025-01-13',
      'seit Jahresbeginn': '2025',
    });
  });

  it('reads a wire text with a dateline: "im Oktober vergangenen Jahres", "vom Samstag", "bis Ende des Jahres"', () => {
    const pub = published('2025-01-14', 'day');
    const all = fixtureSentences('agency-wire-en-dash.txt').flatMap((sentence) => findDateMentions(sentence, pub));
    expect(all.map((m) => [m.text, m.iso, m.relation])).toEqual([
      ['14.01.2025', '2025-01-14', 'at'],
      ['am Montag', '2025-01-13', 'at'],
      ['Im Dezember', '2024-12', 'at'],
      ['im Oktober vergangenen Jahres', '2024-10', 'at'],
      ['vergangene Woche', '2025-01-06/2025-01-12', 'at'],
      ['vom Samstag', '2025-01-11', 'at'],
      ['seit dem Herbst', '2024-09/2024-11', 'since'],
      ['bis Ende des Jahres', '2025', 'until'],
    ]);
  });
});

describe('pickEventDate', () => {
  function pick(sentence: string, pub: PublishedDate | null, trigger: string): DateMention | null {
    const at = sentence.indexOf(trigger);
    expect(at, `"${trigger}" in: ${sentence}`).toBeGreaterThanOrEqual(0);
    return pickEventDate(sentence, findDateMentions(sentence, pub), at);
  }

  it('does not give "in Kraft getreten" the "im Juni" that qualifies "vereinbarte" (ntv): null', () => {
    const s = quote('ntv', 'Indes ist das im Juni', 'in Kraft getreten.');
    expect(pick(s, NTV, 'in Kraft')).toBeNull();
  });

  it('gives "im Juni" to its own participle "vereinbarte"', () => {
    const s = quote('ntv', 'Indes ist das im Juni', 'in Kraft getreten.');
    expect(pick(s, NTV, 'vereinbarte')?.text).toBe('im Juni');
  });

  it('picks "Im November" for "ratifizierten" (ntv) -> 2024-11', () => {
    const s = quote('ntv', 'Im November ratifizierten', 'dann.');
    expect(pick(s, NTV, 'ratifizierten')).toMatchObject({ text: 'Im November', iso: '2024-11' });
  });

  it('picks "am Samstag" for "bestätigt" in "Russland hatte am Samstag erstmals bestätigt" (Reuters)', () => {
    const s = quote('reuters', 'Russland hatte am Samstag', 'in Kursk kämpfen.');
    expect(pick(s, REUTERS, 'bestätigt')).toMatchObject({ text: 'am Samstag', iso: '2025-04', precision: 'month' });
  });

  it('does not date the content of a dass-clause with the date of the verb that reports it', () => {
    const s = quote('reuters', 'Russland hatte am Samstag', 'in Kursk kämpfen.');
    expect(pick(s, REUTERS, 'kämpfen')).toBeNull();
  });

  it('picks "ab dem 4. Dezember 2024" for "in Kraft" inside the quoted statement (ntv), across the apposition', () => {
    const s = quote('ntv', 'Der Vertrag sei', 'aus Moskau.');
    expect(pick(s, NTV, 'in Kraft')).toMatchObject({ text: 'ab dem 4. Dezember 2024', iso: '2024-12-04' });
  });

  it('picks "im Juni" for "unterzeichnet" (ntv) -> 2024-06', () => {
    const s = quote('ntv', 'Nordkoreas Machthaber Kim Jong Un und', 'unterzeichnet.');
    expect(pick(s, NTV, 'unterzeichnet')).toMatchObject({ text: 'im Juni', iso: '2024-06' });
  });

  it('keeps the treaty date "im vergangenen Jahr ... geschlossenen Vertrags" away from other triggers (Reuters)', () => {
    const s = quote('reuters', 'Machthaber Kim Jong Un habe', 'Regierungspartei.');
    expect(pick(s, REUTERS, 'geschlossenen')?.text).toBe('im vergangenen Jahr');
    expect(pick(s, REUTERS, 'meldete')?.text).toBe('am Montag');
    expect(pick(s, REUTERS, 'Entsendung')?.text).toBe('am Montag');
  });

  it('gives a quoted statement no date from outside the quotation, and the speaker the date beside "sagte" (dpa)', () => {
    const s = quote('dpa', 'Der nationale Sicherheitssprecher', 'teilnehmen sollen.“');
    expect(pick(s, null, 'sagte')?.text).toBe('letzte Woche');
    expect(pick(s, null, 'gezogen')).toBeNull();
  });

  it('prefers the date in the trigger\'s clause over a nearer one in another clause', () => {
    const s = 'Das Abkommen wurde am Montag unterzeichnet, am Dienstag folgten Proteste und am Mittwoch trat es in Kraft.';
    expect(pick(s, NTV, 'in Kraft')?.text).toBe('am Mittwoch');
    expect(pick(s, NTV, 'unterzeichnet')?.text).toBe('am Montag');
  });

  it('picks the nearest date across a comma when the trigger\'s clause has none (ntv: "ausgetauscht, berichtete ... am Mittwoch")', () => {
    const s = quote('ntv', 'Beide Seiten hätten', 'am Mittwoch.');
    expect(pick(s, NTV, 'ausgetauscht')).toMatchObject({ text: 'am Mittwoch', iso: '2024-12-04' });
  });

  it('separates an attributive date from the event date in a fixture sentence', () => {
    const s = fixtureQuote('orf-style-wien.txt', 'Das am 19. Juni 2024', 'in Kraft.');
    const pub = published('2025-01-14', 'day');
    expect(pick(s, pub, 'in Kraft')?.text).toBe('am 4.12.2024');
    expect(pick(s, pub, 'unterzeichnete')?.text).toBe('am 19. Juni 2024');
  });

  it('lets a postnominal "vom ..." lose to any other date, but keeps it as a last resort', () => {
    expect(pick('Der Vertrag vom Juni 2024 trat am Mittwoch in Kraft.', NTV, 'in Kraft')?.text).toBe('am Mittwoch');
    expect(pick('Der Vertrag vom Juni 2024 ist in Kraft.', NTV, 'in Kraft')?.text).toBe('vom Juni 2024');
  });

  it('returns null without mentions and rejects a trigger index outside the sentence', () => {
    expect(pickEventDate('Russland bestätigte den Einsatz.', [], 10)).toBeNull();
    expect(() => pickEventDate('kurz', [], 99)).toThrow(/^dates: /);
  });
});

describe('reportedDate', () => {
  it('turns the ntv publication date into "reported" evidence at minute precision', () => {
    expect(reportedDate(NTV)).toEqual({
      text: '05.12.2024, 11:58 Uhr', iso: '2024-12-05T11:58', precision: 'minute', from: null, to: '2024-12-05',
      basis: 'reported', label: 'reported on Thursday, 5 December 2024, 11:58', say: { kind: 'reported', iso: '2024-12-05T11:58' },
    });
  });

  it('keeps the Reuters month precision', () => {
    expect(reportedDate(REUTERS)).toMatchObject({
      iso: '2025-04', precision: 'month', from: '2025-04-01', to: '2025-04-30', basis: 'reported', label: 'reported in April 2025',
    });
  });

  it('gives null for an undated or unreadable publication date, never a guess', () => {
    expect(reportedDate(null)).toBeNull();
    expect(reportedDate(published('gestern', 'day'))).toBeNull();
  });

  it('never claims more precision than declared (a day-precision date written with a time)', () => {
    expect(reportedDate(published('2024-12-05T11:58', 'day'))).toMatchObject({ iso: '2024-12-05', precision: 'day' });
  });
});
