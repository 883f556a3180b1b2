/**
 * The `/when` scorecard on the fixture stories: every question of the truth
 * sheets (German and English, catalogued slugs, labels and free words), graded
 * right / partly / wrong (see test/helpers/when-scorecard.ts), printed per
 * story and language. Floors (issue 12): the top answer is right for at least
 * 90% of the questions in each language; no answer is dated by a date of
 * another thing; an English question never gets "nothing found" when the
 * German text answers it. Each story is answered alone, as with the story
 * option.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWhen } from '../../src/answers/when.ts';
import type { Reply } from '../../src/reply/model.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf, FIXTURE_STORIES, truthSheet } from '../helpers/newsroom.ts';
import { datedByAnotherThing, gradeWhen, type Grade, type WhenTruth } from '../helpers/when-scorecard.ts';

interface Row {
  story: string;
  q: WhenTruth;
  reply: Reply;
  grade: Grade;
}

const rows: Row[] = [];
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  for (const id of FIXTURE_STORIES) {
    const corpus = corpusOf([id]);
    cleanups.push(corpus.cleanup);
    const snapshot: Snapshot = await loadSnapshot(corpus.dir);
    const sheet = truthSheet(id).when as unknown as WhenTruth[];
    for (const q of sheet) {
      const reply = answerWhen(q.q, { snapshot });
      rows.push({ story: id, q, reply, grade: gradeWhen(q, reply, sheet) });
    }
  }
  const table: Record<string, Record<Grade, number>> = {};
  for (const r of rows) {
    const key = `${r.story} ${r.q.lang}`;
    table[key] ??= { right: 0, partly: 0, wrong: 0 };
    table[key]![r.grade]++;
  }
  const lines = Object.entries(table).map(([k, t]) => `${k.padEnd(14)} right ${String(t.right).padStart(2)}  partly ${t.partly}  wrong ${t.wrong}`);
  const missed = rows.filter((r) => r.grade !== 'right').map((r) => `  ${r.grade}: ${r.story} ${r.q.lang} "${r.q.q}" (want ${r.q.date}, got ${r.reply.answers[0]?.date?.iso ?? 'nothing'})`);
  console.log(`/when scorecard (top answer, fixture stories)\n${lines.join('\n')}\n${missed.join('\n')}`);
});
afterAll(() => cleanups.forEach((c) => c()));

describe('/when scorecard on the fixture stories', () => {
  it('asks at least 60 questions, in German and English, catalogued and free', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.q.lang === 'de').length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.q.lang === 'en').length).toBeGreaterThanOrEqual(30);
    // catalogue slugs (`contained`, `creditors-meeting`) as well as free words
    expect(rows.filter((r) => /^[a-z]+(?:-[a-z]+)*$/.test(r.q.q) && r.reply.summary && !r.reply.summary.includes('no catalogue event')).length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.reply.summary?.includes('no catalogue event')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(['de', 'en'] as const)('the top answer is right for at least 90 percent of the %s questions', (lang) => {
    const mine = rows.filter((r) => r.q.lang === lang);
    const right = mine.filter((r) => r.grade === 'right').length;
    expect(right / mine.length).toBeGreaterThanOrEqual(0.9);
  });

  it('no answer is dated by a date of another thing (the sheet\'s sentence for the event always carries the event\'s date)', () => {
    const bad = rows.flatMap((r) => datedByAnotherThing(r.q, r.reply, truthSheet(r.story).when as unknown as WhenTruth[]).map((a) => `${r.story} "${r.q.q}": ${a.quote.slice(0, 80)} (${a.date?.iso})`));
    expect(bad).toEqual([]);
  });

  it('never quotes a "not" sentence as the top answer', () => {
    const bad = rows.filter((r) => r.reply.answers[0] && (r.q.not ?? []).some((n) => r.reply.answers[0]!.quote.includes(n.quote)));
    expect(bad.map((r) => `${r.story} "${r.q.q}"`)).toEqual([]);
  });

  it('an English question never gets "nothing found" when the German text answers it', () => {
    const nothing = rows.filter((r) => r.q.lang === 'en' && (r.reply.status !== 'ok' || r.reply.answers.length === 0));
    expect(nothing.map((r) => `${r.story} "${r.q.q}"`)).toEqual([]);
  });

  it('every quote is a verbatim slice of its article and every reply stays in its story', () => {
    for (const r of rows) {
      for (const a of r.reply.answers) {
        expect(a.story ?? r.story).toBe(r.story);
        expect(a.quote.length).toBeGreaterThan(0);
      }
    }
  });
});
