/**
 * The data model of the corpus: what the loader produces from article files
 * and what every later stage (search, answers, renderers) reads.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into {@link Article.raw},
 * so `article.raw.slice(p.start, p.end) === p.text` always holds: a quote taken
 * from a paragraph or sentence is a verbatim substring of the article file.
 *
 * @module
 */
import type { Sentence } from '../language/de/index.ts';

/** How precisely a publication date is known. */
export type PublishedPrecision = 'minute' | 'day' | 'month' | 'year';

/** An article's publication date, only as precise as the source says. */
export interface PublishedDate {
  /**
   * ISO 8601 truncated to the precision, in the newsroom's zone (Europe/Berlin),
   * without offset: `2024-12-05T11:58`, `2024-12-05`, `2025-04`, `2025`.
   */
  iso: string;
  precision: PublishedPrecision;
  /** The text the date was read from, as written (`05.12.2024, 11:58 Uhr`). */
  text: string;
  /** Where it came from: the front matter or a line of the text. */
  from: 'header' | 'text';
}

/**
 * A sentence of a paragraph, verbatim, as the German sentence splitter gives
 * it; in an article, `start`/`end` are offsets into {@link Article.raw}.
 */
export type { Sentence };

/** A paragraph of article body text that may be quoted. */
export interface Paragraph {
  /** Stable id: the same article text gives the same ids on every run (`<articleId>#p<n>`). */
  id: string;
  articleId: string;
  /** 0-based position among the article's paragraphs. */
  index: number;
  /** The subheading this paragraph falls under, if any. */
  heading: string | null;
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
  /**
   * A live-blog entry's time stamp (`14:32 Uhr`), cut off the quotable text:
   * the time the entry was posted, a better date for what it reports than the
   * page's. Absent outside live blogs.
   */
  time?: EntryTime;
  /**
   * True for the outlet's own summary box (`Auf einen Blick`, `Das Wichtigste
   * in Kürze`): quotable, but ranked after the body text. Absent otherwise.
   */
  summary?: boolean;
}

/** The time stamp of a live-blog entry. */
export interface EntryTime {
  /** The stamp as written (`14:32 Uhr`, `+++ 14:32 Uhr`). */
  text: string;
  /** The clock time, `HH:MM`. */
  clock: string;
  /**
   * The entry's date and time, `YYYY-MM-DDTHH:MM` (Europe/Berlin wall time),
   * when its day is known: from a day separator above it (`Mittwoch, 6.
   * August`) or from the page's own date (rolled back a day when the entries
   * cross midnight). Null when the day is unknown: never guessed.
   */
  iso: string | null;
  /** Where the day came from. */
  day: 'separator' | 'page' | null;
}

/** A subheading kept for structure; never quoted as news. */
export interface Heading {
  text: string;
  start: number;
  end: number;
  /** Index of the first paragraph after the heading. */
  beforeParagraph: number;
}

/** A line or block the cleaner removed, with the rule that removed it. */
export interface DroppedBlock {
  text: string;
  line: number;
  reason: string;
}

/** A problem found while reading a file. Errors skip the file; warnings do not. */
export interface FileProblem {
  /** File path relative to the corpus folder (`articles/foo.txt`). */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** Front-matter field, when the problem is about one. */
  field?: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The line of the file a metadata value was read from, for curators (`corpus:check --verbose`). */
export interface Evidence {
  /** 1-based line in the file; null for a value from the front-matter header. */
  line: number | null;
  /** The line (or the part of it that gave the value), as written. */
  text: string;
  /** The rule that read it: `date line`, `date marker`, `source line`, `byline`, `dateline`, `masthead`, `header`, ... */
  rule: string;
}

/** A date line that was read but not taken as the publication date, and why. */
export interface RejectedDate extends Evidence {
  reason: string;
}

/** Where each metadata value of an article came from. */
export interface Provenance {
  title: Evidence | null;
  kicker: Evidence | null;
  published: Evidence | null;
  outlet: Evidence | null;
  /** One entry per line that named an agency, in the order of the text. */
  agency: Evidence[];
  /** Dates not taken as the publication date (placeholders, impossible dates, an older marker). */
  rejected: RejectedDate[];
}

/** A validated, cleaned article. */
export interface Article {
  /** The file name without extension: a readable slug, unique in the corpus. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  title: string | null;
  /**
   * The kicker (Dachzeile) above or glued before the headline (`Ukraine-Krieg`),
   * never part of {@link title}; null when there is none.
   */
  kicker: string | null;
  /** The publication that carried the article (ntv.de), or null when unknown. */
  outlet: string | null;
  /** The news agency the text comes from (AFP, dpa, Reuters), or null. */
  agency: string | null;
  published: PublishedDate | null;
  url: string | null;
  language: string;
  /** The whole file text (after decoding, BOM removed, CRLF kept as is). */
  raw: string;
  /** Short content hash of `raw` (hex). */
  hash: string;
  headings: Heading[];
  paragraphs: Paragraph[];
  dropped: DroppedBlock[];
  /** Which line gave the title, kicker, date, outlet and agency (see `corpus:check --verbose`). */
  provenance: Provenance;
  problems: FileProblem[];
}
