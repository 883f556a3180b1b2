/**
 * German language analysis: the bottom layer of the bot. Pure functions over
 * strings, no IO, nothing about particular stories; it imports nothing from
 * the rest of `src/` (the corpus, search and answers import it, never the
 * reverse).
 *
 * This entry holds the shared basics:
 * - the vocabulary (`lexicon.ts`): month and weekday names, number words,
 *   sentence-boundary word lists, and their small readers;
 * - folding (`fold.ts`): {@link foldForMatching} for search terms and names,
 *   {@link foldSpelledOut} for rule patterns written in ASCII spelling;
 * - the analyser (`analyzer.ts`): tokens, stop words and stems of the search index;
 * - sentence splitting (`sentences.ts`);
 * - terms with positions, clauses and patterns (`clauses.ts`).
 *
 * The three analyses built on them have their own entries, so that code
 * needing only the analyser (indexing, and the snapshot cache keyed on the
 * code it loads) does not load them:
 * - `./dates/index.ts`: date expressions resolved against a publication date;
 * - `./figures/index.ts`: figures (counts) in sentences;
 * - `./claimants/index.ts`: who makes the claim of a sentence.
 *
 * @module
 */
export { ANALYZER_VERSION, analyze, processTerm, tokenize, tokenizeWithOffsets, tokensWithin, tokenTexts, type Token } from './analyzer.ts';
export {
  clauses,
  findPattern,
  hasAny,
  isNegation,
  matchesWordPattern,
  narrowClause,
  pattern,
  positionedTerms,
  readClause,
  termSet,
  wordPattern,
  type Clause,
  type ClauseReading,
  type Mood,
  type Pattern,
  type PositionedTerm,
  type Tense,
  type WordPattern,
} from './clauses.ts';
export { OCCURRENCE_VERBS, eventWords, findEventWords, sentenceWords, widenEventWords, type EventOccurrence, type EventRole, type EventWords, type SentenceWord } from './events.ts';
export { isSeparableParticle, nounLemmas, separableParticleOf, verbForms, verbLemmas } from './morphology.ts';
export { foldForMatching, foldSpelledOut } from './fold.ts';
export {
  ABBREVIATIONS_CONTINUE,
  MONTH_ABBREVIATIONS,
  MONTH_WORDS,
  SENTENCE_STARTERS,
  isMonthWord,
  monthOf,
} from './lexicon.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export { NEWS_ZONE } from './zone.ts';
