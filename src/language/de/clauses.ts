/**
 * Term-level matching inside one sentence: analysed terms with their offsets,
 * clauses, and "does this clause contain that word or phrase" — the building
 * blocks of event and measure matching. Uses the same analyser as the index,
 * so `bestätigte` matches the trigger `bestätigt` and `Außenministerium`
 * matches `Aussenministerium`.
 *
 * @module
 */
import { processTerm, tokenizeWithOffsets, analyze, type Token } from './analyzer.ts';
import { foldForMatching } from './fold.ts';
import { isPreteriteForm, isSeparableParticle, isStrongPreterite } from './morphology.ts';

/** An analysed term of a sentence with its position. */
export interface PositionedTerm {
  term: string;
  index: number;
  end: number;
}

/** A clause: a stretch of a sentence between clause punctuation. */
export interface Clause {
  start: number;
  end: number;
  terms: PositionedTerm[];
}

/**
 * The analysed terms of a sentence; hyphenated words also give their parts.
 * `tokens`: the sentence's tokens when known (`tokenizeWithOffsets(text)`).
 */
export function positionedTerms(text: string, tokens: readonly Token[] = tokenizeWithOffsets(text)): PositionedTerm[] {
  const out: PositionedTerm[] = [];
  eachTerm(tokens, (term, index, end) => out.push({ term, index, end }));
  return out;
}

/**
 * The distinct terms of {@link positionedTerms} (the same terms, without
 * positions): for the cheap first checks of matching, which most sentences
 * fail before their positions are ever needed.
 */
export function termSet(text: string, tokens: readonly Token[] = tokenizeWithOffsets(text)): Set<string> {
  const out = new Set<string>();
  eachTerm(tokens, (term) => out.add(term));
  return out;
}

/** Each analysed term of the tokens with its offsets, in order; a hyphenated word gives its parts too. */
function eachTerm(tokens: readonly Token[], take: (term: string, index: number, end: number) => void): void {
  for (const t of tokens) {
    const whole = processTerm(t.text);
    if (whole !== null) take(whole, t.index, t.end);
    if (t.text.includes('-')) {
      let offset = t.index;
      for (const part of t.text.split('-')) {
        const p = part ? processTerm(part) : null;
        if (p !== null) take(p, offset, offset + part.length);
        offset += part.length + 1;
      }
    }
  }
}

/** Clause boundaries: punctuation that separates clauses and quoted speech. */
const CLAUSE_BREAK = /[,;:()„“”"«»‹›]|\s[–—-]\s/g;

/** Splits a sentence into clauses (by commas, semicolons, colons, brackets, quotes and dashes). */
export function clauses(text: string, terms: PositionedTerm[] = positionedTerms(text)): Clause[] {
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, terms: terms.filter((t) => t.index >= start && t.end <= end) });
  }
  return out;
}

/** A word or phrase prepared for matching: its analysed terms. */
export type Pattern = readonly string[];

/** Analyses a word or phrase into a pattern (empty when it is only function words). */
export function pattern(phrase: string): Pattern {
  return analyze(phrase);
}

/**
 * Where a pattern occurs among terms: a one-term pattern at any occurrence; a
 * phrase when all its terms occur in the given terms (any order, as German
 * splits verbs: "trafen ... ein"). Returns the offset of the first matching
 * term, or -1.
 */
export function findPattern(terms: readonly PositionedTerm[], p: Pattern): number {
  if (p.length === 0) return -1;
  let first = -1;
  for (const needle of p) {
    const hit = terms.find((t) => t.term === needle);
    if (!hit) return -1;
    if (first === -1 || hit.index < first) first = hit.index;
  }
  return first;
}

/** True when any of the patterns occurs among the terms. */
export function hasAny(terms: readonly PositionedTerm[], patterns: readonly Pattern[]): boolean {
  return patterns.some((p) => findPattern(terms, p) >= 0);
}

// ---------------------------------------------------------------------------
// Reading a clause: what it says happened (mood), when (tense), and the
// separable particle that completes its verb.

