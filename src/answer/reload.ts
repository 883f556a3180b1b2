/**
 * What a reload changed: articles added, removed and changed between two
 * snapshots, and the problems of every file, as a reply for the moderator.
 *
 * @module
 */
import { formatProblem } from './corpus-info.ts';
import type { InfoSection, Reply } from './model.ts';
import type { Snapshot } from './snapshot.ts';

/** Article ids added, removed and changed (same id, different text). */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

/** Compares two snapshots article by article (by id and content hash). */
export function diffSnapshots(before: Snapshot, after: Snapshot): CorpusDiff {
  const diff: CorpusDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const a of after.articles) {
    const old = before.articleById.get(a.id);
    if (!old) diff.added.push(a.id);
    else if (old.hash !== a.hash) diff.changed.push(a.id);
    else diff.unchanged++;
  }
  for (const a of before.articles) if (!after.articleById.has(a.id)) diff.removed.push(a.id);
  return diff;
}

/** The moderator's reply after a successful reload. */
export function reloadReply(before: Snapshot, after: Snapshot, note?: string): Reply {
  const d = diffSnapshots(before, after);
  const problems = [...after.problems, ...after.articles.flatMap((a) => a.problems)].map(formatProblem);
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
