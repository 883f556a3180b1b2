/**
 * The reply model: what every command handler returns and every renderer
 * (terminal text, JSON, Discord embed) reads. Plain data only: no Discord
 * object, no class instances, so a reply can be serialised, compared in tests
 * and rendered anywhere.
 *
 * The JSON field names of {@link Answer} and {@link Reply} are a public
 * contract (scripts depend on them): add fields, never rename.
 *
 * @module
 */

import type { DateRef } from '../language/de/dates/index.ts';
import type { Figure } from '../language/de/figures/index.ts';
import type { Message, SectionId } from './messages.ts';

/**
 * A resolved date (`text`, `iso`, `precision`, `from`, `to`, `basis`, `label`,
 * and `say`, its structure, which renderers word in the reader's language)
 * and a figure (`text`, `min`, `max`, `qualifier`, `unit`, `kind`): the shapes
 * the German readers give, part of this contract as they are.
 */
export type { DatePrecision, DateRef } from '../language/de/dates/index.ts';
export type { Figure } from '../language/de/figures/index.ts';

/** One quoted snippet with everything a reporter needs to attribute it. */
export interface Answer {
  /** Verbatim substring of the article file. */
  quote: string;
  articleId: string;
  paragraphId: string;
  title: string | null;
  outlet: string | null;
  agency: string | null;
  /**
   * When the quoted text was published, ISO as precise as known
   * (`2024-12-05T11:58`, `2025-04`), or null: the article's date, or a
   * live-blog entry's own time when its day is known.
   */
  published: string | null;
  /** Who makes the claim, when the sentence says so ("Scholz (Germany's chancellor)"). */
  claimant: string | null;
  /**
   * The same claimant worded in German ("Innenministerium", "italienische
   * Medienberichte", "Scholz (deutscher Bundeskanzler)", "X (Y), unter
   * Berufung auf Z"): set wherever `claimant` is (null when it is null, or
   * when no German form is known); `claimant` stays the English form.
   */
  claimantDe?: string | null;
  date: DateRef | null;
  figure: Figure | null;
  /** The id of the story the quote belongs to (`flood-2024`); every answer of a reply block comes from one story. */
  story?: string | null;
}

/** A story a reply draws on: its id and its title in German and English. */
export interface StoryRef {
  id: string;
  title: { de: string; en: string };
}

/** Outcome of a command, for renderers (colour, ephemeral) and exit codes. */
export type ReplyStatus = 'ok' | 'no-answer' | 'invalid' | 'refused' | 'error';

/** A paragraph shown in full, with its neighbours (`/source`). */
export interface SourceView {
  paragraphId: string;
  articleId: string;
  title: string | null;
  outlet: string | null;
  agency: string | null;
  published: string | null;
  url: string | null;
  heading: string | null;
  text: string;
  previous: { paragraphId: string; text: string } | null;
  next: { paragraphId: string; text: string } | null;
}

/** A labelled list of lines (corpus statistics, reload reports, warnings). */
export interface InfoSection {
  /** The English title. */
  title: string;
  /** The English lines. */
  lines: string[];
  /** The section as structure, for wording it in another language. */
  id?: SectionId;
  items?: Message[];
}

/** What a command handler returns. */
export interface Reply {
  command: string;
  argument: string;
  status: ReplyStatus;
  /** The answer up front, one or two lines (`In force since 2024-12-04 (2 sources)`), or null. */
  summary: string | null;
  /** Best answer first. */
  answers: Answer[];
  /** A message when there is no answer or something to warn about. */
  notice?: string;
  /** Closest catalogue entries or searches to try instead. */
  suggestions?: string[];
  /** `/source`: the paragraph in full. */
  source?: SourceView;
  /** `/corpus`, `/reload`: structured information. */
  sections?: InfoSection[];
  /** Short hash of the corpus that answered. */
  corpusVersion?: string;
  /** The stories the answers come from, in the order their answers appear (one, or a few answered apart). */
  stories?: StoryRef[];
  /**
   * The summary and the notice as structure (one {@link Message} per line), so
   * a renderer words them in the reader's language; `summary` and `notice`
   * are their English wording.
   */
  say?: { summary?: Message[]; notice?: Message[]; suggestions?: Message[] };
  /**
   * For invalid input, refusals and errors: what went wrong, as an identifier
   * (`ArgumentTooLong`, `ReloadBusy`, ...), and the values its message is made
   * of, so a renderer can word it in the reader's language.
   */
  error?: { id: string; params?: Readonly<Record<string, string | number>> };
}
