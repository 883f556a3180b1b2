/**
 * The answer up front for `/when`: from the dates of the supporting quotes,
 * the date the sources agree on, or each date when they differ. Dates are
 * compared as intervals (a day, a month, a season...), so "im Juni" and
 * "im Juni 2024" agree and a month contains its days; nothing is averaged.
 *
 * @module
 */
import type { Answer, DateRef } from '../reply/model.ts';
import type { WhenEarlier, WhenMessage, WhenSubject } from '../reply/messages.ts';
import { sourceLabel } from '../reply/wording.ts';

/** A closed interval of ISO days (`YYYY-MM-DD`), compared as strings. */
export interface DayInterval {
  from: string;
  to: string;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first and last day an ISO date or ISO interval (`2024`, `2024-06`, `2024-12-04`, `2024-09/2024-11`) covers. */
export function isoToInterval(iso: string): DayInterval | null {
  const [a, b] = iso.split('/');
  const start = startOf(a!);
  const end = endOf(b ?? a!);
  return start && end ? { from: start, to: end } : null;
}

function startOf(iso: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

function endOf(iso: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 12;
  const d = m[3] ? Number(m[3]) : lastDayOfMonth(y, mo);
  return `${m[1]}-${pad(mo)}-${pad(d)}`;
}

/** The interval a resolved date covers, or null when unresolved. */
export function dateInterval(d: DateRef): DayInterval | null {
  if (d.from && d.to) return { from: d.from, to: d.to };
  return d.iso ? isoToInterval(d.iso) : null;
}

function width(i: DayInterval): number {
  return (Date.parse(i.to) - Date.parse(i.from)) / 86_400_000;
}

function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Orders answers for `/when`: dated first (narrowest, then earliest), then "reported by", then unresolved. */
export function compareByDate(a: Answer, b: Answer): number {
  const rank = (x: Answer) => (!x.date || x.date.iso === null ? 2 : x.date.basis === 'reported' ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const ia = a.date && dateInterval(a.date);
  const ib = b.date && dateInterval(b.date);
  const explicitFirst = (x: Answer) => (x.date?.basis === 'explicit' ? 0 : 1);
  if (ia && ib) return width(ia) - width(ib) || ia.from.localeCompare(ib.from) || explicitFirst(a) - explicitFirst(b);
  return 0;
}

interface Dated {
  answer: Answer;
  interval: DayInterval;
}

function who(a: Answer): string {
  return sourceLabel(a) ?? a.articleId;
}

/**
 * One or a few lines: the agreed date (the narrowest date consistent with all
 * the others, with how many quotes support it), or each group of dates when
 * sources disagree, or the "reported by" date when no quote dates the event
 * itself, or "no date" when nothing resolves. With `earlierReports` (the
 * default), a report published before every dated quote is named too; free
 * words turn it off (their sentences need not be about one event). Each line
 * is a message (worded per language by `reply/words`).
 */
export function summarizeDates(subject: WhenSubject, answers: readonly Answer[], options: { earlierReports?: boolean } = {}): WhenMessage[] {
  const dated: Dated[] = [];
  const reported: Answer[] = [];
  let unresolved = 0;
  for (const a of answers) {
    if (!a.date || a.date.iso === null) {
      unresolved++;
      continue;
    }
    const interval = dateInterval(a.date);
    if (!interval) {
      unresolved++;
      continue;
    }
    if (a.date.basis === 'reported') reported.push(a);
    else dated.push({ answer: a, interval });
  }
  if (dated.length === 0) {
    if (reported.length === 0) return [{ id: 'when.undated', subject, quotes: unresolved }];
    const earliest = [...reported].sort((x, y) => (x.date!.iso! < y.date!.iso! ? -1 : 1))[0]!;
    return [{ id: 'when.reported', subject, earliest: { source: who(earliest), date: earliest.date! }, more: unresolved }];
  }
  // Cluster around the narrowest dates: each date joins the first cluster whose
  // representative (its narrowest date) it overlaps, else starts a new one. So
  // "2024" supports "June 2024", but "June 2024" and "November 2024" stay apart.
  dated.sort((x, y) => width(x.interval) - width(y.interval) || x.interval.from.localeCompare(y.interval.from));
  const groups: Dated[][] = [];
  for (const d of dated) {
    const home = groups.find((g) => overlaps(g[0]!.interval, d.interval));
    if (home) home.push(d);
    else groups.push([d]);
  }
  groups.sort((x, y) => x[0]!.interval.from.localeCompare(y[0]!.interval.from));
  const best = (g: Dated[]) => g[0]!;
  const earlier = options.earlierReports === false ? null : reportedBefore(reported, groups[0]![0]!.interval.from);
  if (groups.length === 1) {
    const g = groups[0]!;
    return [{ id: 'when.agree', subject, date: best(g).answer.date!, agree: g.length, dated: dated.length, earlier, more: unresolved }];
  }
  const lines: WhenMessage[] = [{ id: 'when.differ', subject }];
  for (const g of groups) lines.push({ id: 'when.group', date: best(g).answer.date!, sources: [...new Set(g.map((d) => who(d.answer)))] });
  if (earlier) lines.push({ id: 'when.earlier', earlier });
  if (unresolved) lines.push({ id: 'when.more', quotes: unresolved });
  return lines;
}

/**
 * A report published before every date the quotes give (`reported on 23
 * December 2024` while the only dated quote says `Anfang Januar 2025`): the
 * sources disagree, and the reader must see it rather than trust the later date.
 */
function reportedBefore(reported: readonly Answer[], firstDay: string): WhenEarlier | null {
  let first: { answer: Answer; to: string } | null = null;
  for (const a of reported) {
    const i = dateInterval(a.date!);
    if (i && i.to < firstDay && (!first || i.to < first.to)) first = { answer: a, to: i.to };
  }
  return first ? { source: who(first.answer), date: first.answer.date! } : null;
}
