/**
 * `findFigures`: every figure (count) in a German sentence, with its bounds,
 * qualifier, counted noun, kind and origin (`origin.ts`).
 *
 * @module
 */
import { clauseIndexOf, foldedText, relativeClauseAfter, segmentsOf, splitClauses, type Span } from './clauses.ts';
import { kindOf, mentionsCasualties, type KindCue } from './kind.ts';
import { isPlaceWord, NO_SIDES, sideMentions, type SideLexicon } from '../sides.ts';
import { isNegative, QUAKE_NOUN, quakeBefore, unitAfter, unitBefore, type MeasurementUnit } from './measurements.ts';
import { modalityOf } from './modality.ts';
import { anyContext, CIVILIAN_NOUN, isCountSubject, isMilitary, readUnit, subjectOfNoun, type UnitPhrase } from './nouns.ts';
import { placesIn, speaksOfThePast, yearsIn } from './place.ts';
import { ALL_SIDES, ATTACK, CIVILIANS, OWN_SIDE, sideOf } from './side.ts';
import { MONTHS, YEAR_WORDS, readQuantity, type Quantity as NumberRead } from './quantities.ts';
import { isCapitalized, tokenize, type Token } from './tokens.ts';
import type { FigureMention, FigureSubject } from './types.ts';

/** Which bound a qualifier gives. `approx`: both bounds are the stated figure. */
type Bound = 'min' | 'max' | 'approx';

interface QualifierDef {
  /** Folded tokens (`.` is a token: `ca .`). */
  words: readonly string[];
  /** The qualifier as reported in `Figure.qualifier`. */
  label: string;
  bound: Bound;
  /** Also a time preposition (`über 2024 hinaus`, `bis 2025`): does not make a year-like number a figure. */
  temporal?: boolean;
  /** Only before numbers at least this large (`über zwei Soldaten` is "about two soldiers"). */
  minValue?: number;
}

/**
 * Qualifiers before a number, longest first. `mehr als 3000` gives min 3000
 * (the stated figure, although strictly "more than"); `knapp`, `fast`,
 * `nahezu` give only a max; `etwa`, `rund`, `ca.` give min = max = the figure.
 */
const QUALIFIERS: readonly QualifierDef[] = [
  { words: ['nicht', 'mehr', 'als'], label: 'nicht mehr als', bound: 'max' },
  { words: ['nicht', 'weniger', 'als'], label: 'nicht weniger als', bound: 'min' },
  { words: ['knapp', 'ueber'], label: 'knapp über', bound: 'min', temporal: true, minValue: 20 },
  { words: ['knapp', 'unter'], label: 'knapp unter', bound: 'max', temporal: true, minValue: 20 },
  { words: ['mehr', 'als'], label: 'mehr als', bound: 'min' },
  { words: ['mehr', 'denn'], label: 'mehr denn', bound: 'min' },
  { words: ['weniger', 'als'], label: 'weniger als', bound: 'max' },
  { words: ['bis', 'zu'], label: 'bis zu', bound: 'max' },
  { words: ['um', 'die'], label: 'um die', bound: 'approx', minValue: 20 },
  { words: ['mind', '.'], label: 'mind.', bound: 'min' },
  { words: ['max', '.'], label: 'max.', bound: 'max' },
  { words: ['ca', '.'], label: 'ca.', bound: 'approx' },
  { words: ['rd', '.'], label: 'rd.', bound: 'approx' },
  { words: ['ueber'], label: 'über', bound: 'min', temporal: true, minValue: 20 },
  { words: ['mindestens'], label: 'mindestens', bound: 'min' },
  { words: ['wenigstens'], label: 'wenigstens', bound: 'min' },
  { words: ['zumindest'], label: 'zumindest', bound: 'min' },
  { words: ['gut'], label: 'gut', bound: 'min', minValue: 20 },
  { words: ['maximal'], label: 'maximal', bound: 'max' },
  { words: ['hoechstens'], label: 'höchstens', bound: 'max' },
  { words: ['unter'], label: 'unter', bound: 'max', temporal: true, minValue: 20 },
  { words: ['knapp'], label: 'knapp', bound: 'max' },
  { words: ['fast'], label: 'fast', bound: 'max' },
  { words: ['beinahe'], label: 'beinahe', bound: 'max' },
  { words: ['nahezu'], label: 'nahezu', bound: 'max' },
  { words: ['etwa'], label: 'etwa', bound: 'approx' },
  { words: ['rund'], label: 'rund', bound: 'approx' },
  { words: ['circa'], label: 'circa', bound: 'approx' },
  { words: ['zirka'], label: 'zirka', bound: 'approx' },
  { words: ['ungefaehr'], label: 'ungefähr', bound: 'approx' },
  { words: ['annaehernd'], label: 'annähernd', bound: 'approx' },
  { words: ['schaetzungsweise'], label: 'schätzungsweise', bound: 'approx' },
  { words: ['geschaetzte'], label: 'geschätzte', bound: 'approx' },
  { words: ['geschaetzt'], label: 'geschätzt', bound: 'approx' },
  { words: ['bis'], label: 'bis', bound: 'max', temporal: true },
];

