/**
 * The /estimate scorecard: for each fixture story and language, the top
 * answer of every /estimate question of the story's truth sheet
 * (`expected.json`, written by hand from the articles) is scored right,
 * partly or wrong, printed as a table, and held to a floor. Count questions
 * (deaths, injured, missing, evacuated, buildings, jobs ...) must put a
 * correct figure on top: a figure the sheet lists for the question, counted
 * or estimated (a fear or forecast on top of a count question is only
 * "partly"), never one the sheet lists under `not`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEstimate } from '../../src/answers/estimate.ts';
import type { Answer } from '../../src/reply/model.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf, FIXTURE_STORIES, truthSheet } from '../helpers/newsroom.ts';

/** A figure of a truth sheet. */
interface TruthFigure {
  quote: string;
  text: string;
  min: number | null;
  max: number | null;
  modality: string;
  article: string;
}

/** An /estimate question of a truth sheet. */
interface TruthEstimate {
  q: string;
  lang: 'de' | 'en';
  measure: string;
  figures: TruthFigure[];
  not: { quote: string; text?: string; article: string }[];
}

/** Measures of the truth sheets that are not counts. */
const MEASUREMENT_MEASURES = new Set([
  'magnitude', 'length', 'depth', 'money', 'percent', 'temperature', 'wind-speed', 'age', 'area', 'share-price',
]);
const FACT = new Set(['counted', 'estimated']);
/** Questions that ask for forecasts or fears. */
const FORECAST_QUESTION = /feared|projected|befürcht|könnten|could/i;

export type Score = 'right' | 'partly' | 'wrong';

const articleOf = (path: string) => path.replace(/^articles\//, '').replace(/\.(?:txt|md)$/, '');
const sameSentence = (a: string, b: string) => a.includes(b) || b.includes(a);

/** True when an answer quotes the truth figure: same article and sentence, and the same figure (text or bounds). */
export function quotes(a: Answer, f: { quote: string; text?: string; article: string; min?: number | null; max?: number | null }): boolean {
  if (a.articleId !== articleOf(f.article) || !sameSentence(a.quote, f.quote)) return false;
  const fig = a.figure;
  if (!fig) return false;
  if (f.text && (fig.text.includes(f.text) || f.text.includes(fig.text))) return true;
  return f.min !== undefined && (fig.min === f.min || fig.max === f.max) && (fig.min ?? fig.max) !== null;
}

/** The score of a reply's top answer for a truth question. */
export function scoreTop(question: TruthEstimate, top: Answer | undefined): { score: Score; why: string } {
  if (question.figures.length === 0) {
    if (!top) return { score: 'right', why: 'nothing, as the sheet expects' };
    if (question.not.some((n) => quotes(top, n))) return { score: 'wrong', why: `a "not" figure: ${top.figure?.text}` };
    return { score: 'partly', why: `the sheet expects nothing; got ${top.figure?.text}` };
  }
  if (!top) return { score: 'wrong', why: 'no answer' };
  if (question.not.some((n) => quotes(top, n))) return { score: 'wrong', why: `a "not" figure: ${top.figure?.text}` };
  const hit = question.figures.find((f) => quotes(top, f));
  if (!hit) {
    // the same figure from the same article in another sentence (a lead repeating the body)
    const same = question.figures.find((f) => top.articleId === articleOf(f.article) && top.figure?.min === f.min && top.figure?.max === f.max);
    if (same) return { score: 'partly', why: `${same.text}, quoted from another sentence of the article` };
    return { score: 'wrong', why: `not a figure of the sheet: ${top.figure?.text} (${top.quote.slice(0, 60)}…)` };
  }
  const wantsForecast = FORECAST_QUESTION.test(question.q);
  const fact = FACT.has(hit.modality);
  if (wantsForecast ? !fact : fact || MEASUREMENT_MEASURES.has(question.measure) || !question.figures.some((f) => FACT.has(f.modality))) {
    return { score: 'right', why: hit.text };
  }
  return { score: 'partly', why: `${hit.text} is ${hit.modality}` };
}

/** True for a question the sheet answers with a count (not a measurement, not a forecast). */
export function isCountQuestion(q: TruthEstimate): boolean {
  return !MEASUREMENT_MEASURES.has(q.measure) && !FORECAST_QUESTION.test(q.q);
}

const snapshots = new Map<string, Snapshot>();
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  for (const id of FIXTURE_STORIES) {
    const c = corpusOf([id]);
    cleanups.push(c.cleanup);
    snapshots.set(id, await loadSnapshot(c.dir));
  }
});
afterAll(() => cleanups.forEach((c) => c()));

/**
 * Floors per story and language: every count question puts a figure of the
 * sheet on top (right, or partly when it is a forecast the sheet lists beside
 * counted ones), at least 85% of them right; at least 75% of all questions right.
 */
const FLOOR = { all: 0.75, count: 0.85 };

describe('/estimate scorecard on the fixture stories (top answer vs the truth sheets)', () => {
  for (const id of FIXTURE_STORIES) {
    for (const lang of ['de', 'en'] as const) {
      it(`${id} (${lang}): every count question puts a figure of the sheet on top; at least ${FLOOR.all * 100}% of all right`, () => {
        const questions = (truthSheet(id).estimate as unknown as TruthEstimate[]).filter((q) => q.lang === lang);
        const rows = questions.map((q) => {
          const reply = answerEstimate(q.q, { snapshot: snapshots.get(id)!, story: id });
          const { score, why } = scoreTop(q, reply.answers[0]);
          return { q: q.q, measure: q.measure, count: isCountQuestion(q), score, why };
        });
        const tally = (rs: typeof rows) => ({
          right: rs.filter((r) => r.score === 'right').length,
          partly: rs.filter((r) => r.score === 'partly').length,
          wrong: rs.filter((r) => r.score === 'wrong').length,
          n: rs.length,
        });
        const all = tally(rows);
        const counts = tally(rows.filter((r) => r.count));
        console.log(
          [
            `/estimate scorecard ${id} (${lang}): right ${all.right}, partly ${all.partly}, wrong ${all.wrong} of ${all.n}; count questions right ${counts.right} of ${counts.n}`,
            ...rows.map((r) => `  ${r.score.padEnd(6)} ${r.count ? 'count' : '     '} ${r.q.padEnd(40)} ${r.why.slice(0, 90)}`),
          ].join('\n'),
        );
        const weak = rows.filter((r) => r.count && r.score !== 'right').map((r) => `${r.q}: ${r.why}`).join('\n');
        expect(counts.wrong, weak).toBe(0);
        expect(counts.right / counts.n, weak).toBeGreaterThanOrEqual(FLOOR.count);
        expect(all.right / all.n).toBeGreaterThanOrEqual(FLOOR.all);
      });
    }
  }
});
