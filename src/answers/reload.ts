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
  const sections: InfoSection[] = [];
  if (d.added.length) sections.push({ title: 'Added', lines: d.added });
  if (d.removed.length) sections.push({ title: 'Removed', lines: d.removed });
  if (d.changed.length) sections.push({ title: 'Changed', lines: d.changed });
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