/** Adverbs that may stand before a qualifier and belong to the figure's text (`weit mehr als`). */
const INTENSIFIERS: ReadonlySet<string> = new Set(['weit', 'deutlich', 'etwas', 'viel', 'wesentlich', 'erheblich', 'klar', 'sogar', 'noch', 'gut', 'knapp']);

/** Qualifiers after a number: `3000 oder mehr`. */
const POST_QUALIFIERS: readonly { words: readonly string[]; label: string; bound: Bound }[] = [
  { words: ['oder', 'mehr'], label: 'oder mehr', bound: 'min' },
  { words: ['und', 'mehr'], label: 'und mehr', bound: 'min' },
  { words: ['oder', 'weniger'], label: 'oder weniger', bound: 'max' },
];

/** Verbs that make the number after (or right before) them a lower bound: `übersteigt ... 3000`. */
const VERB_MIN = /^(?:uebersteig\w*|ueberstieg\w*|ueberschreit\w*|ueberschritt\w*|uebertrifft|uebertreff\w*|uebertraf\w*|uebertroffen)$/;
/** Verbs that make the number an upper bound: `unterschreitet ... 3000`. */
const VERB_MAX = /^(?:unterschreit\w*|unterschritt\w*)$/;

/** Words before a year-like number that make it a date (`seit 2022`, `Ende 2024`, `Juni 2024`). */
const TEMPORAL: ReadonlySet<string> = new Set([
  'seit', 'im', 'bis', 'ab', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'fruehjahr', 'fruehling', 'sommer',
  'herbst', 'winter', 'jahreswechsel', 'jahresende', 'jahresbeginn', 'stand', 'frueher', 'spaetestens',
  'fruehestens', 'copyright', 'c', ...MONTHS, ...YEAR_WORDS,
]);

/** `Zahl der getöteten ... Soldaten`: the counted noun stands before the number. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['zahl', 'anzahl', 'gesamtzahl', 'opferzahl', 'truppenstaerke', 'staerke']);

/** Sides of this war: captives (`Gefangene`) in a sentence naming them are prisoners of war. */
/** A fraction or share right before a figure (`ein Drittel der`, `% der`, `die Hälfte von`). */
const PART_BEFORE =
  /(?:drittel|haelfte|viertel|fuenftel|zehntel|teil|grossteil|mehrheit|bruchteil|prozent|%|anteil)\s+(?:der|den|dem|des|von|von den|unter den)$/;
/** Clause openings that make a figure part of the one before (`darunter 300 Tote`). */
const PART_OF = /^(?:darunter|davon|unter ihnen|von denen|dabei)\b/;

/** Prepositions inside an extended attribute (`der in Charkiw getöteten`). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'an', 'am', 'bei', 'beim', 'aus', 'auf', 'nach', 'vor', 'seit', 'um', 'von', 'vom']);
/** Words between a part and its base: `2.000 der rund 11.000 Soldaten`, `100 von den 3000`. */
const PARTITIVE: readonly (readonly string[])[] = [
  ['der'], ['von'], ['von', 'den'], ['unter', 'den'], ['der', 'zuletzt'], ['der', 'insgesamt'], ['von', 'insgesamt'], ['der', 'bisher'], ['von', 'zuletzt'],
];

/** The label `Figure.qualifier` carries for vague amounts (`Zehntausende`, `einige Hundert`). */
const VAGUE_QUALIFIER = 'vage';

/** True when the folded sentence names a party of the conflict (a side marked `party`). */
function namesParty(sides: SideLexicon, folded: string): boolean {
  return sideMentions(sides, folded).some((m) => m.side.party);
}