/** What a clause does with its event: states it, plans it, asks about it, negates it or supposes it. */
export type Mood = 'fact' | 'planned' | 'question' | 'negated' | 'conditional';
/**
 * The time of a clause's verb as far as its forms tell: `past` (preterite,
 * pluperfect), `perfect` (`hat … bestätigt`, also `ist … gesichert`, which may
 * be a state), `present`, `future` (a modal or `werden` with an infinitive,
 * `voraussichtlich`, a scheduled `findet … statt`), or `unknown`.
 */
export type Tense = 'past' | 'perfect' | 'present' | 'future' | 'unknown';

/** A clause's mood, tense and closing particle. */
export interface ClauseReading {
  start: number;
  end: number;
  mood: Mood;
  tense: Tense;
  /** The separable particle that closes the clause (`sagte … ab`), folded, or null. */
  particle: string | null;
  /** Only part of it happened: `zu 80 Prozent eingedämmt`, `teilweise`, `weitgehend`, `zu großen Teilen`. */
  partial: boolean;
  /** An intention reported in the past (`wollte … ausrufen`, `sollte … abheben`): whether it happened is not said. */
  intended: boolean;
}

/** Modifiers that make an event partial. */
const PARTIAL = /(?<![\p{L}])(?:zu\s+\d+(?:[.,]\d+)?\s*(?:Prozent|%)|teilweise|weitgehend|größtenteils|grösstenteils|zu\s+großen\s+Teilen|zu\s+grossen\s+Teilen|zum\s+Teil|fast|nahezu|beinahe|annähernd)(?![\p{L}])/iu;
const PAST_MODALS = new Set(['wollte', 'wollten', 'sollte', 'sollten', 'plante', 'planten', 'beabsichtigte']);

/**
 * Where a narrow clause ends: clause punctuation, and the conjunctions that
 * start a new clause (`und`, `oder`, `aber`, `sondern`, `weil`, `nachdem`,
 * `bevor`, `obwohl`, `dass`, `wenn`, `falls`, `ob`, `sobald`, `seitdem`).
 */
const NARROW_BREAK =
  /[,;:()[\]„“”"«»‹›]|\s[–—-]\s|(?<![\p{L}])(?:und|oder|aber|sondern|weil|nachdem|bevor|obwohl|dass|daß|wenn|falls|ob|sobald|seitdem)(?![\p{L}])/gu;

/** The narrow clause (see {@link NARROW_BREAK}) around an offset of a sentence. */
export function narrowClause(text: string, index: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(NARROW_BREAK)) {
    const at = m.index;
    if (at + m[0].length <= index) {
      // a conjunction belongs to the clause it opens; punctuation to neither
      start = /\p{L}/u.test(m[0]) ? at : at + m[0].length;
    } else if (at > index) {
      end = at;
      break;
    }
  }
  return { start, end };
}

const MODALS = new Set(['soll', 'sollen', 'sollte', 'sollten', 'solle', 'will', 'wollen', 'wollte', 'wollten', 'wolle', 'muss', 'mussen', 'musste', 'mussten', 'musse', 'kann', 'konnen', 'konne', 'darf', 'durfen', 'plant', 'planen', 'plante', 'planten', 'beabsichtigt', 'beabsichtigen']);
const FUTURE_AUX = new Set(['wird', 'werden', 'werde']);
const PERFECT_AUX = new Set(['hat', 'haben', 'habe', 'ist', 'sind', 'sei', 'seien']);
const PAST_AUX = new Set(['hatte', 'hatten', 'war', 'waren', 'wurde', 'wurden']);
const PRESENT_WORDS = new Set(['ist', 'sind', 'wird', 'werden', 'bleibt', 'bleiben', 'gilt', 'gelten', 'liegt', 'liegen', 'steht', 'stehen', 'herrscht']);
const PLAN_WORDS = new Set(['voraussichtlich', 'geplant', 'geplante', 'geplanten', 'angesetzt', 'anberaumt', 'vorgesehen', 'terminiert', 'bevorstehend', 'bevorstehenden', 'kunftig', 'demnachst', 'anstehend', 'anstehenden']);
/** Present-tense verbs that announce a scheduled event (`findet … statt`, `beginnt`, `tagt`). */
const SCHEDULE_VERBS = new Set(['findet', 'finden', 'beginnt', 'beginnen', 'tagt', 'tagen', 'startet', 'starten', 'endet', 'enden', 'tritt', 'treten']);
const QUESTION_OPENERS = /^\s*(?:ob|wann|warum|weshalb|wieso|welche[nmrs]?|wie\s+(?:lange|viele|viel|hoch|schnell|genau|weit))(?![\p{L}])/iu;
const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nie', 'niemals', 'weder', 'nirgends']);

