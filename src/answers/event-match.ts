/**
 * Decides whether a sentence states an event, in which clause and role, and
 * where its event word is (so the date expression belonging to it can be
 * picked).
 *
 * Catalogued events ({@link matchEvent}), all on analysed terms and lemmas:
 * 1. a trigger (`bestätigt`, `in Kraft`, or any form of its verb or noun:
 *    `vorgestoßen` also finds `stieß … vor` and `Vorstoß`) occurs in a clause;
 * 2. that clause has no excluded word (`nicht`, `kein`: negations) and no
 *    excluded wording (`excludePatterns`: `Ratifizierungsurkunde* …
 *    ausgetauscht` is not the ratification), and is not a question, a
 *    negation or a supposition (`Ob und wann …`, `wenn …`); a plan (`muss
 *    noch ratifiziert werden`, `tritt mit dem Austausch … in Kraft`) counts
 *    only with a date in its clause, and after the facts;
 * 3. when the event names actor groups, the first actor mentioned in the
 *    trigger's clause (else in the sentence) belongs to one of them — so
 *    "Österreich hat ... Hilfe nach Italien ... bestätigt" is Austria
 *    confirming, not Italy;
 * 4. every `requires` group has a word somewhere in the sentence, and one of
 *    the `requirePatterns` (if any) occurs in it.
 *
 * Free words ({@link eventQuery}, {@link scoreSentence}): the question is
 * read once into the event (its verb or event noun), the things it concerns
 * and how dates are to be ordered; a sentence answers when a clause states
 * the event, and ranks by the event word's role (the clause's verb, its
 * subject or object, a noun in a prepositional phrase, a compound), the
 * clause's mood, and how many of the other words it (or its neighbours)
 * holds.
 *
 * @module
 */
import type { EventDef } from '../corpus/catalogue/index.ts';
import type { Sentence } from '../corpus/types.ts';
import {
  clauses,
  eventWords,
  findEventWords,
  OCCURRENCE_VERBS,
  widenEventWords,
  findPattern,
  hasAny,
  isNegation,
  matchesWordPattern,
  nounLemmas,
  pattern,
  positionedTerms,
  readClause,
  sentenceWords,
  termSet as termSetOf,
  tokenizeWithOffsets,
  separableParticleOf,
  verbForms,
  verbLemmas,
  wordPattern,
  type Clause,
  type ClauseReading,
  type EventOccurrence,
  type EventRole,
  type EventWords,
  type Pattern,
  type PositionedTerm,
  type SentenceWord,
  type Token,
  type WordPattern,
} from '../language/de/index.ts';
import type { Concept } from '../search/query.ts';
import { foldForMatching } from '../language/de/index.ts';