/** A base-of-part opening: `Von den 11.000 bis 12.000 Soldaten seien 300 gefallen`. */
const BASE_OPENING: readonly (readonly string[])[] = [['von', 'den'], ['unter', 'den'], ['von', 'insgesamt'], ['von', 'den', 'insgesamt']];
/** Coordinators that join a measurement to a bare number after it (`die Stärken 6.1 und 4.5`). */
const JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw', ',', 'bis']);
/** Clause openings governed by the clause before (`…, dass`, `…, ob`): its fear or estimate words apply. */
const GOVERNED = /^(?:[„"“»«]\s*)?(?:dass|ob|wie|wonach|sodass)\b/;

interface Draft {
  /** Tokens of the figure's text. */
  first: number;
  last: number;
  /** Tokens of the number(s), including a range. */
  qFirst: number;
  qLast: number;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  vague: boolean;
  range: boolean;
  unit: UnitPhrase | null;
  /** Unit text as written, for units read away from the number (`Zahl der ... Soldaten`). */
  unitText: string | null;
  /** A measurement unit (`Hektar`, `Euro`, a magnitude), when the figure is not a count. */
  measurement: MeasurementUnit | null;
  /** The base of a part (`Von den 11.000 Soldaten …`, `2.000 der rund 11.000 Soldaten`). */
  base: boolean;
  /** The base this figure is a part of. */
  partOf: Draft | null;
  /** Written with a fraction (`7,4`, `7.4`). */
  decimal: boolean;
}

function matchWords(toks: readonly Token[], end: number, words: readonly string[]): number | null {
  const start = end - words.length + 1;
  if (start < 0) return null;
  for (let k = 0; k < words.length; k++) if (toks[start + k]!.fold !== words[k]) return null;
  return start;
}

function preQualifier(toks: readonly Token[], q: NumberRead): { def: QualifierDef; first: number } | null {
  for (const def of QUALIFIERS) {
    const start = matchWords(toks, q.first - 1, def.words);
    if (start === null) continue;
    if (def.minValue !== undefined && Math.abs(q.value) < def.minValue) continue;
    let first = start;
    while (first > 0 && INTENSIFIERS.has(toks[first - 1]!.fold) && first > start - 2) first--;
    return { def, first };
  }
  return null;
}

function postQualifier(toks: readonly Token[], after: number): { label: string; bound: Bound; last: number } | null {
  for (const p of POST_QUALIFIERS) {
    if (p.words.every((w, k) => toks[after + k]?.fold === w)) return { ...p, last: after + p.words.length - 1 };
  }
  return null;
}

const DASH = /^[-‑–—]$/;

function isYearLike(q: NumberRead): boolean {
  return q.digits && q.plain && q.scale === 1 && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2099;
}

/** Range after a first quantity: `zwischen X und Y`, `X bis Y`, `von X bis zu Y`, `X-Y`. */
function readRange(toks: readonly Token[], q1: NumberRead): { q2: NumberRead; label: string; first: number; lo: number } | null {
  if (q1.vague) return null;
  const prev = toks[q1.first - 1];
  const next = toks[q1.last + 1];
  let q2: NumberRead | null = null;
  let label = 'bis';
  let first = q1.first;
  if (prev?.fold === 'zwischen' && next?.fold === 'und') {
    q2 = readQuantity(toks, q1.last + 2);
    label = 'zwischen';
    first = q1.first - 1;
  } else if (next?.fold === 'bis') {
    const k = toks[q1.last + 2]?.fold === 'zu' ? q1.last + 3 : q1.last + 2;
    q2 = readQuantity(toks, k);
    if (prev?.fold === 'von') first = q1.first - 1;
  } else if (next && DASH.test(next.text) && q1.digits) {
    q2 = readQuantity(toks, q1.last + 2);
    if (q2 && !q2.digits) q2 = null;
  }
  if (!q2 || q2.vague) return null;
  // `zwei bis drei Millionen`: the scale of the second applies to the first.
  const lo = q1.scale === 1 && q2.scale > 1 && q1.raw < q2.raw ? Math.round(q1.raw * q2.scale * 1e6) / 1e6 : q1.value;
  if (lo > q2.value) return null;
  return { q2, label, first, lo };
}

/** `46-jährigen`, `71-Jähriger`: an age written as one word with the number. */
function ageAt(toks: readonly Token[], i: number): Draft | null {
  const t = toks[i]!;
  const dash = toks[i + 1];
  const w = toks[i + 2];
  if (t.type !== 'num' || !t.plain || t.value === null || t.value > 130) return null;
  if (!dash || !DASH.test(dash.text) || dash.start !== t.end || !w || w.start !== dash.end || !/^jaehrig/.test(w.fold)) return null;
  return {
    first: i, last: i + 2, qFirst: i, qLast: i, min: t.value, max: t.value, qualifier: null, vague: false, range: false,
    unit: null, unitText: null, measurement: { quantity: 'age', first: i + 1, last: i + 2, label: 'years' },
    base: false, partOf: null, decimal: false,
  };
}

/** Reads the figure whose number starts at token `i`, or null. */
function readFigureAt(toks: readonly Token[], i: number, sides: SideLexicon): Draft | null {
  const age = ageAt(toks, i);
  if (age) return age;
  let q1 = readQuantity(toks, i);
  if (!q1) return null;
  // `minus sechs Grad`
  if (isNegative(toks, q1.first)) q1 = { ...q1, first: q1.first - 1, value: -q1.value, raw: -q1.raw, plain: false };
  const d: Draft = {
    first: q1.first,
    last: q1.last,
    qFirst: q1.first,
    qLast: q1.last,
    min: q1.value,
    max: q1.vague ? null : q1.value,
    qualifier: q1.vague ? VAGUE_QUALIFIER : null,
    vague: q1.vague,
    range: false,
    unit: null,
    unitText: null,
    measurement: null,
    base: false,
    partOf: null,
    decimal: q1.digits && !Number.isInteger(q1.raw),
  };
  let yearLike = isYearLike(q1);
  let strongQualifier = false;
  const range = readRange(toks, q1);
  if (range) {
    Object.assign(d, { first: range.first, qLast: range.q2.last, last: range.q2.last, min: range.lo, max: range.q2.value });
    d.qualifier = range.label;
    d.range = true;
    yearLike = yearLike && isYearLike(range.q2);
  } else if (!q1.vague) {
    const pre = preQualifier(toks, q1);
    if (pre) {
      d.first = pre.first;
      d.qualifier = pre.def.label;
      strongQualifier = !pre.def.temporal;
      if (pre.def.bound === 'min') d.max = null;
      if (pre.def.bound === 'max') d.min = null;
    }
  }
  const post = !d.range && !d.vague && d.qualifier === null ? postQualifier(toks, d.qLast + 1) : null;
  if (post) applyPost(d, post);
  // A measurement, never a count: `8500 Hektaren`, `15 Millionen Euro`, `der Stärke 7,4`, `zwei Tagen`.
  const measurement = unitAfter(toks, d.last + 1) ?? unitBefore(toks, q1.first, d.qLast);
  if (measurement) {
    d.measurement = measurement;
    if (measurement.last !== null) d.last = measurement.last;
    // `Beben von 1994`, `Juni 2024`: a year is no magnitude or sum
    if (yearLike && !strongQualifier && measurement.quantity !== 'area' && measurement.quantity !== 'money') return null;
    return d;
  }
  d.unit = readUnit(toks, d.last + 1, d.vague, sides);
  if (d.unit) {
    d.last = d.unit.last;
    if (!d.range && !d.vague && d.qualifier === null) {
      const post2 = postQualifier(toks, d.last + 1);
      if (post2) applyPost(d, post2);
    }
  }
  // `1,500 Soldaten` (an English thousands comma, or 1.5 soldiers): never a count to report.
  if (!Number.isInteger(d.min ?? d.max ?? 0) && d.unit && isCountSubject(subjectOfNoun(d.unit.head, anyContext(sides)))) return null;
  if (yearLike) {
    // `die Zahl der Toten stieg auf 2000`: the counted noun stands before the number
    if (d.unit === null && !d.range && afterCountNoun(toks, d.first)) return d;
    const countNoun = d.unit !== null && isCountSubject(subjectOfNoun(d.unit.head, anyContext(sides)));
    const before = toks[d.first - 1];
    if (!d.range && d.qualifier === null && before && TEMPORAL.has(before.fold)) return null;
    if (!countNoun && !strongQualifier) return null;
  }
  return d;
}

/** True when `die Zahl der …` (or `Anzahl`, `Opferzahl`) stands shortly before and the number follows `auf`, `bei`, `um`. */
function afterCountNoun(toks: readonly Token[], first: number): boolean {
  if (!['auf', 'bei', 'um', 'von'].includes(toks[first - 1]?.fold ?? '')) return false;
  for (let k = first - 2; k >= 0 && k >= first - 10; k--) {
    if (COUNT_NOUNS.has(toks[k]!.fold) && toks[k]!.fold !== 'staerke') return true;
    if (toks[k]!.type === 'punct') return false;
  }
  return false;
}

function applyPost(d: Draft, post: { label: string; bound: Bound; last: number }): void {
  d.qualifier = post.label;
  if (post.bound === 'min') d.max = null;
  if (post.bound === 'max') d.min = null;
  d.last = Math.max(d.last, post.last);
}

/** `... übersteigt die Zahl der ... Soldaten in der Region Charkiw 3000`: a verb that bounds the number. */
function verbQualifier(toks: readonly Token[], d: Draft, clause: Span, others: readonly Draft[]): void {
  if (d.qualifier !== null || d.range || d.vague) return;
  const blocked = (k: number) => others.some((o) => o !== d && k >= o.first && k <= o.last);
  const after = toks[d.last + 1];
  const bound = (w: Token | undefined): Bound | null =>
    w?.type === 'word' ? (VERB_MIN.test(w.fold) ? 'min' : VERB_MAX.test(w.fold) ? 'max' : null) : null;
  for (let k = d.first - 1; k >= clause.first && !blocked(k); k--) {
    const b = bound(toks[k]);
    if (b) {
      d.qualifier = toks[k]!.text.toLocaleLowerCase('de');
      d.first = k;
      if (b === 'min') d.max = null;
      else d.min = null;
      return;
    }
  }
  const b = bound(after);
  if (b && d.last + 1 <= clause.last) {
    d.qualifier = after!.text.toLocaleLowerCase('de');
    d.last = d.last + 1;
    if (b === 'min') d.max = null;
    else d.min = null;
  }
}

/**
 * `die Zahl der getöteten und verwundeten russischen Soldaten ... 3000`: the
 * counted noun before the number. `die Stärke des Bebens … 7,4` is a magnitude.
 */
function countNounBefore(
  toks: readonly Token[],
  d: Draft,
  clause: Span,
  others: readonly Draft[],
  sides: SideLexicon,
): UnitPhrase | 'magnitude' | null {
  for (let k = d.qFirst - 1; k >= clause.first; k--) {
    if (others.some((o) => o !== d && k >= o.first && k <= o.last)) return null;
    if (!COUNT_NOUNS.has(toks[k]!.fold)) continue;
    const det = toks[k + 1];
    if (!det || !['der', 'an', 'von', 'des'].includes(det.fold)) return null;
    for (let n = k + 2; n < d.qFirst && n <= k + 8; n++) {
      const w = toks[n]!;
      if (w.type !== 'word') return null;
      if (!isCapitalized(w.text)) continue;
      // `die Zahl der in Charkiw getöteten Soldaten`: a place inside the attribute is not the noun.
      if (isPlaceWord(sides, w.fold) || PREPOSITIONS.has(toks[n - 1]!.fold)) continue;
      if (toks[k]!.fold === 'staerke' && QUAKE_NOUN.test(w.fold)) return 'magnitude';
      return { first: n, last: n, head: w.fold, npFirst: k + 2, npLast: n };
    }
    return null;
  }
  return null;
}

/** True when the words between two drafts are exactly `words`. */
function between(toks: readonly Token[], a: Draft, b: Draft, words: readonly (readonly string[])[]): boolean {
  const folded = toks.slice(a.last + 1, b.first).map((t) => t.fold);
  return words.some((p) => p.length === folded.length && p.every((w, k) => folded[k] === w));
}

/** Finds every draft figure of a token stream. */
function readDrafts(toks: readonly Token[], sides: SideLexicon): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < toks.length; ) {
    const d = readFigureAt(toks, i, sides);
    if (d) {
      drafts.push(d);
      i = d.last + 1;
    } else i++;
  }
  return drafts;
}