/** True for a negation word (`nicht`, `kein`, `nie`; lowercase, folded): a clause holding one never states that something happened. */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}
const DETERMINER = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'diese', 'dieser', 'diesen', 'diesem', 'jede', 'jeder', 'jeden', 'ihre', 'ihren', 'seine', 'seinen', 'am', 'im', 'zum', 'zur', 'vom', 'beim']);
/** A past participle: `gegründet`, `ausgebrochen`, `ratifiziert`, `verhängt`, `bestätigt`. */
const PARTICIPLE = /^(?:\p{L}{0,8}ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert|(?:be|ver|er|ent|zer|unter|über)\p{L}{2,}t)$/u;
const INFINITIVE = /^\p{Ll}\p{L}{2,}(?:en|ern|eln)$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads the narrow clause around `index`: its mood — `question` (`Ob und
 * wann …`, `Wie lange … ist offen`), `negated` (`nicht`, `kein`, but not
 * `nicht nur`), `conditional` (`wenn`, `falls`, `würde`), `planned` (a modal
 * or `werden` with a bare infinitive, `voraussichtlich`, `angesetzt`, a
 * scheduled `findet … statt`; a reportative `soll … gelegt haben` is a
 * fact), else `fact` — its tense, and the separable particle closing it.
 */
export function readClause(text: string, index: number, words?: { start: number; end: number }): ClauseReading {
  const span = words ?? narrowClause(text, index);
  const raw = text.slice(span.start, span.end);
  const tokens = [...raw.matchAll(WORD)].map((m) => ({ text: m[0], lower: foldForMatching(m[0]), cap: /^\p{Lu}/u.test(m[0]) }));
  const lowers = tokens.map((t) => t.lower);
  const lastWord = tokens.at(-1);
  const particle = lastWord && !lastWord.cap && isSeparableParticle(lastWord.text) && tokens.length > 2 ? lastWord.lower : null;
  let mood: Mood = 'fact';
  const opener = text.slice(span.start, Math.min(span.end, span.start + 30));
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  if (QUESTION_OPENERS.test(opener) || /(?:^|\s)(?:ob|wann)\s*$/iu.test(before)) mood = 'question';
  const negIndex = lowers.findIndex((w, i) => NEGATIONS.has(w) && !(w === 'nicht' && lowers[i + 1] === 'nur'));
  if (mood === 'fact' && negIndex >= 0) mood = 'negated';
  if (mood === 'fact' && (lowers[0] === 'wenn' || lowers[0] === 'falls' || /(?:würde|könnte)n?\b/u.test(raw))) mood = 'conditional';
  const isParticiple = (t: { text: string; cap: boolean }) => !t.cap && PARTICIPLE.test(t.text) && !INFINITIVE_ONLY.has(foldForMatching(t.text));
  const hasParticiple = tokens.some(isParticiple);
  const lastLower = lastWord?.lower ?? '';
  const secondLast = tokens.at(-2);
  // `gelegt haben`, `geliefert worden sein`, `ausgebrochen sein`: a perfect infinitive is past
  const perfectInfinitive = /^(?:haben|sein|worden)$/.test(lastLower) && secondLast !== undefined && (isParticiple(secondLast) || secondLast.lower === 'worden');
  const bareInfinitive = lastWord !== undefined && !lastWord.cap && INFINITIVE.test(lastWord.text) && !isParticiple(lastWord) && !perfectInfinitive;
  const modal = lowers.some((w) => MODALS.has(w));
  const preterite = tokens.some((t, i) => !t.cap && isPreteriteForm(t.text) && (i < tokens.length - 1 || isStrongPreterite(t.text)) && !DETERMINER.has(lowers[i - 1] ?? '') && !(tokens[i + 1]?.cap && /e[nmrs]?$/.test(t.lower) && !isStrongPreterite(t.text)));
  let tense: Tense = 'unknown';
  if (perfectInfinitive) tense = 'past';
  else if ((modal || lowers.some((w) => FUTURE_AUX.has(w))) && bareInfinitive) tense = 'future';
  // `muss noch ratifiziert werden`: a passive infinitive after a modal is still to happen
  else if (modal && lastLower === 'werden' && secondLast !== undefined && isParticiple(secondLast)) tense = 'future';
  else if (lowers.some((w) => PAST_AUX.has(w)) || preterite) tense = 'past';
  else if (lowers.some((w) => PERFECT_AUX.has(w)) && hasParticiple) tense = 'perfect';
  else if (lowers.some((w) => SCHEDULE_VERBS.has(w))) tense = 'future';
  else if (lowers.some((w) => PRESENT_WORDS.has(w) || FUTURE_AUX.has(w))) tense = 'present';
  if (lowers.some((w) => PLAN_WORDS.has(w)) && tense !== 'past') tense = 'future';
  if (tense === 'future' && mood === 'fact') mood = 'planned';
  const intended = mood === 'planned' && lowers.some((w) => PAST_MODALS.has(w));
  return { start: span.start, end: span.end, mood, tense, particle, partial: PARTIAL.test(raw), intended };
}

