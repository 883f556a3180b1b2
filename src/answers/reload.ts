/**
 * The moderator's reply after a reload: articles added, removed and changed
 * between two corpus versions, and the problems of every file.
 *
 * @module
 */
import type { InfoSection, Reply } from '../reply/model.ts';
import { diffCorpora, type CorpusManifest } from '../snapshot/manifest.ts';
import { formatProblem } from './corpus.ts';

/** The moderator's reply after a successful reload. */
export function reloadReply(before: CorpusManifest, after: CorpusManifest, note?: string): Reply {
  const d = diffCorpora(before, after);
  const problems = after.problems.map(formatProblem);
  const storyOf = new Map([...before.articles, ...after.articles].map((a) => [a.id, a.story]));
  const several = new Set([...before.stories, ...after.stories].map((s) => s.id)).size > 1;
  const titled = (ids: string[]) => (several ? ids.map((id) => `${storyOf.get(id) ?? '?'}: ${id}`) : ids);
  const sections: InfoSection[] = [];
  if (d.added.length) sections.push({ title: 'Added', lines: titled(d.added) });
  if (d.removed.length) sections.push({ title: 'Removed', lines: titled(d.removed) });
  if (d.changed.length) sections.push({ title: 'Changed', lines: titled(d.changed) });
  if (several) {
    sections.push({
      title: 'Stories',
      lines: after.stories.map((s) => {
        const n = after.articles.filter((a) => a.story === s.id).length;
        const was = before.articles.filter((a) => a.story === s.id).length;
        return `${s.id} (${s.title.en}): ${n} article${n === 1 ? '' : 's'}${n !== was ? ` (was ${was})` : ''}`;
      }),
    });
  }
  sections.push({ title: 'Warnings', lines: problems.length ? problems : ['none'] });
  const same = before.version === after.version;
  return {
    command: 'reload',
    argument: '',
    status: 'ok',
    summary:
      (note ? `${note}\n` : '') +
      (same
        ? `Reloaded: nothing changed (corpus ${after.version}, ${after.articles.length} articles).`
        : `Reloaded: corpus ${before.version} → ${after.version}: ${d.added.length} added, ${d.removed.length} removed, ` +
          `${d.changed.length} changed, ${d.unchanged} unchanged; ${after.articles.length} articles now.`),
    answers: [],
    sections,
    corpusVersion: after.version,
  };
}
