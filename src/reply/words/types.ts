/**
 * Everything a reply says in words, per language: one implementation each for
 * English and German (`en.ts`, `de.ts`), checked by the compiler to cover the
 * same ground. Renderers word a reply from its structured fields with the
 * reader's {@link Words}; quotes stay verbatim.
 *
 * @module
 */
import type { ErrorContext, ErrorId } from '../errors.ts';
import type { Lang } from '../lang.ts';
import type { Message, SectionId } from '../messages.ts';
import type { Answer, DateRef, Figure } from '../model.ts';

/** The fixed labels of the renderers (terminal and Discord). */
export interface UiWords {
  /** Label of an answer's date line (`date`). */
  date: string;
  /** Label of an answer's figure line (`figure`). */
  figure: string;
  /** A /source paragraph's section heading label (`Section`). */
  section: string;
  before: string;
  after: string;
  thisParagraph: string;
  startOfArticle: string;
  endOfArticle: string;
  tryInstead: string;
  /** `corpus 2dc3c8fafa` */
  corpus(version: string): string;
  /** When a reply has nothing to show at all. */
  noAnswer: string;
  /** `page 2/3` */
  page(index: number, count: number): string;
  /** The footer's reminder that quotes are verbatim. */
  verbatim: string;
  /** Button: `Show paragraph 3` */
  showParagraph(n: number): string;
  previous: string;
  moreSources: string;
  /** Under a quote cut to fit: `(cut: Show paragraph for the rest)` */
  cut: string;
  /** `claim:` before a claimant in an attribution line. */
  claim: string;
  /** `published` before a publication date in an attribution line. */
  published: string;
  /** An attribution line's article without a date. */
  undatedArticle: string;
  /** An unknown outlet and agency. */
  outletUnknown: string;
  /** A publication date that is not known. */
  undated: string;
  /** An article without a title. */
  untitled: string;
}

/** How replies are worded in one language. */
export interface Words {
  readonly lang: Lang;
  readonly ui: UiWords;
  /** A whole number as the language writes it (`12,000` / `12.000`; millions as words). */
  number(n: number): string;
  /** A figure's amount, bounds exactly as given (`more than 3,000` / `mehr als 3.000`). */
  amount(f: Figure): string;
  /** A figure with its words as written: `more than 3,000 ("mehr als 3000 Mann")`. */
  figure(f: Figure): string;
  /** A publication date as precise as known (`5 December 2024, 11:58` / `5. Dezember 2024, 11:58 Uhr`). */
  published(iso: string | null): string;
  /** A resolved date with the phrase it was read from. */
  dateRef(d: DateRef): string;
  /** `ntv.de / AFP`, or the words for an unknown outlet. */
  source(a: { outlet: string | null; agency: string | null }): string;
  /** The attribution line under a quote: claimant, source, date, paragraph id. */
  attribution(a: Answer): string;
  /** The message of an expected failure. */
  error(id: ErrorId, context: ErrorContext): string;
  /** One line of a summary, notice or report. */
  message(m: Message): string;
  /** A report section's title. */
  section(id: SectionId): string;
}
