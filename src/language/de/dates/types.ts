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
  /** A short human description, e.g. "a Saturday, April 2025". */
  label: string;
}
