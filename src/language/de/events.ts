/**
 * Event words in sentences: which clause of a sentence states an event
 * named by some German words (`ausgebrochen`, `Ausbruch`, `brach aus`,
 * `in Kraft`), and in which role — the clause's verb (`brach … aus`,
 * `ausgebrochene`), its subject or object (`das Beben`, `den Notstand`), a
 * noun inside a prepositional phrase (`bei dem Beben`) or the last part of a
 * compound (`Hauptbeben`). Words are compared by lemma ({@link verbLemmas},
 * {@link nounLemmas}), so inflections need not be listed, and by analysed
 * term (stem), so plain nouns match in every case.
 *
 * Story-free and pure.
 *
 * @module
 */
import { processTerm, tokenizeWithOffsets, type Token } from './analyzer.ts';
import { pattern, type Pattern } from './clauses.ts';
import { foldForMatching } from './fold.ts';
import { isSeparableParticle, nounLemmas, verbForms, verbLemmas } from './morphology.ts';

/** Words that name an event, prepared for matching. */
export interface EventWords {
  /** Verb infinitives (folded) of the words: `ausbrechen`, `grunden`. */
  lemmas: ReadonlySet<string>;
  /**
   * The verbs of the nouns among the words (`Ausbruch` -> `ausbrechen`): only
   * these match nouns of a sentence, so that the verb `vereinbart` never
   * makes the noun `Vereinbarung` (the agreement itself) an event.
   */
  nounLemmas: ReadonlySet<string>;
  /** Analysed terms (stems) of single words: `beb`, `notstand`. */
  terms: ReadonlySet<string>;
  /** Multi-word expressions that are not a verb with its particle (`in Kraft`, `ums Leben`): all terms in one clause. */
  phrases: readonly Pattern[];
  /** The same expressions word by word, each word with its lemmas (`in Aussicht gestellt` also finds `stellte … in Aussicht`). */
  phraseWords: readonly (readonly { term: string | null; lemmas: readonly string[] }[])[];
  /** Folded nouns, for compounds that end in one of them (`Hauptbeben` for `Beben`). */
  heads: readonly string[];
  /** Index terms of the words and of their verbs' forms, to find candidate paragraphs. */
  searchTerms: readonly string[];
  /** True when some word is a verb or a verb phrase (the question asks what happened, not only about a thing). */
  verbal: boolean;
}

/** A word of a sentence with what matching needs. */
export interface SentenceWord {
  text: string;
  index: number;
  end: number;
  /** Capitalised (a noun, a name, or the first word). */
  cap: boolean;
  /** The analysed term, or null for function words. */
  term: string | null;
  /** Verb infinitives (folded) the word can stand for, with the clause's closing particle. */
  lemmas: readonly string[];
  folded: string;
}

/** How an event word occurs in a clause. */
export type EventRole = 'predicate' | 'noun' | 'pp' | 'compound' | 'person';

/** An event word found in a sentence. */
export interface EventOccurrence {
  index: number;
  end: number;
  role: EventRole;
}

const PREPOSITIONS = new Set(
  ('nach von vom gegen mit in im aus fur zu zum zur bei beim uber durch seit an am auf um unter vor zwischen laut gegenuber ' +
    'ohne wegen trotz hinter neben ins ans infolge angesichts wahrend').split(' '),
);
const ARTICLES = new Set('der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen'.split(' '));
const ADJECTIVE = /^[a-zäöüß-]+(?:e|en|er|es|em)$/;

/** A participle used as a noun for people (`die Evakuierten`, `Verletzte`, `Festgenommene`): who, not what happened. */
const PERSON_NOUN = /(?:iert|t|en)(?:e|en|er)$/;

/** Splits an alternative into words. */
function words(s: string): string[] {
  return s.trim().split(/\s+/).filter(Boolean);
}

/**
 * Prepares the German words of an event (labels, triggers, glossary
 * translations). A single lowercase word is a verb form or an adjective; a
 * capitalised one a noun; `brach aus` a verb with its particle; anything
 * else a phrase whose terms must all be in one clause.
 */
