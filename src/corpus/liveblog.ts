/**
 * Live-blog entry times: the day of each entry's time stamp, from the day
 * separator above it or from the page's own date, as precise as the page
 * allows and never guessed.
 *
 * @module
 */

import type { EntryTime, PublishedDate } from './types.ts';
import type { LiveBlogStamp } from './clean.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` shifted by whole days (calendar arithmetic, no time zone involved). */
function shiftDay(ymd: string, days: number): string {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The entry times of a page's stamps, in the order given (the order of the
 * text).
 *
 * - Under a day separator (`Mittwoch, 9. Juli`) the entry's day is the
 *   separator's, with the year it writes or the page date's year (none
 *   without either).
 * - Otherwise the day comes from the page's date (at least day-precise): an
 *   update date (`Stand:`) is the newest entry's day, a first-publication date
 *   the oldest entry's; walking from there, each time the clock runs the wrong
 *   way the entries have crossed midnight, and the day moves by one.
 * - Without a day-precise page date the day stays unknown (`iso: null`).
 *
 * @param stamps the stamps of the paragraphs' entries, in text order (equal objects for one entry)
 * @param published the page's publication date; `updated: false` when it is labelled as the first publication
 */
export function entryTimes(stamps: readonly LiveBlogStamp[], published: (PublishedDate & { updated?: boolean }) | null): Map<LiveBlogStamp, EntryTime> {
  const out = new Map<LiveBlogStamp, EntryTime>();
  const unique = [...new Set(stamps)];
  const pageDay = published && (published.precision === 'day' || published.precision === 'minute') ? published.iso.slice(0, 10) : null;
  const pageYear = published ? Number(published.iso.slice(0, 4)) : null;
  const undated = unique.filter((s) => !s.day);
  // Days of the stamps without a separator, from the page date.
  const days = new Map<LiveBlogStamp, string | null>();
  if (pageDay && undated.length) {
    const clocks = undated.map((s) => s.clock);
    let down = 0;
    let up = 0;
    for (let i = 1; i < clocks.length; i++) {
      if (clocks[i]! < clocks[i - 1]!) down++;
      else if (clocks[i]! > clocks[i - 1]!) up++;
    }
    const newestFirst = down >= up;
    // The anchor entry is on the page's day: the newest for an update date, the oldest otherwise.
    const anchorIsNewest = published!.updated !== false;
    const ordered = newestFirst === anchorIsNewest ? undated : [...undated].reverse();
    // `ordered` runs from the anchor away from it: backwards in time when the anchor is the newest.
    const backwards = anchorIsNewest;
    const pageClock = published!.precision === 'minute' ? published!.iso.slice(11, 16) : null;
    let day = pageDay;
    if (pageClock && ordered[0]) {
      if (backwards && ordered[0].clock > pageClock) day = shiftDay(day, -1);
      if (!backwards && ordered[0].clock < pageClock) day = shiftDay(day, 1);
    }
    let prev: string | null = null;
    for (const s of ordered) {
      if (prev !== null && (backwards ? s.clock > prev : s.clock < prev)) day = shiftDay(day, backwards ? -1 : 1);
      days.set(s, day);
      prev = s.clock;
    }
  }
  for (const s of unique) {
    let iso: string | null = null;
    let from: EntryTime['day'] = null;
    if (s.day) {
      const year = s.day.year ?? pageYear;
      if (year) {
        iso = `${year}-${pad(s.day.month)}-${pad(s.day.day)}T${s.clock}`;
        from = 'separator';
      }
    } else {
      const d = days.get(s);
      if (d) {
        iso = `${d}T${s.clock}`;
        from = 'page';
      }
    }
    out.set(s, { text: s.text, clock: s.clock, iso, day: from });
  }
  return out;
}
