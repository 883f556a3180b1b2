/**
 * The moderator's reply after a reload: articles added, removed and changed
 * between two corpus versions, and the problems of every file.
 *
 * @module
 */
import type { Message } from '../reply/messages.ts';
import type { InfoSection, Reply } from '../reply/model.ts';
import { saying, section } from '../reply/say.ts';
import { diffCorpora, type CorpusManifest } from '../snapshot/manifest.ts';
import { problemMessage } from './corpus.ts';

/** The moderator's reply after a successful reload; `note` says what an upload did. */
export function reloadReply(before: CorpusManifest, after: CorpusManifest, note?: Message): Reply {
  const d = diffCorpora(before, after);
  const storyOf = new Map([...before.articles, ...after.articles].map((a) => [a.id, a.story]));
  const several = new Set([...before.stories, ...after.stories].map((s) => s.id)).size > 1;
  const titled = (ids: string[]): Message[] => ids.map((id) => ({ id: 'text', text: several ? `${storyOf.get(id) ?? '?'}: ${id}` : id }));
  const sections: InfoSection[] = [];
  if (d.added.length) sections.push(section('added', titled(d.added)));
  if (d.removed.length) sections.push(section('removed', titled(d.removed)));
  if (d.changed.length) sections.push(section('changed', titled(d.changed)));
  if (several) {
    sections.push(
      section(
        'stories',
        after.stories.map((s) => ({
          id: 'reload.story',
          story: s.id,
          title: s.title,
          articles: after.articles.filter((a) => a.story === s.id).length,
          was: before.articles.filter((a) => a.story === s.id).length,
        })),
      ),
    );
  }
  sections.push(section('warnings', after.problems.length ? after.problems.map(problemMessage) : [{ id: 'none' }]));
  const outcome: Message =
    before.version === after.version
      ? { id: 'reload.same', version: after.version, articles: after.articles.length }
      : {
          id: 'reload.changed',
          before: before.version,
          after: after.version,
          added: d.added.length,
          removed: d.removed.length,
          changed: d.changed.length,
          unchanged: d.unchanged,
          articles: after.articles.length,
        };
  return {
    command: 'reload',
    argument: '',
    status: 'ok',
    ...saying({ summary: note ? [note, outcome] : [outcome] }),
    answers: [],
    sections,
    corpusVersion: after.version,
  };
}