export function eventWords(alternatives: readonly string[]): EventWords {
  const lemmas = new Set<string>();
  const fromNouns = new Set<string>();
  const terms = new Set<string>();
  const phrases: Pattern[] = [];
  const phraseWords: { term: string | null; lemmas: readonly string[] }[][] = [];
  const heads: string[] = [];
  const search = new Set<string>();
  let verbal = false;
  let verbs = 0;
  let singles = 0;
  for (const alt of alternatives) {
    const ws = words(alt);
    if (ws.length === 0) continue;
    if (ws.length === 1) {
      singles++;
      const w = ws[0]!;
      const term = processTerm(w);
      if (term) {
        terms.add(term);
        search.add(term);
      }
      if (/^\p{Lu}/u.test(w)) {
        for (const l of nounLemmas(w)) {
          lemmas.add(l);
          fromNouns.add(l);
        }
        const f = foldForMatching(w);
        if (f.length >= 4) heads.push(f);
      } else if (/^\p{Ll}/u.test(w)) {
        const ls = verbLemmas(w);
        // a lowercase alternative is a verb form only when the lemmatiser reads it as one
        if (ls.length > 0 && looksVerbal(w)) {
          verbs++;
          for (const l of ls) lemmas.add(l);
          for (const l of ls.slice(0, 3)) for (const f of verbForms(l)) addTerm(search, f);
        }
      }
      continue;
    }
    const last = ws.at(-1)!;
    if (ws.length === 2 && /^\p{Ll}/u.test(ws[0]!) && isSeparableParticle(last)) {
      // `brach aus`, `trafen ein`
      const ls = verbLemmas(ws[0]!, foldForMatching(last)).filter((l) => l.startsWith(foldForMatching(last)));
      if (ls.length) {
        verbal = true;
        for (const l of ls) lemmas.add(l);
        for (const f of verbForms(ls[0]!)) addTerm(search, f);
        continue;
      }
    }
    const p = pattern(alt);
    if (p.length > 0) {
      phrases.push(p);
      phraseWords.push(
        ws
          .map((w) => ({ term: processTerm(w), lemmas: /^\p{Ll}/u.test(w) && looksVerbal(w) ? verbLemmas(w) : ([] as readonly string[]) }))
          .filter((x) => x.term !== null),
      );
      for (const t of p) search.add(t);
      if (ws.some((w) => /^\p{Ll}/u.test(w) && looksVerbal(w))) verbal = true;
    }
  }
  // a word whose alternatives are mostly verbs asks what happened (`broke out`, `eingedämmt`); `protest` is a thing
  if (singles > 0 && verbs * 2 >= singles) verbal = true;
  return { lemmas, nounLemmas: fromNouns, terms, phrases, phraseWords, heads, searchTerms: [...search], verbal };
}

/** Event words with more words added that do not change whether they are verbal (synonyms from the glossary). */
export function widenEventWords(ev: EventWords, more: readonly string[]): EventWords {
  if (more.length === 0) return ev;
  const extra = eventWords(more);
  return {
    lemmas: new Set([...ev.lemmas, ...extra.lemmas]),
    nounLemmas: new Set([...ev.nounLemmas, ...extra.nounLemmas]),
    terms: new Set([...ev.terms, ...extra.terms]),
    phrases: [...ev.phrases, ...extra.phrases],
    phraseWords: [...ev.phraseWords, ...extra.phraseWords],
    heads: [...new Set([...ev.heads, ...extra.heads])],
    searchTerms: [...new Set([...ev.searchTerms, ...extra.searchTerms])],
    verbal: ev.verbal,
  };
}

/**
 * Verbs (folded infinitives) that state that an event named by a noun
 * happened, was declared or held: `Das Beben erschütterte …`, `den Notstand
 * ausgerufen`, `Albanien beging einen Trauertag`, `Die Konferenz findet statt`.
 */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set([
  'ereignen', 'geschehen', 'passieren', 'stattfinden', 'erschuttern', 'treffen', 'heimsuchen', 'beginnen', 'ausbrechen',
  'einsetzen', 'erfolgen', 'toben', 'wuten', 'verwusten', 'zerstoren', 'anrichten', 'ausrufen', 'verhangen', 'erklaren',
  'verkunden', 'anordnen', 'beschliessen', 'starten', 'eroffnen', 'tagen', 'abhalten', 'begehen', 'gelten', 'auslosen',
  'folgen', 'entstehen', 'ausrichten', 'veranstalten', 'eingehen', 'stellen', 'einreichen', 'anmelden', 'beantragen',
  'verlangern', 'aufheben', 'enden', 'einstellen', 'beenden', 'vereinbaren', 'unterzeichnen', 'schliessen', 'zustimmen',
]);

function addTerm(set: Set<string>, form: string): void {
  const t = processTerm(form);
  if (t) set.add(t);
}

/** A participle, an infinitive, a preterite or a present form (not `schwer`, `neu`). */
function looksVerbal(w: string): boolean {
  return /(?:t|en|ern|eln|te|ten|st)$/.test(foldForMatching(w)) && foldForMatching(w).length >= 4;
}

