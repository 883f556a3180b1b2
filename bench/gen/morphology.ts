/**
 * German-like morphology for the synthetic corpus: nouns (with compounds
 * built from real modifiers and heads), their case and number forms,
 * determiners with adjective endings, and verb conjugation. The vocabulary
 * is open: compound nouns are drawn by Zipf rank from a space of millions,
 * so the number of distinct word forms keeps growing with corpus size, most
 * of them rare, like in real text.
 *
 * @module
 */

import type { Rng } from './random.ts';
import {
  ADJECTIVES,
  ADJECTIVE_HEADS,
  CORE_NOUNS,
  HEADS,
  IEREN_VERBS,
  IRREGULAR_VERBS,
  MODIFIERS,
  WEAK_VERBS,
} from './lexicon.ts';

export type Gender = 'm' | 'f' | 'n';
export type Case = 'nom' | 'acc' | 'dat' | 'gen';
export type Num = 'sg' | 'pl';
/** Determiner kinds: definite, indefinite, `dies-`, `kein`, possessive, none. */
export type Det = 'def' | 'indef' | 'dies' | 'kein' | 'sein' | 'ihr' | 'none';

/** A noun lemma with what is needed to inflect it. */
export interface Noun {
  sg: string;
  /** Plural, or null for nouns used only in the singular. */
  pl: string | null;
  g: Gender;
  /** Weak masculine (`der Soldat`, `den Soldaten`). */
  weak: boolean;
  /** Mostly used in the plural (`Soldaten`, `Truppen`). */
  pluralMostly?: boolean;
}

/** A verb with its finite forms. */
export interface Verb {
  s3: string;
  p3: string;
  s3past: string;
  p3past: string;
  part: string;
  /** Perfect auxiliary: `h` (haben) or `s` (sein). */
  aux: 'h' | 's';
  transitive: boolean;
}

const CASES: Record<Case, number> = { nom: 0, acc: 1, dat: 2, gen: 3 };

