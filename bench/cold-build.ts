/**
 * A cold build of the benchmark: the corpus opened with an empty cache folder
 * until it answers, then its cache written, as one row of the cold build
 * table. Run in the benchmark's own thread (one thread) and in a fresh
 * process (bench/cold-probe.ts, every core).
 *
 * @module
 */
import { rmSync } from 'node:fs';
import { openCorpus } from '../src/engine/open-corpus.ts';

/** A cold build: ready (answering) and with its cache written. */
export interface ColdBuild {
  readMs: number;
  /** Units of work: parse, index and catalogue findings of chunks of files. */
  unitsMs: number;
  /** Merging the stories' indexes and assembling the snapshot. */
  assembleMs: number;
  /** The catalogued answers from the findings (sorting, summaries, claimants of the quotes shown). */
  answersMs: number;
  readyMs: number;
  cacheWriteMs: number;
  threads: number;
}

/**
 * Builds the corpus into an empty cache folder (emptied first), in this
 * thread alone (`threads` 0) or on every core; `between` runs once it
 * answers, before the cache is written (the benchmark reads the heap there).
 */
export async function coldBuild(dir: string, cacheDir: string, threads: 0 | 'auto', between: () => void = () => undefined): Promise<ColdBuild> {
  rmSync(cacheDir, { recursive: true, force: true });
  const t = performance.now();
  const opened = await openCorpus(dir, { cacheDir, threads, writeCache: 'later' });
  const readyMs = performance.now() - t;
  between();
  await opened.saveCache();
  const r = opened.report;
  return {
    readMs: r.timings.readMs + r.timings.cacheReadMs,
    unitsMs: r.timings.parseMs,
    assembleMs: r.timings.indexMs,
    answersMs: r.answersMs,
    readyMs,
    cacheWriteMs: r.timings.cacheWriteMs,
    threads: r.runner.threads,
  };
}