/**
 * Bases and parts: `2.000 der rund 11.000 Soldaten` (the second is the base
 * of the first, which counts its noun) and `Von den 11.000 bis 12.000
 * Soldaten seien 300 gefallen` (the first is the base; the part after it
 * counts the same noun).
 */
function markBases(toks: readonly Token[], drafts: Draft[], clauseOf: readonly number[], clauses: readonly Span[], sentence: string): void {
  for (let n = 1; n < drafts.length; n++) {
    const a = drafts[n - 1]!;
    const b = drafts[n]!;
    if (a.measurement || b.measurement || !between(toks, a, b, PARTITIVE)) continue;
    b.base = true;
    a.partOf = b;
    if (!a.unit && b.unit) {
      a.unit = b.unit;
      a.unitText = sentence.slice(toks[b.unit.first]!.start, toks[b.unit.last]!.end);
    }
  }
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n]!;
    const b = drafts[n + 1]!;
    if (a.measurement || b.measurement || a.base || b.base || clauseOf[n] !== clauseOf[n + 1]) continue;
    const clause = clauses[clauseOf[n]!]!;
    const opening = toks.slice(clause.first, a.first).map((t) => t.fold);
    if (!BASE_OPENING.some((w) => w.length === opening.length && w.every((x, k) => opening[k] === x))) continue;
    if (b.unit && a.unit && b.unit.head !== a.unit.head) continue;
    a.base = true;
    b.partOf = a;
    if (!b.unit && a.unit) {
      b.unit = a.unit;
      b.unitText = sentence.slice(toks[a.unit.first]!.start, toks[a.unit.last]!.end);
    }
  }
}

