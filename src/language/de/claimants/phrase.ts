/**
 * Noun-phrase machinery: classify tokens, parse a German noun phrase forward
 * or backward from an attribution trigger, and find directory aliases inside
 * a span.
 *
 * @module
 */
import type { Token } from './text.ts';
import type { AliasPattern, ClaimantDirectory } from './directory.ts';
import {
  ADVERBS,
  CAPITALISED_FUNCTION,
  CONJUNCTIONS,
  DETERMINERS,
  DOC_NOUNS,
  GROUP_NOUN_RE,
  INSTITUTION_SUFFIXES,
  NOUN_SUFFIXES,
  PREPOSITIONS,
  ROLE_SUFFIXES,
  TIME_NOUNS,
  WEEKDAYS,
} from './lexicon.ts';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isPunct = (t: Token | undefined, ch?: string): boolean =>
  t !== undefined && t.kind === 'punct' && (ch === undefined || t.text === ch);
export const isQuote = (t: Token | undefined): boolean => t !== undefined && t.kind === 'quote';
export const isDet = (t: Token | undefined): boolean => isWord(t) && DETERMINERS.has(t.fold);
export const isPrep = (t: Token | undefined): boolean => isWord(t) && PREPOSITIONS.has(t.fold);

/** The stem key of a token (its parts joined). */
export const stemOf = (t: Token): string => t.parts.join(' ');
/** The stem of the last hyphen part (`US-Beamte` -> `beamt`). */
export const lastStem = (t: Token): string => t.parts[t.parts.length - 1] ?? t.fold;

const ADJ_BASE_RE = /(isch|lich|ig|al|ell|iv|ar|ant|ent|iert)$/;

/** A capitalised word that is really an adjective (`Nationale`, `Ukrainischen` at a sentence start). */
export function isCapAdjective(t: Token, dir: ClaimantDirectory): boolean {
  if (!isWord(t) || !t.cap || t.parts.length !== 1) return false;
  if (!/(e|en|er|es|em)$/.test(t.fold)) return false;
  const s = stemOf(t);
  return dir.adjectives.has(s) || ADJ_BASE_RE.test(s);
}

/** A lowercase inflected adjective (`ukrainischen`, `geführte`, `nationale`). */
/** Ordinals that are adjectives before a noun (`nach ersten Schätzungen`), though `zum ersten Mal` lists `ersten` as an adverb. */
const ORDINAL_ADJECTIVES = new Set(['erste', 'ersten', 'erster', 'letzte', 'letzten', 'jungsten', 'jungste']);

export function isAdjective(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  if (ORDINAL_ADJECTIVES.has(t.fold)) return true;
  if (ADVERBS.has(t.fold) || DETERMINERS.has(t.fold) || PREPOSITIONS.has(t.fold) || CONJUNCTIONS.has(t.fold)) return false;
  return /(e|en|er|es|em)$/.test(t.fold) && t.fold.length >= 3;
}

/** A capitalised content word (noun or name), not a function word. */
export function isNoun(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  if (t.upper) return true;
  return !CAPITALISED_FUNCTION.has(t.fold);
}

const endsWithAny = (s: string, list: readonly string[]): boolean => list.some((x) => s.endsWith(x));

export function isRoleNoun(t: Token, dir: ClaimantDirectory): boolean {
  if (!isNoun(t) || t.upper) return false;
  const s = lastStem(t);
  return dir.roleNouns.has(s) || dir.roleNouns.has(stemOf(t)) || endsWithAny(t.fold, ROLE_SUFFIXES) || endsWithAny(s, ROLE_SUFFIXES);
}

export function isInstitutionNoun(t: Token): boolean {
  if (!isNoun(t) || t.upper) return false;
  return endsWithAny(lastStem(t), INSTITUTION_SUFFIXES) || endsWithAny(t.fold, INSTITUTION_SUFFIXES);
}

export function isSourceNoun(t: Token, dir: ClaimantDirectory): boolean {
  if (!isNoun(t) || t.upper) return false;
  return dir.sourceNouns.has(stemOf(t)) || dir.sourceNouns.has(lastStem(t));
}

export function isDocNoun(t: Token): boolean {
  if (!isNoun(t) || t.upper) return false;
  return DOC_NOUNS.has(stemOf(t)) || DOC_NOUNS.has(lastStem(t));
}

