/**
 * A corpus version's manifest (plain data that crosses threads: version,
 * folder, article ids and hashes, paragraph count, every problem) and the
 * difference between two versions, for reload reports.
 *
 * @module
 */
import type { FileProblem } from '../corpus/types.ts';
import type { Snapshot } from './snapshot.ts';

/** What a reload report needs to know about a corpus version (plain data; crosses threads). */
export interface CorpusManifest {
  version: string;
  dir: string;
  /** The stories: id, titles, folder relative to the corpus folder (`stories/flood-2024/`, or '' in the single-story layout). */
  stories: { id: string; title: { de: string; en: string }; label: string }[];
  articles: { id: string; hash: string; story: string }[];
  paragraphs: number;
  /** Every problem: skipped files and articles' own warnings. */
  problems: FileProblem[];
}

/** The manifest of a snapshot. */
export function manifestOf(s: Snapshot): CorpusManifest {
  return {
    version: s.version,
    dir: s.dir,
    stories: s.stories.map((st) => ({ id: st.id, title: st.title, label: st.label })),
    articles: s.stories.flatMap((st) => st.articles.map((a) => ({ id: a.id, hash: a.hash, story: st.id }))),
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