/** Parse a noun spec from the lexicon (`*Soldat/m/en`, `Vertrag/m/=Verträge`). */
export function parseNoun(spec: string): Noun {
  const weak = spec.startsWith('*');
  const [sg, g, p] = (weak ? spec.slice(1) : spec).split('/') as [string, Gender, string];
  let pl: string | null;
  if (p === '0') pl = null;
  else if (p === '-') pl = sg;
  else if (p.startsWith('=')) pl = p.slice(1);
  else pl = sg + p;
  return { sg, pl, g, weak };
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** A compound noun: modifier(s) + head (`Grenz` + `Region` -> `Grenzregion`; `US-` + `Regierung`). */
export function compound(mods: readonly string[], head: Noun): Noun {
  // After a hyphen the next part keeps its capital (`Nato-Beamtenstadt`).
  const add = (prefix: string, w: string): string => (prefix.endsWith('-') ? prefix + w.charAt(0).toUpperCase() + w.slice(1) : prefix + lowerFirst(w));
  let prefix = '';
  for (const m of mods) prefix = prefix ? add(prefix, m) : m;
  const join = (w: string): string => add(prefix, w);
  return { sg: join(head.sg), pl: head.pl === null ? null : join(head.pl), g: head.g, weak: head.weak };
}

function genitiveSg(sg: string): string {
  if (/nis$/.test(sg)) return sg + 'ses';
  if (/(?:s|ß|x|z|sch)$/.test(sg)) return sg + 'es';
  return sg + 's';
}

/** The form of a noun in a case and number. */
export function nounForm(n: Noun, c: Case, num: Num): string {
  if (num === 'pl' && n.pl !== null) {
    const p = n.pl;
    return c === 'dat' && !/[ns]$/.test(p) ? p + 'n' : p;
  }
  if (n.weak) return c === 'nom' ? n.sg : n.sg.endsWith('e') ? n.sg + 'n' : n.sg + 'en';
  if (c === 'gen' && n.g !== 'f') return genitiveSg(n.sg);
  return n.sg;
}

type Slot = 'm' | 'f' | 'n' | 'p';
const slotOf = (g: Gender, num: Num): Slot => (num === 'pl' ? 'p' : g);

const DEF: Record<Slot, string[]> = {
  m: ['der', 'den', 'dem', 'des'],
  f: ['die', 'die', 'der', 'der'],
  n: ['das', 'das', 'dem', 'des'],
  p: ['die', 'die', 'den', 'der'],
};
const EIN_ENDINGS: Record<Slot, string[]> = {
  m: ['', 'en', 'em', 'es'],
  f: ['e', 'e', 'er', 'er'],
  n: ['', '', 'em', 'es'],
  p: ['e', 'e', 'en', 'er'],
};
const STRONG_DET: Record<Slot, string[]> = {
  m: ['er', 'en', 'em', 'es'],
  f: ['e', 'e', 'er', 'er'],
  n: ['es', 'es', 'em', 'es'],
  p: ['e', 'e', 'en', 'er'],
};
const ADJ_WEAK: Record<Slot, string[]> = {
  m: ['e', 'en', 'en', 'en'],
  f: ['e', 'e', 'en', 'en'],
  n: ['e', 'e', 'en', 'en'],
  p: ['en', 'en', 'en', 'en'],
};
const ADJ_MIXED: Record<Slot, string[]> = {
  m: ['er', 'en', 'en', 'en'],
  f: ['e', 'e', 'en', 'en'],
  n: ['es', 'es', 'en', 'en'],
  p: ['en', 'en', 'en', 'en'],
};
const ADJ_STRONG: Record<Slot, string[]> = {
  m: ['er', 'en', 'em', 'en'],
  f: ['e', 'e', 'er', 'er'],
  n: ['es', 'es', 'em', 'en'],
  p: ['e', 'e', 'en', 'er'],
};

/** The determiner word (or '' for none) for a noun's gender, number and case. */
export function determiner(det: Det, g: Gender, num: Num, c: Case): string {
  const slot = slotOf(g, num);
  const i = CASES[c];
  switch (det) {
    case 'def':
      return DEF[slot][i]!;
    case 'indef':
      return num === 'pl' ? '' : 'ein' + EIN_ENDINGS[slot][i]!;
    case 'kein':
    case 'sein':
    case 'ihr':
      return det + EIN_ENDINGS[slot][i]!;
    case 'dies':
      return 'dies' + STRONG_DET[slot][i]!;
    case 'none':
      return '';
  }
}

/** The ending of an attributive adjective after a determiner kind. */
export function adjectiveEnding(det: Det, g: Gender, num: Num, c: Case): string {
  const slot = slotOf(g, num);
  const i = CASES[c];
  if (det === 'def' || det === 'dies') return ADJ_WEAK[slot][i]!;
  if (det === 'none' || (det === 'indef' && num === 'pl')) return ADJ_STRONG[slot][i]!;
  return ADJ_MIXED[slot][i]!;
}

/** Whether a weak verb stem takes `-et` (`meld` -> `meldet`, `rechn` -> `rechnet`). */
function needsEt(stem: string): boolean {
  return /[td]$/.test(stem) || /(?:[^lrmnhaeiouäöüy]|ch)[mn]$/.test(stem);
}

const INSEPARABLE = /^(?:be|ver|er|ent|zer|ge|emp|miss|über|unter|hinter|wider)/;
const INTRANSITIVE = new Set(['kämpf', 'arbeit', 'antwort', 'hoff', 'droh', 'handel', 'verhandel', 'operier', 'patrouillier', 'eskalier', 'kooperier', 'kollaborier', 'demonstrier', 'protestier', 'reagier']);

/** Conjugate a weak verb stem (`stärk`, `forder`, `ermittel`). */
export function weakVerb(stem: string): Verb {
  const ge = INSEPARABLE.test(stem) ? '' : 'ge';
  if (/[^aeiouäöü](?:er|el)$/.test(stem)) {
    return { s3: stem + 't', p3: stem + 'n', s3past: stem + 'te', p3past: stem + 'ten', part: ge + stem + 't', aux: 'h', transitive: !INTRANSITIVE.has(stem) };
  }
  const e = needsEt(stem) ? 'e' : '';
  return {
    s3: stem + e + 't',
    p3: stem + 'en',
    s3past: stem + e + 'te',
    p3past: stem + e + 'ten',
    part: ge + stem + e + 't',
    aux: 'h',
    transitive: !INTRANSITIVE.has(stem),
  };
}

/** Conjugate an `-ieren` verb stem (`stationier`). */
export function ierenVerb(stem: string): Verb {
  const s = stem.endsWith('ier') ? stem : stem + 'ier';
  return { s3: s + 't', p3: s + 'en', s3past: s + 'te', p3past: s + 'ten', part: s + 't', aux: 'h', transitive: !INTRANSITIVE.has(s) };
}

function parseIrregular(spec: string): Verb {
  const [s3, p3, s3past, p3past, part, aux, tr] = spec.split('|') as string[];
  return { s3: s3!, p3: p3!, s3past: s3past!, p3past: p3past!, part: part!, aux: aux === 's' ? 's' : 'h', transitive: tr === 't' };
}

const PLURAL_MOSTLY = new Set(['Soldat', 'Truppe', 'Verlust', 'Angabe', 'Sanktion', 'Rakete', 'Drohne', 'Waffe', 'Geschoss', 'Streitkraft', 'Kampfhandlung', 'Artilleriegeschoss', 'Raketengeschoss', 'Vorwurf', 'Verwundete', 'Tote', 'Gefangene', 'Verletzte', 'Medium', 'Ratifizierungsurkunde']);

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with n, for a fixed scrambling bijection on [0, n). */
function coprimeNear(n: number, start: number): number {
  let a = start % n || 1;
  while (gcd(a, n) !== 1) a++;
  return a;
}

/**
 * The word stock: core words in frequency order plus an open space of
 * compound nouns and derived adjectives, all drawn by Zipf rank.
 */
export class Lexicon {
  readonly core: Noun[] = CORE_NOUNS.map((spec) => {
    const n = parseNoun(spec);
    if (PLURAL_MOSTLY.has(n.sg)) n.pluralMostly = true;
    return n;
  });
  readonly heads: Noun[] = HEADS.map(parseNoun);
  readonly mods: string[] = MODIFIERS;
  /** Modifiers that can stand inside a compound (no hyphen, so not `US-`). */
  readonly innerMods: string[] = MODIFIERS.filter((m) => !m.endsWith('-'));
  readonly verbs: Verb[];
  readonly transitiveVerbs: Verb[];
  readonly intransitiveVerbs: Verb[];
  private readonly pairSize: number;
  private readonly pairMul: number;
  private readonly tripleSize: number;
  private readonly tripleMul: number;
  private readonly cache = new Map<number, Noun>();
  private readonly pairCache: (Noun | undefined)[];

  constructor() {
    const irregular = IRREGULAR_VERBS.map(parseIrregular);
    const weak = [...new Set(WEAK_VERBS)].map(weakVerb);
    const ieren = IEREN_VERBS.map(ierenVerb);
    // Interleave so the most frequent ranks mix strong and weak verbs.
    this.verbs = [];
    for (let i = 0; i < Math.max(irregular.length, weak.length); i++) {
      if (irregular[i]) this.verbs.push(irregular[i]!);
      if (weak[i]) this.verbs.push(weak[i]!);
    }
    this.verbs.push(...ieren);
    this.transitiveVerbs = this.verbs.filter((v) => v.transitive);
    this.intransitiveVerbs = this.verbs.filter((v) => !v.transitive);
    this.pairSize = this.mods.length * this.heads.length;
    // Multipliers stay small enough that rank * mul is exact in a double.
    this.pairMul = coprimeNear(this.pairSize, 40_503);
    this.pairCache = new Array<Noun | undefined>(this.pairSize).fill(undefined);
    this.tripleSize = this.mods.length * this.innerMods.length * this.heads.length;
    this.tripleMul = coprimeNear(this.tripleSize, 700_001);
  }

  /** The two-part compound of a Zipf rank (ranks scrambled so neighbours differ). */
  pair(rank: number): Noun {
    let n = this.pairCache[rank];
    if (n) return n;
    const k = (rank * this.pairMul) % this.pairSize;
    const mod = this.mods[k % this.mods.length]!;
    const head = this.heads[Math.floor(k / this.mods.length)]!;
    n = compound([mod], head);
    this.pairCache[rank] = n;
    return n;
  }

  /** The three-part compound of a Zipf rank (`Grenz|sicherheits|abkommen`). */
  triple(rank: number): Noun {
    const key = rank;
    let n = this.cache.get(key);
    if (n) return n;
    const k = (rank * this.tripleMul) % this.tripleSize;
    const a = this.mods[k % this.mods.length]!;
    const rest = Math.floor(k / this.mods.length);
    const b = this.innerMods[rest % this.innerMods.length]!;
    const head = this.heads[Math.floor(rest / this.innerMods.length)]!;
    n = compound(a === b ? [a] : [a, b], head);
    this.cache.set(key, n);
    return n;
  }

  /** A noun: mostly frequent core words, else a compound by Zipf rank. */
  noun(rng: Rng): Noun {
    const x = rng.next();
    if (x < 0.6) return rng.zipfPick(this.core);
    // Compounds continue the core's Zipf curve (no compound is as frequent as `Soldaten`).
    if (x < 0.93) return this.pair(rng.zipfFrom(this.pairSize, this.core.length));
    return this.triple(rng.zipfFrom(this.tripleSize, 3_000));
  }

  /** An adjective stem: frequent simple ones, compounds or participles. */
  adjective(rng: Rng): string {
    const x = rng.next();
    if (x < 0.8) return rng.zipfPick(ADJECTIVES);
    if (x < 0.88) {
      const m = this.innerMods[rng.zipf(this.innerMods.length)]!;
      return m.toLowerCase() + rng.pick(ADJECTIVE_HEADS);
    }
    const v = this.transitiveVerbs[rng.zipf(this.transitiveVerbs.length)]!;
    return v.part;
  }

  /** A verb by Zipf rank. */
  verb(rng: Rng, transitive: boolean): Verb {
    const list = transitive ? this.transitiveVerbs : this.intransitiveVerbs;
    return list[rng.zipf(list.length)]!;
  }
}

/** The inflected attributive form of an adjective stem (`hoh` + `e`). */
export function adjectiveForm(stem: string, ending: string): string {
  if (stem.endsWith('e') && ending.startsWith('e')) return stem + ending.slice(1);
  return stem + ending;
}

/** The predicative form of an adjective stem (`hoh` -> `hoch`). */
export function predicative(stem: string): string {
  return stem === 'hoh' ? 'hoch' : stem;
}
