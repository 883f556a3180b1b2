/**
 * Reading one quantity (a number with its scale word) off a token stream, and
 * telling numbers that are not counts (ordinals, identifiers, clock times) apart.
 *
 * @module
 */
import { foldSpelledOut } from '../fold.ts';
import { MONTH_ABBREVIATIONS, MONTH_WORDS, YEAR_NOUNS, fractionWord, parseFoldedNumberWord } from '../lexicon.ts';
import {
  ARTICLE_ONE,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  VAGUE_DETERMINERS,
  VAGUE_PLURALS,
} from './numbers.ts';
import { isCapitalized, type Token } from './tokens.ts';

/** A number as written, with its scale word, as token indices (inclusive). */
export interface Quantity {
  first: number;
  last: number;
  /** The value, scale applied (`acht Millionen` -> 8000000); for a vague plural, its lower bound. */
  value: number;
  /** The value before the scale word (`acht`). */
  raw: number;
  /** The scale word's factor, 1 when there is none. */
  scale: number;
  /** `Tausende`, `einige Hundert`: a lower bound only. */
  vague: boolean;
  /** Written with digits. */
  digits: boolean;
  /** Bare digits without scale or separator: could be a year. */
  plain: boolean;
}

/** German month names, variants and abbreviations, folded (`maerz`, `jaenner`, `dez`). */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...Object.keys(MONTH_ABBREVIATIONS)].map(foldSpelledOut));

/** Words before a number that make it an identifier: `Resolution 2231`, `Artikel 4`, `User 12`. */
const ID_WORDS: ReadonlySet<string> = new Set([
  'resolution', 'resolutionen', 'artikel', 'art', 'paragraf', 'paragraph', 'paragrafen', 'paragraphen',
  'nummer', 'nr', 'kapitel', 'absatz', 'abs', 'seite', 'punkt', 'platz', 'rang', 'flug', 'linie', 'route',
  'gleis', 'zimmer', 'version', 'typ', 'modell', 'block', 'stufe', 'phase', 'kategorie', 'klasse', 'teil',
  'folge', 'episode', 'ausgabe', 'band', 'user', 'nutzer', 'id', 'code', 'runde', 'hausnummer', 'postfach',
  'kanal', 'programm', 'sektor', 'bataillon', 'regiment', 'brigade',
  'mig', 'su', 'tu', 'f', 't', 'kh', 'kn', 's', 'hwasong', 'iskander', 'ka', 'mi', 'bm',
]);

/** Words before a year-like number that make it a year of the calendar (`im Jahr 2024`, `Juni 2024`), folded. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(YEAR_NOUNS.map(foldSpelledOut));

/** Determiners after which a number with a dot is an ordinal (`der 11. Luftlandebrigade`, `am 100. Tag`). */
const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans',
  'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'jede', 'jeder',
  'jedem', 'jeden', 'dieser', 'diese', 'diesem', 'diesen', 'unser', 'unsere',
]);

/** Determiners that make a capitalised number word a noun (`die Elf`, `außer Acht`). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'ein', 'seine', 'ihre', 'ausser', 'in',
]);

const CLOSERS = /^[”“"«»‹›'’)\]]$/;
const DASHES = /^[-‑–—]$/;

/** Words directly before a number that mark a qualifier (used to tell `auf 3000.` from `der 11.`). */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  'als', 'ueber', 'mindestens', 'wenigstens', 'zumindest', 'zu', 'maximal', 'hoechstens', 'unter', 'knapp',
  'fast', 'nahezu', 'beinahe', 'etwa', 'rund', 'circa', 'zirka', 'ca', 'ungefaehr', 'annaehernd', 'gut',
  'auf', 'insgesamt', 'bereits', 'schon', 'nur', 'lediglich',
]);

/**
 * True when the number token at `i` is an ordinal (`der 11. Luftlandebrigade`,
 * `4. Dezember`), not a figure that ends the sentence (`mehr als 90.`).
 */
function isOrdinal(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const dot = toks[i + 1];
  if (!dot || dot.text !== '.' || dot.start !== t.end) return false;
  if (!t.plain) return false;
  const after = toks[i + 2];
  const prev = toks[i - 1];
  // `der 11.`, `am 100.` even where a sentence splitter cut the noun off.
  if (prev && ORDINAL_DETERMINERS.has(prev.fold)) return true;
  if (!after) return false;
  if (after.type === 'punct' && CLOSERS.test(after.text)) return false;
  if (after.type === 'word') {
    if (MONTHS.has(after.fold)) return true;
    if (!isCapitalized(after.text)) return true;
    // `... auf 3000. Danach`: a sentence boundary after a figure.
    if ((t.value ?? 0) >= 1000) return false;
    if (prev && QUALIFIER_WORDS.has(prev.fold)) return false;
    return true;
  }
  return true;
}

function lastSegment(folded: string): string {
  const parts = folded.split(/[-‑]/).filter((p) => p.length > 0);
  return parts[parts.length - 1] ?? folded;
}

/**
 * True when the digits at `i` are not a count: glued to letters (`F-16`, `Su-34`,
 * `5G`, `155-mm`, `2023/24`), after an identifier word (`UN-Resolution 2231`,
 * `Artikel 4`), a clock time (`12 Uhr`), an ordinal or day (`der 11.`), or a year
 * after a month or `Jahr` (`Juni 2024`, `im Jahr 2022`).
 */
