/**
 * Date expressions and the event they belong to (issue 12), on sentences of
 * my own: plans and schedules look ahead, `am Vortag` leans on the date
 * before it, a weekday with its time, a time alone only in an article dated
 * to the minute, and dates of other things (birth years, anniversaries,
 * relative clauses, `nachdem` clauses) never dating the event.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedDate } from '../../src/corpus/types.ts';
import { findDateMentions, pickEventDate } from '../../src/language/de/dates/index.ts';

function published(iso: string, precision: PublishedDate['precision']): PublishedDate {
  return { iso, precision, text: iso, from: 'text' };
}

const TUESDAY = published('2025-02-18', 'day');
const FEBRUARY = published('2025-02', 'month');
const EVENING = published('2025-08-04T21:47', 'minute');

const iso = (sentence: string, pub: PublishedDate, text: string) => findDateMentions(sentence, pub).find((m) => m.text === text)?.iso ?? null;
/** The date picked for the event word `trigger` of the sentence. */
const picked = (sentence: string, pub: PublishedDate, trigger: string) => {
  const m = pickEventDate(sentence, findDateMentions(sentence, pub), sentence.indexOf(trigger));
  return m ? m.iso : null;
};

describe('plans and schedules look ahead', () => {
  it.each([
    ['Die Stiftung will am Freitag einen Sammeltag durchführen.', TUESDAY, 'am Freitag', '2025-02-21'],
    ['Die Versammlung ist für den 20. Mai angesetzt.', FEBRUARY, 'für den 20. Mai', '2025-05-20'],
    ['Das Gericht will das Verfahren voraussichtlich am 1. April eröffnen.', FEBRUARY, 'am 1. April', '2025-04-01'],
    ['Eine Konferenz soll im März stattfinden.', FEBRUARY, 'im März', '2025-03'],
    ['Die Regierung berief für Dienstagmorgen einen Krisenstab ein.', published('2025-08-04', 'day'), 'für Dienstagmorgen', '2025-08-05'],
    ['Die Löhne sind bis Ende März gesichert.', published('2025-01-23', 'day'), 'bis Ende März', '2025-03'],
  ])('"%s" -> %s', (sentence, pub, text, want) => {
    expect(iso(sentence, pub, text)).toBe(want);
  });

  it('the past stays past: "war am 1. April eröffnet worden" in a May article', () => {
    expect(iso('Das Verfahren war am 1. April eröffnet worden.', published('2025-05-20', 'day'), 'am 1. April')).toBe('2025-04-01');
  });

  it('a reportative "soll … gelegt haben" is past, not a plan', () => {
    expect(iso('Er soll das Feuer am Montag gelegt haben.', TUESDAY, 'am Montag')).toBe('2025-02-17');
  });
});

describe('times and anchored days', () => {
  it('a weekday with its time: "am frühen Montagmorgen um 4.17 Uhr"', () => {
    const m = findDateMentions('Ein Beben hat die Region am frühen Montagmorgen um 4.17 Uhr erschüttert.', TUESDAY)[0]!;
    expect(m).toMatchObject({ iso: '2025-02-17T04:17', precision: 'minute' });
  });

  it('a time alone dates only an article dated to the minute, and only when it is not later', () => {
    expect(iso('Das Feuer entstand gegen 14.40 Uhr.', EVENING, 'gegen 14.40 Uhr')).toBe('2025-08-04T14:40');
    expect(iso('Das Feuer entstand gegen 23.10 Uhr.', EVENING, 'gegen 23.10 Uhr')).toBeNull();
    expect(iso('Das Feuer entstand gegen 14.40 Uhr.', published('2025-08-04', 'day'), 'gegen 14.40 Uhr')).toBeNull();
  });

  it('"am Vortag" leans on the date before it, else on the publication day', () => {
    expect(iso('Das Parlament bestätigte am Dienstag den am Vortag ausgerufenen Notstand.', published('2025-02-20', 'day'), 'am Vortag')).toBe('2025-02-17');
    expect(iso('Der Notstand war am Vortag ausgerufen worden.', TUESDAY, 'am Vortag')).toBe('2025-02-17');
  });
});

describe('dates of other things never date the event', () => {
  it('birth years: "Der 2001 geborene Soldat", "(Jahrgang 1999)", "1998 geboren"', () => {
    expect(findDateMentions('Der Soldat (Jahrgang 1999) wurde gefangen genommen.', TUESDAY)).toEqual([]);
    expect(findDateMentions('Der Mann ist 1998 geboren und wurde am Montag festgenommen.', TUESDAY).map((m) => m.text)).toEqual(['am Montag']);
    expect(picked('Der 2001 geborene Soldat wurde am Montag gefangen genommen.', TUESDAY, 'gefangen')).toBe('2025-02-17');
  });

  it('the original year of an anniversary', () => {
    expect(findDateMentions('Zum 80. Jahrestag der Befreiung von 1943 legte er am Montag Kränze nieder.', TUESDAY).map((m) => m.text)).toEqual(['am Montag']);
  });

  it('a relative clause dates its own verb, never the trigger outside it', () => {
    const s = 'Die Soldaten halfen, die Region zurückzugewinnen, in die die Armee im Sommer 2024 eingedrungen war.';
    expect(picked(s, TUESDAY, 'zurückzugewinnen')).toBeNull();
    expect(picked(s, TUESDAY, 'eingedrungen')).toBe('2024-06/2024-08');
  });

  it('a "nachdem" clause keeps its own date: the failure before the filing is not dated by the filing', () => {
    const s = 'Der Konzern hatte am 14. Januar Insolvenz angemeldet, nachdem Gespräche mit den Banken gescheitert waren.';
    expect(picked(s, FEBRUARY, 'gescheitert')).toBeNull();
    expect(picked(s, FEBRUARY, 'angemeldet')).toBe('2025-01-14');
  });
});
