/**
 * Builds {@link Answer}s: a verbatim quote plus everything needed to attribute
 * it (article, outlet, agency, publication date). The quote is always cut from
 * the article's raw text by offsets, never rebuilt from pieces.
 *
 * @module
 */
import type { Article, Paragraph } from '../corpus/types.ts';
import type { Answer, DateRef, Figure } from '../reply/model.ts';

/** What a handler found out about a quote, beyond where it is. */
export interface AnswerDetails {
  claimant?: string | null;
  date?: DateRef | null;
  figure?: Figure | null;
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
    published: article.published?.iso ?? null,
    claimant: details.claimant ?? null,
    date: details.date ?? null,
    figure: details.figure ?? null,
  };
}
