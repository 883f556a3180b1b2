/**
 * Parts of a reply every renderer words the same way: a story's title in the
 * reader's language.
 *
 * @module
 */
import type { Lang } from '../reply/lang.ts';
import type { Reply } from '../reply/model.ts';

/** A story's title in `lang`, or its id when the reply does not name it. */
export function storyTitle(reply: Reply, id: string, lang: Lang): string {
  return reply.stories?.find((s) => s.id === id)?.title[lang] ?? id;
}
