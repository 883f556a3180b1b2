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

/** A validated, cleaned article. */
export interface Article {
  /** The file name without extension: a readable slug, unique in the corpus. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  title: string | null;
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
  problems: FileProblem[];
}