/** Infinitives that look like participles (`gehen`, `geben`, `gelten`, `geschehen`). */
const INFINITIVE_ONLY = new Set(['gehen', 'geben', 'gelten', 'geschehen', 'gelingen', 'genesen', 'geniessen', 'gewinnen', 'gedenken', 'gehoren', 'gestehen', 'gelangen', 'geraten']);

// ---------------------------------------------------------------------------
// Word patterns: curators' required and excluded wordings of an event, as data.

/** A compiled word pattern (see {@link wordPattern}). */
export interface WordPattern {
  source: string;
  /** Per position: alternatives (folded) and whether each is a prefix; `null` is a gap of any words. */
  parts: ({ words: { w: string; prefix: boolean }[] } | null)[];
}

/**
 * Compiles a word pattern: words separated by spaces, matched in order and
 * next to each other; `…` (or `...`) between two words allows any words in
 * between; `word*` matches words starting with `word`; `a|b` either word.
 * Case, umlauts and `ß` are folded (`erste* … gefallen`, `muss|müssen noch`).
 *
 * @throws Error when the pattern has no word
 */
export function wordPattern(source: string): WordPattern {
  const parts: WordPattern['parts'] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '…' || raw === '...') {
      if (parts.length > 0 && parts.at(-1) !== null) parts.push(null);
      continue;
    }
    const words = raw.split('|').filter(Boolean).map((w) => ({ w: foldForMatching(w.replace(/\*$/, '')), prefix: w.endsWith('*') }));
    if (words.length === 0) continue;
    parts.push({ words });
  }
  while (parts.at(-1) === null) parts.pop();
  if (!parts.some((p) => p !== null)) throw new Error(`word pattern "${source}" has no word`);
  return { source, parts };
}

/** True when the pattern occurs in the text (within `from`..`to`). */
export function matchesWordPattern(text: string, p: WordPattern, from = 0, to = text.length): boolean {
  const ws = [...text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)?/gu)].map((m) => foldForMatching(m[0]));
  const fits = (w: string, part: { words: { w: string; prefix: boolean }[] }) => part.words.some((x) => (x.prefix ? w.startsWith(x.w) : w === x.w));
  const at = (i: number, k: number): boolean => {
    if (k === p.parts.length) return true;
    const part = p.parts[k];
    if (part === null) {
      for (let j = i; j <= ws.length; j++) if (at(j, k + 1)) return true;
      return false;
    }
    return i < ws.length && fits(ws[i]!, part!) && at(i + 1, k + 1);
  };
  for (let i = 0; i < ws.length; i++) if (at(i, 0)) return true;
  return false;
}
