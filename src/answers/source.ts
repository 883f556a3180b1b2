/**
 * `/source <paragraph id>`: one paragraph in full, with its neighbours and the
 * article's metadata, so a reporter can check the context of a quote.
 *
 * @module
 */
import { makeAnswer } from './attribution.ts';
import { checkArgument, echo } from './question.ts';
import type { Reply } from '../reply/model.ts';
import { messageReply, type CommandContext } from '../reply/build.ts';

/** Answers `/source`. */
export function answerSource(argument: string, { snapshot }: CommandContext): Reply {
  const checked = checkArgument(argument, 'a paragraph id');
  if (!checked.ok) return messageReply('source', argument, 'invalid', checked.message);
  const id = checked.value.replace(/^["'`]+|["'`]+$/g, '');
  const paragraph = snapshot.paragraphById.get(id);
  const article = paragraph && snapshot.articleById.get(paragraph.articleId);
  if (!paragraph || !article) {
    const articleId = id.includes('#') ? id.slice(0, id.lastIndexOf('#')) : id;
    const known = snapshot.articleById.get(articleId);
    const hint = known
      ? `Article "${articleId}" has paragraphs #p1 to #p${known.paragraphs.length}.`
      : 'Paragraph ids look like "<article>#p3"; every answer shows one.';
    return messageReply('source', id, 'invalid', `No paragraph "${echo(id)}" in this corpus. ${hint}`, {
      corpusVersion: snapshot.version,
    });
  }
  const prev = article.paragraphs[paragraph.index - 1] ?? null;
  const next = article.paragraphs[paragraph.index + 1] ?? null;
  return {
    command: 'source',
    argument: id,
    status: 'ok',
    summary: `Paragraph ${paragraph.index + 1} of ${article.paragraphs.length} in "${article.title ?? article.id}".`,
    answers: [makeAnswer(article, paragraph, paragraph.start, paragraph.end)],
    source: {
      paragraphId: paragraph.id,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      agency: article.agency,
      published: article.published?.iso ?? null,
      url: article.url,
      heading: paragraph.heading,
      text: paragraph.text,
      previous: prev && { paragraphId: prev.id, text: prev.text },
      next: next && { paragraphId: next.id, text: next.text },
    },
    corpusVersion: snapshot.version,
  };
}
