/**
 * Number words for the figure reader, keyed by {@link foldSpelledOut} like
 * its tokens (`zwölf` -> `zwoelf`, `dreißig` -> `dreissig`). The words
 * themselves are in the German lexicon (`../lexicon.ts`).
 *
 * @module
 */
import { foldSpelledOut } from '../fold.ts';
import {
  ARTICLE_ONE as ARTICLE_WORDS,
  SCALE_ABBREVIATIONS as SCALE_ABBREVIATION_WORDS,
  SCALE_WORDS as SCALE_WORD_LIST,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS as VAGUE_PLURAL_WORDS,
} from '../lexicon.ts';


function folded(table: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  return new Map(Object.entries(table).map(([w, v]) => [foldSpelledOut(w), v]));
}

/**
 * Scale words that multiply the number before them (`acht Millionen`, `2,3 Mio.`,
 * `zwei Dutzend`, `30 Tausend`). Abbreviations are listed without their dot.
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = folded({ ...SCALE_WORD_LIST, ...SCALE_ABBREVIATION_WORDS });

/** Scale abbreviations written with a dot (`Mio.`). */
export const SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(Object.keys(SCALE_ABBREVIATION_WORDS).map(foldSpelledOut));

/** Vague plurals (`Dutzende`, `Tausende`) and their lower bound: see the lexicon. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = folded(VAGUE_PLURAL_WORDS);

/** Words that make a following scale word vague: `einige Hundert`, `mehrere tausend`, `ein paar Dutzend`. */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['einige', 'einigen', 'mehrere', 'mehreren', 'etliche', 'etlichen', 'viele', 'vielen']);

/** Forms of the article `ein` that count only before a scale word (`eine Million`, `ein Dutzend`). */
export const ARTICLE_ONE: ReadonlySet<string> = new Set(ARTICLE_WORDS);

/** Regex alternatives of words in both spellings: as written (`fünf`, `dreißig`) and spelled out (`fuenf`, `dreissig`). */
function bothSpellings(words: readonly string[]): string {
  return [...new Set(words.flatMap((w) => [w.toLowerCase(), foldSpelledOut(w)]))].join('|');
}

/**
 * A digit, or a number word: words that also occur inside compounds
 * (`dreizehn`, `zwanzig`, `hundert`, `Millionen`) anywhere in a word, short
 * ones only as whole words (`acht`, not `Nacht`; `elf`, not `helfen`).
 */
const MAY_HOLD_FIGURE = new RegExp(
  `\\d|${bothSpellings([
    ...Object.keys(TEEN_WORDS).filter((w) => w !== 'elf'),
    ...Object.keys(TENS_WORDS),
    ...Object.keys(SCALE_WORD_LIST),
  ])}|\\b(?:${bothSpellings(['ein', 'eins', ...Object.keys(UNIT_WORDS), 'elf', ...Object.keys(SCALE_ABBREVIATION_WORDS)])})\\b`,
  'i',
);

/**
 * True when a text may hold a figure: it has a digit or a German number word.
 * A cheap test to skip `findFigures` on sentences that cannot hold one:
 * never false for a text in which `findFigures` finds a figure.
 */
export function mayHoldFigure(text: string): boolean {
  return MAY_HOLD_FIGURE.test(text);
}
