/**
 * The date finder's vocabulary: the regex pieces its rules are built from, and
 * the readers that turn matched words into numbers. Month, weekday and number
 * words come from the German lexicon (`../lexicon.ts`).
 *
 * @module
 */
import {
  ARTICLE_ONE,
  MONTH_ABBREVIATIONS,
  MONTH_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  WEEKDAY_NAMES,
  parseNumberWord,
} from '../lexicon.ts';
import type { Part, Season } from './spec.ts';

/** Alternatives of a regex, longest first, regex characters escaped. */
function alternatives(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Start of a word: not preceded by a letter or digit. */
export const L = '(?<![\\p{L}\\p{N}])';
/** End of a word: not followed by a letter or digit. */
export const R = '(?![\\p{L}\\p{N}])';

/**
 * Month names as written in German news, full or abbreviated with a dot
 * (an abbreviation without a dot, `Jan`, is too often a first name).
 */
export const MONTH =
  `(?:${alternatives([...MONTH_WORDS, ...Object.keys(MONTH_ABBREVIATIONS).map((a) => `${a}.`)])})` + '(?![\\p{L}\\p{N}])';

/** Weekday names (`Sonnabend` is the northern Saturday). */
export const WEEKDAY = `(?:${alternatives(Object.keys(WEEKDAY_NAMES))})`;

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
const PAST_ADJ = '(?:[Vv]ergangene[nmrs]?|[Ll]etzte[nmrs]?|[Vv]orige[nmrs]?)';
const THIS_ADJ = '(?:[Dd]iese[nmrs]?|[Ll]aufende[nmrs]?|[Ll]aufenden|[Hh]eutige[nmrs]?)';
const NEXT_ADJ = '(?:[Kk]ommende[nmrs]?|[Nn]ächste[nmrs]?|[Kk]ünftige[nmrs]?)';
const BEFORE_LAST_ADJ = '(?:[Vv]orvergangene[nmrs]?|[Vv]orletzte[nmrs]?)';
export const REL_ADJ = `(?:${BEFORE_LAST_ADJ}|${PAST_ADJ}|${THIS_ADJ}|${NEXT_ADJ})`;

/** A year given relative to publication in the genitive: `vergangenen Jahres`, `des Vorjahres`, `dieses Jahres`. */
export const REL_YEAR_GENITIVE = `(?:(?:des\\s+)?${REL_ADJ}\\s+Jahres|des\\s+Vorjahres|des\\s+Folgejahres)`;

/** The cardinal words a count may be written with, also in Swiss spelling (`dreissig`). */
const COUNT_WORDS = [...Object.keys(UNIT_WORDS).filter((w) => w !== 'ein'), ...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS)];

/** Small counts written as words or digits (`vor zwei Wochen`, `vor 3 Tagen`, `vor einem Jahr`). */
export const COUNT = `(?:\\d{1,3}|eine[mnr]?|${alternatives([...COUNT_WORDS, ...COUNT_WORDS.map((w) => w.replace(/ß/g, 'ss'))])})`;

const ONE = new Set(ARTICLE_ONE);

/** Reads a {@link COUNT}. */
export function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (ONE.has(word.toLowerCase())) return 1;
  return parseNumberWord(word);
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
