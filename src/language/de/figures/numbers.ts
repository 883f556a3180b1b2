/**
 * German number words and scale words.
 *
 * All look-ups take {@link fold}ed words (`zwölf` -> `zwoelf`, `dreißig` -> `dreissig`).
 *
 * @module
 */
import { foldSpelledOut as fold } from '../fold.ts';

const UNITS: Readonly<Record<string, number>> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  zehn: 10,
  elf: 11,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/**
 * Scale words that multiply the number before them (`acht Millionen`, `2,3 Mio.`,
 * `zwei Dutzend`, `30 Tausend`). Abbreviations are listed without their dot.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundert: 100,
  tausend: 1e3,
  tsd: 1e3,
  dutzend: 12,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
};

/** Scale abbreviations written with a dot (`Mio.`). */
export const SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(['tsd', 'mio', 'mrd']);

/**
 * Vague plurals and their **lower bound**: one unit, never more.
 *
 * Literally `Tausende` means "at least two thousand", but newsrooms use these
 * plurals loosely (`Dutzende` for twenty, `Zehntausende` for fifteen thousand),
 * and the bot must never overstate a figure, so the bound is the unit itself:
 * `Dutzende` >= 12, `Hunderte` >= 100, `Tausende` >= 1000, `Zehntausende` >= 10000.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dutzende: 12,
  dutzenden: 12,
  hunderte: 100,
  hunderten: 100,
  tausende: 1e3,
  tausenden: 1e3,
  zehntausende: 1e4,
  zehntausenden: 1e4,
  hunderttausende: 1e5,
  hunderttausenden: 1e5,
  millionen: 1e6,
  milliarden: 1e9,
};

/** Words that make a following scale word vague: `einige Hundert`, `mehrere tausend`, `ein paar Dutzend`. */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['einige', 'einigen', 'mehrere', 'mehreren', 'etliche', 'etlichen', 'viele', 'vielen']);

/** Forms of the article `ein` that count only before a scale word (`eine Million`, `ein Dutzend`). */
export const ARTICLE_ONE: ReadonlySet<string> = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines']);

/** `anderthalb`, `eineinhalb`, `zweieinhalb`, ...: only meaningful before a scale word. */
export function fractionWord(folded: string): number | null {
  if (folded === 'anderthalb') return 1.5;
  const m = /^(ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn)einhalb$/.exec(folded);
  if (!m) return null;
  return (m[1] === 'zehn' ? 10 : UNITS[m[1]!]!) + 0.5;
}

function below100(s: string): number | null {
  if (s === 'eins') return 1;
  if (s !== 'ein' && UNITS[s] !== undefined) return UNITS[s];
  if (TEENS[s] !== undefined) return TEENS[s];
  if (TENS[s] !== undefined) return TENS[s];
  const m = /^(ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun)und([a-z]+)$/.exec(s);
  if (m && TENS[m[2]!] !== undefined) return UNITS[m[1]!]! + TENS[m[2]!]!;
  return null;
}

function below1000(s: string): number | null {
  const h = s.indexOf('hundert');
  if (h < 0) return below100(s);
  const pre = s.slice(0, h);
  const rest = s.slice(h + 'hundert'.length).replace(/^und/, '');
  const mult = pre === '' ? 1 : (UNITS[pre] ?? null);
  if (mult === null) return null;
  if (rest === '') return mult * 100;
  const r = below100(rest);
  return r === null ? null : mult * 100 + r;
}

function wholeNumber(s: string): number | null {
  const t = s.indexOf('tausend');
  if (t < 0) return below1000(s);
  const pre = s.slice(0, t);
  const rest = s.slice(t + 'tausend'.length).replace(/^und/, '');
  const mult = pre === '' || pre === 'ein' ? 1 : below1000(pre);
  if (mult === null) return null;
  if (rest === '') return mult * 1000;
  const r = below1000(rest);
  return r === null ? null : mult * 1000 + r;
}

/**
 * Value of one German cardinal number word: `zwölf` 12, `dreißig`/`dreissig` 30,
 * `einundzwanzig` 21, `zweihundert` 200, `zehntausend` 10000, `dreitausendfünfhundert` 3500.
 * Null for anything else, including the article `ein`/`eine`, ordinals (`zweite`)
 * and vague plurals (`Tausende`).
 */
export function parseNumberWord(word: string): number | null {
  const s = fold(word);
  if (!/^[a-z]+$/.test(s) || ARTICLE_ONE.has(s)) return null;
  return wholeNumber(s);
}
