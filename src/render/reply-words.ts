/**
 * Parts of a reply every renderer words the same way in the reader's
 * language: the notice (an expected failure is worded from its identifier
 * and values) and a story's title.
 *
 * @module
 */
import type { ErrorId } from '../reply/errors.ts';
import type { Lang } from '../reply/lang.ts';
import type { Reply } from '../reply/model.ts';
import type { Words } from '../reply/words/index.ts';

/** The reply's notice in the reader's language: an error's message from its id and values, else the notice as made. */
export function noticeOf(reply: Reply, w: Words): string | undefined {
  if (reply.error) return w.error(reply.error.id as ErrorId, reply.error.params ?? {});
  return reply.notice;
}

/** A story's title in `lang`, or its id when the reply does not name it. */
export function storyTitle(reply: Reply, id: string, lang: Lang): string {
  return reply.stories?.find((s) => s.id === id)?.title[lang] ?? id;
}
