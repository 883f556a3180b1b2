/**
 * What a reply says besides its quotes, as structure: each line of a summary,
 * notice or report section is a {@link Message} — an identifier and the values
 * it is made of — and each language words it (`words/en.ts`, `words/de.ts`).
 * Handlers build messages, never sentences; the English `summary`, `notice`
 * and section `lines` of the JSON contract are the English wording of them.
 *
 * @module
 */

import type { Figure } from '../language/de/figures/index.ts';
import type { DateRef } from '../language/de/dates/index.ts';

/** A title in both languages (a story's, an event's, a measure's). */
export interface Bilingual {
  de: string;
  en: string;
}

/** One line of what a reply says. */
export type Message =
  /** Verbatim text that is not worded (an id, a catalogue line, a summary not yet structured). */
  | { id: 'text'; text: string }
  /** An empty line between blocks. */
  | { id: 'blank' }
  /** An empty list. */
  | { id: 'none' }
  | { id: 'search.found'; paragraphs: number; articles: number; query: string }
  | { id: 'search.nothing'; query: string }
  | { id: 'source.position'; index: number; count: number; title: string }
  /** Several stories answered apart: the heading of the whole reply. */
  | { id: 'stories.apart'; query: string; count: number }
  /** The heading of one story's block. */
  | { id: 'stories.story'; title: Bilingual }
  /** A story among several that has nothing to say. */
  | { id: 'stories.nothing' }
  | {
      id: 'corpus.summary';
      stories: number;
      articles: number;
      paragraphs: number;
      undated: number;
      warnings: number;
      skipped: number;
      version: string;
    }
  | { id: 'corpus.story'; story: string; title: Bilingual; articles: number; paragraphs: number; undated: number; warnings: number }
  | {
      id: 'corpus.article';
      /** The story id before the article id, when the corpus has several. */
      story: string | null;
      article: string;
      title: string | null;
      published: { iso: string; precision: string } | null;
      source: { outlet: string | null; agency: string | null };
      paragraphs: number;
    }
  /** A file problem: the loader's own text after the file and line. */
  | { id: 'problem'; severity: 'error' | 'warning'; where: string; text: string }
  | { id: 'reload.same'; version: string; articles: number }
  | {
      id: 'reload.changed';
      before: string;
      after: string;
      added: number;
      removed: number;
      changed: number;
      unchanged: number;
      articles: number;
    }
  | { id: 'reload.story'; story: string; title: Bilingual; articles: number; was: number }
  | { id: 'reload.saved'; file: string; shortened: boolean }
  | { id: 'reload.replaced'; file: string; shortened: boolean; trashed: string[] }
  // ---- /when (words: `words/when-en.ts`, `words/when-de.ts`) ----
  | WhenMessage
  // ---- /estimate: summaries and notices (worded in words/estimate-en.ts, estimate-de.ts) ----
  /** The heading: what was asked, how many figures (claims) from how many articles. */
  | { id: 'estimate.head'; measure: EstimateMeasure; figures: number; articles: number }
  /** One claim: a figure as one claimant gives it, with the articles that report it. */
  | ({ id: 'estimate.claim' } & EstimateClaim)
  /** In place of the counted claims when there are only forecasts. */
  | { id: 'estimate.only-forecasts' }
  /** The heading of the forecasts. */
  | { id: 'estimate.forecasts' }
  /** The heading of the counted claims after the forecasts. */
  | { id: 'estimate.counted' }
  /** `… and N more figures below.` */
  | { id: 'estimate.more'; figures: number }
  /** More quotes than are quoted. */
  | { id: 'estimate.quoted'; quotes: number; shown: number }
  /** No figure at all. */
  | { id: 'estimate.nothing'; measure: EstimateMeasure }
  /** No figure is about the place asked as a place: the place ranks them as a word. */
  | { id: 'estimate.place-as-word'; title: Bilingual; place: Bilingual; words: string }
  /** Forecasts asked, none given. */
  | { id: 'estimate.no-forecast' }
  /** Free words that name no catalogued measure. */
  | { id: 'estimate.free-words'; query: string };

/**
 * What a `/when` summary or notice is about: a catalogued event (its title in
 * both languages; `planned` when only plans state it), or free words answered
 * by the clauses that state their event (`clauses`) or by the best-matching
 * sentences (`words`).
 */
