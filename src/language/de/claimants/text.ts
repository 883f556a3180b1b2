/**
 * Text primitives for claimant detection: a tokenizer that keeps offsets and
 * folds with `foldForMatching`, and a light German inflection stemmer (used
 * on both sides of every alias comparison, so only consistency matters).
 * Sentences come from the production splitter (`../sentences.ts`) through
 * the caller.
 *
 * @module
 */
import { foldForMatching as fold } from '../fold.ts';

/** What a token is. `quote` covers typographic and ASCII quotation marks. */
export type TokenKind = 'word' | 'num' | 'punct' | 'quote';

/** A token of a sentence with its UTF-16 offsets into that sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Folded with `foldForMatching`: lowercase, `ß` -> `ss`, diacritics removed (`Außenamt` -> `aussenamt`). */
  fold: string;
  /** Stems of the hyphen-separated parts (`US-Beamte` -> `us`, `beamt`). */
  parts: string[];
  /** Per part, every comparison key (folded form and stems): `Haus` -> haus, hau; `Hauses` -> hauses, haus. */
  keys: string[][];
  /** First letter is uppercase. */
  cap: boolean;
  /** An acronym written in capitals (`NIS`, `KCNA`). */
  upper: boolean;
}

const QUOTE_CHARS = new Set(['„', '“', '”', '"', '«', '»', '‹', '›', '‚', '‘', '’', "'"]);

const TOKEN_RE =
  /\p{Lu}\.(?=\s|$)|\d+(?:[.'’]\d{3})+|[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*-?|\S/gu;

const ADJ_BASE = /(isch|lich|ig|al|ell|iv|ar|iert)$/;

/**
 * Reduce an inflected German word to a comparison key: `Geheimdienstes`,
 * `Geheimdienst` -> `geheimdienst`; `ukrainischen`, `ukrainischer` ->
 * `ukrainisch`. Acronyms are only folded. `-er`/`-em` are stripped only after
 * an adjective base so that `Ukrainer` does not become `Ukraine`.
 */
export function stemWord(word: string): string {
  let w = stemWordCache.get(word);
  if (w === undefined) {
    w = stemWordUncached(word);
    if (stemWordCache.size >= 200_000) stemWordCache.clear();
    stemWordCache.set(word, w);
  }
  return w;
}

const stemWordCache = new Map<string, string>();

function stemWordUncached(word: string): string {
  const f = fold(word);
  if (word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase()) return f;
  const once = stripEnding(f);
  // a genitive -s on a base that itself ends in an ending: `Blinkens` -> `blinken` -> `blink`
  return once.suffix === 's' ? stripEnding(once.rest).rest : once.rest;
}

function stripEnding(f: string): { rest: string; suffix: string } {
  for (const suf of ['es', 'en', 'em', 'er', 'e', 's']) {
    if (!f.endsWith(suf)) continue;
    const rest = f.slice(0, -suf.length);
    if (rest.length < 3) continue;
    if ((suf === 'er' || suf === 'em') && !ADJ_BASE.test(rest)) continue;
    return { rest, suffix: suf };
  }
  return { rest: f, suffix: '' };
}

/**
 * All comparison keys of a word: the folded form, one ending stripped, and
 * for a genitive -s a second one. Two words match when their keys meet, so
 * `Haus`/`Hauses` and `Pentagon`/`Pentagons` match although their single
 * stems differ.
 */
export function stemKeys(word: string): string[] {
  let k = stemKeysCache.get(word);
  if (k === undefined) {
    k = stemKeysUncached(word);
    if (stemKeysCache.size >= 200_000) stemKeysCache.clear();
    stemKeysCache.set(word, k);
  }
  return k;
}

const stemKeysCache = new Map<string, string[]>();

function stemKeysUncached(word: string): string[] {
  const f = fold(word);
  if (word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase()) return [f];
  const once = stripEnding(f);
  const keys = [f, once.rest];
  if (once.suffix === 's') keys.push(stripEnding(once.rest).rest);
  return [...new Set(keys)];
}

function splitParts(text: string): string[] {
  return text
    .replace(/-$/, '')
    .split(/[-‐]/)
    .filter((p) => p.length > 0);
}

/** Split a word into its hyphen parts and stem each (`Kim Jong-un` parts: `jong`, `un`). */
function wordParts(text: string): string[] {
  return text
    .replace(/-$/, '')
    .split(/[-‐]/)
    .filter((p) => p.length > 0)
    .map(stemWord);
}

/** Tokenize a sentence, keeping offsets so that phrases can be cut verbatim. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index ?? 0;
    const read = tokenShape(t);
    out.push({ text: t, start, end: start + t.length, kind: read.kind, fold: read.fold, parts: read.parts, keys: read.keys, cap: read.cap, upper: read.upper });
  }
  return out;
}

/** What a token is, whatever its place (shared by every occurrence of the same text: read-only). */
type TokenShape = Omit<Token, 'text' | 'start' | 'end'>;

/** The shape of each token text read so far (the same words recur in every paragraph; bounded). */
const shapeCache = new Map<string, TokenShape>();

function tokenShape(t: string): TokenShape {
  let read = shapeCache.get(t);
  if (read === undefined) {
    let kind: TokenKind;
    if (QUOTE_CHARS.has(t)) kind = 'quote';
    else if (/^\d/.test(t)) kind = 'num';
    else if (/^[\p{L}\p{N}]/u.test(t)) kind = 'word';
    else kind = 'punct';
    const first = t.charAt(0);
    const folded = fold(t);
    read = {
      kind,
      fold: folded,
      parts: kind === 'word' ? wordParts(t) : [folded],
      keys: kind === 'word' ? splitParts(t).map(stemKeys) : [[folded]],
      // `dpa-Bericht`, `ntv-Reporterin`: a compound whose last part is a noun is a noun
      cap: kind === 'word' && (first !== first.toLowerCase() || /-\p{Lu}[\p{Ll}]+$/u.test(t)),
      upper: kind === 'word' && t.length >= 2 && /^[\p{Lu}\d/-]+$/u.test(t),
    };
    if (shapeCache.size >= 200_000) shapeCache.clear();
    shapeCache.set(t, read);
  }
  return read;
}
