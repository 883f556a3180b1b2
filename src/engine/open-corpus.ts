/**
 * Opening a corpus version as every engine needs it — the bot's worker, the
 * local console, `npm run ask` and the tests: the snapshot (each story built
 * from its previous version in memory or its cache file, parsing only
 * changed files; see `snapshot/open.ts`) and every story's catalogued
 * answers ready (recomputing only entries that changed; see
 * `answers-cache.ts`). Large builds run on every core (see
 * `worker/build-pool.ts`). One path, one cache, the same keys everywhere.
 *
 * @module
 */
import type { Article } from '../corpus/types.ts';
import { openSnapshot, type OpenReport } from '../snapshot/open.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { decodeIndexesLazily } from '../search/paragraph-index.ts';
import type { StoryBuild, UnitStory } from '../snapshot/story-build.ts';
import {
  answersFile,
  answersKey,
  articleKey,
  findingsByArticle,
  findingsFile,
  readStoryAnswers,
  storyAnswers,
  writeStoryAnswers,
  type StoryAnswersBuild,
  type StoryAnswersReport,
} from './answers-cache.ts';
import { unitRunner, type RunnerStats } from './worker/build-pool.ts';

/** A corpus version's builds, kept to build the next version from (in this process). */
export interface CorpusBase {
  snapshot: ReadonlyMap<string, StoryBuild>;
  answers: ReadonlyMap<string, StoryAnswersBuild>;
}

/** Options of {@link openCorpus}. */
export interface OpenCorpusOptions {
  /** The cache folder (null or absent: no cache). */
  cacheDir?: string | null;
  /** Build workers besides this thread for a large build: a number, or 'auto' (default: one per core beyond this one). */
  threads?: number | 'auto';
  /** The previous version built in this process, to build from before the cache. */
  base?: CorpusBase | null;
  /** Write the cache files that changed: now (default), never, or when the caller calls `saveCache()`. */
  writeCache?: boolean | 'later';
  /** Make the catalogued answers ready (default true). */
  answers?: boolean;
  /** Folder of the worker bundles. */
  bundleDir?: string;
  /** About this many bytes of files per unit of work (tests use small units). */
  unitBytes?: number;
  /** Below this many bytes of work, no build worker is started (tests use 0). */
  minParallelBytes?: number;
  /** The building thread takes units too (default true; tests turn it off). */
  unitsHere?: boolean;
  /** The version answering now in this thread: stories that stay the same are taken over (see `assembleSnapshot`). */
  previous?: Snapshot | null;
  /** Refuse a build whose units would go through more bytes of files (`TooMuchWork`). */
  maxWorkBytes?: number;
  /**
   * Decode each story's index from its compact form when a question first
   * searches it, not when the corpus is opened — for a one-shot question
   * (`npm run ask`), which searches one story or none. It holds for the rest
   * of the process (this thread). Answers are the same.
   */
  lazyIndexes?: boolean;
}

/** How a corpus version was opened. */
export interface CorpusReport extends OpenReport {
  /** Time to make the catalogued answers ready (findings in units are counted in `timings.parseMs`). */
  answersMs: number;
  /** Every story's answers came from the previous version as they were. */
  answersFromCache: boolean;
  /** Why they did not, when they did not (the first reason). */
  answersCacheMiss: string | null;
  answers: StoryAnswersReport[];
  runner: RunnerStats;
}

/** An opened corpus version. */
export interface OpenedCorpus {
  snapshot: Snapshot;
  report: CorpusReport;
  /** What the next version is built from, in this process. */
  base: CorpusBase;
  /** Writes the cache files that changed (snapshot and answers; once). */
  saveCache(): Promise<Error | null>;
}

/**
 * Opens a corpus folder with its catalogued answers ready.
 *
 * @throws Error starting with `corpus:` when the folder cannot be read, or a
 *   `CatalogueError` for an invalid catalogue.
 */
