/**
 * `/when` in the reader's language: dates worded from their structure
 * (`DateRef.say`), summaries and notices from messages. German replies hold
 * no English words outside quotes and names; the English wording of every
 * date is its `label` and of every summary its `summary` (the JSON contract).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWhen } from '../../src/answers/when.ts';
import { englishDate, findDateMentions, reportedDate, type PublicationDate } from '../../src/language/de/dates/index.ts';
import type { Reply } from '../../src/reply/model.ts';
import { spell } from '../../src/reply/say.ts';
import { DE } from '../../src/reply/words/de.ts';
import { EN } from '../../src/reply/words/en.ts';
import { germanDate } from '../../src/reply/words/when-de.ts';
import { renderText } from '../../src/render/text.ts';
import { paginate } from '../../src/discord/pages.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf, NEWSROOM_STORIES, truthSheet, FIXTURE_STORIES } from '../helpers/newsroom.ts';
import { seedSnapshot } from '../helpers/seed.ts';

const pub = (iso: string, precision: PublicationDate['precision']): PublicationDate => ({ iso, precision, text: iso });

/** English words that a German sentence never holds (function words and the words of the English replies). */
const ENGLISH = new RegExp(
  `(?<![\\p{L}])(?:${[
    'the', 'of', 'and', 'was', 'reported', 'more', 'quotes?', 'dated', 'agrees?', 'earlier', 'without', 'undated', 'no', 'nothing', 'which',
    'sentences?', 'sources', 'differ', 'shown', 'best', 'it', 'is', 'not', 'catalogued', 'events?', 'fits', 'ask', 'answers?', 'when', 'happened',
    'planned', 'on', 'or', 'a', 'day', 'before', 'after', 'week', 'night', 'early', 'late', 'publication', 'January', 'February', 'March', 'May',
    'June', 'July', 'October', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'spring', 'summer',
    'autumn', 'winter', 'quarter', 'half', 'year', 'weekend', 'few', 'about', 'says', 'check', 'date', 'support', 'apart', 'these', 'whose', 'clause',
    'states', 'with', 'words', 'corpus',
  ].join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * The German rendering of a reply without what is quoted or named: the
 * command line, quotes, titles, ids, claimants, outlets, the question as
 * typed, phrases in quotation marks and commands (`/when <slug>`; the title after it is worded).
 */
function ownWords(reply: Reply): string {
  const text = renderText(reply, { lang: 'de' }).split('\n').slice(1).join('\n');
  const cut = new Set<string>([reply.argument]);
  for (const a of reply.answers) for (const v of [a.quote, a.title, a.articleId, a.claimant, a.outlet, a.agency, a.paragraphId, a.date?.text]) if (v) cut.add(v);
  let t = text.replace(/\/(?:when|source|estimate|search) [^\s)]+/g, ' ');
  for (const c of [...cut].sort((x, y) => y.length - x.length)) t = t.split(c).join(' ');
  return t.replace(/„[^“]*“/g, ' ').replace(/"[^"]*"/g, ' ').replace(/\(Korpus [0-9a-f]+\)/g, ' ');
}

/** Every catalogued event's slug of a snapshot, free questions, and the truth sheets' /when questions. */
function questions(snapshot: Snapshot, free: readonly string[]): string[] {
  const qs = new Set(free);
  for (const s of snapshot.stories) for (const e of s.catalogue.events.events) qs.add(e.slug);
  for (const s of snapshot.stories) if ((FIXTURE_STORIES as readonly string[]).includes(s.id)) for (const q of truthSheet(s.id).when) qs.add(q.q);
  return [...qs];
}

const FREE = ['treaty', 'Vertrag', 'when did russia confirm', 'wann bestätigte Nordkorea', 'first death', 'Beben', 'Insolvenz', 'Feuer', 'Kim Jong Un', 'xyzzy quux'];

describe('German /when replies', () => {
  let seeds: Snapshot;
  let newsroom: Snapshot;
  let chronology: Snapshot;
  let cleanup: () => void;
  beforeAll(async () => {
    seeds = await seedSnapshot();
    const made = corpusOf(NEWSROOM_STORIES);
    cleanup = made.cleanup;
    newsroom = await loadSnapshot(made.dir);
    chronology = await loadSnapshot(path.resolve(import.meta.dirname, '../fixtures/chronology'));
  });
  afterAll(() => cleanup?.());

  it('hold no English word outside quotes and names, for every catalogued event and free questions (seeds, fixture stories, chronology)', () => {
    const found: string[] = [];
    let replies = 0;
    for (const snapshot of [seeds, newsroom, chronology]) {
      for (const q of questions(snapshot, FREE)) {
        const reply = answerWhen(q, { snapshot });
        replies++;
        const words = [...ownWords(reply).matchAll(ENGLISH)].map((m) => m[0]);
        if (words.length) found.push(`${q}: ${[...new Set(words)].join(', ')}`);
        if (reply.status === 'ok') expect(renderText(reply, { lang: 'de' })).not.toBe(renderText(reply, { lang: 'en' }));
      }
    }
    expect(replies).toBeGreaterThan(150);
    expect(found).toEqual([]);
  });

  it('the scan sees English: the same replies in English hold those words', () => {
    const reply = answerWhen('russia-confirmed', { snapshot: seeds });
    const english = renderText(reply, { lang: 'en' }).split('\n').slice(1).join('\n');
    expect(english.match(ENGLISH)?.length ?? 0).toBeGreaterThan(3);
  });

  it('word the seeds\' summaries as a German reader expects, with the catalogue\'s German titles', () => {
    const de = (q: string) => renderText(answerWhen(q, { snapshot: seeds }), { lang: 'de' }).split('\n')[1]!;
    expect(de('russia-confirmed')).toMatch(/^Russland bestätigt nordkoreanische Soldaten: ein Samstag im April 2025 \(oder 29\. März 2025\) \(1 von 1 datierten Zitaten stimmt überein\)\. \d+ weitere Zitate ohne auflösbares Datum\.$/);
    expect(de('treaty-in-force')).toMatch(/^Vertrag tritt in Kraft: Mittwoch, 4\. Dezember 2024 \(\d+ von \d+ datierten Zitaten stimmen überein\)\./);
    expect(de('first-casualties')).toContain('Keine Quelle datiert das Ereignis selbst; früheste Meldung am Donnerstag, 5. Dezember 2024, 11:58 Uhr (ntv.de / AFP)');
    const several = renderText(answerWhen('treaty', { snapshot: seeds }), { lang: 'de' });
    expect(several).toContain('„treaty“ passt zu 3 Ereignissen des Katalogs; jedes wird für sich beantwortet:');
    expect(several).toContain('• Vertrag unterzeichnet: Juni 2024 (');
    expect(several).toContain('Alle Zitate gibt es mit der Frage nach einem einzelnen Ereignis: /when treaty-signed');
    const nothing = answerWhen('xyzzy quux', { snapshot: seeds });
    expect(renderText(nothing, { lang: 'de' })).toContain('Im Korpus steht nichts darüber, wann „xyzzy quux“ geschah.');
    const undated = answerWhen('russia-confirmed', { snapshot: seeds }).answers.filter((a) => a.date?.basis === 'unresolved');
    expect(undated.length).toBeGreaterThan(0);
    for (const a of undated) expect(DE.dateRef(a.date!)).toBe('kein Datum im Satz, und der Artikel ist undatiert');
  });

  it('on Discord, a German client gets the German summary and dates, within every limit', () => {
    for (const q of [...questions(seeds, FREE)]) {
      const reply = answerWhen(q, { snapshot: seeds });
      const pages = paginate(reply, 'de');
      for (const p of pages) {
        const e = p.embed;
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        const size = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
        expect(size).toBeLessThanOrEqual(LIMITS.embedTotal);
      }
      const first = pages[0]!.embed;
      const german = renderText(reply, { lang: 'de' }).split('\n')[1]!;
      if (reply.status === 'ok') {
        expect(first.description).toContain(german.slice(0, 30).replace(/[*_~`|>]/g, ''));
        const values = pages.flatMap((p) => p.embed.fields ?? []).map((f) => f.value);
        expect(values.filter((v) => v.includes('— Datum: ')).length).toBe(reply.answers.filter((a) => a.date).length);
        for (const v of values) expect(v).not.toMatch(/— Date: /);
      }
    }
    const fields = paginate(answerWhen('russia-confirmed', { snapshot: seeds }), 'de').flatMap((p) => p.embed.fields ?? []);
    expect(fields.some((f) => f.value.includes('— Datum: ein Samstag im April 2025 (oder 29. März 2025)'))).toBe(true);
  });

  it('word a date read from the next sentence, and a free question\'s notice', () => {
    const reply = answerWhen('previous big fire', { snapshot: newsroom });
    const next = reply.answers.find((a) => a.date?.say?.kind === 'nextSentence');
    expect(next).toBeDefined();
    expect(DE.dateRef(next!.date!)).toMatch(/^Montag, 4\. August 2025 \(Datum im nächsten Satz\) \(„[^“]+“\)$/);
    expect(reply.say?.notice?.[0]?.id).toMatch(/^when\.free/);
    expect(renderText(reply, { lang: 'de' })).toContain('„previous big fire“ ist kein Ereignis des Katalogs');
    expect(renderText(reply, { lang: 'de' })).toContain('„previous big fire“ (kein Katalog-Ereignis; Daten der');
  });

  it('in English, every date is worded as its label and every summary and notice as the JSON text', () => {
    let dates = 0;
    for (const snapshot of [seeds, newsroom, chronology]) {
      for (const q of questions(snapshot, FREE)) {
        const reply = answerWhen(q, { snapshot });
        for (const a of reply.answers) {
          if (!a.date) continue;
          dates++;
          expect(a.date.say, `${q}: ${a.date.label}`).toBeDefined();
          expect(englishDate(a.date.say!)).toBe(a.date.label);
        }
        if (reply.say?.summary) expect(spell(reply.say.summary, EN)).toBe(reply.summary);
        if (reply.say?.notice) expect(spell(reply.say.notice, EN)).toBe(reply.notice);
        expect(reply.say?.summary ?? reply.say?.notice, q).toBeDefined();
      }
    }
    expect(dates).toBeGreaterThan(500);
  });
});

