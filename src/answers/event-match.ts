/**
 * Decides whether a sentence states that a catalogued event happened, and
 * where its trigger word is (so the date expression belonging to it can be
 * picked). Rules, all on analysed terms (stems):
 *
 * 1. a trigger (`bestätigt`, `in Kraft`) occurs in some clause;
 * 2. that clause has no excluded word (`nicht`, `kein`: negations);
 * 3. when the event names actor groups, the first actor mentioned in the
 *    trigger's clause (else in the sentence) belongs to one of them — so
 *    "Österreich hat ... Hilfe nach Italien ... bestätigt" is Austria
 *    confirming, not Italy;
 * 4. every `requires` group has a word somewhere in the sentence.
 *
 * @module
 */
import type { EventDef } from '../corpus/catalogue/index.ts';
import type { Sentence } from '../corpus/types.ts';
import { clauses, findPattern, hasAny, pattern, positionedTerms, type Clause, type Pattern, type PositionedTerm } from '../language/de/index.ts';

/** An event prepared for matching. */
export interface CompiledEvent {
  def: EventDef;
  triggers: Pattern[];
  /**
   * The separable particle each trigger needs after its verb in the same
   * clause (`trafen ein` needs `ein`: "trafen … die ersten Soldaten … ein",
   * never "Putin und Kim trafen sich"), or null. Particles are function
   * words the analyser drops, so they are checked in the text.
   */
  particles: (RegExp | null)[];
  excludes: Pattern[];
  requires: Pattern[][];
  /** Actor terms of the event's own groups. */
  ownActors: Set<string>;
  /** Every actor term of every group. */
  allActors: Set<string>;
  /** Single words to find candidate paragraphs in the index. */
  triggerWords: string[];
}

/** Prepares an event definition for matching. */
export function compileEvent(def: EventDef, actors: Readonly<Record<string, readonly string[]>>): CompiledEvent {
  const ownActors = new Set<string>();
  const allActors = new Set<string>();
  for (const [group, words] of Object.entries(actors)) {
    for (const w of words) {
      for (const t of pattern(w)) {
        allActors.add(t);
        if (def.actors.includes(group)) ownActors.add(t);
      }
    }
  }
  const compiled = def.triggers.map((t) => ({ p: pattern(t), particle: separableParticle(t) })).filter((t) => t.p.length > 0);
  const triggers = compiled.map((t) => t.p);
  return {
    def,
    triggers,
    particles: compiled.map((t) => t.particle),
    excludes: def.excludes.map(pattern).filter((p) => p.length > 0),
    requires: def.requires.map((g) => g.map(pattern).filter((p) => p.length > 0)),
    ownActors,
    allActors,
    triggerWords: [...new Set(triggers.flat())],
  };
}

/** Particles of German separable verbs, as the last word of a trigger (`trafen ein`, `kamen an`). */
const PARTICLES = new Set(['ein', 'an', 'aus', 'zu', 'vor', 'fest', 'bei', 'ab', 'auf', 'mit', 'zurück', 'hervor', 'bekannt']);

/** The particle a trigger ends in, as a whole-word pattern compiled once per event. */
function separableParticle(trigger: string): RegExp | null {
  const words = trigger.trim().split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return words.length >= 2 && PARTICLES.has(last) ? new RegExp(`(?<![\\p{L}])${last}(?![\\p{L}])`, 'iu') : null;
}

/** Where in a sentence an event is stated. */
export interface EventHit {
  /** Offset of the trigger in the sentence text. */
  triggerIndex: number;
  /** The clause holding the trigger. */
  clause: Clause;
}

const PREPOSITIONS = new Set(
  (
    'nach von vom gegen mit in im aus für zu zum zur bei beim über durch seit an am auf um unter vor ' +
    'zwischen laut gegenüber ohne wegen trotz hinter neben ins ans'
  ).split(' '),
);
const ARTICLES = new Set('der die das den dem des ein eine einer eines einem einen'.split(' '));
/** Articles that mark a genitive, dative or accusative phrase (never a subject). */
const OBJECT_ARTICLES = new Set('den dem des einem einen eines'.split(' '));
const ADJECTIVE = /^[a-zäöüß-]+(?:e|en|er|es|em)$/;

/**
 * True when the word at `index` opens or continues a phrase that cannot be the
 * clause's subject: walking back over adjectives to the article, the phrase is
 * governed by a preposition ("nach Russland", "gegen die Ukraine") or its
 * article is genitive/dative/accusative ("Vorwürfen des Westens", "mit dem
 * russischen Präsidenten").
 */
function inObjectPhrase(text: string, from: number, index: number): boolean {
  const words = text.slice(from, index).split(/[\s„“"«»]+/).filter(Boolean).slice(-4);
  let i = words.length - 1;
  while (i >= 0 && ADJECTIVE.test(words[i]!) && !ARTICLES.has(words[i]!.toLowerCase()) && !PREPOSITIONS.has(words[i]!.toLowerCase())) i--;
  if (i < 0) return false;
  const w = words[i]!.toLowerCase();
  if (PREPOSITIONS.has(w)) return true;
  if (ARTICLES.has(w)) {
    if (OBJECT_ARTICLES.has(w)) return true;
    const before = words[i - 1]?.toLowerCase();
    return before !== undefined && PREPOSITIONS.has(before);
  }
  return false;
}

/**
 * The first actor mentioned as a possible subject: actor words inside a
 * prepositional or object phrase are skipped, together with the actor words
 * right after them in the same phrase ("mit dem russischen Präsidenten
 * Wladimir Putin").
 */
function firstActor(text: string, terms: readonly PositionedTerm[], all: Set<string>, from = 0): PositionedTerm | undefined {
  let shadowFrom = -1;
  for (const t of terms) {
    if (!all.has(t.term)) continue;
    // Still the same noun phrase as a skipped actor word: only names, nouns and adjectives in between.
    const samePhrase =
      shadowFrom >= 0 &&
      text
        .slice(shadowFrom, t.index)
        .split(/[\s„“"«»]+/)
        .filter(Boolean)
        .every((w) => /^\p{Lu}/u.test(w) || ADJECTIVE.test(w));
    if (samePhrase || inObjectPhrase(text, from, t.index)) {
      shadowFrom = t.end;
      continue;
    }
    return t;
  }
  return undefined;
}

/** The first clause of the sentence stating the event, or null. */
export function matchEvent(sentence: Sentence, event: CompiledEvent): EventHit | null {
  const terms = positionedTerms(sentence.text);
  if (!event.triggers.some((t) => findPattern(terms, t) >= 0)) return null;
  for (const g of event.requires) if (!hasAny(terms, g)) return null;
  const parts = clauses(sentence.text, terms);
  for (const clause of parts) {
    let triggerIndex = -1;
    event.triggers.forEach((t, k) => {
      const at = findPattern(clause.terms, t);
      if (at < 0) return;
      const particle = event.particles[k];
      if (particle && !particle.test(sentence.text.slice(at, clause.end))) return;
      if (triggerIndex < 0 || at < triggerIndex) triggerIndex = at;
    });
    if (triggerIndex < 0) continue;
    if (hasAny(clause.terms, event.excludes)) continue;
    if (event.ownActors.size > 0) {
      const actor =
        firstActor(sentence.text, clause.terms, event.allActors, clause.start) ?? firstActor(sentence.text, terms, event.allActors);
      if (!actor || !event.ownActors.has(actor.term)) continue;
    }
    return { triggerIndex, clause };
  }
  return null;
}
