/**
 * What a date expression means, before it is resolved against a publication
 * date. The finder ({@link ./find.ts}) turns German phrases into specs; the
 * resolver ({@link ./resolve.ts}) turns specs into ISO dates.
 *
 * @module
 */

/** A year as written (`2024`) or relative to the publication year (`vergangenen Jahres` = -1). */
export type YearRef = { abs: number } | { rel: number };

/** `Anfang`, `Mitte`, `Ende` of a period. Kept for the label; never narrows the ISO value. */
export type Part = 'early' | 'mid' | 'late';

/** Meteorological seasons. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Which occurrence of a year-less month, season or weekday is meant.
 * - `recent`: the most recent not after publication (`im Juni`; `am Mittwoch` in a Wednesday article is that day)
 * - `previous`: the one before the current (`vergangenen Juni`, `letzten Sommer`)
 * - `this`: the one of the publication year / week (`diesen Sommer`, `an diesem Mittwoch`)
 * - `next`: the next one after publication (`kommenden Juni`, `nächsten Mittwoch`)
 */
export type Occurrence = 'recent' | 'previous' | 'this' | 'next';

/**
 * Which way a year-less date leans when its clause says: `upcoming` (a plan,
 * a schedule, `für den 20. Mai`, `bis Ende März` in a present clause: the
 * first occurrence on or after publication), `nearest` (a present-tense
 * clause: whichever occurrence is closer), or the default, the most recent
 * one not after publication.
 */
export type Toward = 'upcoming' | 'nearest' | 'recent';

/** A calendar day, possibly without year (`am 4. Dezember`). */
export interface DaySpec {
  y: YearRef | null;
  m: number;
  d: number;
}

/** The meaning of one date expression. */
export type Spec =
  /** `weekday`: the weekday the text writes beside the date (`am Montag, dem 28. April`), checked, never trusted. */
  | { kind: 'day'; date: DaySpec; time?: { hh: number; mm: number }; weekday?: 0 | 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'dayRange'; from: DaySpec; to: DaySpec }
  | { kind: 'month'; y: YearRef | null; m: number; part?: Part; occurrence?: Occurrence }
  | { kind: 'season'; season: Season; y: YearRef | null; part?: Part; occurrence?: Occurrence; winterOfYear?: boolean }
  | { kind: 'year'; y: YearRef; part?: Part }
  | { kind: 'yearRange'; from: number; to: number }
  | { kind: 'decade'; start: number }
  | { kind: 'quarter'; q: 1 | 2 | 3 | 4; y: YearRef | null }
  | { kind: 'half'; h: 1 | 2; y: YearRef | null }
  | { kind: 'turnOfYear'; y: YearRef }
  /** weekday 0 = Sunday ... 6 = Saturday (date-fns `Day`). `week`: a calendar-week offset (`Mittwoch vergangener Woche` = -1). */
  /** `weekday`: `before` for `vergangenen Mittwoch` (never the publication day itself, unlike a bare `am Mittwoch`). */
  | {
      kind: 'weekday';
      wd: 0 | 1 | 2 | 3 | 4 | 5 | 6;
      occurrence: Occurrence;
      week?: number;
      night?: boolean;
      before?: true;
      /** `am Montag um 4.17 Uhr` */
      time?: { hh: number; mm: number };
    }
  /** `gegen 14.40 Uhr`, `am Vormittag`: a time of the publication day, only as sure as the publication's own time. */
  | { kind: 'clock'; hh: number; mm: number; daypart?: boolean }
  /** `am Vortag`, `tags darauf`: a day before or after another date of the sentence (or the publication day). */
  | { kind: 'anchor'; days: number }
  | { kind: 'dayOffset'; days: number }
  /** `vor wenigen Tagen`: some day between `max` and `min` days before publication (a range, never one day). */
  | { kind: 'fewDays'; min: number; max: number }
  | { kind: 'weekend'; occurrence: Occurrence }
  | { kind: 'week'; offset: number; part?: Part; ago?: boolean }
  | { kind: 'monthOffset'; offset: number; part?: Part };

/** Whether a spec needs the publication date to be resolved. */
export function isRelative(spec: Spec): boolean {
  switch (spec.kind) {
    case 'day':
      return spec.date.y === null || 'rel' in spec.date.y;
    case 'dayRange':
      return spec.from.y === null || 'rel' in spec.from.y || spec.to.y === null || 'rel' in spec.to.y;
    case 'month':
    case 'season':
    case 'quarter':
    case 'half':
      return spec.y === null || 'rel' in spec.y;
    case 'year':
    case 'turnOfYear':
      return 'rel' in spec.y;
    case 'yearRange':
    case 'decade':
      return false;
    case 'anchor':
      return true;
    default:
      return true;
  }
}