describe('German wording of each kind of date (invented sentences, known publication dates)', () => {
  const cases: [kind: string, sentence: string, published: PublicationDate | null, phrase: string, german: string, english: string][] = [
    ['day', 'Die Armee griff am Mittwoch an.', pub('2024-12-05T11:58', 'minute'), 'am Mittwoch', 'Mittwoch, 4. Dezember 2024', 'Wednesday, 4 December 2024'],
    ['minute', 'Das Beben ereignete sich am Montag um 4.17 Uhr.', pub('2025-02-18T09:00', 'minute'), 'am Montag um 4.17 Uhr', 'Montag, 17. Februar 2025, 04:17 Uhr', 'Monday, 17 February 2025, 04:17'],
    ['day, weekday conflict', 'Am Sonntag, dem 28. April 2025, trat der Vertrag in Kraft.', null, 'Am Sonntag, dem 28. April 2025', 'Montag, 28. April 2025 (im Text steht Sonntag; Datum prüfen)', 'Monday, 28 April 2025 (the text says Sunday; check the date)'],
    ['daypart', 'Am Vormittag wurde der Notstand ausgerufen.', pub('2024-12-05T14:00', 'minute'), 'Am Vormittag', 'Donnerstag, 5. Dezember 2024 (Vormittag)', 'Thursday, 5 December 2024 (Vormittag)'],
    ['range', 'Die Gespräche fanden vom 4. bis 6. Dezember 2024 statt.', null, 'vom 4. bis 6. Dezember 2024', '4.–6. Dezember 2024', '4–6 December 2024'],
    ['month with part', 'Das Feuer brach Anfang August aus.', pub('2024-09-10', 'day'), 'Anfang August', 'Anfang August 2024', 'early August 2024'],
    ['month, mid', 'Mitte Juni kam es zum Streit.', pub('2024-07-01', 'day'), 'Mitte Juni', 'Mitte Juni 2024', 'mid-June 2024'],
    ['month offset', 'Im vergangenen Monat stieg die Zahl.', pub('2024-12-05', 'day'), 'Im vergangenen Monat', 'November 2024', 'November 2024'],
    ['season', 'Das Abkommen wurde im Sommer unterzeichnet.', pub('2024-10-01', 'day'), 'im Sommer', 'Sommer 2024', 'summer 2024'],
    ['winter', 'Im Winter 2024/25 fiel kaum Schnee.', null, 'Im Winter 2024/25', 'Winter 2024/25', 'winter 2024/25'],
    ['year with part', 'Der Umbau soll Ende 2024 fertig sein.', null, 'Ende 2024', 'Ende 2024', 'late 2024'],
    ['year, relative', 'Das Werk schloss im vergangenen Jahr.', pub('2025-04', 'month'), 'im vergangenen Jahr', '2024', '2024'],
    ['decade', 'In den 1990er-Jahren war das anders.', null, 'In den 1990er-Jahren', 'die 1990er-Jahre', 'the 1990s'],
    ['quarter', 'Der Umsatz brach im ersten Quartal 2024 ein.', null, 'im ersten Quartal 2024', 'das erste Quartal 2024', 'the first quarter of 2024'],
    ['half', 'Im zweiten Halbjahr 2024 sank die Zahl.', null, 'Im zweiten Halbjahr 2024', 'das zweite Halbjahr 2024', 'the second half of 2024'],
    ['turn of the year', 'Um den Jahreswechsel wurde es ruhig.', pub('2025-01-10', 'day'), 'Um den Jahreswechsel', 'der Jahreswechsel 2024/25', 'the turn of the year 2024/25'],
    ['night', 'In der Nacht zum Mittwoch bebte die Erde.', pub('2024-12-05', 'day'), 'In der Nacht zum Mittwoch', 'die Nacht zum Mittwoch, 4. Dezember 2024', 'the night to Wednesday, 4 December 2024'],
    ['weekend', 'Am Wochenende brannte es erneut.', pub('2024-12-03', 'day'), 'Am Wochenende', 'das Wochenende 30. November – 1. Dezember 2024', 'the weekend of 30 November–1 December 2024'],
    ['week of', 'In der vergangenen Woche wurde gestreikt.', pub('2024-12-05', 'day'), 'In der vergangenen Woche', 'die Woche ab dem 25. November 2024', 'the week of 25 November 2024'],
    ['a few days', 'Vor wenigen Tagen wurde der Antrag gestellt.', pub('2024-12-05', 'day'), 'Vor wenigen Tagen', 'wenige Tage vor der Veröffentlichung (etwa 29. November – 3. Dezember 2024)', 'a few days before publication (about 29 November–3 December 2024)'],
    ['weekday within a month', 'Russland hatte am Samstag bestätigt, dass Soldaten kämpfen.', pub('2025-04', 'month'), 'am Samstag', 'ein Samstag im April 2025 (oder 29. März 2025)', 'a Saturday, April 2025 (or 29 March 2025)'],
    ['weekday within a year', 'Am Samstag wurde gewählt.', pub('2025', 'year'), 'Am Samstag', 'ein Samstag im Jahr 2025 (oder 28. Dezember 2024)', 'a Saturday, 2025 (or 28 December 2024)'],
    ['offset within a month', 'Vor zwei Wochen wurde gestreikt.', pub('2025-04', 'month'), 'Vor zwei Wochen', 'zwei Wochen vor der Veröffentlichung im April 2025 (oder frühestens 17. März 2025)', 'two weeks before publication, April 2025 (or as early as 17 March 2025)'],
    ['either of two years', 'Im Juni wurde der Vertrag unterzeichnet.', pub('2025', 'year'), 'Im Juni', 'Juni 2024 oder Juni 2025', 'June 2024 or June 2025'],
    ['the day before another date', 'Am Freitag bestätigte die Polizei, dass der Mann bereits am Vortag festgenommen worden war.', pub('2024-12-09', 'day'), 'am Vortag', 'Donnerstag, 5. Dezember 2024 (der Tag vor „Am Freitag“)', 'Thursday, 5 December 2024 (the day before "Am Freitag")'],
    ['the day before publication', 'Der Mann war am Vortag festgenommen worden.', pub('2024-12-09', 'day'), 'am Vortag', 'Sonntag, 8. Dezember 2024 (der Tag vor der Veröffentlichung)', 'Sunday, 8 December 2024 (the day before publication)'],
    ['unresolved, undated article', 'Russland hatte am Samstag bestätigt, dass Soldaten kämpfen.', null, 'am Samstag', '„am Samstag“ lässt sich nicht datieren (Artikel ohne Datum)', "undated: 'am Samstag' (no publication date)"],
    ['unresolved, coarse date', 'Am Freitag war der Brand gelöscht, am Vortag hatte es geregnet.', pub('2025-04', 'month'), 'am Vortag', '„am Vortag“ lässt sich nicht datieren (das Datum des Artikels ist dafür zu ungenau)', "undated: 'am Vortag' (no publication date)"],
  ];

  it.each(cases)('%s: %s', (_kind, sentence, published, phrase, german, english) => {
    const m = findDateMentions(sentence, published).find((x) => x.text === phrase);
    expect(m, `no "${phrase}" found`).toBeDefined();
    expect(m!.say).toBeDefined();
    expect(germanDate(m!.say!)).toBe(german);
    expect(m!.label).toBe(english);
    expect(englishDate(m!.say!)).toBe(m!.label);
    // an answer's date line: the date with the phrase it was read from (unresolved: the phrase is in the words)
    expect(DE.dateRef(m!)).toBe(m!.iso === null ? german : `${german} („${phrase}“)`);
    expect(EN.dateRef(m!)).toContain(english);
  });

  it('words "reported" evidence at the precision of the publication date', () => {
    expect(DE.dateRef(reportedDate(pub('2024-12-05T11:58', 'minute'))!)).toBe('gemeldet am Donnerstag, 5. Dezember 2024, 11:58 Uhr');
    expect(DE.dateRef(reportedDate(pub('2024-12-05', 'day'))!)).toBe('gemeldet am Donnerstag, 5. Dezember 2024');
    expect(DE.dateRef(reportedDate(pub('2025-04', 'month'))!)).toBe('gemeldet im April 2025');
    expect(DE.dateRef(reportedDate(pub('2025', 'year'))!)).toBe('gemeldet im Jahr 2025');
    expect(EN.dateRef(reportedDate(pub('2025-04', 'month'))!)).toBe('reported in April 2025');
  });
});