/** Clause punctuation: a separable particle belongs to the verbs of its own clause only. */
const CLAUSE_END = /[,;:()„“”"«»]|\s[–—-]\s/g;

/**
 * The words of a sentence with their terms and lemmas; a lowercase word's
 * lemmas include the separable particle that closes its clause (`sagte …
 * ab` gives `absagen`).
 */
export function sentenceWords(text: string, tokens: readonly Token[] = tokenizeWithOffsets(text)): SentenceWord[] {
  // Clause k runs from `from_k` (0, else the cut before + 1) to `cuts[k]` (the text's end for the last).
  const cuts: number[] = [];
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) cuts.push(m.index);
  cuts.push(text.length);
  // The particle closing each clause: its last token when it has more than two (tokens are in order,
  // so a clause's tokens — index at or after its start, end at or before its cut — are one run).
  const particles: (string | null)[] = [];
  let a = 0;
  let b = 0;
  let from = 0;
  for (const cut of cuts) {
    while (a < tokens.length && tokens[a]!.index < from) a++;
    if (b < a) b = a;
    while (b < tokens.length && tokens[b]!.end <= cut) b++;
    const last = b > a ? tokens[b - 1]! : undefined;
    particles.push(last && b - a > 2 && /^\p{Ll}/u.test(last.text) && isSeparableParticle(last.text) ? foldForMatching(last.text) : null);
    from = cut + 1;
  }
  // A word's clause: the first whose cut lies after the word's start.
  let k = 0;
  return tokens.map((t) => {
    let particle: string | null = null;
    if (/^\p{Ll}/u.test(t.text)) {
      while (k < cuts.length && t.index >= cuts[k]!) k++;
      particle = k < cuts.length ? particles[k]! : null;
    }
    const shape = wordShape(t.text, particle);
    return { text: t.text, index: t.index, end: t.end, cap: shape.cap, term: shape.term, lemmas: shape.lemmas, folded: shape.folded };
  });
}

/** What a word is whatever its place: by its text and, for a lowercase word, the particle closing its clause. */
type WordShape = Omit<SentenceWord, 'text' | 'index' | 'end'>;

/** Word shapes read so far (the same words recur in every sentence; bounded; read-only). */
const wordShapes = new Map<string, WordShape>();

function wordShape(text: string, particle: string | null): WordShape {
  const key = particle === null ? text : `${text}\u0000${particle}`;
  let shape = wordShapes.get(key);
  if (shape === undefined) {
    const cap = /^\p{Lu}/u.test(text);
    let lemmas: readonly string[] = [];
    if (cap) lemmas = nounLemmas(text);
    else if (/^\p{Ll}/u.test(text)) lemmas = verbLemmas(text, particle);
    shape = { cap, term: processTerm(text), lemmas, folded: foldForMatching(text) };
    if (wordShapes.size >= 200_000) wordShapes.clear();
    wordShapes.set(key, shape);
  }
  return shape;
}

/** True when the word at `i` sits in a prepositional phrase (`bei dem Beben`, `nach dem schweren Beben`). */
function inPrepositionalPhrase(ws: readonly SentenceWord[], i: number): boolean {
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 4) {
    const f = ws[j]!.folded;
    if (PREPOSITIONS.has(f)) return true;
    if (ARTICLES.has(f) || (!ws[j]!.cap && ADJECTIVE.test(f)) || /^\d/.test(f)) {
      j--;
      steps++;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * Where the event's words occur between offsets `from` and `to` of a
 * sentence (a clause), best role first: a verb (`predicate`), a noun that is
 * subject or object (`noun`), a noun in a prepositional phrase (`pp`), the
 * last part of a compound (`compound`). Phrases count as predicates.
 */
export function findEventWords(ws: readonly SentenceWord[], ev: EventWords, from = 0, to = Infinity): EventOccurrence[] {
  const out: EventOccurrence[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.index < from || w.end > to) continue;
    const byLemma = w.lemmas.some((l) => (w.cap ? ev.nounLemmas : ev.lemmas).has(l));
    const byTerm = w.term !== null && ev.terms.has(w.term);
    if (byLemma || byTerm) {
      if (!w.cap && (byLemma || ev.verbal)) out.push({ index: w.index, end: w.end, role: 'predicate' });
      else if (w.cap && !byTerm && PERSON_NOUN.test(w.folded)) out.push({ index: w.index, end: w.end, role: 'person' });
      else if (w.cap) out.push({ index: w.index, end: w.end, role: inPrepositionalPhrase(ws, i) ? 'pp' : 'noun' });
      else out.push({ index: w.index, end: w.end, role: 'noun' });
      continue;
    }
    if (w.cap && w.folded.length >= 7) {
      for (const h of ev.heads) {
        if (w.folded.length - h.length >= 3 && w.folded.endsWith(h)) {
          out.push({ index: w.index, end: w.end, role: 'compound' });
          break;
        }
      }
    }
  }
  for (const words of ev.phraseWords) {
    const inside = ws.filter((w) => w.index >= from && w.end <= to);
    let first = -1;
    let last = -1;
    let ok = words.length > 0;
    for (const needle of words) {
      const hit = inside.find((w) => (needle.term !== null && w.term === needle.term) || (!w.cap && needle.lemmas.length > 0 && w.lemmas.some((l) => needle.lemmas.includes(l))));
      if (!hit) {
        ok = false;
        break;
      }
      if (first < 0 || hit.index < first) first = hit.index;
      last = Math.max(last, hit.end);
    }
    if (ok && first >= 0) out.push({ index: first, end: last, role: 'predicate' });
  }
  const rank: Record<EventRole, number> = { predicate: 0, noun: 1, pp: 2, person: 3, compound: 4 };
  out.sort((a, b) => rank[a.role] - rank[b.role] || a.index - b.index);
  return out;
}