/** A bare number continues the measurement before it: `mit 7,2, die USGS mit 7,4`; `die Stärken 6.1 und 4.5`. */
function continueMeasurements(toks: readonly Token[], drafts: Draft[]): void {
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    const prev = drafts[n - 1]!;
    if (d.measurement || d.unit || !prev.measurement) continue;
    const joined = d.first === prev.last + 2 && JOINERS.has(toks[prev.last + 1]!.fold);
    const samePreposition =
      toks[d.first - 1]?.type === 'word' && toks[d.first - 1]!.fold === toks[prev.first - 1]?.fold && !isCapitalized(toks[d.first - 1]!.text);
    if (joined || samePreposition) d.measurement = { ...prev.measurement, first: null, last: null };
  }
}

/**
 * A decimal without a unit is no count (nobody counts 6.4 people): it
 * continues the measurement before it (`mit 7,2, die USGS mit 7,4`), is a
 * magnitude when the sentence names a quake before it (`die Nachbeben
 * erreichten 6.4 und 4.5`), or is left out.
 */
function decimalsWithoutUnit(toks: readonly Token[], drafts: Draft[]): Draft[] {
  continueMeasurements(toks, drafts);
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.decimal && !d.measurement && !d.unit) {
      if (quakeBefore(toks, d.qFirst) === null) continue;
      d.measurement = { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
      continueMeasurements(toks, out.concat(d, drafts.slice(drafts.indexOf(d) + 1)));
    }
    out.push(d);
  }
  return out;
}

