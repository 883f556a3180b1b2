/**
 * The catalogued answers of a story: every `/when` event and `/estimate`
 * measure of its catalogue, computed once per corpus version (the engine
 * worker does it before a version goes live, or reads them from the answers
 * cache), so that a request only reads them.
 *
 * @module
 */
import type { Story } from '../snapshot/snapshot.ts';
import { MEASURE_ANSWERS, measureAnswer, type MeasureAnswer } from './estimate.ts';
import { EVENT_ANSWERS, eventAnswer, type EventAnswer } from './when.ts';

/** The catalogued answers of one story (plain data: structured-clone and v8-serialize safe). */
export interface StoryAnswers {
  events: Record<string, EventAnswer>;
  measures: Record<string, MeasureAnswer>;
}

/** Computes (or reads from the story's memo) every catalogued answer of a story. */
export function catalogueAnswers(story: Story): StoryAnswers {
  const out: StoryAnswers = { events: {}, measures: {} };
  for (const e of story.catalogue.events.events) out.events[e.slug] = eventAnswer(story, e);
  for (const m of story.catalogue.measures.measures) out.measures[m.slug] = measureAnswer(story, m);
  return out;
}

/** Installs catalogued answers computed earlier (from the answers cache) in the story's memo. */
export function installCatalogueAnswers(story: Story, answers: StoryAnswers): void {
  story.memo.set(EVENT_ANSWERS, new Map(Object.entries(answers.events)));
  story.memo.set(MEASURE_ANSWERS, new Map(Object.entries(answers.measures)));
}