/** An event prepared for matching. */
export interface CompiledEvent {
  def: EventDef;
  triggers: Pattern[];
  /** The triggers as event words (lemmas: every form of their verbs and nouns). */
  words: EventWords;
  /**
   * The separable particle each trigger needs after its verb in the same
   * clause (`trafen ein` needs `ein`: "trafen … die ersten Soldaten … ein",
   * never "Putin und Kim trafen sich"), or null. Particles are function
   * words the analyser drops, so they are checked in the text.
   */
  particles: (RegExp | null)[];
  excludes: Pattern[];
  requires: Pattern[][];
  requirePatterns: WordPattern[];
  excludePatterns: WordPattern[];
  /** Actor terms of the event's own groups. */
  ownActors: Set<string>;
  /** Every actor term of every group. */
  allActors: Set<string>;
  /** Single words to find candidate paragraphs in the index (triggers and the forms of their verbs). */
  triggerWords: string[];
  /** The same as a set of analysed terms: a sentence without one of them cannot state the event. */
  triggerTerms: ReadonlySet<string>;
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
  const words = eventWords(def.triggers);
  // Candidate paragraphs: the triggers' own terms and the forms of their verbs that keep the particle
  // (`ausgebrochen`, `ausbrach`); a bare `brach`, `kam`, `gab` would make half the corpus a candidate.
  const forms = new Set<string>();
  for (const t of def.triggers) {
    if (/\s/.test(t.trim()) || !/^\p{Ll}/u.test(t.trim())) continue;
    for (const l of verbLemmas(t.trim()).slice(0, 3)) {
      const particle = separableParticleOf(l);
      for (const f of verbForms(l)) if (!particle || f.startsWith(particle)) for (const term of pattern(f)) forms.add(term);
    }
  }
  return {
    def,
    triggers,
    words,
    particles: compiled.map((t) => t.particle),
    excludes: def.excludes.map(pattern).filter((p) => p.length > 0),
    requires: def.requires.map((g) => g.map(pattern).filter((p) => p.length > 0)),
    requirePatterns: (def.requirePatterns ?? []).map(wordPattern),
    excludePatterns: (def.excludePatterns ?? []).map(wordPattern),
    ownActors,
    allActors,
    triggerWords: [...new Set([...triggers.flat(), ...forms])],
    triggerTerms: new Set([...triggers.flat(), ...words.searchTerms]),
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
  /** What the trigger's narrow clause does with the event. */
  reading: ClauseReading;
  /** How the trigger occurs: the clause's verb, a noun, a noun in a prepositional phrase, a compound. */
  role: EventRole;
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

/** Personal pronouns that refer back to a noun of the sentence before. */
const PRONOUNS = new Set(['es', 'er', 'ihn', 'ihm', 'sie']);

/** Moods that never state that an event happened. */
const NOT_STATED = new Set(['question', 'negated', 'conditional']);

/** True when a date phrase sits in the narrow clause of `reading`. */
function dateInClause(text: string, reading: ClauseReading): boolean {
  return DATE_HINT.test(text.slice(reading.start, reading.end));
}
/** A cheap test for a date phrase (weekday, month, day number with dot, year, `heute`, `Ende`/`Anfang`). */
const DATE_HINT =
  /(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\b\d{1,2}\.|\b(?:19|20)\d\d\b|heute|gestern|morgen|Vortag|Wochenende|Woche|Monat|Jahr)/u;

/**
 * What {@link matchEvent} reads of a sentence whatever the event: shared by
 * every event of a catalogue matched against the same sentences (a scratch
 * memo of one build, dropped with it).
 */
interface SentenceReading {
  /** The sentence's tokens (given by the memo's `tokensOf`, else tokenised here). */
  tokens: readonly Token[];
  /** Its analysed terms with positions: read only for a sentence that passes the cheap checks. */
  terms?: PositionedTerm[];
  /** The distinct terms, for the cheap checks. */
  termSet?: ReadonlySet<string>;
  folded?: string;
  words?: SentenceWord[];
  clauses?: Clause[];
}

/**
 * A memo of sentence readings for {@link matchEvent}, kept while a catalogue
 * is matched; `tokensOf` may give a sentence's tokens as tokenised already
 * (for the index), else the sentence is tokenised here.
 */
export type SentenceMemo = WeakMap<Sentence, SentenceReading> & { tokensOf?: (sentence: Sentence) => readonly Token[] | null };

/** A new, empty {@link SentenceMemo}. */
export function sentenceMemo(tokensOf?: (sentence: Sentence) => readonly Token[] | null): SentenceMemo {
  const memo: SentenceMemo = new WeakMap();
  if (tokensOf) memo.tokensOf = tokensOf;
  return memo;
}

/** True when a term of `terms` is in `wanted`. */
function hasAnyOf(terms: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const t of terms) if (wanted.has(t)) return true;
  return false;
}

/** The first clause of the sentence stating the event, or null. `memo` shares the sentence's reading with other events. */
export function matchEvent(sentence: Sentence, event: CompiledEvent, memo?: SentenceMemo): EventHit | null {
  let r = memo?.get(sentence);
  if (!r) {
    r = { tokens: memo?.tokensOf?.(sentence) ?? tokenizeWithOffsets(sentence.text) };
    memo?.set(sentence, r);
  }
  const read = r;
  // the cheap checks first, on the distinct terms: required words, then some form of a trigger (compounds aside)
  // (`occurs(p)` is `findPattern(terms, p) >= 0`)
  const termSet = (read.termSet ??= termSetOf(sentence.text, read.tokens));
  const occurs = (p: readonly string[]) => p.length > 0 && p.every((t) => termSet.has(t));
  for (const g of event.requires) if (!g.some(occurs)) return null;
  const byTerm = event.triggers.some(occurs);
  if (!byTerm && !hasAnyOf(termSet, event.triggerTerms) && !event.words.heads.some((h) => (read.folded ??= foldForMatching(sentence.text)).includes(h))) return null;
  if (event.requirePatterns.length && !event.requirePatterns.some((p) => matchesWordPattern(sentence.text, p))) return null;
  let ws: SentenceWord[] | null = null;
  if (!byTerm) {
    ws = read.words ??= sentenceWords(sentence.text, read.tokens);
    if (findEventWords(ws, event.words).length === 0) return null;
  }
  const terms = (read.terms ??= positionedTerms(sentence.text, read.tokens));
  const parts = (read.clauses ??= clauses(sentence.text, terms));
  for (const clause of parts) {
    let triggerIndex = -1;
    let role: EventRole = 'predicate';
    event.triggers.forEach((t, k) => {
      const at = findPattern(clause.terms, t);
      if (at < 0) return;
      const particle = event.particles[k];
      if (particle && !particle.test(sentence.text.slice(at, clause.end))) return;
      if (triggerIndex < 0 || at < triggerIndex) triggerIndex = at;
    });
    if (triggerIndex < 0) {
      ws ??= read.words ??= sentenceWords(sentence.text, read.tokens);
      const found = findEventWords(ws, event.words, clause.start, clause.end)[0];
      if (!found) continue;
      triggerIndex = found.index;
      role = found.role;
    }
    if (hasAny(clause.terms, event.excludes)) continue;
    if (event.excludePatterns.some((p) => matchesWordPattern(sentence.text, p, clause.start, clause.end))) continue;
    const reading = readClause(sentence.text, triggerIndex);
    if (NOT_STATED.has(reading.mood)) continue;
    if (reading.mood === 'planned' && !dateInClause(sentence.text, reading)) continue;
    if (event.ownActors.size > 0) {
      const actor =
        firstActor(sentence.text, clause.terms, event.allActors, clause.start) ?? firstActor(sentence.text, terms, event.allActors);
      if (!actor || !event.ownActors.has(actor.term)) continue;
    }
    return { triggerIndex, clause, reading, role };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Free words

/** A word of the question other than the event: what the event concerns, or a constraint. */
export interface QueryTopic {
  text: string;
  words: EventWords;
  /** The question's concept (typed words and glossary translations), to search the index with. */
  concept: Concept;
}

/** What a free `/when` question asks, read once. */
export interface EventQuery {
  /** The concept that names what happened (a verb, an event noun, else the first thing named). */
  eventConcept: Concept | null;
  event: EventWords | null;
  topics: QueryTopic[];
  /** `first`, `erste`, `erstmals`: the earliest report first. */
  first: boolean;
  /** `Uhrzeit`, `what time`: dates with a time of day first. */
  wantTime: boolean;
  /** `until`, `bis wann`, `deadline`: dates with `bis` first. */
  until: boolean;
  /** `previous`, `früher`, `zuletzt`: an earlier event of the kind is asked for (old dates are welcome). */
  previous: boolean;
  /** Analysed place and side words -> their id (set with `askedPlaces`). */
  placeOf?: ReadonlyMap<string, string>;
  /** The places and sides the question's topics name: a clause naming only other places does not answer it. */
  askedPlaces?: ReadonlySet<string>;
}

/** Question words that ask for the date itself, not for a thing. */
const META = new Set(['wann', 'date', 'datum', 'zeitpunkt', 'termin', 'day', 'tag', 'genau', 'exactly', 'exact', 'happen', 'happened', 'passiert', 'geschehen']);
const TIME_WORDS = new Set(['uhrzeit', 'time', 'zeit', 'hour', 'stunde', 'clock']);
const FIRST_WORDS = new Set(['first', 'erste', 'ersten', 'erster', 'erstes', 'erstmals', 'zuerst', 'earliest', 'fruhesten', 'initial']);
const UNTIL_WORDS = new Set(['until', 'bis', 'deadline', 'frist', 'till', 'ablauf']);
const PREVIOUS_WORDS = new Set(['previous', 'earlier', 'last', 'former', 'prior', 'fruher', 'fruhere', 'fruheren', 'vorherige', 'vorherigen', 'zuletzt', 'damals', 'letzte', 'letzten', 'vorige', 'vorigen']);
/**
 * Verbs that only say that something happened or began (`wann begann die
 * Offensive`, `when did the fighting start`): the thing named is the event.
 */
const LIGHT_WORDS = new Set([
  'start', 'started', 'starts', 'begin', 'began', 'begun', 'begins', 'beginning', 'happen', 'happened', 'happens', 'occur',
  'occurred', 'take place', 'took place', 'beginnen', 'begann', 'begannen', 'begonnen', 'beginnt', 'beginn', 'starten', 'startete',
  'gestartet', 'startet', 'stattfinden', 'fand statt', 'stattgefunden', 'findet statt', 'passiert', 'geschah', 'geschehen', 'ereignete',
  'ereignet', 'anfang', 'angefangen', 'fing an', 'war', 'waren', 'ist', 'sind', 'kam', 'kamen',
]);

function folded(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/**
 * Reads a free question into its event and topics. `places`: analysed terms
 * of the story's places and sides, which are never the event (`Albania`,
 * `Sardinien`).
 */
export function eventQuery(concepts: readonly Concept[], places: ReadonlySet<string>): EventQuery {
  let first = false;
  let wantTime = false;
  let until = false;
  let previous = false;
  const content: Concept[] = [];
  for (const c of concepts) {
    const k = folded(c.text);
    // (`nicht`, `kein`: a clause holding a negation never states the event, so it is neither the event nor a topic)
    if (META.has(k) || isNegation(k)) continue;
    if (TIME_WORDS.has(k)) {
      wantTime = true;
      continue;
    }
    if (FIRST_WORDS.has(k)) {
      first = true;
      continue;
    }
    if (PREVIOUS_WORDS.has(k)) previous = true;
    if (UNTIL_WORDS.has(k)) {
      until = true;
      if (k === 'deadline' || k === 'frist') content.push(c);
      continue;
    }
    content.push(c);
  }
  // words added by widening (`extra`: the last alternatives) never make a concept verbal
  const compiled = content.map((c) => {
    const extra = (c as Concept & { extra?: number }).extra ?? 0;
    const own = c.alternatives.slice(0, c.alternatives.length - extra);
    return { c, words: widenEventWords(eventWords(own), c.alternatives.slice(own.length)) };
  });
  const isPlace = (x: (typeof compiled)[number]) => [...x.words.terms].some((t) => places.has(t)) && !x.words.verbal;
  const isNoun = (x: (typeof compiled)[number]) => x.c.alternatives.some((a) => /^\p{Lu}/u.test(a.trim()));
  const nounish = (x: (typeof compiled)[number]) => !isPlace(x) && !x.words.verbal && isNoun(x);
  const light = (x: (typeof compiled)[number]) => LIGHT_WORDS.has(folded(x.c.text));
  // `wann begann die Offensive`: the light verb gives way to the thing named
  const verbal = compiled.filter((x) => x.words.verbal && !(light(x) && compiled.some(nounish)));
  const deverbal = compiled.filter((x) => !isPlace(x) && x.c.alternatives.some((a) => /^\p{Lu}\S*$/u.test(a.trim()) && nounLemmas(a.trim()).length > 0));
  const nouns = compiled.filter((x) => !isPlace(x) && isNoun(x));
  const chosen = verbal.at(-1) ?? deverbal.find((x) => !light(x)) ?? nouns.find((x) => !light(x)) ?? deverbal[0] ?? nouns[0] ?? compiled.find((x) => !isPlace(x)) ?? null;
  const kept = compiled.filter((x) => x === chosen || !(light(x) && x.words.verbal !== undefined && chosen && !light(chosen)));
  if (!chosen) return { eventConcept: null, event: null, topics: compiled.map((x) => ({ text: x.c.text, words: x.words, concept: x.c })), first, wantTime, until, previous };
  // The event concept searches the index with every form of its verbs too.
  const forms = [...chosen.words.lemmas].slice(0, 6).flatMap((l) => verbForms(l));
  const eventConcept: Concept = { ...chosen.c, alternatives: [...new Set([...chosen.c.alternatives, ...forms])] };
  return {
    eventConcept,
    event: chosen.words,
    topics: kept.filter((x) => x !== chosen).map((x) => ({ text: x.c.text, words: x.words, concept: x.c })),
    first,
    wantTime,
    until,
    previous,
  };
}

/** A sentence stating the asked event: where, in which role and mood, and which topics it holds. */
export interface SentenceMatch {
  /** Offset of the event word in the sentence (the word the date is picked for). */
  index: number;
  role: EventRole;
  reading: ClauseReading;
  /** How strongly the clause states the event (role, verb, mood); topics and dates are added by the caller. */
  base: number;
  /** Per topic of the question: 1 in the event's clause, 0.7 elsewhere in the sentence, 0.35 only next to it, 0 not found. */
  topics: number[];
}

/** True when a topic's words occur among the words (by term, lemma or phrase). */
function hasTopic(ws: readonly SentenceWord[], topic: QueryTopic, from = 0, to = Infinity): boolean {
  return findEventWords(ws, topic.words, from, to).length > 0 || numberTopic(ws, topic, from, to);
}

/** `6.1` typed in English matches `6,1` in German text. */
function numberTopic(ws: readonly SentenceWord[], topic: QueryTopic, from: number, to: number): boolean {
  const m = /^(\d+)[.,](\d+)$/.exec(topic.text.trim());
  if (!m) return false;
  const want = [`${m[1]},${m[2]}`, `${m[1]}.${m[2]}`];
  return ws.some((w) => w.index >= from && w.end <= to && want.includes(w.text));
}

/**
 * How strongly a clause states the event: for a question naming what
 * happened (a verb: `broke out`, `eingedämmt`), the verb itself (3) above
 * its noun (`Ausbruch`: 2.6), a noun in a prepositional phrase (1.8) or a
 * compound (1.5); for a question naming a thing (`Erdbeben`, `Notstand`), the
 * noun with a verb that states it happened (`erschütterte`, `ausgerufen`,
 * `beging`: 3.2) above the noun with another verb (`belastete die Aktien`:
 * 2.4), the verb without the noun (`die Erde bebte`: 2.2), a prepositional
 * phrase (1.8) or a compound (1.5, with such a verb 2.0).
 */
function clauseStrength(ws: readonly SentenceWord[], ev: EventWords, occs: readonly EventOccurrence[], from: number, to: number): { score: number; at: EventOccurrence } {
  const pred = occs.find((o) => o.role === 'predicate');
  const noun = occs.find((o) => o.role === 'noun') ?? occs.find((o) => o.role === 'pp') ?? occs.find((o) => o.role === 'compound');
  const person = occs.find((o) => o.role === 'person');
  if (!pred && !noun) return { score: 2, at: person! };
  if (ev.verbal) {
    if (pred) return { score: 3, at: pred };
    return { score: noun!.role === 'noun' ? 2.6 : noun!.role === 'pp' ? 1.8 : 1.5, at: noun! };
  }
  const verb = pred !== undefined || ws.some((w) => w.index >= from && w.end <= to && !w.cap && w.lemmas.some((l) => OCCURRENCE_VERBS.has(l)));
  if (noun?.role === 'noun') return { score: verb ? 3.2 : 2.4, at: noun };
  if (pred && !noun) return { score: 2.2, at: pred };
  if (noun?.role === 'pp') return { score: 1.8, at: noun };
  return { score: verb ? 2 : 1.5, at: noun ?? pred! };
}

/**
 * How well a sentence answers a free question, or null when no clause of it
 * states the event (or only in a question, negation or supposition). A plan
 * (`soll im März stattfinden`) counts less than a fact. `around`: the words
 * of the sentences before and after and of the article's title, where topics
 * count less (`es sei vollständig eingedämmt` after a sentence naming the fire).
 */
export function scoreSentence(text: string, ws: readonly SentenceWord[], q: EventQuery, around: readonly (readonly SentenceWord[])[]): SentenceMatch | null {
  if (!q.event) return null;
  const found = findEventWords(ws, q.event);
  if (found.length === 0) return null;
  let best: SentenceMatch | null = null;
  for (const clause of clauses(text, [])) {
    const occs = found.filter((o) => o.index >= clause.start && o.end <= clause.end);
    if (occs.length === 0) continue;
    const { score: strength, at } = clauseStrength(ws, q.event, occs, clause.start, clause.end);
    const reading = clauseReading(text, at.index);
    if (NOT_STATED.has(reading.mood)) continue;
    // a plan counts less than a fact, an intention reported in the past (`wollte … ausrufen`) far less, a partial event less
    const base = strength - (reading.intended ? 1.5 : reading.mood === 'planned' ? 0.6 : 0) - (reading.partial ? 0.8 : 0);
    const from = Math.min(clause.start, reading.start);
    const to = Math.max(clause.end, reading.end);
    // `es sei vollständig eingedämmt`: a pronoun in the clause stands for a noun of the sentence before
    // `when did <country A> confirm`: a clause naming other places but not the asked one (`bestätigte <country B>`) is about them
    if (q.askedPlaces && q.placeOf && otherPlacesOnly(ws, from, to, q.placeOf, q.askedPlaces)) continue;
    const pronoun = ws.some((w) => w.index >= from && w.end <= to && PRONOUNS.has(w.folded));
    const before = around[1];
    const topics = q.topics.map((topic): number =>
      hasTopic(ws, topic, from, to)
        ? 1
        : hasTopic(ws, topic)
          ? 0.7
          : pronoun && before && hasTopic(before, topic)
            ? 0.8
            : around.some((a) => hasTopic(a, topic))
              ? 0.35
              : 0,
    );
    const total = base + topics.reduce((a, b) => a + b, 0);
    if (!best || total > best.base + best.topics.reduce((a, b) => a + b, 0)) best = { index: at.index, role: at.role, reading, base, topics };
  }
  return best;
}

/**
 * {@link readClause} for free questions, kept for the next questions: a pure
 * function of the sentence and the position, and common words lead many
 * questions to the same sentences. At most {@link CLAUSE_READINGS_LIMIT}
 * readings are kept (then started afresh). The readings are shared: read only.
 */
function clauseReading(text: string, index: number): ClauseReading {
  const key = `${index}|${text}`;
  let r = clauseReadings.get(key);
  if (!r) {
    if (clauseReadings.size >= CLAUSE_READINGS_LIMIT) clauseReadings.clear();
    clauseReadings.set(key, (r = readClause(text, index)));
  }
  return r;
}
const clauseReadings = new Map<string, ClauseReading>();
const CLAUSE_READINGS_LIMIT = 20_000;

/** True when the words in [from, to) name places or sides, none of them asked for. */
function otherPlacesOnly(ws: readonly SentenceWord[], from: number, to: number, placeOf: ReadonlyMap<string, string>, asked: ReadonlySet<string>): boolean {
  let other = false;
  for (const w of ws) {
    if (w.index < from || w.end > to || w.term === null) continue;
    const id = placeOf.get(w.term);
    if (id === undefined) continue;
    if (asked.has(id)) return false;
    other = true;
  }
  return other;
}

/** Quick pre-check: the sentence's analysed terms or compound words can hold the event at all. */
export function mayHoldEvent(terms: ReadonlySet<string>, ev: EventWords, search: ReadonlySet<string>): boolean {
  for (const t of terms) if (search.has(t) || ev.terms.has(t)) return true;
  return false;
}
