/**
 * Sides: the countries, regions and parties a story's figures and events can
 * belong to, and the German words that name them — names (`Frankreich`,
 * `Paris`, a government seat, an army), adjectives (`französisch`) and
 * demonyms (`Franzosen`). The words are data (the catalogue's places and a
 * story's sides); this module only compiles them into matchers over text
 * folded with `foldSpelledOut`, so the figure rules can ask "which side does
 * this phrase name?" without knowing any story.
 *
 * @module
 */
import { foldSpelledOut } from './fold.ts';

/** One side as the catalogue gives it. */
export interface SideInput {
  /** Stable id (`france`). */
  id: string;
  /** English name (`France`). */
  en: string;
  /** German name (`Frankreich`); the first of `names` when not given. */
  de?: string;
  /** Words that name the side as a party: country, capital, seats of government, armies, leaders. */
  names: readonly string[];
  /** German adjectives (any inflection matches) -> the English word for them (`französisch` -> `French`). */
  adjectives: Readonly<Record<string, string>>;
  /** Nouns for its people (`Franzosen`; inflected forms match). */
  demonyms: readonly string[];
  /** A side of the story (not only a place the text may mention): named parties make captives prisoners of war. */
  party?: boolean;
  /** Its nationals counted as casualties are soldiers (a story where only its troops are present). */
  combatants?: boolean;
}

/** A side, compiled. */
export interface Side {
  id: string;
  en: string;
  /** German name (`Frankreich`). */
  de: string;
  party: boolean;
  combatants: boolean;
  /** Any of its names (as words), adjectives or demonyms (global: for `matchAll`). */
  any: RegExp;
  /** Its names only (global). */
  name: RegExp;
  /** Its adjectives, as a whole folded word (`schwedischen`). */
  adjective: RegExp;
  /** `<adjective> … Soldaten|Truppen|Kämpfer|Einheit` or a demonym: soldiers of this side named before. */
  troops: RegExp;
  /** Its demonyms (whole folded word). */
  demonym: RegExp;
}