export type WhenSubject = { kind: 'event'; title: Bilingual; planned?: boolean } | { kind: 'free'; query: string; by: 'clauses' | 'words' };

/** A report published before every date the quotes give. */
export interface WhenEarlier {
  /** The outlet (or article id) that reported it. */
  source: string;
  /** Its "reported" date. */
  date: DateRef;
}

/** The lines of `/when` summaries and notices. `more`: quotes without a resolvable date. */
export type WhenMessage =
  /** No quote's date resolves. */
  | { id: 'when.undated'; subject: WhenSubject; quotes: number }
  /** No quote dates the event itself: the earliest report. */
  | { id: 'when.reported'; subject: WhenSubject; earliest: WhenEarlier; more: number }
  /** The sources agree: the narrowest date and how many of the dated quotes support it. */
  | { id: 'when.agree'; subject: WhenSubject; date: DateRef; agree: number; dated: number; earlier: WhenEarlier | null; more: number }
  /** The sources differ: the heading of one `when.group` line per date. */
  | { id: 'when.differ'; subject: WhenSubject }
  | { id: 'when.group'; date: DateRef; sources: string[] }
  /** After the groups: a report published before every date. */
  | { id: 'when.earlier'; earlier: WhenEarlier }
  /** After the groups: quotes without a resolvable date. */
  | { id: 'when.more'; quotes: number }
  /** `(12 quotes support it; the 10 best are shown.)` */
  | { id: 'when.shown'; total: number; shown: number }
  /** A question fitting several catalogued events: the heading, then one `when.event` line each. */
  | { id: 'when.several'; query: string; count: number }
  /** One event of several: the first line of its own summary (null: the corpus has nothing). */
  | { id: 'when.event'; slug: string; title: Bilingual; first: WhenMessage | null }
  | { id: 'when.askOne'; slugs: string[] }
  /** Free words answered by the clauses stating their event (`event`: the event word as asked). */
  | { id: 'when.freeClauses'; query: string; event: string }
  /** Free words answered by the best-matching sentences. */
  | { id: 'when.freeWords'; query: string }
  | { id: 'when.nothing'; query: string }
  | { id: 'when.nothingEvent'; title: Bilingual }
  /** A catalogue entry to try instead (`/when <slug> (<title>)`; also for `/estimate`). */
  | { id: 'when.try'; command: 'when' | 'estimate'; slug: string; title: Bilingual };

/** Whether a message is a `/when` line (worded by `words/when-en.ts`, `words/when-de.ts`). */
export function isWhenMessage(m: Message): m is WhenMessage {
  return m.id.startsWith('when.');
}

/** What an `/estimate` question asked: a catalogued measure (its title, the place asked) or free words. */
export type EstimateMeasure = { title: Bilingual; place: Bilingual | null } | { words: string };

/** A publication an `/estimate` claim names: its outlet and agency, else its title, else its id; and its date. */
export interface EstimateSource {
  outlet: string | null;
  agency: string | null;
  title: string | null;
  article: string;
  /** ISO as precise as known, or null. */
  published: string | null;
}

/** One `/estimate` claim as structure. */
export interface EstimateClaim {
  /** Who gives it, in both languages (null: the article says nobody). */
  claimant: Bilingual | null;
  /** The figure (amount, kind, unit, quantity, modality). */
  figure: Figure;
  /** Where, when the summary names places (count figures of answers about several places); else empty. */
  places: Bilingual[];
  /** Its modality when shown among the forecasts, else null. */
  forecast: NonNullable<Figure['modality']> | null;
  /** The articles reporting it, each by its newest quote, at most four. */
  sources: EstimateSource[];
  /** How many articles report it. */
  articles: number;
  /** How many quotes give it. */
  quotes: number;
  /** The newest claim of its claimant's series, with earlier ones. */
  latest: boolean;
  /** Earlier figures of its series (newest first), at most four. */
  earlier: { figure: Figure; source: EstimateSource }[];
  /** Earlier figures not shown. */
  earlierMore: number;
}

/** Identifiers of report sections (`/corpus`, `/reload`). */
export type SectionId = 'stories' | 'articles' | 'undated' | 'warnings' | 'added' | 'removed' | 'changed';

/** A report section as structure: its identifier and one message per line. */
export interface SectionMessages {
  id: SectionId;
  items: Message[];
}
