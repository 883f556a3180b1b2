/**
 * Short English descriptions of resolved dates ("Wednesday, 4 December 2024",
 * "early August 2024", "the week of 25 November 2024"): the English wording
 * of a {@link DateSay}, which is a date's `label`. Other languages word the
 * same structure (`src/reply/words/`).
 *
 * @module
 */
import type { DatePart, DateSay, DateVague, DateOutside } from './types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** English month name (1-12). */
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? String(m);
}

/** English weekday name (0 = Sunday). */
export function weekdayName(wd: number): string {
  return WEEKDAYS[wd] ?? String(wd);
}

/** "two", or "13" beyond twelve. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** The year, month, day and weekday (0 = Sunday) of an ISO day (`2024-12-04`). */
export function isoDayParts(iso: string): { y: number; m: number; d: number; wd: number } {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "Wednesday, 4 December 2024". */
export function dayLabel(iso: string): string {
  const p = isoDayParts(iso);
  return `${weekdayName(p.wd)}, ${p.d} ${monthName(p.m)} ${p.y}`;
}

/** "4 December 2024". */
export function shortDayLabel(iso: string): string {
  const p = isoDayParts(iso);
  return `${p.d} ${monthName(p.m)} ${p.y}`;
}

function partPrefix(part: DatePart | undefined): string {
  return part === 'early' ? 'early ' : part === 'mid' ? 'mid-' : part === 'late' ? 'late ' : '';
}

/** "4–6 December 2024", "30 November–1 December 2024", "30 December 2024–2 January 2025". */
export function rangeLabel(from: string, to: string): string {
  const a = isoDayParts(from);
  const b = isoDayParts(to);
  if (a.y !== b.y) return `${shortDayLabel(from)}–${shortDayLabel(to)}`;
  if (a.m !== b.m) return `${a.d} ${monthName(a.m)}–${shortDayLabel(to)}`;
  return `${a.d}–${shortDayLabel(to)}`;
}

/** "undated: 'am Samstag' (no publication date)". */
export function unresolvedLabel(text: string): string {
  return englishDate({ kind: 'unresolved', text });
}

function vague(v: DateVague): string {
  switch (v.kind) {
    case 'weekday':
      return v.night ? `the night to a ${weekdayName(v.wd)}` : `a ${weekdayName(v.wd)}`;
    case 'offset': {
      const n = Math.abs(v.n);
      if (v.n === 0) return `the ${v.unit} of publication`;
      const amount = n === 1 ? `the ${v.unit}` : `${numberWord(n)} ${v.unit}s`;
      return `${amount} ${v.n < 0 ? 'before' : 'after'} publication`;
    }
    case 'weekend':
      return 'a weekend';
    case 'fewDays':
      return 'a few days before publication';
    case 'monthName':
      return monthName(v.m);
    case 'as':
      return englishDate(v.date);
  }
}

function outside(o: DateOutside): string {
  switch (o.kind) {
    case 'day':
      return `or ${shortDayLabel(o.day)}`;
    case 'as':
      return `or ${englishDate(o.date)}`;
    case 'bound':
      return `or as ${o.edge} as ${shortDayLabel(o.day)}`;
  }
}

/** The English wording of a date's structure: its `label`. */
export function englishDate(s: DateSay): string {
  switch (s.kind) {
    case 'day':
    case 'minute': {
      const base = s.kind === 'minute' ? `${dayLabel(s.day)}, ${s.time}` : dayLabel(s.day);
      return s.says === undefined ? base : `${base} (the text says ${weekdayName(s.says)}; check the date)`;
    }
    case 'daypart':
      return `${dayLabel(s.day)} (${s.phrase})`;
    case 'range':
      return rangeLabel(s.from, s.to);
    case 'month':
      return `${partPrefix(s.part)}${monthName(s.m)} ${s.y}`;
    case 'season': {
      const year = s.season === 'winter' ? `${s.y}/${String(s.y + 1).slice(-2)}` : String(s.y);
      return `${partPrefix(s.part)}${s.season} ${year}`;
    }
    case 'winterOfYear':
      return `winter ${s.y} (January–February or December)`;
    case 'year':
      return `${partPrefix(s.part)}${s.y}`;
    case 'years':
      return `${s.from}–${s.to}`;
    case 'decade':
      return `the ${s.start}s`;
    case 'quarter':
      return `the ${ORDINALS[s.q]} quarter of ${s.y}`;
    case 'half':
      return `the ${ORDINALS[s.h]} half of ${s.y}`;
    case 'turnOfYear':
      return `the turn of the year ${s.y}/${String(s.y + 1).slice(-2)}`;
    case 'night':
      return `the night to ${dayLabel(s.day)}`;
    case 'fewDays':
      return `a few days before publication (about ${rangeLabel(s.from, s.to)})`;
    case 'weekend':
      return `the weekend of ${rangeLabel(s.from, s.to)}`;
    case 'week': {
      const lead = s.part === 'early' ? 'early in ' : s.part === 'mid' ? 'the middle of ' : s.part === 'late' ? 'late in ' : '';
      return `${lead}the week of ${shortDayLabel(s.monday)}`;
    }
    case 'either':
      return `${englishDate(s.first)} or ${englishDate(s.second)}`;
    case 'within': {
      const period = s.m === null ? String(s.y) : `${monthName(s.m)} ${s.y}`;
      return `${vague(s.what)}, ${period}${s.or.length ? ` (${s.or.map(outside).join(', ')})` : ''}`;
    }
    case 'anchored':
      return `${dayLabel(s.day)} (the day ${s.before ? 'before' : 'after'} "${s.base}")`;
    case 'anchoredToPublication':
      return `${dayLabel(s.day)} (the day ${s.before ? 'before' : 'after'} publication)`;
    case 'anchoredUnresolved':
      return `the day ${s.before ? 'before' : 'after'} "${s.base}" (${englishDate(s.baseSay)})`;
    case 'reported': {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(s.iso);
      if (!m) return `reported ${s.iso}`;
      if (m[3]) return `reported on ${dayLabel(s.iso.slice(0, 10))}${m[4] ? `, ${m[4]}` : ''}`;
      return `reported in ${m[2] ? `${monthName(Number(m[2]))} ${m[1]}` : m[1]}`;
    }
    case 'nextSentence':
      return `${englishDate(s.date)} (date in the next sentence)`;
    case 'unresolved':
      return `undated: '${s.text}' (no publication date)`;
    case 'none':
      return 'no date in the sentence, and the article is undated';
  }
}
