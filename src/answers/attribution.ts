/**
 * Builds {@link Answer}s: a verbatim quote plus everything needed to attribute
 * it (article, outlet, agency, publication date). The quote is always cut from
 * the article's raw text by offsets, never rebuilt from pieces.
 *
 * @module
 */
import type { Article, Paragraph, PublishedDate } from '../corpus/types.ts';
import type { Answer, DateRef, Figure } from '../reply/model.ts';

/** What a handler found out about a quote, beyond where it is. */
export interface AnswerDetails {
  claimant?: string | null;
  /** The claimant in German (see `Answer.claimantDe`). */
  claimantDe?: string | null;
  date?: DateRef | null;
  figure?: Figure | null;
}

/**
 * When the text of a paragraph was published: a live-blog entry's own time
 * when its day is known (`14:32 Uhr` under `Mittwoch, 6. August`), else the
 * article's date. Relative dates in the paragraph (`heute`, `am Samstag`) are
 * read against this, and answers show it as their date.
 */
export function reportedAt(article: Article, paragraph: Paragraph): PublishedDate | null {
  const iso = paragraph.time?.iso;
  if (!iso) return article.published;
  return { iso, precision: 'minute', text: paragraph.time!.text, from: 'text' };
}

/**
 * An answer quoting `article.raw.slice(start, end)`.
 *
 * @throws Error when the range lies outside the paragraph (a programming error:
 *   a quote must never leave its paragraph).
 */
export function makeAnswer(
  article: Article,
  paragraph: Paragraph,
  start: number,
  end: number,
  details: AnswerDetails = {},
): Answer {
  if (start < paragraph.start || end > paragraph.end || start >= end) {
    throw new Error(`answer: quote range ${start}-${end} is outside paragraph ${paragraph.id}`);
  }
  return {
    quote: article.raw.slice(start, end),
    articleId: article.id,
    paragraphId: paragraph.id,
    title: article.title,
    outlet: article.outlet,
    agency: article.agency,
    published: reportedAt(article, paragraph)?.iso ?? null,
    claimant: details.claimant ?? null,
    ...(details.claimantDe !== undefined ? { claimantDe: details.claimantDe } : {}),
    date: details.date ?? null,
    figure: details.figure ?? null,
  };
}