/** A noun that is certainly common (role, institution, source, document, time, suffix, group). */
export function isCommonNoun(t: Token, dir: ClaimantDirectory): boolean {
  if (!isNoun(t) || t.upper) return false;
  return (
    isRoleNoun(t, dir) ||
    isInstitutionNoun(t) ||
    isSourceNoun(t, dir) ||
    isDocNoun(t) ||
    TIME_NOUNS.has(t.fold) ||
    endsWithAny(t.fold, NOUN_SUFFIXES) ||
    GROUP_NOUN_RE.test(t.fold) ||
    dir.heads.has(stemOf(t))
  );
}

/** Index of the first token at or after `i` that is not an adverb or a time adjunct (`am Montag`, `letzte Woche`). */
export function skipAdjuncts(toks: Token[], i: number, end: number): number {
  let j = i;
  for (let guard = 0; guard < 12 && j < end; guard++) {
    const t = toks[j];
    if (!t) break;
    if (isWord(t) && !t.cap && ADVERBS.has(t.fold) && t.fold !== 'wie' && t.fold !== 'dass' && t.fold !== 'es') {
      j++;
      continue;
    }
    // `am Montag`, `im Juni`, `in der vergangenen Woche`, `vor einer Woche`, `am 4. Dezember`
    if (isWord(t) && ['am', 'im', 'an', 'in', 'vor', 'seit', 'zum', 'bis', 'gegen'].includes(t.fold)) {
      let k = j + 1;
      while (k < end && (isDet(toks[k]) || isAdjective(toks[k]) || toks[k]?.kind === 'num' || isPunct(toks[k], '.'))) k++;
      const n = toks[k];
      if (n && isWord(n) && TIME_NOUNS.has(n.fold)) {
        j = k + 1;
        if (toks[j]?.kind === 'num') j++;
        continue;
      }
      break;
    }
    // `letzte Woche`, `vergangenen Samstag`
    if (isAdjective(t) && isWord(toks[j + 1]) && TIME_NOUNS.has(toks[j + 1]?.fold ?? '')) {
      j += 2;
      continue;
    }
    if (isWord(t) && WEEKDAYS.has(t.fold)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const PARTICIPLE_ADJ = /(te|ten|tes|ter|tem|ene|enen|ener|ende|enden|ierte|ierten)$/;

/**
 * Skip an extended participial attribute after an article:
 * `das [vom ukrainischen Militär geführte] Nationale Widerstandszentrum`.
 * Returns the index after the participle, or -1.
 */
function skipParticipial(toks: Token[], i: number, end: number, dir: ClaimantDirectory): number {
  if (!isPrep(toks[i])) return -1;
  for (let k = i + 1; k < Math.min(end, i + 8); k++) {
    const t = toks[k];
    if (!t || isPunct(t)) return -1;
    if (isWord(t) && !t.cap && PARTICIPLE_ADJ.test(t.fold) && !ADVERBS.has(t.fold)) {
      const n = toks[k + 1];
      if (n && (isNoun(n) || isAdjective(n) || isCapAdjective(n, dir))) return k + 1;
    }
  }
  return -1;
}

/**
 * Parse a noun phrase forward from `i` (exclusive `end`). Accepts articles,
 * adjectives, nouns and names, genitive complements (`des russischen
 * Generalstabs`), `von`/`aus` complements after common nouns, a comma
 * apposition (`, Waleri Gerassimow,`), participial attributes and
 * coordination with `und`/`sowie`. Returns the end index (exclusive); equal
 * to `i` when nothing parses.
 */
export function parseNP(toks: Token[], i: number, end: number, dir: ClaimantDirectory): number {
  let j = i;
  let state: 'start' | 'pre' | 'head' = 'start';
  let lastHead: Token | null = null;
  let lastGood = i;
  while (j < end) {
    const t = toks[j];
    if (!t) break;
    if (isQuote(t)) {
      // opening quote before a name, or closing quote after it
      const n = toks[j + 1];
      if (state !== 'head' && n && (isNoun(n) || isCapAdjective(n, dir))) {
        j++;
        continue;
      }
      if (state === 'head') {
        j++;
        lastGood = j;
        continue;
      }
      break;
    }
    if (state === 'start' || state === 'pre') {
      if (isDet(t) && state === 'start') {
        state = 'pre';
        j++;
        const p = skipParticipial(toks, j, end, dir);
        if (p > 0) j = p;
        continue;
      }
      if (isAdjective(t) || isCapAdjective(t, dir)) {
        // an adjective must lead to a noun: adjective, conjunction or noun follows
        const n = toks[j + 1];
        if (n && (isNoun(n) || isAdjective(n) || isQuote(n) || isPunct(n, ',') || (isWord(n) && (n.fold === 'und' || n.fold === 'sowie')))) {
          state = 'pre';
          j++;
          continue;
        }
        if (isCapAdjective(t, dir) && isNoun(t)) {
          state = 'head';
          lastHead = t;
          j++;
          lastGood = j;
          continue;
        }
        break;
      }
      if (state === 'pre' && (isPunct(t, ',') || (isWord(t) && (t.fold === 'und' || t.fold === 'sowie' || t.fold === 'oder')))) {
        const n = toks[j + 1];
        if (n && (isAdjective(n) || isCapAdjective(n, dir))) {
          j++;
          continue;
        }
        break;
      }
      if (isNoun(t)) {
        state = 'head';
        lastHead = t;
        j++;
        lastGood = j;
        continue;
      }
      break;
    }
    // state === 'head'
    // an alias that runs on across this token (`Institut für Kriegsstudien`, `Vereinten Nationen`, `Washington Post`)
    const ext = aliasExtension(toks, i, j, end, dir);
    if (ext > j) {
      j = ext;
      lastGood = j;
      lastHead = toks[j - 1] ?? lastHead;
      continue;
    }
    if (isNoun(t) || (isWord(t) && /^\p{Lu}\.$/u.test(t.text))) {
      // a further capitalised word continues a name (`Olaf Scholz`, `Nachrichtenagentur Reuters`)
      // but a common noun after a complete head starts something else (`dem Kreml Berichten`),
      // unless the head is a prenominal genitive (`Merkels Angaben`, `Berns Darstellung`)
      const genitive = lastHead !== null && !lastHead.upper && /s$/.test(lastHead.text) && !isCommonNoun(lastHead, dir);
      if (isCommonNoun(t, dir) && lastHead && !isCapAdjective(lastHead, dir) && !genitive) break;
      lastHead = t;
      j++;
      lastGood = j;
      continue;
    }
    if (isWord(t) && t.fold === 'des') {
      const k = parseNP(toks, j + 1, end, dir);
      if (k > j + 1) {
        j = k;
        lastGood = k;
        continue;
      }
      break;
    }
    const common = lastHead !== null && isCommonNoun(lastHead, dir);
    if (isWord(t) && ['der', 'eines', 'einer', 'von', 'vom'].includes(t.fold) && common) {
      // genitive or `von` complement of a common noun: `Sprecher der Armee`, `Sprecher von Präsident X`;
      // but `sagte ein Beamter der Nachrichtenagentur AP` is a dative addressee, not a genitive
      const from = t.fold === 'von' || t.fold === 'vom' ? j + 1 : j;
      const k = parseNP(toks, from, end, dir);
      if (k > from && k > j + 1 && !(t.fold === 'der' && lastHead !== null && isRoleNoun(lastHead, dir) && addressesMedia(toks, from, k))) {
        j = k;
        lastGood = k;
        continue;
      }
      break;
    }
    // genitive plural without article after a common noun: `Erkenntnissen westlicher Geheimdienste`
    if (common && isAdjective(t) && t.fold.endsWith('er')) {
      const k = parseNP(toks, j, end, dir);
      if (k > j + 1) {
        j = k;
        lastGood = k;
        continue;
      }
      break;
    }
    if (isWord(t) && t.fold === 'aus' && lastHead && (isDocNoun(lastHead) || isSourceNoun(lastHead, dir))) {
      const k = parseNP(toks, j + 1, end, dir);
      if (k > j + 1) {
        j = k;
        lastGood = k;
        continue;
      }
      break;
    }
    if (isPunct(t, ',')) {
      // apposition: `, Waleri Gerassimow,` or `, der Chef des Generalstabs,`
      const k = parseNP(toks, j + 1, end, dir);
      if (k > j + 1 && (isPunct(toks[k], ',') || k >= end || isPunct(toks[k], '.'))) {
        j = k;
        lastGood = k;
        break;
      }
      break;
    }
    if (isWord(t) && (t.fold === 'und' || t.fold === 'sowie')) {
      const k = parseNP(toks, j + 1, end, dir);
      if (k > j + 1) {
        j = k;
        lastGood = k;
        continue;
      }
      break;
    }
    break;
  }
  return lastGood;
}

const MEDIA_HEADS = ['zeitung', 'nachrichtenagentur', 'agentur', 'sender', 'fernsehen', 'magazin', 'blatt', 'portal', 'rundfunk', 'radio', 'onlineportal'];

/** The phrase [from, to) is headed by a media noun (`der Nachrichtenagentur AP`, `der Zeitung «Kommersant»`). */
function addressesMedia(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t && isNoun(t) && !t.upper) return MEDIA_HEADS.some((m) => lastStem(t).endsWith(m));
  }
  return false;
}

/** End of a directory alias that starts inside [from, j) and runs on past `j`, or -1. */
function aliasExtension(toks: Token[], from: number, j: number, end: number, dir: ClaimantDirectory): number {
  const ms = findAliases(toks, Math.max(from, j - 4), Math.min(end, j + 6), dir);
  let best = -1;
  for (const m of ms) if (m.ts < j && m.te > j && m.te > best) best = m.te;
  return best;
}

/**
 * Parse the noun phrase that ends just before `k` (exclusive), e.g. the
 * phrase before `zufolge`. Returns its start, or `k` when none.
 */
export function parseNPBackward(toks: Token[], k: number, minStart: number, dir: ClaimantDirectory): number {
  let best = k;
  for (let p = k - 1; p >= Math.max(minStart, k - 14); p--) {
    const t = toks[p];
    if (!t) break;
    if (isPunct(t, '.') || isPunct(t, ':') || isPunct(t, ';')) break;
    if (parseNP(toks, p, k, dir) === k) best = p;
  }
  return best;
}

/** An alias found in a span. `te` is exclusive. */
export interface AliasMatch {
  pattern: AliasPattern;
  ts: number;
  te: number;
}

/** Find directory aliases in tokens [s, e), longest first, left to right, without overlaps. */
export function findAliases(toks: Token[], s: number, e: number, dir: ClaimantDirectory): AliasMatch[] {
  interface Part { keys: string[]; tok: number; first: boolean; last: boolean }
  const parts: Array<Part | null> = [];
  for (let i = s; i < e; i++) {
    const t = toks[i];
    if (!t) continue;
    if (t.kind === 'quote') continue;
    if (t.kind === 'punct' && t.text !== '/') {
      parts.push(null);
      continue;
    }
    if (t.kind === 'punct') {
      parts.push({ keys: ['/'], tok: i, first: true, last: true });
      continue;
    }
    t.keys.forEach((keys, pi) => parts.push({ keys, tok: i, first: pi === 0, last: pi === t.keys.length - 1 }));
  }
  const out: AliasMatch[] = [];
  let p = 0;
  while (p < parts.length) {
    const part = parts[p];
    if (!part || !part.first) {
      p++;
      continue;
    }
    const cands = [...new Set(part.keys.flatMap((k) => dir.aliasIndex.get(k) ?? []))].sort((a, b) => b.stems.length - a.stems.length);
    let matched: { pattern: AliasPattern; len: number } | null = null;
    for (const pat of cands) {
      const n = pat.stems.length;
      let ok = true;
      for (let q = 0; q < n; q++) {
        const pp = parts[p + q];
        if (!pp || !(pat.keys[q] ?? []).some((k) => pp.keys.includes(k))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const lastPart = parts[p + n - 1];
      if (!lastPart || !lastPart.last) continue;
      matched = { pattern: pat, len: n };
      break;
    }
    if (matched) {
      const firstTok = part.tok;
      const lastTok = parts[p + matched.len - 1]?.tok ?? firstTok;
      out.push({ pattern: matched.pattern, ts: firstTok, te: lastTok + 1 });
      p += matched.len;
    } else p++;
  }
  return out;
}

/** Join English labels: `a`, `a and b`, `a, b and c`. */
/** A list as German writes it: `A, B und C`. */
export function joinListDe(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
