/**
 * Publication dates as news pages write them (`05.12.2024, 11:58 Uhr`,
 * `Veröffentlicht am 4. Dezember 2024, 10:15 Uhr`, `2025-04`, ISO timestamps),
 * parsed with date-fns in the newsroom's zone, Europe/Berlin (month names
 * are read with the German lexicon).
 * Precision always follows what is written: never a minute that is not there.
 *
 * @module
 */

import { NEWS_ZONE } from '../language/de/index.ts';
import { format, isValid, parse, parseISO, tz, TZDate } from '../system/date-fns.ts';
import type { PublishedPrecision } from './types.ts';
import { monthOf } from '../language/de/index.ts';
import { MONTH_RE_SOURCE } from './patterns.ts';

/** The newsroom's time zone. */
export const NEWSROOM_ZONE = NEWS_ZONE;
const IN_ZONE = tz(NEWSROOM_ZONE);
const REFERENCE = new TZDate(2000, 0, 1, NEWSROOM_ZONE);

/**
 * Whether a date is labelled as the first publication or as an update, or is
 * when a broadcast programme aired the story (used only when a page has no
 * date of its own).
 */
export type DateRole = 'published' | 'updated' | 'unlabelled' | 'broadcast';

/** A date found in a line of text. */
export interface DateHit {
  /** ISO 8601 truncated to the precision, Berlin wall time, no offset. */
  iso: string;
  precision: PublishedPrecision;
  /** The date as written (`05.12.2024, 11:58 Uhr`). */
  text: string;
  /** Offsets of `text` in the searched string. */
  start: number;
  end: number;
  role: DateRole;
}

const TIME = String.raw`(?:\s*(?:,|\||–|-|/)?\s*(?:um\s+)?(\d{1,2})(?::(\d{2})(?:\s*Uhr\b)?|\.(\d{2})\s*Uhr\b))?`;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): { iso: string; precision: PublishedPrecision } | null;
}

