/**
 * Resolves a {@link Spec} against a publication date, never more precisely
 * than the inputs allow.
 *
 * - An explicit date (`4. Dezember 2024`, `im Sommer 2024`) needs nothing: basis `explicit`.
 * - A relative one (`am Mittwoch`, `im Juni`, `vergangenen Jahres`) is computed
 *   from the publication day: basis `relative`. Weekdays are the last such
 *   weekday not after the publication day (agency copy says `am Mittwoch`,
 *   not `heute`, on a Wednesday); year-less months and seasons
 *   the most recent not after the publication month.
 * - With a publication date known only to the month or year, the phrase is
 *   resolved for the first and the last day the article can have been
 *   published. When both agree (`im vergangenen Jahr` in an article of
 *   2025-04), that is the answer. When they differ (`am Samstag` in an article
 *   of 2025-04 can be 29 March to 26 April), the answer is the publication
 *   period itself (`2025-04`, precision `month`), `from`/`to` give the days it
 *   can really be, and the label says when it may fall outside that period
 *   ("a Saturday, April 2025 (or 29 March 2025)").
 * - Without a publication date a relative phrase stays unresolved.
 *
 * @module
 */
import { nextDay, previousDay } from '../../../system/date-fns.ts';
import type { DatePrecision } from './types.ts';
import {
  type Day,
  type PublicationWindow,
  day,
  fromMonthIndex,
  isoDay,
  isoMonth,
  isoYear,
  makeDay,
  monthEnd,
  monthIndex,
  monthStart,
  parts,
  plusDays,
  weekStart,
  inBerlin,
} from './calendar.ts';
import { englishDate } from './label.ts';
import { type DaySpec, type Occurrence, type Part, type Season, type Spec, type Toward, type YearRef, isRelative } from './spec.ts';
import type { DateOutside, DateSay, DateVague } from './types.ts';

/** The outcome of resolving a spec: every field of a DateRef except `text`. */
export interface Resolution {
  iso: string | null;
  precision: DatePrecision;
  from: string | null;
  to: string | null;
  basis: 'explicit' | 'relative' | 'unresolved';
  label: string;
  say: DateSay;
}

