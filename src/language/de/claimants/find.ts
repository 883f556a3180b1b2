/**
 * The paragraph walker: analyses sentences in order so that a sentence can
 * inherit its claimant from the one before (reported speech in Konjunktiv,
 * a bare quotation, `hieß es weiter`), from the one after (`Das teilte das
 * Ministerium mit.`), and refer back to earlier actors (`er`, `der
 * Geheimdienst`, `den Angaben zufolge`, `laut dem Bericht`).
 *
 * @module
 */
import type { ClaimantDirectory } from './directory.ts';
import { tokenize } from './text.ts';
import { findAliases, isCommonNoun, isNoun, isWord, stemOf } from './phrase.ts';
import { headStem, type Actor, type ReferenceContext } from './resolve.ts';
import { analyseSentence, type SentenceAnalysis } from './sentence.ts';
import { CAPITALISED_FUNCTION, HEAD_KINDS } from './lexicon.ts';

/** Who makes the claim of a sentence. */
export interface Claimant {
  /** Short name (`Scholz`, `NIS`, `Ukrainian sources`, `Andrii Tscherniak`). */
  name: string;
  /** Role in English for known actors, as written for unknown people (`Sprecher`), or null. */
  role: string | null;
  /** Short normalised form for users: "Scholz (German chancellor)", "Tass (Russian state news agency), citing the defence ministry". */
  display: string;
  /** The same in German: "Scholz (deutscher Bundeskanzler)", "Tass (russische Staatsnachrichtenagentur), unter Berufung auf das Verteidigungsministerium". */
  displayDe: string;
  /** The attribution phrase as written (verbatim substring of the sentence, or of an earlier/later sentence when inherited). */
  text: string;
  /** Offset of `text` in the sentence, or -1 when the claimant is inherited from another sentence. */
  index: number;
  /** `sentence`: the sentence names it; `continuation`: inherited from the sentence before (Konjunktiv, quote); `following`: named by the next sentence (`Das sagte X.`). */
  basis?: 'sentence' | 'continuation' | 'following';
  /** Display name of the source the claimant cites (`unter Berufung auf ...`, `..., berichtete Yonhap`), or null. */
  citing?: string | null;
}

interface Result {
  actor: Actor;
  citing: Actor | null;
  text: string;
  index: number;
  basis: 'sentence' | 'continuation' | 'following';
  reportLike: boolean;
}

interface ParagraphState {
  sentences: string[];
  analyses: SentenceAnalysis[];
  results: Array<Result | null>;
}

/** How many earlier paragraphs are read for references and continuations. */
const PARAGRAPH_WINDOW = 4;

function genderFits(a: Actor, word: 'er' | 'sie'): boolean {
  const personish = a.kind === 'person' || a.kind === 'name';
  if (word === 'er') return a.gender === 'm' || (a.gender === null && personish);
  return a.gender === 'f' || a.gender === 'pl' || (a.gender === null && (personish || a.kind === 'collective' || a.kind === 'coordinated'));
}

function inherit(r: Result, basis: 'continuation' | 'following'): Result {
  return { ...r, index: -1, basis };
}

/**
 * The earlier paragraphs of the article, walked only when a sentence needs
 * them (a continuation, a pronoun, a reference back): most sentences name
 * their own source, and walking four paragraphs for each would be most of the
 * cost of an answer.
 */
interface Earlier {
  states(): ParagraphState[];
  sentences(): string[][];
}

function eagerEarlier(states: ParagraphState[]): Earlier {
  return { states: () => states, sentences: () => states.map((s) => s.sentences) };
}

