/**
 * What a reload changed: articles added, removed and changed between two
 * snapshots, and the problems of every file, as a reply for the moderator.
 *
 * @module
 */
import type { FileProblem } from '../corpus/types.ts';
import { formatProblem } from './corpus.ts';
import type { InfoSection, Reply } from '../reply/model.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/** What a reload report needs to know about a corpus version (plain data; crosses threads). */
export interface CorpusManifest {
  version: string;
  dir: string;
  articles: { id: string; hash: string }[];
  paragraphs: number;
  /** Every problem: skipped files and articles' own warnings. */
  problems: FileProblem[];
}

/** The manifest of a snapshot. */
export function manifestOf(s: Snapshot): CorpusManifest {
  return {
    version: s.version,
    dir: s.dir,
    articles: s.articles.map((a) => ({ id: a.id, hash: a.hash })),
    paragraphs: s.paragraphById.size,
    problems: [...s.problems, ...s.articles.flatMap((a) => a.problems)],
  };
}

/** Article ids added, removed and changed (same id, different text). */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

/** Compares two snapshots article by article (by id and content hash). */
export function diffCorpora(before: CorpusManifest, after: CorpusManifest): CorpusDiff {
  const diff: CorpusDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const old = new Map(before.articles.map((a) => [a.id, a.hash]));
  const now = new Set(after.articles.map((a) => a.id));
  for (const a of after.articles) {
    const hash = old.get(a.id);
    if (hash === undefined) diff.added.push(a.id);
    else if (hash !== a.hash) diff.changed.push(a.id);
    else diff.unchanged++;
  }
  for (const a of before.articles) if (!now.has(a.id)) diff.removed.push(a.id);
  return diff;
}

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
