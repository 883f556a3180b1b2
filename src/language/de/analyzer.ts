/**
 * German text analysis shared by indexing, querying and snippet selection:
 * tokenising that keeps numbers (`10.000`, `12'000`) and hyphenated words
 * whole, folding for matching (`foldForMatching`: `Außenministerium` ->
 * `aussenministerium`), a small hand-made stop list of function words, and
 * the Snowball German stemmer (via `@orama/stemmers`).
 *
 * The analyser is versioned ({@link ANALYZER_VERSION}): an index built with
 * one version must never be loaded with another (the on-disk cache is keyed
 * on it).
 *
 * @module
 */
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { foldForMatching } from './fold.ts';

/** Bump whenever tokenising, folding, stop words or stemming change. */
export const ANALYZER_VERSION = 'de-2';

/**
 * Function words only. Deliberately NOT a generic stop-word list: those contain
 * words such as "zwölf", "mehr", "seit", "erste", "gegen", "tag" that carry the
 * meaning of figure and date questions.
 */
const STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen ' +
    'und oder aber sowie sondern denn doch ' +
    'im in ins am an ans auf aus bei beim mit von vom zu zum zur fur durch um ' +
    'ist sind war waren wird werden wurde wurden sei seien hat haben hatte hatten habe ' +
    'es er sie ihr ihm ihn ihre ihren ihrem ihrer sein seine seinen seinem seiner sich man wir ich du ' +
    'dass ob wenn weil als wie so da dann auch noch nur schon ' +
    'dies diese dieser dieses diesem diesen jene welche welcher welches ' +
    'the a an of to and or for on with at by from is are was were be been did does do what which who how when where why many much there their its it'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A word or a number. Numbers keep thousands separators (`.`, `'`, `’`,
 * thin/no-break spaces) and decimal commas; words keep inner hyphens and
 * apostrophes-free letters/digits (`Kreml-Chef`, `F-16`, `Su-34`).
 */
const TOKEN_RE =
  /\d{1,3}(?:[.'’\u202F\u00A0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:-[\p{L}\p{M}\p{Nd}]+)*/gu;

/** A token with its position in the analysed text. */
export interface Token {
  /** The token as written. */
  text: string;
  index: number;
  end: number;
}

/** Splits text into tokens with offsets (words, numbers, hyphenated compounds). */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  // (an exec loop: `matchAll` would copy the pattern for every text)
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    tokens.push({ text: m[0], index: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * The tokens of a stretch `from`..`to` of a text, from the tokens of the
 * whole text ({@link tokenizeWithOffsets}), with offsets relative to `from`:
 * exactly `tokenizeWithOffsets(text.slice(from, to))` (the same token strings,
 * so their analysis is looked up without hashing them again) — or null when
 * a token crosses `from` or `to`, where the stretch alone would be tokenised
 * differently.
 */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] | null {
  // the first token ending after `from` (binary search: tokens are in order)
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.index >= to) break;
    if (t.index < from || t.end > to) return null;
    out.push(from === 0 ? t : { text: t.text, index: t.index - from, end: t.end - from });
  }
  return out;
}

/**
 * The minisearch `tokenize` function: words and numbers, plus the parts of
 * hyphenated compounds (`Kreml-Chef` gives `Kreml-Chef`, `Kreml`, `Chef`) so
 * that either half finds the compound.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) pushWithParts(out, m[0]);
  return out;
}

/** {@link tokenize} from the text's tokens with offsets (`tokenizeWithOffsets(text)`): the same list. */
export function tokenTexts(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) pushWithParts(out, t.text);
  return out;
}

/** A token, then the parts of a hyphenated one. */
function pushWithParts(out: string[], token: string): void {
  out.push(token);
  if (token.includes('-')) for (const part of token.split('-')) if (part) out.push(part);
}

const NUMBER_RE = /^\d{1,3}(?:[.'’\u202F\u00A0]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/;

/** `10.000`, `10'000`, `10 000` -> `10000`; a decimal comma stays (`1,5`). */
function normalizeNumber(token: string): string {
  return token.replace(/[.'’\u202F\u00A0]/g, '');
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Snowball German stem of a folded word, cached per term. */
export function stem(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = germanStemmer(folded);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(folded, s);
  }
  return s;
}

/** True for a function word of the stop list (checked after folding). */
function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/**
 * The minisearch `processTerm` function: folds, drops stop words and
 * one-letter words, normalises numbers, stems words. Returns null to drop.
 */
export function processTerm(term: string): string | null {
  const hit = termCache.get(term);
  if (hit !== undefined) return hit;
  const result = analyseTerm(term);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(term, result);
  return result;
}

/**
 * Word forms seen as written -> analysed term. A corpus has a few hundred
 * thousand distinct forms at most, and indexing meets each form thousands of
 * times: caching the whole analysis (folding, stop list, stem) makes indexing
 * several times faster than analysing every token.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

function analyseTerm(term: string): string | null {
  if (NUMBER_RE.test(term)) return normalizeNumber(term);
  const folded = foldForMatching(term);
  if (folded.length < 2 || isStopWord(folded)) return null;
  if (folded.includes('-')) return folded.split('-').map(stem).join('-');
  return stem(folded);
}

/** All distinct analysed terms of a text (for snippet scoring and catalogue matching). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const p = processTerm(t);
    if (p !== null) out.push(p);
  }
  return out;
}