const PATTERNS: Pattern[] = [
  {
    // 2024-12-05T11:58, 2024-12-05T11:58:00+01:00, 2024-12-05 11:58:00Z, 2025-03-12/14:52 (wire id lines)
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})[T /](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?(?![\d:])/g,
    read: (m) => isoDateTime(m[0]),
  },
  {
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    read: (m) => numericDate(m[3]!, m[2]!, m[1]!),
  },
  {
    re: /(?<![\d.-])(\d{4})-(\d{2})(?![\d-])/g,
    read: (m) => monthDate(m[1]!, Number(m[2])),
  },
  {
    // 05.12.2024, 11:58 Uhr · 5.12.2024 · 05.12.2024 um 11.58 Uhr
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)` + TIME, 'g'),
    read: (m) => numericDate(m[1]!, m[2]!, m[3]!, m[4], m[5] ?? m[6]),
  },
  {
    // 04.06.25, 09:12 (a two-digit year, as some Austrian sites write date lines)
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])` + TIME, 'g'),
    read: (m) => numericDate(m[1]!, m[2]!, `20${m[3]!}`, m[4], m[5] ?? m[6]),
  },
  {
    // 4. Dezember 2024, 10:15 Uhr · 4. Dez. 2024
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\.\s*(${MONTH_RE_SOURCE})\s+(\d{4})(?!\d)` + TIME, 'gu'),
    read: (m) => namedDate(m[1]!, m[2]!, m[3]!, m[4], m[5] ?? m[6]),
  },
  {
    // 3 November 2024 (English-style date lines: `Published: 3 November 2024`)
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\s+(${MONTH_RE_SOURCE})\s+(\d{4})(?!\d)` + TIME, 'gu'),
    read: (m) => namedDate(m[1]!, m[2]!, m[3]!, m[4], m[5] ?? m[6]),
  },
  {
    // Dezember 2024
    re: new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_RE_SOURCE})\s+(\d{4})(?!\d)`, 'gu'),
    read: (m) => monthDate(m[2]!, monthNumber(m[1]!)),
  },
  {
    re: /(?<![\d.,:-])((?:19|20)\d{2})(?![\d.,:-]\d|\d)/g,
    read: (m) => (plausibleYear(Number(m[1])) ? { iso: m[1]!, precision: 'year' } : null),
  },
];

const PUBLISHED_LABEL = /\b(?:publiziert|ver(?:ö|oe)ffentlicht|erschienen|erstellt|datum|date|published|posted|vom)\b/i;
const UPDATED_LABEL = /\b(?:aktualisiert|update[d]?|ge(?:ä|ae)ndert|zuletzt|stand|letzte\s+(?:ä|ae)nderung|modified)\b/i;

/**
 * All dates written in a string, in order. Year-only dates (`2025`) are
 * reported only when a date label (`date`, `Stand:`, `Publiziert:`) directly
 * precedes them, since a bare year in a line is rarely a publication date.
 */
export function findDates(text: string): DateHit[] {
  const raw: (DateHit & { priority: number })[] = [];
  PATTERNS.forEach((p, priority) => {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const v = p.read(m);
      if (!v) continue;
      const matched = m[0].replace(/[\s,|–/-]+$/, '');
      raw.push({ ...v, text: matched, start: m.index, end: m.index + matched.length, role: 'unlabelled', priority });
    }
  });
  // Keep the longest match at each place; drop matches inside a kept one.
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const hits: DateHit[] = [];
  for (const h of raw) {
    const prev = hits.at(-1);
    if (prev && h.start < prev.end) continue;
    const { priority: _p, ...hit } = h;
    hits.push(hit);
  }
  let from = 0;
  const out: DateHit[] = [];
  for (const h of hits) {
    const lead = text.slice(from, h.start);
    from = h.end;
    const role: DateRole = UPDATED_LABEL.test(lead) ? 'updated' : PUBLISHED_LABEL.test(lead) ? 'published' : 'unlabelled';
    if (h.precision === 'year' && !/(?:\b(?:date|datum|stand|publiziert|ver(?:ö|oe)ffentlicht|aktualisiert|erschienen)\b\s*(?:am|im|:)?\s*)$/i.test(lead)) {
      continue;
    }
    out.push({ ...h, role });
  }
  return out;
}

/**
 * Parse a whole value as a publication date: ISO (`2024-12-05T11:58`,
 * `2024-12-05T11:58:00+01:00`, `2024-12-05`, `2025-04`, `2025`) or a German
 * form (`05.12.2024, 11:58 Uhr`, `4. Dezember 2024`). Null when the value is
 * not exactly one date.
 */
export function parseDateValue(value: string): { iso: string; precision: PublishedPrecision } | null {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return plausibleYear(Number(v)) ? { iso: v, precision: 'year' } : null;
  const hits = findDates(v);
  if (hits.length !== 1) return null;
  const h = hits[0]!;
  if (h.start !== 0 || v.slice(h.end).replace(/^\s*Uhr\b/, '').trim() !== '') return null;
  return { iso: h.iso, precision: h.precision };
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

function monthNumber(word: string): number {
  return monthOf(word) ?? 0;
}

function monthDate(year: string, month: number): { iso: string; precision: PublishedPrecision } | null {
  if (!plausibleYear(Number(year)) || month < 1 || month > 12) return null;
  return { iso: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' };
}

/** A valid day (`yyyy-MM-dd`, in the newsroom's zone) with the time given, if any. */
function timeOfDay(ymd: string, hour: string | undefined, minute: string | undefined): { iso: string; precision: PublishedPrecision } | null {
  if (hour !== undefined && minute !== undefined) {
    const h = Number(hour);
    const mi = Number(minute);
    if (h <= 23 && mi <= 59) {
      // On a day without a clock change every wall time exists once: the time as written.
      if (steadyDay(ymd)) return { iso: `${ymd}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`, precision: 'minute' };
      const t = parse(`${ymd} ${h}:${mi}`, 'yyyy-MM-dd H:m', REFERENCE, { in: IN_ZONE });
      if (isValid(t)) return { iso: format(t, "yyyy-MM-dd'T'HH:mm", { in: IN_ZONE }), precision: 'minute' };
    }
  }
  return { iso: ymd, precision: 'day' };
}

/**
 * True when the newsroom's clock does not change on a day: from 0:00 to 23:59
 * pass exactly 23 h 59 min, and 0:00 reads back as 0:00 (per day, once).
 */
function steadyDay(ymd: string): boolean {
  let steady = STEADY_DAYS.get(ymd);
  if (steady === undefined) {
    const from = parse(`${ymd} 0:0`, 'yyyy-MM-dd H:m', REFERENCE, { in: IN_ZONE });
    const to = parse(`${ymd} 23:59`, 'yyyy-MM-dd H:m', REFERENCE, { in: IN_ZONE });
    steady =
      isValid(from) &&
      isValid(to) &&
      to.getTime() - from.getTime() === (23 * 60 + 59) * 60_000 &&
      format(from, "yyyy-MM-dd'T'HH:mm", { in: IN_ZONE }) === `${ymd}T00:00`;
    if (STEADY_DAYS.size >= 20_000) STEADY_DAYS.clear();
    STEADY_DAYS.set(ymd, steady);
  }
  return steady;
}
const STEADY_DAYS = new Map<string, boolean>();

/** `d.M.yyyy` as a day in the newsroom's zone (`yyyy-MM-dd`), or null when there is no such (plausible) day. */
function dayOf(d: string, m: string, y: string): string | null {
  const key = `${d}|${m}|${y}`;
  let ymd = DAYS.get(key);
  if (ymd === undefined) {
    // date-fns' parse in a zone is slow, and the same days recur on many pages: once per day written
    const day = parse(`${Number(d)}.${Number(m)}.${y}`, 'd.M.yyyy', REFERENCE, { in: IN_ZONE });
    ymd = isValid(day) && plausibleYear(day.getFullYear()) ? format(day, 'yyyy-MM-dd', { in: IN_ZONE }) : null;
    if (DAYS.size >= 20_000) DAYS.clear();
    DAYS.set(key, ymd);
  }
  return ymd;
}
const DAYS = new Map<string, string | null>();

function numericDate(
  d: string,
  m: string,
  y: string,
  hour?: string,
  minute?: string,
): { iso: string; precision: PublishedPrecision } | null {
  const ymd = dayOf(d, m, y);
  return ymd === null ? null : timeOfDay(ymd, hour, minute);
}

function namedDate(
  d: string,
  monthWord: string,
  y: string,
  hour?: string,
  minute?: string,
): { iso: string; precision: PublishedPrecision } | null {
  const month = monthOf(monthWord);
  if (!month) return null;
  return numericDate(d, String(month), y, hour, minute);
}

function isoDateTime(s: string): { iso: string; precision: PublishedPrecision } | null {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s);
  const normalized = s.replace(/[ /]/, 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!hasZone) {
    const [date, time] = normalized.split('T') as [string, string];
    const [y, m, d] = date.split('-');
    const [h, mi] = time.split(':');
    return numericDate(d!, m!, y!, h, mi);
  }
  const t = parseISO(normalized, { in: IN_ZONE });
  if (!isValid(t)) return null;
  return { iso: format(t, "yyyy-MM-dd'T'HH:mm", { in: IN_ZONE }), precision: 'minute' };
}

/** The earliest year accepted as a publication year: earlier dates are CMS placeholders (`01.01.1970`) or archive noise. */
export const EARLIEST_PUBLICATION_YEAR = 1990;

/**
 * Why a date read from a page cannot be its publication date, or null when it
 * can: a CMS placeholder (`01.01.1970`, `1900`), a date before
 * {@link EARLIEST_PUBLICATION_YEAR}, or a date after `now` (compared at the
 * date's own precision, at most the day, in the newsroom's zone).
 *
 * @param iso a date as {@link DateHit.iso} writes it
 * @param now the reference for "after today"
 */
export function implausiblePublication(iso: string, now: Date): string | null {
  const year = Number(iso.slice(0, 4));
  if (/^1970-01-01/.test(iso) || /^(?:1900|1899)-/.test(iso)) return 'a placeholder date, not a publication date';
  if (year < EARLIEST_PUBLICATION_YEAR) return `before ${EARLIEST_PUBLICATION_YEAR}: not a plausible publication date`;
  const today = todayOf(now);
  const n = Math.min(iso.length, today.length);
  if (iso.slice(0, n) > today.slice(0, n)) return 'after today: not a plausible publication date';
  return null;
}

/** The last minute asked for and its day in the newsroom's zone (formatting with a zone is slow). */
let lastNow: { minute: number; day: string } | null = null;

function todayOf(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastNow?.minute !== minute) lastNow = { minute, day: format(now, 'yyyy-MM-dd', { in: IN_ZONE }) };
  return lastNow.day;
}

/**
 * A scraper's date marker at the start of a line: `date 2025-02`, `date
 * 2025-03-12` (also followed, on the same line, by the headline or the first
 * sentence). Returns the date and the marker's length including the spaces
 * after it, or null.
 */
export function matchDateMarker(line: string): { hit: DateHit; length: number } | null {
  const m = /^(\s*date\s+)(\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)(?=\s|$)\s*/.exec(line);
  if (!m) return null;
  const hits = findDates(m[2]!);
  const h = hits[0];
  if (!h || h.start !== 0 || h.end !== m[2]!.length) return null;
  const start = m[1]!.length;
  return { hit: { ...h, start, end: start + h.text.length, role: 'published' }, length: m[0].length };
}