/** Compiled sides and the place words they give. */
export interface SideLexicon {
  readonly sides: readonly Side[];
  /** Any side's names, adjectives or demonyms: a quick test before looking for which. */
  readonly anySide: RegExp;
  /** Folded names of places, parties and institutions: never the counted noun of a figure. */
  readonly placeWords: ReadonlySet<string>;
  /** Folded demonyms (base forms); a demonym that is also a place name counts as a demonym. */
  readonly demonyms: ReadonlySet<string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: words joined by a space or hyphen, an optional genitive `s`/`es`. */
function namePattern(name: string): string {
  const words = foldSpelledOut(name).split(/[\s-]+/).filter(Boolean).map(escape);
  return `${words.join('[- ]?')}(?:s|es)?`;
}

/** An inflectable word: the word and any ending (`französisch` -> `französische`, `Franzosen` -> `franzosen`). */
function stemPattern(word: string): string {
  return `${foldSpelledOut(word).split(/[\s-]+/).map(escape).join('[- ]?')}\\w*`;
}

function alternation(parts: string[]): string {
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** The empty lexicon: no side is known, nothing is a place. */
export const NO_SIDES: SideLexicon = { sides: [], anySide: /(?!)/, placeWords: new Set(), demonyms: new Set() };

/**
 * Compiles sides; entries with the same id are merged (a story refines a
 * place: more names, `party`, `combatants`), in the order first seen.
 * `places` are the story's own places (regions, towns): never the counted
 * noun of a figure, and no side.
 */
export function compileSides(inputs: readonly SideInput[], places: readonly string[] = []): SideLexicon {
  const merged = new Map<string, { en: string; de: string; names: string[]; adjectives: string[]; demonyms: string[]; party: boolean; combatants: boolean }>();
  for (const s of inputs) {
    const m = merged.get(s.id) ?? { en: s.en, de: s.de ?? s.names[0] ?? s.en, names: [], adjectives: [], demonyms: [], party: false, combatants: false };
    m.names.push(...s.names);
    m.adjectives.push(...Object.keys(s.adjectives));
    m.demonyms.push(...s.demonyms);
    m.party ||= s.party ?? false;
    m.combatants ||= s.combatants ?? false;
    merged.set(s.id, m);
  }
  const demonyms = new Set<string>();
  const placeWords = new Set<string>();
  const sides: Side[] = [];
  const all: string[] = [];
  for (const [id, m] of merged) {
    for (const d of m.demonyms) demonyms.add(foldSpelledOut(d));
    const names = m.names.map(namePattern);
    const adjectives = m.adjectives.map(stemPattern);
    const dems = m.demonyms.map(stemPattern);
    all.push(...names, ...adjectives, ...dems);
    sides.push({
      id,
      en: m.en,
      de: m.de,
      party: m.party,
      combatants: m.combatants,
      any: new RegExp(`\\b${alternation([...names, ...adjectives, ...dems])}\\b`, 'g'),
      name: new RegExp(`\\b${alternation(names)}\\b`, 'g'),
      adjective: new RegExp(`^${alternation(adjectives)}$`),
      troops: new RegExp(
        `\\b${alternation(adjectives)}\\s+(?:\\w+\\s+)?(?:soldat|truppe|kaempfer|einheit)|\\b${alternation(dems)}`,
      ),
      demonym: new RegExp(`^${alternation(dems)}$`),
    });
    for (const n of m.names) if (!/\s/.test(n.trim())) placeWords.add(foldSpelledOut(n.trim()));
  }
  for (const p of places) if (!/\s/.test(p.trim())) placeWords.add(foldSpelledOut(p.trim()));
  for (const d of demonyms) placeWords.delete(d);
  return { sides, anySide: new RegExp(`\\b${alternation(all)}\\b`), placeWords, demonyms };
}

/** A match of a side in folded text. */
export interface SideMention {
  side: Side;
  index: number;
  end: number;
}

/** Every mention of any side in folded text (`which: 'any'` names, adjectives and demonyms; `'name'` names only), in text order. */
export function sideMentions(lexicon: SideLexicon, text: string, which: 'any' | 'name' = 'any'): SideMention[] {
  if (text.length > MENTIONS_TEXT) return lexicon.anySide.test(text) ? mentionsIn(lexicon, text, which) : [];
  // A pure function of the lexicon and the text, asked again and again for the same words and short
  // phrases (each side's pattern runs over the whole text): read once per lexicon (bounded).
  let memo = MENTIONS.get(lexicon);
  if (!memo) MENTIONS.set(lexicon, (memo = new Map()));
  const key = `${which}\u0000${text}`;
  let found = memo.get(key);
  if (!found) {
    found = lexicon.anySide.test(text) ? mentionsIn(lexicon, text, which) : [];
    if (memo.size >= MENTIONS_LIMIT) memo.clear();
    memo.set(key, found);
  }
  return found.slice();
}

function mentionsIn(lexicon: SideLexicon, text: string, which: 'any' | 'name'): SideMention[] {
  const out: SideMention[] = [];
  for (const side of lexicon.sides) {
    // (an exec loop: `matchAll` would copy each side's pattern for every text)
    const re = side[which];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ side, index: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a.index - b.index || b.end - a.end);
}

/** {@link sideMentions} of short texts by lexicon and text (mentions are read-only). */
const MENTIONS = new WeakMap<SideLexicon, Map<string, SideMention[]>>();
const MENTIONS_LIMIT = 20_000;
const MENTIONS_TEXT = 64;

/** The side first named in folded text, or null. */
export function firstSide(lexicon: SideLexicon, text: string, which: 'any' | 'name' = 'any'): Side | null {
  return sideMentions(lexicon, text, which)[0]?.side ?? null;
}

/** True for a folded word that names a place or party (with an optional genitive `s`), not a demonym. */
export function isPlaceWord(lexicon: SideLexicon, folded: string): boolean {
  return lexicon.placeWords.has(folded) || (folded.endsWith('s') && lexicon.placeWords.has(folded.slice(0, -1)));
}

/** The side whose demonym a folded noun is (`schweden` -> that side), or null. */
export function demonymSide(lexicon: SideLexicon, folded: string): Side | null {
  if (!lexicon.anySide.test(folded)) return null;
  return lexicon.sides.find((s) => s.demonym.test(folded)) ?? null;
}
