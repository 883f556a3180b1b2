/**
 * German date vocabulary: the regex pieces the finder is built from, and the
 * readers that turn matched words into numbers. Month and weekday names are
 * read with date-fns and its `de` locale (`Dez.`, `Jänner`, `Sept.` included).
 *
 * @module
 */
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { de } from 'date-fns/locale/de';
import { TZDate } from '@date-fns/tz';
import { ZONE, inBerlin } from './calendar.ts';
import type { Part, Season } from './spec.ts';

/** Start of a word: not preceded by a letter or digit. */
export const L = '(?<![\\p{L}\\p{N}])';
/** End of a word: not followed by a letter or digit. */
export const R = '(?![\\p{L}\\p{N}])';

/**
 * Month names as written in German news, full or abbreviated with a dot
 * (an abbreviation without a dot, `Jan`, is too often a first name).
 */
export const MONTH =
  '(?:Januar|Jänner|Jän\\.|Jan\\.|Februar|Feber|Feb\\.|März|Mär\\.|Mrz\\.|April|Apr\\.|Mai|Juni|Jun\\.|Juli|Jul\\.|' +
  'August|Aug\\.|September|Sept\\.|Sep\\.|Oktober|Okt\\.|November|Nov\\.|Dezember|Dez\\.)' +
  '(?![\\p{L}\\p{N}])';

/** Weekday names (`Sonnabend` is the northern Saturday). */
export const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';

/** Part of a day glued to a weekday (`Mittwochabend`). */
export const DAYPART = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht)';

/** A year 1900-2099 written with four digits, not part of a longer number (`10.2024`, `12'000`). */
export const YEAR = "(?<![\\p{N}.,'’])(?:19|20)\\d\\d(?![\\p{N}]|[.,'’]\\p{N})";

/** `Anfang`, `Mitte`, `Ende` (also `Beginn`, `Anfang des`, `Ende der`). */
export const PART = '(?:[Aa]nfang|[Bb]eginn|[Mm]itte|[Ee]nde)';

/** Seasons, also `Frühsommer`, `Spätherbst`, genitive `des Sommers`. */
export const SEASON =
  '(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Frühsommer|Hochsommer|Spätsommer|Frühherbst|Spätherbst|Frühwinter|Spätwinter)(?:e?s)?(?![\\p{L}\\p{N}])';

/** Adjectives that place a period relative to now. Case-flexible first letter. */
export const PAST_ADJ = '(?:[Vv]ergangene[nmrs]?|[Ll]etzte[nmrs]?|[Vv]orige[nmrs]?)';
export const THIS_ADJ = '(?:[Dd]iese[nmrs]?|[Ll]aufende[nmrs]?|[Ll]aufenden|[Hh]eutige[nmrs]?)';
export const NEXT_ADJ = '(?:[Kk]ommende[nmrs]?|[Nn]ächste[nmrs]?|[Kk]ünftige[nmrs]?)';
export const BEFORE_LAST_ADJ = '(?:[Vv]orvergangene[nmrs]?|[Vv]orletzte[nmrs]?)';
export const REL_ADJ = `(?:${BEFORE_LAST_ADJ}|${PAST_ADJ}|${THIS_ADJ}|${NEXT_ADJ})`;

/** A year given relative to publication in the genitive: `vergangenen Jahres`, `des Vorjahres`, `dieses Jahres`. */
export const REL_YEAR_GENITIVE = `(?:(?:des\\s+)?${REL_ADJ}\\s+Jahres|des\\s+Vorjahres|des\\s+Folgejahres)`;

/** Small counts written as words or digits (`vor zwei Wochen`, `vor 3 Tagen`). */
export const COUNT = '(?:\\d{1,3}|eine[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig)';

const COUNT_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30,
};

/** Reads a {@link COUNT}. */
export function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNT_WORDS[word.toLowerCase()] ?? null;
}

// date-fns' `de` locale knows `Dez.`, `Jänner`, `Sep.`, but not `Sept.`, `Mrz.` or `Feber`.
const MONTH_SPELLINGS: Record<string, string> = { 'sept.': 'Sep.', 'mrz.': 'Mär.', feber: 'Februar', 'jän.': 'Jan.' };
const REFERENCE = new TZDate(2000, 0, 1, ZONE);

/** Month number (1-12) of a German month name, read with date-fns `de`; null when it is none. */
export function readMonth(word: string): number | null {
  const spelled = MONTH_SPELLINGS[word.toLowerCase()] ?? word;
  const date = parse(spelled, 'MMMM', REFERENCE, { locale: de, in: inBerlin });
  return isValid(date) ? date.getMonth() + 1 : null;
}

/** Weekday (0 = Sunday ... 6 = Saturday) of a German weekday name, read with date-fns `de`. */
export function readWeekday(word: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 | null {
  const spelled = /^sonnabend$/i.test(word) ? 'Samstag' : word;
  const date = parse(spelled, 'EEEE', REFERENCE, { locale: de, in: inBerlin });
  return isValid(date) ? (date.getDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6) : null;
}

/** Season and the part a compound implies (`Spätsommer` = late summer). */
export function readSeason(word: string): { season: Season; part?: Part } | null {
  const w = word.toLowerCase().replace(/e?s$/, '');
  const base: [RegExp, Season][] = [
    [/(frühjahr|frühling)$/, 'spring'],
    [/sommer$/, 'summer'],
    [/herbst$/, 'autumn'],
    [/winter$/, 'winter'],
  ];
  for (const [re, season] of base) {
    if (!re.test(w)) continue;
    if (season === 'spring') return { season };
    if (w.startsWith('früh')) return { season, part: 'early' };
    if (w.startsWith('hoch')) return { season, part: 'mid' };
    if (w.startsWith('spät')) return { season, part: 'late' };
    return { season };
  }
  return null;
}

/** `Anfang` -> early, `Mitte` -> mid, `Ende` -> late. */
export function readPart(word: string | undefined): Part | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('anfang') || w.startsWith('beginn')) return 'early';
  if (w.startsWith('mitte')) return 'mid';
  if (w.startsWith('ende')) return 'late';
  return undefined;
}

/** Offset of a relative adjective: `vergangenen` -1, `vorletzten` -2, `dieses` 0, `kommenden` +1. */
export function readRelAdjective(word: string): number | null {
  const w = word.toLowerCase();
  if (/^(vorvergangen|vorletzt)/.test(w)) return -2;
  if (/^(vergangen|letzt|vorig)/.test(w)) return -1;
  if (/^(dies|laufend|heutig)/.test(w)) return 0;
  if (/^(kommend|nächst|künftig)/.test(w)) return 1;
  return null;
}

/** Offset of a relative-year genitive: `vergangenen Jahres` -1, `des Vorjahres` -1, `dieses Jahres` 0. */
export function readRelYear(phrase: string): number | null {
  if (/Vorjahres/.test(phrase)) return -1;
  if (/Folgejahres/.test(phrase)) return 1;
  const adj = /(\p{L}+)\s+Jahres$/u.exec(phrase);
  return adj ? readRelAdjective(adj[1]!) : null;
}
