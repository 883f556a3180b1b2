/**
 * The stories of a corpus folder. A newsroom follows many stories; each is a
 * folder `stories/<story-id>/` holding its articles (`articles/*.txt|md`) and,
 * optionally, its catalogue (`story.json`). A corpus folder laid out the older
 * way (`articles/` at the top, no `stories/`) is read as one story named after
 * the folder.
 *
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusLayout } from './catalogue/index.ts';
import { articleIdFromFileName } from './load.ts';
import type { FileProblem } from './types.ts';

/** A story id: lowercase letters, digits and dashes (`flood-2024`, `waldbrand-sardinien`). */
export const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One story folder of a corpus. */
export interface StoryFolder {
  id: string;
  /** The story's folder (its articles are in `articles/` below it, or in it). */
  dir: string;
  /** The folder relative to the corpus folder with a trailing slash (`stories/flood-2024/`), or '' in the single-story layout. */
  label: string;
}

/** The stories of a corpus folder. */
export interface CorpusFolders {
  layout: CorpusLayout;
  stories: StoryFolder[];
  /** Entries of `stories/` that are not stories (files, odd names), as warnings. */
  problems: FileProblem[];
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  return e?.message ?? String(err);
}

/** The id of the single story of an older-layout folder: its folder name as a slug. */
export function singleStoryId(dir: string): string {
  return articleIdFromFileName(path.basename(path.resolve(dir))) || 'corpus';
}

/**
 * Finds the stories of a corpus folder, in id order.
 *
 * @throws Error starting with `corpus:` when the folder cannot be read.
 */
export async function discoverStories(dir: string): Promise<CorpusFolders> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (err) {
    throw new Error(`corpus: cannot read folder "${dir}": ${reason(err)}`);
  }
  const root = path.join(dir, 'stories');
  let entries;
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return { layout: 'single', stories: [{ id: singleStoryId(dir), dir, label: '' }], problems: [] };
  }
  const problems: FileProblem[] = [];
  const stories: StoryFolder[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || /^readme\.(?:md|txt)$/i.test(e.name)) continue;
    const file = `stories/${e.name}`;
    if (!e.isDirectory()) {
      problems.push({ file, severity: 'warning', message: `${file}: ignored (a story is a folder stories/<story-id>/ with its articles)` });
      continue;
    }
    if (!STORY_ID.test(e.name)) {
      problems.push({ file, severity: 'warning', message: `${file}: ignored (a story id is lowercase letters, digits and dashes, like "waldbrand-sardinien")` });
      continue;
    }
    stories.push({ id: e.name, dir: path.join(root, e.name), label: `${file}/` });
  }
  return { layout: 'stories', stories, problems };
}