/** A resolution at one concrete publication day, with the days it covers. */
interface Point {
  iso: string;
  precision: DatePrecision;
  first: Day;
  last: Day;
  say: DateSay;
  /** Whether `from`/`to` are worth reporting (coarse periods and ranges). */
  coarse: boolean;
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

function yearOf(ref: YearRef, pub: Day | null): number | null {
  if ('abs' in ref) return ref.abs;
  return pub ? pub.getFullYear() + ref.rel : null;
}

/** The year of the most recent (`recent`), previous, this or next occurrence of a month-start. */
function yearForMonth(startMonth: number, pub: Day, occurrence: Occurrence, span = 1): number {
  const { y, m } = parts(pub);
  switch (occurrence) {
    case 'recent':
      return startMonth <= m ? y : y - 1;
    case 'previous': {
      // The one before the occurrence that contains (or is) the publication month.
      const recent = startMonth <= m ? y : y - 1;
      const recentEnd = monthIndex(recent, startMonth) + span - 1;
      return recentEnd >= monthIndex(y, m) ? recent - 1 : recent;
    }
    case 'this':
      // The winter of a January article started the December before.
      return startMonth + span - 1 > 12 && m <= startMonth + span - 1 - 12 ? y - 1 : y;
    case 'next':
      return startMonth > m ? y : y + 1;
  }
}

function dayPoint(d: Day): Point {
  return { iso: isoDay(d), precision: 'day', first: d, last: d, say: { kind: 'day', day: isoDay(d) }, coarse: false };
}

function minutePoint(d: Day, time: { hh: number; mm: number }): Point {
  const hhmm = `${String(time.hh).padStart(2, '0')}:${String(time.mm).padStart(2, '0')}`;
  return { iso: `${isoDay(d)}T${hhmm}`, precision: 'minute', first: d, last: d, say: { kind: 'minute', day: isoDay(d), time: hhmm }, coarse: false };
}

function monthPoint(y: number, m: number, part?: Part): Point {
  return {
    iso: isoMonth(y, m),
    precision: 'month',
    first: monthStart(y, m),
    last: monthEnd(y, m),
    say: part ? { kind: 'month', y, m, part } : { kind: 'month', y, m },
    coarse: true,
  };
}

function monthsPoint(y: number, startMonth: number, count: number, precision: DatePrecision, say: DateSay): Point {
  const end = fromMonthIndex(monthIndex(y, startMonth) + count - 1);
  return {
    iso: `${isoMonth(y, startMonth)}/${isoMonth(end.y, end.m)}`,
    precision,
    first: monthStart(y, startMonth),
    last: monthEnd(end.y, end.m),
    say,
    coarse: true,
  };
}

function yearPoint(y: number, part?: Part, say: DateSay = part ? { kind: 'year', y, part } : { kind: 'year', y }): Point {
  return { iso: isoYear(y), precision: 'year', first: day(y, 1, 1), last: day(y, 12, 31), say, coarse: true };
}

function rangePoint(a: Day, b: Day, precision: DatePrecision, say: DateSay): Point {
  return { iso: `${isoDay(a)}/${isoDay(b)}`, precision, first: a, last: b, say, coarse: true };
}

function seasonSay(season: Season, y: number, part?: Part): DateSay {
  return part ? { kind: 'season', season, y, part } : { kind: 'season', season, y };
}

function resolveDay(spec: DaySpec, pub: Day | null): Day | null {
  const y = spec.y ? yearOf(spec.y, pub) : pub ? yearForMonth(spec.m, pub, 'recent') : null;
  return y === null ? null : makeDay(y, spec.m, spec.d);
}

/** Resolves a spec at one publication day (null only for explicit specs). Null when it cannot be resolved. */
function resolveAt(spec: Spec, pub: Day | null): Point | null {
  switch (spec.kind) {
    case 'day': {
      const d = resolveDay(spec.date, pub);
      if (!d) return null;
      const point: Point = spec.time ? minutePoint(d, spec.time) : dayPoint(d);
      // `am Montag, dem 28. April` where 28 April is a Sunday: the date as written, the conflict shown.
      if (spec.weekday !== undefined && d.getDay() !== spec.weekday) {
        return { ...point, say: { ...(point.say as Extract<DateSay, { kind: 'day' | 'minute' }>), says: spec.weekday } };
      }
      return point;
    }
    case 'dayRange': {
      const to = resolveDay(spec.to, pub);
      if (!to) return null;
      const fromSpec: DaySpec = spec.from.y ? spec.from : { ...spec.from, y: { abs: spec.from.m > spec.to.m ? to.getFullYear() - 1 : to.getFullYear() } };
      const from = resolveDay(fromSpec, pub);
      if (!from || from.getTime() > to.getTime()) return null;
      return rangePoint(from, to, 'range', { kind: 'range', from: isoDay(from), to: isoDay(to) });
    }
    case 'month': {
      const y = spec.y ? yearOf(spec.y, pub) : pub ? yearForMonth(spec.m, pub, spec.occurrence ?? 'recent') : null;
      return y === null ? null : monthPoint(y, spec.m, spec.part);
    }
    case 'season': {
      const start = SEASON_START[spec.season];
      const y = spec.y ? yearOf(spec.y, pub) : pub ? yearForMonth(start, pub, spec.occurrence ?? 'recent', 3) : null;
      if (y === null) return null;
      if (spec.winterOfYear) {
        // `Winter 2024` can be January-February or December 2024: only the year is sure.
        return yearPoint(y, undefined, { kind: 'winterOfYear', y });
      }
      return monthsPoint(y, start, 3, 'season', seasonSay(spec.season, y, spec.part));
    }
    case 'year': {
      const y = yearOf(spec.y, pub);
      return y === null ? null : yearPoint(y, spec.part);
    }
    case 'yearRange':
      return {
        iso: `${isoYear(spec.from)}/${isoYear(spec.to)}`,
        precision: 'range',
        first: day(spec.from, 1, 1),
        last: day(spec.to, 12, 31),
        say: { kind: 'years', from: spec.from, to: spec.to },
        coarse: true,
      };
    case 'decade':
      return {
        iso: `${isoYear(spec.start)}/${isoYear(spec.start + 9)}`,
        precision: 'range',
        first: day(spec.start, 1, 1),
        last: day(spec.start + 9, 12, 31),
        say: { kind: 'decade', start: spec.start },
        coarse: true,
      };
    case 'quarter': {
      const start = spec.q * 3 - 2;
      const y = spec.y ? yearOf(spec.y, pub) : pub ? yearForMonth(start, pub, 'recent') : null;
      return y === null ? null : monthsPoint(y, start, 3, 'quarter', { kind: 'quarter', q: spec.q, y });
    }
    case 'half': {
      const start = spec.h === 1 ? 1 : 7;
      const y = spec.y ? yearOf(spec.y, pub) : pub ? yearForMonth(start, pub, 'recent') : null;
      return y === null ? null : monthsPoint(y, start, 6, 'range', { kind: 'half', h: spec.h, y });
    }
    case 'turnOfYear': {
      // Without a year: the turn nearest the publication (a January article looks back, an October one ahead).
      let y = yearOf(spec.y, pub);
      if (y === null) return null;
      if ('rel' in spec.y && pub) y = parts(pub).m <= 6 ? y - 1 : y;
      const a = day(y, 12, 1);
      const b = day(y + 1, 1, 31);
      return rangePoint(a, b, 'range', { kind: 'turnOfYear', y });
    }
    case 'weekday': {
      if (!pub) return null;
      let d: Day;
      if (spec.week !== undefined) {
        d = plusDays(weekStart(plusDays(pub, 7 * spec.week)), (spec.wd + 6) % 7);
      } else if (spec.occurrence === 'this') {
        d = plusDays(weekStart(pub), (spec.wd + 6) % 7);
      } else if (spec.occurrence === 'next') {
        d = nextDay(pub, spec.wd, { in: inBerlin }) as Day;
      } else if (pub.getDay() === spec.wd && spec.occurrence === 'recent' && !spec.before) {
        // `am Mittwoch` in a Wednesday article is that day (agency style names
        // the weekday instead of `heute`); `in der Nacht zum Mittwoch`, the night just past.
        d = pub;
      } else {
        d = previousDay(pub, spec.wd, { in: inBerlin }) as Day;
        if (spec.occurrence === 'previous') d = plusDays(d, -7);
      }
      if (spec.night) {
        const eve = plusDays(d, -1);
        return rangePoint(eve, d, 'range', { kind: 'night', day: isoDay(d) });
      }
      if (spec.time) return minutePoint(d, spec.time);
      return dayPoint(d);
    }
    case 'dayOffset':
      return pub ? dayPoint(plusDays(pub, spec.days)) : null;
    case 'fewDays': {
      if (!pub) return null;
      const from = plusDays(pub, -spec.max);
      const to = plusDays(pub, -spec.min);
      return rangePoint(from, to, 'range', { kind: 'fewDays', from: isoDay(from), to: isoDay(to) });
    }
    case 'weekend': {
      if (!pub) return null;
      const sat =
        spec.occurrence === 'this'
          ? plusDays(weekStart(pub), 5)
          : spec.occurrence === 'next'
            ? (nextDay(pub, 6, { in: inBerlin }) as Day)
            : (previousDay(pub, 6, { in: inBerlin }) as Day);
      const sun = plusDays(sat, 1);
      return rangePoint(sat, sun, 'range', { kind: 'weekend', from: isoDay(sat), to: isoDay(sun) });
    }
    case 'week': {
      if (!pub) return null;
      const monday = weekStart(plusDays(pub, 7 * spec.offset));
      return rangePoint(monday, plusDays(monday, 6), 'week', spec.part ? { kind: 'week', monday: isoDay(monday), part: spec.part } : { kind: 'week', monday: isoDay(monday) });
    }
    case 'monthOffset': {
      if (!pub) return null;
      const { y, m } = fromMonthIndex(monthIndex(pub.getFullYear(), pub.getMonth() + 1) + spec.offset);
      return monthPoint(y, m, spec.part);
    }
    case 'clock':
    case 'anchor':
      // resolved by the caller, which knows the publication time and the other dates of the sentence
      return null;
  }
}

/** Whether a spec names a year-less date that a clause's tense may move to its next occurrence. */
function movable(spec: Spec): boolean {
  switch (spec.kind) {
    case 'day':
      return spec.date.y === null;
    case 'month':
    case 'season':
      return spec.y === null && (spec.occurrence ?? 'recent') === 'recent' && !(spec.kind === 'season' && spec.winterOfYear);
    case 'quarter':
    case 'half':
      return spec.y === null;
    case 'weekday':
      return spec.occurrence === 'recent' && !spec.before && spec.week === undefined && !spec.night;
    case 'weekend':
      return spec.occurrence === 'recent';
    default:
      return false;
  }
}

/** The occurrence after a point: a year later for named days, months and seasons, a week later for weekdays. */
function nextOccurrence(spec: Spec, p: Point): Point | null {
  const y = p.first.getFullYear() + 1;
  switch (spec.kind) {
    case 'day': {
      const d = makeDay(y, spec.date.m, spec.date.d);
      return d ? resolveAt({ ...spec, date: { ...spec.date, y: { abs: y } } }, d) : null;
    }
    case 'month':
      return monthPoint(y, spec.m, spec.part);
    case 'season': {
      const start = SEASON_START[spec.season];
      return monthsPoint(y, start, 3, 'season', seasonSay(spec.season, y, spec.part));
    }
    case 'quarter': {
      const start = spec.q * 3 - 2;
      return monthsPoint(y, start, 3, 'quarter', { kind: 'quarter', q: spec.q, y });
    }
    case 'half': {
      const start = spec.h === 1 ? 1 : 7;
      return monthsPoint(y, start, 6, 'range', { kind: 'half', h: spec.h, y });
    }
    case 'weekday': {
      const d = plusDays(p.first, 7);
      return spec.time ? { ...minutePoint(d, spec.time), iso: `${isoDay(d)}${p.iso.slice(10)}` } : dayPoint(d);
    }
    case 'weekend': {
      const sat = plusDays(p.first, 7);
      const sun = plusDays(sat, 1);
      return rangePoint(sat, sun, 'range', { kind: 'weekend', from: isoDay(sat), to: isoDay(sun) });
    }
    default:
      return null;
  }
}

const DAY_MS = 86_400_000;

/** {@link resolveAt}, moved to the next occurrence when the clause leans forward (see {@link Toward}). */
function resolveToward(spec: Spec, pub: Day | null, toward: Toward): Point | null {
  const p = resolveAt(spec, pub);
  if (!p || !pub || toward === 'recent' || !movable(spec)) return p;
  if (p.last.getTime() >= pub.getTime()) return p;
  const next = nextOccurrence(spec, p);
  if (!next) return p;
  if (toward === 'upcoming') return next;
  const back = (pub.getTime() - p.last.getTime()) / DAY_MS;
  const ahead = (next.first.getTime() - pub.getTime()) / DAY_MS;
  return ahead < back ? next : p;
}

/** What a relative phrase is, without its date: "a Saturday", "the day before publication". */
function describe(spec: Spec): DateVague | null {
  switch (spec.kind) {
    case 'weekday':
      return spec.night ? { kind: 'weekday', wd: spec.wd, night: true } : { kind: 'weekday', wd: spec.wd };
    case 'dayOffset':
      return { kind: 'offset', unit: 'day', n: spec.days };
    case 'weekend':
      return { kind: 'weekend' };
    case 'fewDays':
      return { kind: 'fewDays' };
    case 'week':
      return { kind: 'offset', unit: 'week', n: spec.offset };
    case 'monthOffset':
      return { kind: 'offset', unit: 'month', n: spec.offset };
    case 'month':
      return { kind: 'monthName', m: spec.m };
    default:
      return null;
  }
}

function toResolution(p: Point, basis: 'explicit' | 'relative'): Resolution {
  return {
    iso: p.iso,
    precision: p.precision,
    from: p.coarse ? isoDay(p.first) : null,
    to: p.coarse ? isoDay(p.last) : null,
    basis,
    label: englishDate(p.say),
    say: p.say,
  };
}

/**
 * What the phrase can mean outside the publication period, for the label:
 * "(or 29 March 2025)", "(or the week of 24 March 2025)",
 * "(or as early as 24 March 2025)". Walks publication days inward from each
 * end of the window while the result still falls outside it (results move
 * monotonically with the publication day).
 */
function outsideNote(spec: Spec, window: PublicationWindow, toward: Toward): DateOutside[] {
  const notes: DateOutside[] = [];
  const collect = (from: Day, step: 1 | -1, outside: (p: Point) => boolean): Point[] => {
    const seen = new Map<string, Point>();
    for (let pub = from; pub >= window.first && pub <= window.last; pub = plusDays(pub, step)) {
      const p = resolveToward(spec, pub, toward);
      if (!p || !outside(p)) break;
      seen.set(p.iso, p);
    }
    return [...seen.values()];
  };
  const before = collect(window.first, 1, (p) => p.first.getTime() < window.first.getTime());
  const after = collect(window.last, -1, (p) => p.last.getTime() > window.last.getTime());
  const say = (points: Point[], edge: 'early' | 'late'): DateOutside | null => {
    if (points.length === 0) return null;
    if (points.length === 1) {
      const p = points[0]!;
      return p.precision === 'day' ? { kind: 'day', day: isoDay(p.first) } : { kind: 'as', date: p.say };
    }
    const bound = edge === 'early' ? points.reduce((a, b) => (a.first < b.first ? a : b)).first : points.reduce((a, b) => (a.last > b.last ? a : b)).last;
    return { kind: 'bound', edge, day: isoDay(bound) };
  };
  const early = say(before, 'early');
  const late = say(after, 'late');
  if (early) notes.push(early);
  if (late) notes.push(late);
  return notes;
}

/**
 * Resolves a spec against what is known of the publication date.
 *
 * @param unresolvedLabel the label to give when the phrase cannot be resolved
 * @returns null when the spec names no real date (29 February of a common year)
 */
export function resolveSpec(spec: Spec, window: PublicationWindow | null, unresolved: DateSay, toward: Toward = 'recent'): Resolution | null {
  if (!isRelative(spec)) {
    const p = resolveAt(spec, null);
    return p ? toResolution(p, 'explicit') : null;
  }
  const unknown = (why: 'undated' | 'coarse'): Resolution => {
    const say: DateSay = unresolved.kind === 'unresolved' ? { ...unresolved, why } : unresolved;
    return { iso: null, precision: 'unknown', from: null, to: null, basis: 'unresolved', label: englishDate(say), say };
  };
  if (!window) return unknown('undated');
  const early = resolveToward(spec, window.first, toward);
  const late = window.precision === 'day' ? early : resolveToward(spec, window.last, toward);
  if (!early || !late) return window.precision === 'day' ? null : unknown('coarse');
  if (early.iso === late.iso) return toResolution(early, 'relative');
  // The phrase is finer than the publication date: answer with the publication period.
  const coarse = window.m === null ? 'year' : 'month';
  let say: DateSay;
  const named = spec.kind === 'month' || spec.kind === 'season' || spec.kind === 'quarter' || spec.kind === 'half' || spec.kind === 'day';
  if (named) {
    // A named month or day of an unknown year: one of two.
    say = { kind: 'either', first: early.say, second: late.say };
  } else {
    const what = describe(spec) ?? { kind: 'as', date: early.say };
    say = { kind: 'within', what, y: window.y, m: window.m, or: outsideNote(spec, window, toward) };
  }
  return {
    iso: window.iso,
    precision: coarse,
    from: isoDay(early.first),
    to: isoDay(late.last),
    basis: 'relative',
    label: englishDate(say),
    say,
  };
}
