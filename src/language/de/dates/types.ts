/**
 * What the date finder takes and gives: the publication date it resolves
 * against, and the resolved date of a phrase. These are the reply model's
 * `DateRef` and `DatePrecision` (`src/reply/model.ts` has the same shapes;
 * the language layer defines them because it imports nothing above it).
 *
 * @module
 */

/** What the date finder needs of an article's publication date (the corpus's `PublishedDate` fits). */
export interface PublicationDate {
  /**
   * ISO 8601 truncated to the precision, Berlin wall time, without offset:
   * `2024-12-05T11:58`, `2024-12-05`, `2025-04`, `2025`.
   */
  iso: string;
  precision: 'minute' | 'day' | 'month' | 'year';
  /** The date as written (`05.12.2024, 11:58 Uhr`), quoted by {@link reportedDate}-style evidence. */
  text: string;
}

/** How precisely a resolved date is known. */
export type DatePrecision =
  | 'minute'
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'year'
  | 'range'
  | 'unknown';

/** A date expression found in a sentence, resolved as far as the inputs allow. */
export interface DateRef {
  /** The phrase as written in the sentence (`am Mittwoch`, `im Juni 2024`). */
  text: string;
  /** ISO 8601 as precise as known (`2024-12-04`, `2024-06`, `2024`), or null when unresolved. */
  iso: string | null;
  precision: DatePrecision;
  /** For ranges and coarse periods: first and last day covered (ISO dates), when known. */
  from?: string | null;
  to?: string | null;
  /** How it was resolved: `explicit`, `relative` (to the publication date), `reported` (publication date only), `unresolved`. */
  basis: 'explicit' | 'relative' | 'reported' | 'unresolved';
  /** A short human description in English, e.g. "a Saturday, April 2025" (the English wording of {@link DateRef.say}). */
  label: string;
  /** What the date is, as structure, so a reply can word it in the reader's language (`label` is its English wording). */
  say?: DateSay;
}

/** `Anfang`, `Mitte`, `Ende` of a period. */
export type DatePart = 'early' | 'mid' | 'late';

/**
 * A resolved (or unresolved) date as structure: what kind of date it is and
 * the values it is made of. Days are ISO (`2024-12-04`), times `HH:MM`,
 * months 1-12, weekdays 0 (Sunday) to 6.
 */
export type DateSay =
  /** `says`: the weekday the text writes beside the date when it is another one (check the date). */
  | { kind: 'day'; day: string; says?: number }
  | { kind: 'minute'; day: string; time: string; says?: number }
  /** A time of day of the publication day, as written (`Vormittag`). */
  | { kind: 'daypart'; day: string; phrase: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'month'; y: number; m: number; part?: DatePart }
  | { kind: 'season'; season: 'spring' | 'summer' | 'autumn' | 'winter'; y: number; part?: DatePart }
  /** `Winter 2024`: January-February or December of the year. */
  | { kind: 'winterOfYear'; y: number }
  | { kind: 'year'; y: number; part?: DatePart }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'decade'; start: number }
  | { kind: 'quarter'; q: number; y: number }
  | { kind: 'half'; h: number; y: number }
  | { kind: 'turnOfYear'; y: number }
  /** The night to `day`. */
  | { kind: 'night'; day: string }
  /** A few days before publication, about `from`-`to`. */
  | { kind: 'fewDays'; from: string; to: string }
  | { kind: 'weekend'; from: string; to: string }
  | { kind: 'week'; monday: string; part?: DatePart }
  /** A named day, month or season of an unknown year: one of two. */
  | { kind: 'either'; first: DateSay; second: DateSay }
  /**
   * A phrase finer than the publication date (`am Samstag` in an article of
   * April 2025): what it is, within the publication period (`m` null: the
   * year), and what it can be outside it.
   */
  | { kind: 'within'; what: DateVague; y: number; m: number | null; or: DateOutside[] }
  /** `am Vortag`: the day before (or after) another date of the sentence, written `base`. */
  | { kind: 'anchored'; day: string; before: boolean; base: string }
  /** `am Vortag` without another date: the day before (or after) publication. */
  | { kind: 'anchoredToPublication'; day: string; before: boolean }
  /** `am Vortag` of a date that cannot be resolved. */
  | { kind: 'anchoredUnresolved'; before: boolean; base: string; baseSay: DateSay }
  /** The publication date as "reported by" evidence, ISO as precise as known. */
  | { kind: 'reported'; iso: string }
  /** A date read from the next sentence. */
  | { kind: 'nextSentence'; date: DateSay }
  /**
   * A relative phrase that cannot be resolved: the article is undated
   * (`undated`), or its date is too coarse for the phrase (`coarse`: `am
   * Vortag` of a date known only to the month).
   */
  | { kind: 'unresolved'; text: string; why?: 'undated' | 'coarse' }
  /** No date in the sentence, and the article is undated. */
  | { kind: 'none' };

/** What a phrase finer than the publication period is, without its date. */
export type DateVague =
  | { kind: 'weekday'; wd: number; night?: boolean }
  /** `n` days, weeks or months from publication (negative: before; 0: that day, week or month). */
  | { kind: 'offset'; unit: 'day' | 'week' | 'month'; n: number }
  | { kind: 'weekend' }
  | { kind: 'fewDays' }
  | { kind: 'monthName'; m: number }
  /** What it resolves to at the earliest publication day. */
  | { kind: 'as'; date: DateSay };

/** What a phrase can mean outside the publication period. */
export type DateOutside =
  | { kind: 'day'; day: string }
  | { kind: 'as'; date: DateSay }
  /** As early (or late) as `day`. */
  | { kind: 'bound'; edge: 'early' | 'late'; day: string };