function isNonCountNumber(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && prev.end === t.start) {
    if (prev.type === 'word' || prev.type === 'blocked' || prev.type === 'num') return true;
    if (/^[#/§]$/.test(prev.text)) return true;
    if (DASHES.test(prev.text) && toks[i - 2]?.type === 'word' && toks[i - 2]!.end === prev.start) return true;
  }
  if (next && next.start === t.end) {
    if (next.type === 'word' || next.type === 'blocked' || next.type === 'num') return true;
    const after = toks[i + 2];
    if (DASHES.test(next.text) && after?.type === 'word' && after.start === next.end) return true;
    if (next.text === '/' && after?.type === 'num') return true;
  }
  if (prev?.type === 'word' && isCapitalized(prev.text) && ID_WORDS.has(lastSegment(prev.fold))) return true;
  if (prev?.text === '§') return true;
  if (prev?.text === '.' && toks[i - 2]?.type === 'word' && ID_WORDS.has(toks[i - 2]!.fold)) return true;
  if (next?.type === 'word' && next.fold === 'uhr') return true;
  if (next?.type === 'word' && MONTHS.has(next.fold)) return true;
  if (isOrdinal(toks, i)) return true;
  const v = t.value ?? 0;
  if (t.plain && v >= 1000 && v <= 2099) {
    if (prev?.type === 'word' && (MONTHS.has(prev.fold) || YEAR_WORDS.has(prev.fold))) return true;
    if (prev?.text === '.' && toks[i - 2]?.type === 'word' && MONTHS.has(toks[i - 2]!.fold)) return true;
  }
  return false;
}

/** Reads a scale word at `j` (`Millionen`, `Mio.`, `Dutzend`); returns its factor and last token. */
function scaleAt(toks: readonly Token[], j: number): { scale: number; last: number } | null {
  const t = toks[j];
  if (!t || t.type !== 'word') return null;
  const scale = SCALE_WORDS.get(t.fold);
  if (scale === undefined) return null;
  let last = j;
  const dot = toks[j + 1];
  if (SCALE_ABBREVIATIONS.has(t.fold) && dot?.text === '.' && dot.start === t.end) last = j + 1;
  return { scale, last };
}

function withScale(toks: readonly Token[], q: Quantity): Quantity {
  const s = scaleAt(toks, q.last + 1);
  if (!s) return q;
  // `hundert` after a number is only a scale for small numbers (`drei Hundert`), never `2024 hundert`.
  if (s.scale === 100 && q.raw >= 10) return q;
  return { ...q, last: s.last, value: round(q.raw * s.scale), scale: s.scale, plain: false };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Reads a quantity starting at token `i`: digits (`10.000`, `12'000`, `1,5 Millionen`),
 * number words (`zwölf`, `zehntausend`, `acht Millionen`, `eine Million`, `ein Dutzend`,
 * `anderthalb Millionen`), or vague amounts (`Dutzende`, `Zehntausende`, `einige Hundert`).
 * Null when the token does not start one.
 */
export function readQuantity(toks: readonly Token[], i: number): Quantity | null {
  const t = toks[i];
  if (!t) return null;
  if (t.type === 'num') {
    if (t.value === null) return null;
    if (isNonCountNumber(toks, i)) return null;
    return withScale(toks, {
      first: i,
      last: i,
      value: t.value,
      raw: t.value,
      scale: 1,
      vague: false,
      digits: true,
      plain: t.plain,
    });
  }
  if (t.type !== 'word') return null;
  const f = t.fold;
  const base = { first: i, digits: false, plain: false };

  // `eine Million`, `ein Dutzend`, `eine halbe Million`, `ein paar Hundert`
  if (ARTICLE_ONE.has(f)) {
    let j = i + 1;
    if (f === 'ein' && toks[j]?.fold === 'paar') {
      const s = scaleAt(toks, j + 1) ?? vagueScaleAt(toks, j + 1);
      return s ? { ...base, last: s.last, value: s.scale, raw: 1, scale: s.scale, vague: true } : null;
    }
    let factor = 1;
    if (toks[j]?.fold === 'halbe' || toks[j]?.fold === 'halben') {
      factor = 0.5;
      j++;
    }
    const s = scaleAt(toks, j);
    if (!s || s.scale < 12) return null;
    return { ...base, last: s.last, value: round(factor * s.scale), raw: factor, scale: s.scale, vague: false };
  }
  // `einige Hundert`, `mehrere tausend`, `viele Tausende`
  if (VAGUE_DETERMINERS.has(f)) {
    const s = scaleAt(toks, i + 1) ?? vagueScaleAt(toks, i + 1);
    return s ? { ...base, last: s.last, value: s.scale, raw: 1, scale: s.scale, vague: true } : null;
  }
  const frac = fractionWord(f);
  if (frac !== null) {
    const s = scaleAt(toks, i + 1);
    if (!s || s.scale < 1000) return null;
    return { ...base, last: s.last, value: round(frac * s.scale), raw: frac, scale: s.scale, vague: false };
  }
  const vague = VAGUE_PLURALS.get(f);
  if (vague !== undefined) return { ...base, last: i, value: vague, raw: 1, scale: vague, vague: true };
  const n = parseFoldedNumberWord(f); // (f is the token folded)
  if (n === null) return null;
  if (isCapitalized(t.text) && !/^(hundert|tausend)/.test(f)) {
    const prev = toks[i - 1];
    if (prev && NOUN_DETERMINERS.has(prev.fold)) return null;
  }
  return withScale(toks, { ...base, last: i, value: n, raw: n, scale: 1, vague: false });
}

function vagueScaleAt(toks: readonly Token[], j: number): { scale: number; last: number } | null {
  const t = toks[j];
  const v = t && t.type === 'word' ? VAGUE_PLURALS.get(t.fold) : undefined;
  return v === undefined ? null : { scale: v, last: j };
}
