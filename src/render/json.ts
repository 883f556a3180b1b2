/**
 * Renders a reply as the JSON object scripts consume. Field order and names
 * are part of the contract: `command`, `argument`, `answers` (each with
 * `quote`, `articleId`, `paragraphId`, `title`, `outlet`, `agency`,
 * `published`, `claimant`, `date`, `figure`, and `story` and `claimantDe`
 * when known), then
 * optional `notice` and `suggestions`; other fields (`status`, `summary`,
 * `source`, `sections`, `stories`, `corpusVersion`, `error`) follow.
 *
 * @module
 */
import type { Answer, Reply } from '../reply/model.ts';

function answerJson(a: Answer): Answer {
  const out: Answer = {
    quote: a.quote,
    articleId: a.articleId,
    paragraphId: a.paragraphId,
    title: a.title,
    outlet: a.outlet,
    agency: a.agency,
    published: a.published,
    claimant: a.claimant,
    date: a.date,
    figure: a.figure,
  };
  if (a.story !== undefined) out.story = a.story;
  if (a.claimantDe !== undefined) out.claimantDe = a.claimantDe;
  return out;
}

/** The reply as a plain JSON-ready object in contract order. */
export function toJsonObject(reply: Reply): Record<string, unknown> {
  const out: Record<string, unknown> = {
    command: reply.command,
    argument: reply.argument,
    answers: reply.answers.map(answerJson),
  };
  if (reply.notice !== undefined) out.notice = reply.notice;
  if (reply.suggestions !== undefined) out.suggestions = reply.suggestions;
  out.status = reply.status;
  out.summary = reply.summary;
  if (reply.source) out.source = reply.source;
  if (reply.sections) out.sections = reply.sections;
  if (reply.stories) out.stories = reply.stories;
  if (reply.corpusVersion) out.corpusVersion = reply.corpusVersion;
  if (reply.error) out.error = reply.error;
  return out;
}

/** One line of JSON. */
export function renderJson(reply: Reply): string {
  return JSON.stringify(toJsonObject(reply));
}
