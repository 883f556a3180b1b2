/**
 * The catalogued answers of a story: every `/when` event and `/estimate`
 * measure of its catalogue, computed once per corpus version (the engine
 * worker does it before a version goes live, or reads them from the answers
 * cache), so that a request only reads them.
 *
 * Each answer is computed in two steps, so that a new corpus version redoes
 * only what changed: the *findings* (every quotable sentence or figure of the
 * entry, paragraph by paragraph — the expensive part, and each paragraph's
 * findings depend on its own article only), then the answer *from* all the
 * story's findings in corpus order (sorting, summary, claimants of the quotes
 * shown). `catalogueAnswers(story)` is exactly
 * `answersFromFindings(story, catalogueFindings(story))`.
 *
 * @module
 */
import type { Story } from '../snapshot/snapshot.ts';
import { sentenceMemo } from './event-match.ts';
import { PARAGRAPH_TOKENS, sentenceTokens } from '../snapshot/sentence-tokens.ts';
import { MEASURE_ANSWERS, measureAnswer, measureAnswerFrom, measureFindings, measureWords, type KnownClaimantDe, type MeasureAnswer, type MeasureFinding } from './estimate.ts';
import { EVENT_ANSWERS, eventAnswer, eventAnswerFrom, eventCandidates, eventFindings, type EventAnswer, type EventFinding, type KnownClaimant } from './when.ts';

export type { EventFinding, KnownClaimant, KnownClaimantDe, MeasureFinding };

/** The catalogued answers of one story (plain data: structured-clone and v8-serialize safe). */
export interface StoryAnswers {
  events: Record<string, EventAnswer>;
  measures: Record<string, MeasureAnswer>;
}

/** Every catalogued entry's findings in a story, in corpus order (plain data), by slug. */
export interface StoryFindings {
  events: Record<string, EventFinding[]>;
  measures: Record<string, MeasureFinding[]>;
}

/** Computes (or reads from the story's memo) every catalogued answer of a story. */
export function catalogueAnswers(story: Story): StoryAnswers {
  const out: StoryAnswers = { events: {}, measures: {} };
  for (const e of story.catalogue.events.events) out.events[e.slug] = eventAnswer(story, e);
  for (const m of story.catalogue.measures.measures) out.measures[m.slug] = measureAnswer(story, m);
  return out;
}

/**
 * Every catalogued entry's findings in a story (or in part of one: a story
 * holding some of its articles gives exactly their findings).
 */
export function catalogueFindings(story: Story): StoryFindings {
  const out: StoryFindings = { events: {}, measures: {} };
  // one reading of each sentence for every event (the memo goes with this call), from the tokens of a build unit's index when known
  const known = story.memo.get(PARAGRAPH_TOKENS, () => null);
  const memo = sentenceMemo(known ? (s) => sentenceTokens(known, s) : undefined);
  for (const e of story.catalogue.events.events) out.events[e.slug] = eventFindings(story, e, eventCandidates(story, e), memo);
  for (const m of story.catalogue.measures.measures) out.measures[m.slug] = measureFindings(story, m, story.index.matchAny(measureWords(m)));
  return out;
}

/**
 * The catalogued answers from all of a story's findings (corpus order),
 * installed in the story's memo. An entry for which `reuse` gives an answer
 * (computed earlier from the same findings) takes that one as it is; `known`
 * may give a quote's claimant worked out for an unchanged article before
 * (`knownDe` its German form).
 */
export function answersFromFindings(
  story: Story,
  findings: StoryFindings,
  reuse: (kind: 'events' | 'measures', slug: string) => EventAnswer | MeasureAnswer | undefined = () => undefined,
  known?: KnownClaimant,
  knownDe?: KnownClaimantDe,
): StoryAnswers {
  const out: StoryAnswers = { events: {}, measures: {} };
  for (const e of story.catalogue.events.events) out.events[e.slug] = (reuse('events', e.slug) as EventAnswer | undefined) ?? eventAnswerFrom(story, e, findings.events[e.slug] ?? [], known, knownDe);
  for (const m of story.catalogue.measures.measures) out.measures[m.slug] = (reuse('measures', m.slug) as MeasureAnswer | undefined) ?? measureAnswerFrom(story, m, findings.measures[m.slug] ?? [], known, knownDe);
  installCatalogueAnswers(story, out);
  return out;
}

/** Installs catalogued answers computed earlier (from the answers cache) in the story's memo. */
export function installCatalogueAnswers(story: Story, answers: StoryAnswers): void {
  story.memo.set(EVENT_ANSWERS, new Map(Object.entries(answers.events)));
  story.memo.set(MEASURE_ANSWERS, new Map(Object.entries(answers.measures)));
}
