/**
 * Grading `/when` replies against the truth sheets of the fixture stories
 * (test/fixtures/newsroom/stories/<story>/expected.json).
 *
 * The top answer (`answers[0]`) is
 * - **right** when its date lies within the expected date (`2025-02-17T04:17`
 *   within `2025-02-17`; the same day from another article is as right as
 *   the sheet's example quote) and it is none of the question's `not` quotes;
 *   for an expected date of `null` (the sheet's quote is in an undated
 *   article), when it is that article's unresolved phrase, or a date within
 *   the date the sheet gives for the same event in another question;
 * - **partly** when its date contains the expected one but is coarser (a
 *   month for a day, the night's two days for one), or when the top answer is
 *   wrong but one of the next two is right;
 * - **wrong** otherwise, also for "nothing found".
 *
 * "Dated by another thing" (see {@link datedByAnotherThing}): an answer (any,
 * not only the top) that quotes the sheet's sentence for the asked event with
 * a date the sheet does not read for it.
 */
import path from 'node:path';
import type { Answer, Reply } from '../../src/reply/model.ts';
import { isoToInterval, type DayInterval } from '../../src/answers/date-summary.ts';

/** A `/when` question of a truth sheet. */
export interface WhenTruth {
  q: string;
  lang: 'de' | 'en';
  event: string;
  date: string | null;
  precision: string | null;
  quote: string;
  article: string;
  claimant: string | null;
  notes: string | null;
  not?: { quote: string; article: string; why: string }[];
}

export type Grade = 'right' | 'partly' | 'wrong';

/** The answer's date as it states it (`iso` at its precision; `from`/`to` only say where a coarse date may reach). */
function intervalOf(a: Answer): DayInterval | null {
  const d = a.date;
  if (!d) return null;
  if (d.iso) return isoToInterval(d.iso);
  return d.from && d.to ? { from: d.from, to: d.to } : null;
}

function within(inner: DayInterval, outer: DayInterval): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

function days(i: DayInterval): number {
  return (Date.parse(i.to) - Date.parse(i.from)) / 86_400_000 + 1;
}

/** The article id of a sheet's `articles/<file>` path. */
export function articleIdOf(file: string): string {
  return path.basename(file).replace(/\.(?:txt|md)$/, '');
}

/** Whether an answer quotes one of the question's `not` sentences. */
export function isNot(q: WhenTruth, a: Answer): boolean {
  return (q.not ?? []).some((n) => a.quote.includes(n.quote) || n.quote.includes(a.quote));
}

/** The expected interval of a question, with minutes kept when the sheet has them (`2025-02-17T04:17`). */
function expected(q: WhenTruth, sheet: readonly WhenTruth[]): { interval: DayInterval; minute: string | null } | null {
  if (q.date) return { interval: isoToInterval(q.date)!, minute: q.date.includes('T') ? q.date : null };
  // an undated article's phrase: the same event's date elsewhere in the sheet, narrowest first
  const same = sheet.filter((o) => o.event === q.event && o.date).map((o) => isoToInterval(o.date!)!);
  same.sort((a, b) => days(a) - days(b));
  return same[0] ? { interval: same[0], minute: null } : null;
}

function gradeOne(q: WhenTruth, a: Answer | undefined, sheet: readonly WhenTruth[]): Grade {
  if (!a || isNot(q, a)) return 'wrong';
  if (q.date === null && a.articleId === articleIdOf(q.article) && (a.date?.iso ?? null) === null) return 'right';
  const want = expected(q, sheet);
  const got = intervalOf(a);
  if (!want || !got) return 'wrong';
  if (within(got, want.interval)) {
    // a minute was asked for (`Uhrzeit`, the sheet's exact time): the day alone is partly right
    if (want.minute && a.date?.iso !== want.minute && q.precision === 'minute') return a.date?.iso?.startsWith(want.minute.slice(0, 10)) ? 'partly' : 'wrong';
    return 'right';
  }
  if (within(want.interval, got)) return 'partly';
  return 'wrong';
}

/** The grade of a reply to a truth-sheet question (see the module comment). */
export function gradeWhen(q: WhenTruth, reply: Reply, sheet: readonly WhenTruth[]): Grade {
  const top = gradeOne(q, reply.answers[0], sheet);
  if (top !== 'wrong') return top;
  return reply.answers.slice(1, 3).some((a) => gradeOne(q, a, sheet) === 'right') ? 'partly' : 'wrong';
}

/**
 * Answers dated by a date of another thing: an answer quoting a sentence the
 * sheet gives for the same event, whose date is not the one the sheet reads
 * for that event in that sentence (`… bestätigte am Dienstag den am Vortag …
 * ausgerufenen Notstand`: the declaration is the day before, the
 * confirmation Tuesday). Answers naming another event are wrong answers, not
 * wrong dates, and are graded by {@link gradeWhen}.
 */
export function datedByAnotherThing(q: WhenTruth, reply: Reply, sheet: readonly WhenTruth[]): Answer[] {
  const same = sheet.filter((o) => o.event === q.event);
  return reply.answers.filter((a) => {
    const truth = same.find((o) => a.quote.includes(o.quote));
    if (!truth) return false;
    if (truth.date === null) return a.date?.iso != null && a.articleId === articleIdOf(truth.article);
    const want = isoToInterval(truth.date)!;
    const got = intervalOf(a);
    return !got || !(within(got, want) || within(want, got));
  });
}
