/**
 * A newsroom corpus of four stories for tests: the seed story (`kursk`, from
 * corpus/stories/) and the three invented fixture stories of
 * test/fixtures/newsroom/stories/, copied into a temporary folder laid out as
 * a newsroom would lay it out. Also each story alone, for comparisons.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The invented fixture stories (each with articles/, story.json, expected.json, README.md). */
export const FIXTURE_STORIES_DIR = path.join(HERE, '../fixtures/newsroom/stories');
/** The ids of the invented fixture stories. */
export const FIXTURE_STORIES = ['erdbeben', 'insolvenz', 'waldbrand'] as const;
/** Every story of the newsroom corpus. */
export const NEWSROOM_STORIES = ['erdbeben', 'insolvenz', 'kursk', 'waldbrand'] as const;

/** Copies a story's articles and catalogue (not its truth sheet or README) into `dir/stories/<id>/`. */
function copyStory(id: string, dir: string): void {
  const from = id === 'kursk' ? path.join(DEFAULT_CORPUS_DIR, 'stories', 'kursk') : path.join(FIXTURE_STORIES_DIR, id);
  const to = path.join(dir, 'stories', id);
  mkdirSync(to, { recursive: true });
  cpSync(path.join(from, 'articles'), path.join(to, 'articles'), { recursive: true });
  cpSync(path.join(from, 'story.json'), path.join(to, 'story.json'));
}

/** A temporary corpus folder holding the given stories; `cleanup()` removes it. */
export function corpusOf(stories: readonly string[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-'));
  for (const id of stories) copyStory(id, dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A question of a fixture story's truth sheet. */
export interface TruthQuestion {
  q: string;
  lang: 'de' | 'en';
}

/** The truth sheet of a fixture story. */
export interface TruthSheet {
  story: { id: string; title: { de: string; en: string } };
  when: TruthQuestion[];
  estimate: TruthQuestion[];
}

/** The truth sheet (`expected.json`) of a fixture story. */
export function truthSheet(id: string): TruthSheet {
  return JSON.parse(readFileSync(path.join(FIXTURE_STORIES_DIR, id, 'expected.json'), 'utf8')) as TruthSheet;
}