function makeRefs(dir: ClaimantDirectory, state: ParagraphState, i: number, earlierOf: Earlier, sentence: string): ReferenceContext {
  const prevResult = (): Result | null => {
    if (i > 0) return state.results[i - 1] ?? null;
    const earlier = earlierOf.states();
    const last = earlier[earlier.length - 1];
    return last ? (last.results[last.results.length - 1] ?? null) : null;
  };
  /** Sentences before this one, nearest first, with their results. */
  function* backwards(maxParagraphs: number): Generator<{ text: string; result: Result | null }> {
    for (let j = i - 1; j >= 0; j--) yield { text: state.sentences[j] ?? '', result: state.results[j] ?? null };
    const earlier = earlierOf.states();
    for (let p = earlier.length - 1; p >= Math.max(0, earlier.length - maxParagraphs); p--) {
      const st = earlier[p];
      if (!st) continue;
      for (let j = st.sentences.length - 1; j >= 0; j--) yield { text: st.sentences[j] ?? '', result: st.results[j] ?? null };
    }
  }
  return {
    pronoun(word) {
      const r = prevResult();
      if (!r) return null;
      for (const a of [r.actor, r.citing]) if (a && genderFits(a, word)) return a;
      return null;
    },
    head(stem) {
      const actors = dir.heads.get(stem) ?? [];
      const asActor = (a: (typeof actors)[number]): Actor => ({ name: a.name, role: a.role, display: a.display, nameDe: a.nameDe, de: a.displayDe, kind: a.kind, gender: a.gender, id: a.id, heads: a.heads.map(headStem) });
      for (const { text, result } of backwards(2)) {
        if (result && result.actor.heads.includes(stem)) return result.actor;
        if (actors.length === 0) continue;
        const toks = tokenize(text);
        const ms = findAliases(toks, 0, toks.length, dir).filter((m) => actors.includes(m.pattern.actor));
        const last = ms[ms.length - 1];
        if (last) return asActor(last.pattern.actor);
      }
      // `Die Agentur erklärte` after the intelligence service NIS: the last named actor of the noun's kind
      const kinds = HEAD_KINDS.get(stem);
      if (!kinds) return null;
      for (const { text, result } of backwards(2)) {
        if (result && kinds.includes(result.actor.kind)) return result.actor;
        const toks = tokenize(text);
        const ms = findAliases(toks, 0, toks.length, dir).filter((m) => kinds.includes(m.pattern.actor.kind));
        const last = ms[ms.length - 1];
        if (last) return asActor(last.pattern.actor);
      }
      return null;
    },
    recentSource() {
      const collect = (rs: Array<Result | null>) => {
        const m = new Map<string, Actor>();
        for (const r of rs) if (r) m.set(r.actor.display, r.actor);
        return [...m.values()];
      };
      let found = collect(state.results.slice(0, i));
      if (found.length === 0) {
        const earlier = earlierOf.states();
        const last = earlier[earlier.length - 1];
        found = last ? collect(last.results) : [];
      }
      return found.length === 1 ? (found[0] ?? null) : null;
    },
    recentReport() {
      for (const { result } of backwards(PARAGRAPH_WINDOW)) if (result && result.actor.kind === 'media') return result.actor;
      return null;
    },
    knownSurname(stem) {
      const texts = [sentence, ...state.sentences.slice(0, i), ...earlierOf.sentences().flat()];
      for (const t of texts) {
        const toks = tokenize(t);
        for (let k = 1; k < toks.length; k++) {
          const a = toks[k - 1];
          const b = toks[k];
          if (b && stemOf(b) === stem && isWord(a) && isNoun(a) && !a.upper && !CAPITALISED_FUNCTION.has(a.fold) && !isCommonNoun(a, dir)) return true;
        }
      }
      return false;
    },
  };
}

function walkParagraph(dir: ClaimantDirectory, sentences: string[], earlier: Earlier): ParagraphState {
  const state: ParagraphState = { sentences, analyses: [], results: [] };
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i] ?? '';
    const a = analyseSentence(text, dir, makeRefs(dir, state, i, earlier, text));
    state.analyses.push(a);
    let r: Result | null = null;
    if (a.own) {
      r = { actor: a.own.actor, citing: a.own.citing, text: a.own.text, index: a.own.index, basis: 'sentence', reportLike: a.own.reportLike };
    } else if (a.negated || a.blocked) {
      r = null;
    } else if (a.konjunktiv || a.quoteOnly || a.continues) {
      const prev = i > 0 ? (state.results[i - 1] ?? null) : (earlier.states().at(-1)?.results.at(-1) ?? null);
      if (prev) r = inherit(prev, 'continuation');
    } else if (a.reportative && i > 0) {
      // `Laut dem Bericht sollen ... Verwundete sollen ...`: only after a report, never after an opinion
      const prev = state.results[i - 1] ?? null;
      if (prev?.reportLike) r = inherit(prev, 'continuation');
    }
    state.results.push(r);
  }
  // `Das teilte das Ministerium mit.` attributes the sentence before it
  for (let i = 0; i < sentences.length - 1; i++) {
    const next = state.analyses[i + 1];
    const nr = state.results[i + 1];
    if (state.results[i] === null && !state.analyses[i]?.negated && !state.analyses[i]?.blocked && next?.cataphoric && nr) {
      state.results[i] = inherit(nr, 'following');
    }
  }
  return state;
}

function toClaimant(r: Result): Claimant {
  const display = r.citing ? `${r.actor.display}, citing ${r.citing.name}` : r.actor.display;
  const displayDe = r.citing ? `${r.actor.de}, unter Berufung auf ${r.citing.nameDe}` : r.actor.de;
  return {
    name: r.actor.name,
    role: r.actor.role,
    display,
    displayDe,
    text: r.text,
    index: r.index,
    basis: r.basis,
    citing: r.citing ? r.citing.display : null,
  };
}

/**
 * Who makes the claim of each sentence of a paragraph, when the sentence (or
 * its paragraph, or the paragraphs just before) says so; null where unsure.
 * One pass over the paragraph: a sentence can continue the claimant of the
 * one before, be attributed by the one after, and refer back to earlier
 * actors. Pure: no IO, no state.
 *
 * @param sentences the paragraph's sentences, verbatim, in order, as the
 *   sentence splitter (`../sentences.ts`) gives them.
 * @param previousParagraphs earlier paragraphs of the article as sentence
 *   lists, nearest last (only the last few are read).
 * @param directory from `parseClaimantDirectory` (`./directory.ts`).
 */
export function findParagraphClaimants(
  sentences: readonly string[],
  previousParagraphs: readonly (readonly string[])[],
  directory: ClaimantDirectory,
): (Claimant | null)[] {
  const window = previousParagraphs.slice(-PARAGRAPH_WINDOW);
  let walked: ParagraphState[] | null = null;
  const lazy: Earlier = {
    states: () => {
      if (!walked) {
        walked = [];
        for (const p of window) walked.push(walkParagraph(directory, [...p], eagerEarlier(walked.slice())));
      }
      return walked;
    },
    sentences: () => window.map((p) => [...p]),
  };
  const state = walkParagraph(directory, [...sentences], lazy);
  return sentences.map((_, i) => {
    const r = state.results[i];
    return r ? toClaimant(r) : null;
  });
}
