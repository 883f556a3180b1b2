/**
 * Short English descriptions of resolved dates ("Wednesday, 4 December 2024",
 * "early August 2024", "the week of 25 November 2024").
 *
 * @module
 */
import { format } from 'date-fns/format';
import type { Day } from './calendar.ts';
import type { Part, Season } from './spec.ts';

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

/** "Wednesday, 4 December 2024". */
export function dayLabel(d: Day): string {
  return format(d, 'EEEE, d MMMM yyyy');
}

/** "4 December 2024". */
export function shortDayLabel(d: Day): string {
  return format(d, 'd MMMM yyyy');
}

/** "Thursday, 5 December 2024, 11:58". */
export function minuteLabel(d: Day, hh: number, mm: number): string {
  return `${dayLabel(d)}, ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

function partPrefix(part: Part | undefined): string {
  return part === 'early' ? 'early ' : part === 'mid' ? 'mid-' : part === 'late' ? 'late ' : '';
}

/** "June 2024", "early August 2024", "mid-June 2024". */
export function monthLabel(y: number, m: number, part?: Part): string {
  return `${partPrefix(part)}${monthName(m)} ${y}`;
}

const SEASON_NAMES: Record<Season, string> = { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' };

/** "summer 2024", "winter 2024/25", "late autumn 2024". */
export function seasonLabel(season: Season, y: number, part?: Part): string {
  const year = season === 'winter' ? `${y}/${String(y + 1).slice(-2)}` : String(y);
  return `${partPrefix(part)}${SEASON_NAMES[season]} ${year}`;
}

/** "2024", "early 2025", "mid-2024", "late 2024". */
export function yearLabel(y: number, part?: Part): string {
  return `${partPrefix(part)}${y}`;
}

/** "the week of 25 November 2024", "early in the week of ...". */
export function weekLabel(monday: Day, part?: Part): string {
  const lead = part === 'early' ? 'early in ' : part === 'mid' ? 'the middle of ' : part === 'late' ? 'late in ' : '';
  return `${lead}the week of ${shortDayLabel(monday)}`;
}

/** "4–6 December 2024", "30 November–1 December 2024", "30 December 2024–2 January 2025". */
export function rangeLabel(a: Day, b: Day): string {
  if (a.getFullYear() !== b.getFullYear()) return `${shortDayLabel(a)}–${shortDayLabel(b)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM')}–${shortDayLabel(b)}`;
  return `${a.getDate()}–${shortDayLabel(b)}`;
}

/** "the first quarter of 2024". */
export function quarterLabel(q: number, y: number): string {
  return `the ${ORDINALS[q]} quarter of ${y}`;
}

/** "the second half of 2024". */
export function halfLabel(h: number, y: number): string {
  return `the ${ORDINALS[h]} half of ${y}`;
}

/** "undated: 'am Samstag' (no publication date)". */
export function unresolvedLabel(text: string): string {
  return `undated: '${text}' (no publication date)`;
}
