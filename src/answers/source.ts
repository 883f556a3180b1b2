/**
 * `/source <paragraph id>`: one paragraph in full, with its neighbours and the
 * article's metadata, so a reporter can check the context of a quote.
 *
 * @module
 */
import { UserError } from '../reply/errors.ts';
import type { Reply } from '../reply/model.ts';
import { locate } from '../snapshot/snapshot.ts';
import { makeAnswer, reportedAt } from './attribution.ts';
import type { CommandContext } from './context.ts';
import { checkArgument, echo } from './question.ts';
import { storyRef } from './stories.ts';
import { saying } from '../reply/say.ts';

/** Answers `/source`. */
export function answerSource(argument: string, { snapshot }: CommandContext): Reply {
  const id = checkArgument(argument, 'a paragraph id').replace(/^["'`]+|["'`]+$/g, '');
  const found = locate(snapshot, id);
  if (!found) {
    const articleId = id.includes('#') ? id.slice(0, id.lastIndexOf('#')) : id;
    const known = snapshot.articleById.get(articleId);
    const hint = known
      ? `Article "${articleId}" has paragraphs #p1 to #p${known.paragraphs.length}.`
      : 'Paragraph ids look like "<article>#p3"; every answer shows one.';
    throw new UserError('UnknownParagraph', { id: echo(id), hint, ...(known ? { article: articleId, paragraphs: known.paragraphs.length } : {}) });
  }
  const { paragraph, article } = found;
  const story = snapshot.storyOfArticle.get(article.id) ?? null;
  const prev = article.paragraphs[paragraph.index - 1] ?? null;
  const next = article.paragraphs[paragraph.index + 1] ?? null;
  return {
    command: 'source',
    argument: id,
    status: 'ok',
    ...saying({ summary: [{ id: 'source.position', index: paragraph.index + 1, count: article.paragraphs.length, title: article.title ?? article.id }] }),
    answers: [{ ...makeAnswer(article, paragraph, paragraph.start, paragraph.end), story: story?.id ?? null }],
    source: {
      paragraphId: paragraph.id,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      agency: article.agency,
      published: reportedAt(article, paragraph)?.iso ?? null,
      url: article.url,
      heading: paragraph.heading,
      text: paragraph.text,
      previous: prev && { paragraphId: prev.id, text: prev.text },
      next: next && { paragraphId: next.id, text: next.text },
    },
    corpusVersion: snapshot.version,
    ...(story ? { stories: [storyRef(story)] } : {}),
  };
}
