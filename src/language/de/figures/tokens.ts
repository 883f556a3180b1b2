/**
 * Tokeniser for figure extraction: words, numbers, punctuation, and spans
 * that can never hold a figure (URLs, dates, clock times, `#1698`).
 *
 * Offsets are UTF-16 indices into the input, so `text.slice(t.start, t.end)`
 * is always the token as written.
 *
 * @module
 */
import { foldSpelledOut } from '../fold.ts';

/** What a token is. `blocked` spans (dates, times, URLs, `#ids`) never yield a figure. */
export type TokenType = 'num' | 'word' | 'punct' | 'blocked';

/** One token of a sentence. */
export interface Token {
  type: TokenType;
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Folded for look-ups and cue patterns: {@link foldSpelledOut} (`getötet` -> `getoetet`). */
  fold: string;
  /** Numeric value of a `num` token (`10.000` -> 10000, `1,5` -> 1.5), else null. */
  value: number | null;
  /** True for a `num` token written as bare digits (`2022`, not `2.022` or `2,5`). */
  plain: boolean;
}

/** Separators allowed between digit groups: German `.`, Swiss `'`/`’`, spaces (incl. no-break and thin). */
const GROUP_SEPARATORS = /[.'’ \u00A0\u202F\u2009]/g;

/**
 * Value of a digit string with German and Swiss separators: `10.000`,
 * `12'000`, `12’000`, `10 000`, `1,5` (decimal comma), `7.4` (decimal point:
 * a point followed by exactly three digits groups thousands, any other point
 * is a decimal). Null when it is not such a number.
 */
function parseDigits(text: string): number | null {
  const t = text.trim();
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  const grouped = /^\d{1,3}(?:[.'’ \u00A0\u202F\u2009]\d{3})+(?:,\d+)?$/.test(t);
  if (!grouped && !/^\d+(?:,\d+)?$/.test(t)) return null;
  const n = Number((grouped ? t.replace(GROUP_SEPARATORS, '') : t).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

interface Pattern {
  type: TokenType;
  re: RegExp;
  /** Extra check on the match (e.g. a valid day and month); `before` are the tokens read so far. */
  valid?: (m: RegExpExecArray, before: readonly Token[]) => boolean;
}

const validMonth = (m: string | undefined): boolean => m !== undefined && +m >= 1 && +m <= 12;
const validDay = (d: string | undefined): boolean => d !== undefined && +d >= 1 && +d <= 31;

const PATTERNS: readonly Pattern[] = [
  { type: 'blocked', re: /https?:\/\/\S+|www\.\S+/y },
  // 2024-12-05, 2025-04
  { type: 'blocked', re: /(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/y, valid: (m) => validMonth(m[2]) && (m[3] === undefined || validDay(m[3])) },
  // 05.12.2024, 5.12.24, 05.12. — but `Stärke von 7.4.` ends a sentence with a decimal
  {
    type: 'blocked',
    re: /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)/y,
    valid: (m, before) => validDay(m[1]) && validMonth(m[2]) && (m[3] !== undefined || !afterMeasureWord(before)),
  },
  // 11:58, 11:58:03, 11.58 Uhr
  { type: 'blocked', re: /\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d{1,2}\.\d{2}(?=\s*Uhr\b)/y },
  { type: 'blocked', re: /#\d+/y },
  // IBANs and account numbers: DE12 3705 0198 0034 5678 90
  { type: 'blocked', re: /[A-Z]{2}\d{2}(?:[ \u00A0]?\d{4}){2,7}(?:[ \u00A0]?\d{1,4})?(?!\d)/y },
  { type: 'num', re: /\d{1,3}(?:[.'’ \u00A0\u202F\u2009]\d{3})+(?!\d)(?:,\d+)?|\d+\.(?:\d{1,2}|\d{4,})(?!\d)|\d+(?:,\d+)?/y },
  { type: 'word', re: /\p{L}+(?:[-‑]\p{L}+)*[-‑]?/uy },
  { type: 'punct', re: /\S/uy },
];

/** Words after which a number is a measurement (`Stärke 7.4.`): a yearless `d.m.` there is a decimal, not a date. */
const MEASURE_WORDS = /^(?:staerke\w*|magnitude\w*|richterskala|richter-skala)$/;

/** True when one of the last three tokens is a measurement word or a decimal (`die Stärken 6.1 und 4.5.`). */
function afterMeasureWord(before: readonly Token[]): boolean {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    const t = before[k]!;
    if (MEASURE_WORDS.test(t.fold) || (t.type === 'num' && t.value !== null && !Number.isInteger(t.value))) return true;
  }
  return false;
}

/** Where the word pattern stands in {@link PATTERNS}: every pattern before it starts with a digit, `#`, `http`, `www` or two capitals. */
const WORD_PATTERN = PATTERNS.findIndex((p) => p.type === 'word');

/**
 * The first pattern that can match at `pos`: a letter other than `h`, `w` or
 * a capital followed by a capital starts none of the patterns before the
 * word pattern, so they are not tried (most tokens are words).
 */
function firstPattern(text: string, pos: number, ch: string): number {
  if (ch === 'h' || ch === 'w' || ch === '#' || (ch >= '0' && ch <= '9')) return 0;
  if (ch >= 'A' && ch <= 'Z') {
    const next = text[pos + 1];
    return next !== undefined && next >= 'A' && next <= 'Z' ? 0 : WORD_PATTERN;
  }
  return LETTER.test(ch) ? WORD_PATTERN : 0;
}
const LETTER = /^\p{L}$/u;

/** Splits a sentence into tokens; whitespace is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos]!;
    if (/\s/.test(ch)) {
      pos++;
      continue;
    }
    let matched = false;
    for (let k = firstPattern(text, pos, ch); k < PATTERNS.length; k++) {
      const p = PATTERNS[k]!;
      p.re.lastIndex = pos;
      const m = p.re.exec(text);
      if (!m || m[0].length === 0 || (p.valid && !p.valid(m, tokens))) continue;
      const raw = m[0];
      const value = p.type === 'num' ? parseDigits(raw) : null;
      tokens.push({
        type: p.type,
        text: raw,
        start: pos,
        end: pos + raw.length,
        fold: foldSpelledOut(raw),
        value,
        plain: p.type === 'num' && /^\d+$/.test(raw),
      });
      pos += raw.length;
      matched = true;
      break;
    }
    if (!matched) pos++;
  }
  return tokens;
}

/** True when the word starts with an uppercase letter. */
export function isCapitalized(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toLocaleLowerCase('de') && c === c.toLocaleUpperCase('de');
}