export async function openCorpus(dir: string, options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const cacheDir = options.cacheDir ?? null;
  if (options.lazyIndexes) decodeIndexesLazily();
  const wantAnswers = options.answers !== false;
  // Each story's previous answers: in memory, else its cache file (read once, when first needed).
  const previous = new Map<string, { build: StoryAnswersBuild | null; known: Set<string>; problem: string | null; fromDisk: boolean }>();
  const previousOf = (story: Pick<UnitStory, 'id' | 'catalogue'>) => {
    let p = previous.get(story.id);
    if (p) return p;
    const key = answersKey(story);
    let build = options.base?.answers.get(story.id) ?? null;
    let problem: string | null = null;
    // Answers taken over from the version before are on disk already (written by that version), like those read from it.
    let fromDisk = build !== null && build.key === key && cacheDir !== null;
    if (build && build.key !== key) build = null;
    if (!build && cacheDir) {
      const read = readStoryAnswers(answersFile(cacheDir, dir, story.id), key, findingsFile(cacheDir, dir, story.id));
      if ('build' in read) {
        build = read.build;
        fromDisk = true;
      } else problem = read.problem;
    } else if (!build) problem = 'no cache folder';
    p = { build, known: new Set(build?.articles ?? []), problem, fromDisk };
    previous.set(story.id, p);
    return p;
  };
  const stats: RunnerStats = { threads: 0, here: 0, elsewhere: 0, retried: 0 };
  const run = unitRunner(
    {
      threads: options.threads ?? 'auto',
      derive: wantAnswers ? findingsByArticle : null,
      ...(options.bundleDir ? { bundleDir: options.bundleDir } : {}),
      ...(options.minParallelBytes !== undefined ? { minParallelBytes: options.minParallelBytes } : {}),
      ...(options.unitsHere === false ? { here: false } : {}),
    },
    stats,
  );
  // Each story's catalogued answers are made as soon as the story is assembled (while later stories may still be built).
  const answers = new Map<string, StoryAnswersBuild>();
  const reports: StoryAnswersReport[] = [];
  const write = new Set<string>();
  let answersMs = 0;
  const onStory = (story: Snapshot['stories'][number], derived: ReadonlyMap<string, unknown>) => {
    if (!wantAnswers) return;
    const t = performance.now();
    const prev = previousOf(story);
    const made = storyAnswers(story, answersKey(story), prev.build, derived);
    if (!made.report.reused && prev.problem && made.report.miss === 'no previous answers') made.report.miss = prev.problem;
    answers.set(story.id, made.build);
    reports.push(made.report);
    if (!(made.report.reused && prev.fromDisk)) write.add(story.id);
    answersMs += performance.now() - t;
  };
  const opened = await openSnapshot(dir, {
    cacheDir,
    writeCache: 'later',
    ...(options.base ? { base: options.base.snapshot } : {}),
    run,
    ...(options.unitBytes ? { unitBytes: options.unitBytes } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.maxWorkBytes !== undefined ? { maxWorkBytes: options.maxWorkBytes } : {}),
    derive: wantAnswers ? { needs: (story: UnitStory, article: Article) => !previousOf(story).known.has(articleKey(article)) } : null,
    onStory,
  });
  const { snapshot } = opened;
  const report: CorpusReport = {
    ...opened.report,
    answersMs,
    answersFromCache: wantAnswers && reports.every((r) => r.reused),
    answersCacheMiss: reports.find((r) => !r.reused)?.miss ?? null,
    answers: reports,
    runner: stats,
  };
  let saving: Promise<Error | null> | null = null;
  const saveCache = () => {
    saving ??= (async () => {
      const tw = performance.now();
      let first = await opened.saveCache();
      if (cacheDir) {
        for (const id of write) {
          const err = await writeStoryAnswers(answersFile(cacheDir, dir, id), findingsFile(cacheDir, dir, id), answers.get(id)!);
          first ??= err;
          await new Promise((r) => setImmediate(r));
        }
      }
      report.timings.cacheWriteMs = performance.now() - tw;
      report.cacheWriteError = first ? first.message : null;
      return first;
    })();
    return saving;
  };
  if (options.writeCache !== false && options.writeCache !== 'later') await saveCache();
  return { snapshot, report, base: { snapshot: opened.builds, answers }, saveCache };
}
