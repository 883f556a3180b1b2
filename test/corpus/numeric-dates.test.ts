import { format, isValid, parse, tz, TZDate } from '../../src/system/date-fns.ts';
import { describe, expect, it } from 'vitest';
import { findDates, NEWSROOM_ZONE } from '../../src/corpus/dates.ts';

// The reading of `d.M.yyyy[, H:mm]` done wholly with date-fns in the newsroom's zone, as before the
// day/clock-change shortcut: every date line must read exactly the same.
const IN_ZONE = tz(NEWSROOM_ZONE);
const REFERENCE = new TZDate(2000, 0, 1, NEWSROOM_ZONE);
function reference(d: number, m: number, y: number, h?: number, mi?: number): string | null {
  const day = parse(`${d}.${m}.${y}`, 'd.M.yyyy', REFERENCE, { in: IN_ZONE });
  if (!isValid(day) || day.getFullYear() < 1900 || day.getFullYear() > 2100) return null;
  if (h !== undefined && mi !== undefined && h <= 23 && mi <= 59) {
    const ymd = format(day, 'yyyy-MM-dd', { in: IN_ZONE });
    const t = parse(`${ymd} ${h}:${mi}`, 'yyyy-MM-dd H:m', REFERENCE, { in: IN_ZONE });
    if (isValid(t)) return format(t, "yyyy-MM-dd'T'HH:mm", { in: IN_ZONE });
  }
  return format(day, 'yyyy-MM-dd', { in: IN_ZONE });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The iso of the one date found in a date line, or null when none is. */
const read = (line: string) => {
  const hits = findDates(line);
  return hits.length === 1 ? hits[0]!.iso : hits.length === 0 ? null : `${hits.length} dates`;
};

describe('numeric date lines', () => {
  it('read every day of 2024-2025 (and impossible days) as date-fns does, with and without a time', () => {
    const wrong: string[] = [];
    for (const y of [2024, 2025]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const [h, mi] = [(d * 7 + m) % 24, (d * 13) % 60];
          const day = read(`Stand: ${pad(d)}.${pad(m)}.${y}`);
          if (day !== reference(d, m, y)) wrong.push(`${d}.${m}.${y}: ${day} vs ${reference(d, m, y)}`);
          const timed = read(`Stand: ${pad(d)}.${pad(m)}.${y}, ${pad(h)}:${pad(mi)} Uhr`);
          if (timed !== reference(d, m, y, h, mi)) wrong.push(`${d}.${m}.${y} ${h}:${mi}: ${timed} vs ${reference(d, m, y, h, mi)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('read every time of the days the clocks change (a time that does not exist moves as date-fns moves it)', () => {
    const wrong: string[] = [];
    // the last Sundays of March and October (Central Europe), and a plain day around them
    for (const [d, m, y] of [[31, 3, 2024], [27, 10, 2024], [30, 3, 2025], [26, 10, 2025], [29, 3, 2025], [28, 10, 2024]] as const) {
      for (let h = 0; h <= 24; h++) {
        for (const mi of [0, 1, 30, 59]) {
          const got = read(`Veröffentlicht am ${d}.${m}.${y}, ${h}:${pad(mi)} Uhr`);
          if (got !== reference(d, m, y, h, mi)) wrong.push(`${d}.${m}.${y} ${h}:${mi}: ${got} vs ${reference(d, m, y, h, mi)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // the shortcut is really bypassed on those days: 2:30 does not exist on 31 March 2024
    expect(read('Veröffentlicht am 31.3.2024, 2:30 Uhr')).toBe(reference(31, 3, 2024, 2, 30));
    expect(read('Veröffentlicht am 31.3.2024, 2:30 Uhr')).not.toBe('2024-03-31T02:30');
  });
});