/**
 * Every figure in a German sentence, in order of appearance: counts of
 * people and things and measurements that are not counts.
 *
 * Reads digits (`10.000`, `12'000`, `10 000`, `1,5 Millionen`, `7.4`),
 * number words (`zwölf`, `zehntausend`, `acht Millionen`, `ein Dutzend`),
 * vague amounts (`Zehntausende`: min 10000, qualifier `vage`), ranges
 * (`zwischen 10.000 und 12.000`, `2.000 bis 3.000`) and qualifiers (`mehr
 * als`, `bis zu`, `etwa`, `übersteigt ...`). Skips dates, clock times,
 * ordinals, years and identifiers (`05.12.2024`, `11:58`, `der 11.
 * Luftlandebrigade`, `2022`, `F-16`, `#1698`). For each figure: its quantity
 * (a count or a measurement), what it counts (subject, head noun, kind and
 * the word that says it), whose it is (side), where (places), when (past,
 * years) and how the sentence presents it (modality); see {@link FigureMention}.
 */
export function findFigures(sentence: string, sides: SideLexicon = NO_SIDES): FigureMention[] {
  const toks = tokenize(sentence);
  const drafts = decimalsWithoutUnit(toks, readDrafts(toks, sides));
  if (drafts.length === 0) return [];

  const clauses = splitClauses(toks, drafts);
  const clauseOf = drafts.map((d) => Math.max(0, clauseIndexOf(clauses, d.qFirst)));
  markBases(toks, drafts, clauseOf, clauses, sentence);
  for (const [n, d] of drafts.entries()) {
    const clause = clauses[clauseOf[n]!]!;
    if (d.measurement) continue;
    verbQualifier(toks, d, clause, drafts);
    if (!d.unit) {
      const u = countNounBefore(toks, d, clause, drafts, sides);
      if (u === 'magnitude') d.measurement = { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
      else if (u) {
        d.unit = u;
        d.unitText = sentence.slice(toks[u.first]!.start, toks[u.last]!.end);
      }
    }
  }
  continueMeasurements(toks, drafts);

  const sentenceFold = foldedText(toks, { first: 0, last: toks.length - 1 });
  const past = speaksOfThePast(sentenceFold);
  const byClause = new Map<number, Draft[]>();
  for (const [n, d] of drafts.entries()) {
    const group = byClause.get(clauseOf[n]!) ?? [];
    group.push(d);
    byClause.set(clauseOf[n]!, group);
  }
  let earlierSide: string | null = null;
  const results: FigureMention[] = [];
  const subjects: FigureSubject[] = [];
  for (const [n, d] of drafts.entries()) {
    const ci = clauseOf[n]!;
    const clause = clauses[ci]!;
    const inClause = byClause.get(ci)!;
    const pos = inClause.indexOf(d);
    const segment = segmentsOf(
      toks,
      clause,
      inClause.map((x) => ({ first: x.qFirst, last: x.last })),
    )[pos]!;
    const prevIndex = pos > 0 ? drafts.indexOf(inClause[pos - 1]!) : -1;
    const rel = pos === inClause.length - 1 ? relativeClauseAfter(toks, clauses, ci) : null;
    const relFree = rel && !byClause.has(ci + 1) ? rel : null;

    const segText = foldedText(toks, segment);
    const relText = relFree ? foldedText(toks, relFree) : '';
    const clauseText = foldedText(toks, clause);
    const military = isMilitary(clauseText);
    const modality = d.base ? 'counted' : modalityOf(`${clauseText} , ${relText}`, governingText(toks, clauses, ci, byClause));
    const places = placesIn(toks, segment, sides);
    if (places.length === 0 && inClause.length > 1) for (const p of placesIn(toks, clause, sides)) places.push(p);
    if (places.length === 0 && inClause.length === 1) for (const p of placesIn(toks, clause, sides)) places.push(p);
    const years = yearsIn(toks, clause, drafts);
    const common = {
      index: toks[d.first]!.start,
      end: toks[d.last]!.end,
      min: d.min,
      max: d.max,
      qualifier: d.qualifier,
      modality,
      places,
      place: places.length === 1 ? places[0]! : null,
      base: d.base,
      past,
      years,
    };

    if (d.measurement) {
      // a measurement: never a count, its kind is its quantity
      const m = d.measurement;
      const unit = m.first !== null && m.last !== null && m.label !== '%' ? sentence.slice(toks[m.first]!.start, toks[m.last]!.end) : m.label;
      results.push({
        ...common,
        text: sentence.slice(common.index, common.end),
        unit,
        kind: m.quantity,
        quantity: m.quantity,
        subject: 'other',
        side: null,
        head: null,
        done: null,
        about: m.quantity === 'magnitude' ? quakeBefore(toks, d.qFirst) : null,
        // a measurement's own words: from the figure before it to the noun that leads the next (`rund 15 Kilometer südwestlich … | in einer Tiefe von zwölf Kilometern`)
        context: foldedText(toks, measurementSpan(toks, clause, inClause, pos)),
      });
      subjects.push('other');
      continue;
    }

    const head = d.unit ? d.unit.head : null;
    // A figure without a noun continues the figure before it (`... getötet und mehr als 90 verletzt`).
    const antecedent = head === null ? previousCount(results, n) : prevIndex;
    let subject: FigureSubject;
    if (head !== null) {
      // Victims of an attack are people unless their own clause says soldiers.
      const attackVictims = ATTACK.test(sentenceFold) && !/soldat|truppe|kaempfer|armee|streitkraeft/.test(clauseText);
      subject = subjectOfNoun(head, {
        // captives in a sentence naming a party of the conflict are prisoners of war
        military: isMilitary(sentenceFold) || (/gefangen/.test(head) && namesParty(sides, sentenceFold)),
        casualties: mentionsCasualties(`${segText} ${relText}`),
        attack: attackVictims,
        sides,
      });
    } else subject = antecedent >= 0 ? (subjects[antecedent] ?? null) : null;
    // `darunter 300 Tote`, `davon 100 ...`: a part of the figure before.
    const partOfPrevious = n > 0 && PART_OF.test(foldedText(toks, { first: clause.first, last: d.qFirst }));
    const partBase = d.partOf ? results[drafts.indexOf(d.partOf)] : undefined;
    if (subject === null && partOfPrevious) subject = subjects[n - 1] ?? null;
    subjects.push(subject);

    // `ein Drittel der 11.000 Soldaten`, `40 Prozent der 12.000 Soldaten`: the base of a part, not what the verb counts.
    const shareBase = PART_BEFORE.test(foldedText(toks, { first: Math.max(0, d.first - 3), last: d.first - 1 }));
    const nounPhrase = d.unit ? foldedText(toks, { first: d.unit.npFirst, last: d.unit.npLast }) : '';
    let cue: KindCue | null = null;
    if (d.base) {
      // `Von den 12.000 entsandten Soldaten`: only the base's own noun phrase says what it is
      cue = kindOf({ subject, head, scopes: [nounPhrase], military });
    } else if (!shareBase) {
      const scopes = [segText, `${segText} , ${relText}`, `${clauseText} , ${relText}`];
      // `Rund 1800 Menschen, darunter viele Urlauber, mussten … verlassen`: the predicate follows the apposition
      if (d.last === clause.last && pos === inClause.length - 1) scopes.push(restOfSentence(toks, clauses, ci, byClause));
      cue = kindOf({ subject, head, scopes, military });
    }
    const prev = antecedent >= 0 ? results[antecedent] : undefined;
    // `in Albanien 260`, `Griechenland 120`, `darunter 64 Wohnhäuser`: the noun and the verb are elided; the figure continues the one before
    const elided = cue === null && !d.base && !shareBase && prev !== undefined && prev.quantity === 'count' && prev.kind !== null && (head === null || partOfPrevious);
    if (elided) cue = { kind: prev.kind as KindCue['kind'], done: prev.done };
    else if (cue === null && partOfPrevious && n > 0 && results[n - 1]!.quantity === 'count' && results[n - 1]!.kind !== null) {
      cue = { kind: results[n - 1]!.kind as KindCue['kind'], done: results[n - 1]!.done };
    }

    const continues = prev !== undefined && (head === null || prev.subject === subject);
    let side = sideOf({
      subject,
      nounPhrase,
      segment: `${segText} , ${relText}`,
      before: d.first > 0 ? foldedText(toks, { first: Math.max(0, d.first - 60), last: d.first - 1 }) : '',
      sentence: sentenceFold,
      civilian: head !== null && head.split(' ').some((h) => CIVILIAN_NOUN.test(h)),
      inherited: partOfPrevious ? results[n - 1]!.side : partBase ? partBase.side : continues ? prev.side : undefined,
      earlierSide,
      lead: d.first > clause.first ? foldedText(toks, { first: clause.first, last: d.first - 1 }) : '',
    }, sides);
    // a place named as where it happened (`zwischen Nordmazedonien und Albanien`) is not whose it is
    if (side !== null && places.includes(side) && !sideMentions(sides, nounPhrase).some((m) => m.side.id === side)) side = null;
    if (side !== null && side !== CIVILIANS && side !== OWN_SIDE && side !== ALL_SIDES) earlierSide = side;

    const unit =
      d.unitText ??
      (d.unit ? (d.unit.head === '%' ? '%' : sentence.slice(toks[d.unit.first]!.start, toks[d.unit.last]!.end)) : null);
    const carried = elided && prev ? prev.context : partOfPrevious && n > 0 ? results[n - 1]!.context : '';
    const context = d.base ? nounPhrase : [segText, relText, carried].filter(Boolean).join(' , ');
    results.push({
      ...common,
      text: sentence.slice(common.index, common.end),
      unit,
      kind: cue?.kind ?? null,
      quantity: 'count',
      subject,
      side,
      head: head ?? (elided || partOfPrevious ? (prev?.head ?? results[n - 1]?.head ?? null) : partBase?.head ?? null),
      done: cue?.done ?? null,
      about: null,
      context,
    });
  }
  // a part reads its base too (`950 von 2150 Arbeitsplätzen wegfallen`: the verb follows the base)
  for (const [n, d] of drafts.entries()) {
    if (!d.partOf) continue;
    const base = results[drafts.indexOf(d.partOf)]!;
    const segment = segmentsOf(toks, clauses[clauseOf[drafts.indexOf(d.partOf)]!]!, (byClause.get(clauseOf[drafts.indexOf(d.partOf)]!) ?? []).map((x) => ({ first: x.qFirst, last: x.last })))[
      (byClause.get(clauseOf[drafts.indexOf(d.partOf)]!) ?? []).indexOf(d.partOf)
    ];
    const baseText = segment ? foldedText(toks, segment) : (base.head ?? '');
    results[n] = { ...results[n]!, context: `${results[n]!.context} , ${baseText}` };
  }
  return results;
}

/** The tokens a measurement's words are read from: after the figure before it, up to the noun phrase that leads the next. */
function measurementSpan(toks: readonly Token[], clause: Span, inClause: readonly Draft[], pos: number): Span {
  const prev = inClause[pos - 1];
  const next = inClause[pos + 1];
  const first = prev ? prev.last + 1 : clause.first;
  let last = clause.last;
  if (next) {
    last = next.first - 1;
    for (let k = next.first - 1; k >= next.first - 3 && k > inClause[pos]!.last; k--) {
      const t = toks[k]!;
      if (t.type === 'word' && isCapitalized(t.text)) {
        last = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/.test(toks[k - 1]?.fold ?? '') ? k - 2 : k - 1;
        break;
      }
    }
  }
  return { first, last: Math.max(first, last) };
}

/** The clauses after clause `ci` up to the next clause with a figure, folded. */
function restOfSentence(toks: readonly Token[], clauses: readonly Span[], ci: number, byClause: ReadonlyMap<number, readonly Draft[]>): string {
  const parts: string[] = [];
  for (let k = ci + 1; k < clauses.length && !byClause.has(k); k++) parts.push(foldedText(toks, clauses[k]!));
  return parts.join(' , ');
}

/** The index of the last count before figure `n`, or -1 (a figure continues a count, never a measurement). */
function previousCount(results: readonly FigureMention[], n: number): number {
  for (let k = n - 1; k >= 0; k--) if (results[k]!.quantity === 'count') return k;
  return -1;
}

/**
 * The clause that governs clause `ci` (`Die WHO befürchtet, dass …`;
 * `Sie warnen: …`), folded, when it has no figure of its own; else ''.
 */
function governingText(toks: readonly Token[], clauses: readonly Span[], ci: number, byClause: ReadonlyMap<number, readonly Draft[]>): string {
  if (ci === 0) return '';
  const clause = clauses[ci]!;
  const opening = foldedText(toks, { first: clause.first, last: Math.min(clause.last, clause.first + 1) });
  const sep = toks[clause.first - 1];
  if (!GOVERNED.test(opening) && sep?.text !== ':') return '';
  const parts: string[] = [];
  for (let k = ci - 1; k >= 0 && k >= ci - 2; k--) {
    if (byClause.has(k)) break;
    parts.push(foldedText(toks, clauses[k]!));
    const s = toks[clauses[k]!.first - 1];
    if (!s || s.text !== ',') break;
  }
  return parts.join(' , ');
}

