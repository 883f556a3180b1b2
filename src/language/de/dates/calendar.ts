/**
 * Calendar arithmetic in the newsroom's zone (Europe/Berlin).
 *
 * Every day is a {@link TZDate} at Berlin midnight, so date-fns functions
 * (`addDays`, `previousDay`, `startOfISOWeek`, `format`) read and write Berlin
 * calendar fields whatever the process time zone (`TZ=UTC`,
 * `TZ=America/Los_Angeles`): a publication at 00:30 Berlin time stays on its
 * Berlin day.
 *
 * @module
 */
import { addDays, format, isExists, startOfISOWeek, tz, TZDate } from '../../../system/date-fns.ts';
import { NEWS_ZONE as ZONE } from '../zone.ts';
import type { PublicationDate } from './types.ts';

/** date-fns context option for {@link ZONE}. */
export const inBerlin = tz(ZONE);

/** A Berlin calendar day (midnight). */
export type Day = TZDate;

/** A Berlin calendar day from year, month (1-12) and day; null when it does not exist (31.02.). */
export function makeDay(y: number, m: number, d: number): Day | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (!isExists(y, m - 1, d)) return null;
  // A TZDate costs a time-zone lookup; the same few thousand days recur across a
  // corpus, so each is made once. Days are never mutated (date-fns returns new ones).
  const key = y * 10_000 + m * 100 + d;
  let cached = days.get(key);
  if (!cached) {
    if (days.size >= 20_000) days.clear();
    cached = new TZDate(y, m - 1, d, ZONE);
    days.set(key, cached);
  }
  return cached;
}

const days = new Map<number, Day>();

/** Like {@link makeDay} for values already known to be valid. */
export function day(y: number, m: number, d: number): Day {
  const result = makeDay(y, m, d);
  if (!result) throw new Error(`dates: no such day ${y}-${m}-${d}`);
  return result;
}

/** First day of a month (month 1-12; out-of-range months roll over years). */
export function monthStart(y: number, m: number): Day {
  const { y: yy, m: mm } = fromMonthIndex(monthIndex(y, m));
  return day(yy, mm, 1);
}

/** Last day of a month. */
export function monthEnd(y: number, m: number): Day {
  const { y: yy, m: mm } = fromMonthIndex(monthIndex(y, m));
  return day(yy, mm, new Date(Date.UTC(yy, mm, 0)).getUTCDate());
}

/** Year and month (1-12) of a month index `y * 12 + (m - 1)`. */
export function fromMonthIndex(index: number): { y: number; m: number } {
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** `y * 12 + (m - 1)`: months compare and add as integers. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

/** `YYYY-MM-DD` of a Berlin day. */
export function isoDay(d: Day): string {
  // what `format(d, 'yyyy-MM-dd')` writes for the years a calendar here holds, without its cost (about 9 µs a call)
  const y = d.getFullYear();
  if (!(y >= 1000 && y <= 9999)) return format(d, 'yyyy-MM-dd');
  return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `YYYY-MM`. */
export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${String(m).padStart(2, '0')}`;
}

/** `YYYY`. */
export function isoYear(y: number): string {
  return pad4(y);
}

function pad4(y: number): string {
  return String(y).padStart(4, '0');
}

/** Monday of the ISO week (Mon-Sun) containing a day. */
export function weekStart(d: Day): Day {
  return startOfISOWeek(d, { in: inBerlin }) as Day;
}

/** Adds days in Berlin calendar terms. */
export function plusDays(d: Day, n: number): Day {
  return addDays(d, n, { in: inBerlin }) as Day;
}

/** Year, month (1-12), day of a Berlin day. */
export function parts(d: Day): { y: number; m: number; d: number } {
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/**
 * What is known of a publication date: the first and last Berlin day it can
 * be, and how precisely it is known.
 */
export interface PublicationWindow {
  precision: 'day' | 'month' | 'year';
  first: Day;
  last: Day;
  /** The publication period as ISO: `2024-12-05`, `2025-04`, `2025`. */
  iso: string;
  /** The publication year and month, when known. */
  y: number;
  m: number | null;
}

const PUBLISHED_ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * The window of Berlin days a publication date allows. The ISO text is read
 * as Berlin wall time (the loader's contract: no offset), truncated to the
 * coarser of its shape and its declared precision. Returns null for a missing
 * or malformed date: an unreadable date is treated as unknown, never guessed.
 */
export function publicationWindow(published: PublicationDate | null): PublicationWindow | null {
  if (!published) return null;
  // Every sentence of an article asks for the same window: compute it once per date.
  const key = `${published.iso}|${published.precision}`;
  if (windows.has(key)) return windows.get(key)!;
  const w = computeWindow(published);
  if (windows.size >= 10_000) windows.clear();
  windows.set(key, w);
  return w;
}

const windows = new Map<string, PublicationWindow | null>();

function computeWindow(published: PublicationDate): PublicationWindow | null {
  const text = published.iso.trim();
  const match = PUBLISHED_ISO.exec(text);
  if (!match) return null;
  let y = Number(match[1]);
  let m = match[2] ? Number(match[2]) : null;
  let d = match[3] ? Number(match[3]) : null;
  if (match[6] && d !== null) {
    // An instant with an offset (not the loader's contract, but harmless):
    // take its Berlin calendar day.
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) return null;
    const berlin = parts(new TZDate(instant.getTime(), ZONE));
    ({ y, m, d } = berlin);
  }
  const shape: 'year' | 'month' | 'day' = d !== null ? 'day' : m !== null ? 'month' : 'year';
  const declared = published.precision === 'minute' ? 'day' : published.precision;
  const rank = { year: 0, month: 1, day: 2 } as const;
  const precision = rank[shape] <= rank[declared] ? shape : declared;
  if (precision === 'year' || m === null) {
    return { precision: 'year', first: day(y, 1, 1), last: day(y, 12, 31), iso: isoYear(y), y, m: null };
  }
  if (m < 1 || m > 12) return null;
  if (precision === 'month' || d === null) {
    return { precision: 'month', first: monthStart(y, m), last: monthEnd(y, m), iso: isoMonth(y, m), y, m };
  }
  const first = makeDay(y, m, d);
  if (!first) return null;
  return { precision: 'day', first, last: first, iso: isoDay(first), y, m };
}
