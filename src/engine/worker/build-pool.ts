/**
 * Running a build's units of work on every core: this thread takes units
 * from the queue like each build worker does (parse, index, catalogue
 * findings of a chunk of a story's files; see `snapshot/story-build.ts`),
 * so a build of many files uses both cores of a two-core machine, and a
 * small one (a reload that changed an article) never starts a thread.
 *
 * A build worker that fails or dies only costs its unit: the unit is run
 * again in this thread, and the build goes on.
 *
 * @module
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { compactArticle } from '../../snapshot/cache.ts';
import { runUnit, type Derive, type Unit, type UnitResult, type UnitRunner } from '../../snapshot/story-build.ts';
import { BUILD_ENTRY, workerEntry } from './bundle.ts';
import { unitToWire, type BuildReply, type BuildRequest } from './build-protocol.ts';

/** Below this many bytes of files to work on, threads cost more than they save: all in this thread. */
export const PARALLEL_BYTES = 3_000_000;

/** Options of {@link unitRunner}. */
export interface RunnerOptions {
  /** Build workers besides this thread: a number, or 'auto' (one per core beyond this one). */
  threads?: number | 'auto';
  /** The derive step (catalogue findings), in this thread; build workers have their own copy of it. */
  derive: Derive | null;
  /** Folder of the worker bundles (default `.cache/` in the project). */
  bundleDir?: string;
  /** V8 young-generation size of build workers, MB (parsing makes much short-lived garbage). */
  youngGenerationMb?: number;
  /** Below this many bytes of work, everything runs in this thread (default {@link PARALLEL_BYTES}). */
  minParallelBytes?: number;
  /** This thread takes units too (default true; tests turn it off to see build workers do the work). */
  here?: boolean;
}

/** What a runner did, for reports and the benchmark. */
export interface RunnerStats {
  /** Build workers started. */
  threads: number;
  /** Units run in this thread, and by build workers. */
  here: number;
  elsewhere: number;
  /** Units a build worker failed on, run again here. */
  retried: number;
}

function unitBytes(u: Unit): number {
  let n = 0;
  for (const f of u.files) n += f.bytes?.length ?? 0;
  for (const g of u.given) n += g.source.bytes?.length ?? 0;
  return n;
}

/** How many build workers to start for `auto`: one per core beyond this thread. */
export function autoThreads(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, cores - 1);
}

/**
 * A unit runner: units run in this thread and, when there is enough work,
 * in build workers at the same time; results in the order of the units.
 * `stats` (when given) is filled in as it runs.
 */
export function unitRunner(options: RunnerOptions, stats?: RunnerStats): UnitRunner {
  return async (units, onResult) => {
    const s: RunnerStats = stats ?? { threads: 0, here: 0, elsewhere: 0, retried: 0 };
    const wanted = options.threads === undefined || options.threads === 'auto' ? autoThreads() : Math.max(0, options.threads);
    const bytes = units.reduce((n, u) => n + unitBytes(u), 0);
    const threads = bytes < (options.minParallelBytes ?? PARALLEL_BYTES) || units.length < 2 ? 0 : Math.min(wanted, units.length - 1);
    const results: UnitResult[] = new Array(units.length);
    let next = 0;
    const take = () => (next < units.length ? next++ : -1);
    const done = (i: number, r: UnitResult) => {
      results[i] = r;
      onResult?.(i, r);
    };
    const here = async () => {
      for (let i = take(); i >= 0; i = take()) {
        done(i, runUnit(units[i]!, options.derive));
        s.here++;
        await new Promise((r) => setImmediate(r)); // let build workers' results in
      }
    };
    if (threads === 0) {
      await here();
      return results;
    }
    const entry = await workerEntry(options.bundleDir, BUILD_ENTRY);
    const retry: number[] = [];
    const workers = Array.from({ length: threads }, () => runWorker(entry, units, take, done, retry, s, options.youngGenerationMb ?? 64));
    s.threads += threads;
    await Promise.all([options.here === false ? Promise.resolve() : here(), ...workers]);
    // Units no worker could take (none started): here.
    for (let i = take(); i >= 0; i = take()) retry.push(i);
    for (const i of retry) {
      done(i, runUnit(units[i]!, options.derive));
      s.here++;
      s.retried++;
    }
    return results;
  };
}

/** One build worker taking units until none are left; a unit it fails on goes to `retry`. */
function runWorker(entry: string, units: readonly Unit[], take: () => number, done: (i: number, r: UnitResult) => void, retry: number[], s: RunnerStats, youngGenerationMb: number): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    } catch {
      resolve();
      return;
    }
    let current = -1;
    let ended = false;
    const finish = () => {
      if (ended) return;
      ended = true;
      if (current >= 0) retry.push(current);
      current = -1;
      void worker.terminate().catch(() => undefined);
      resolve();
    };
    const send = () => {
      current = take();
      if (current < 0) return finish();
      try {
        worker.postMessage({ id: current, unit: unitToWire(units[current]!, compactArticle) } satisfies BuildRequest);
      } catch {
        finish();
      }
    };
    worker.on('message', (m: BuildReply) => {
      if ('ready' in m) return send();
      if (m.id !== current) return;
      const i = current;
      current = -1;
      // The next unit goes out first: the worker works on while this result is used here.
      send();
      if ('error' in m) retry.push(i);
      else {
        s.elsewhere++;
        done(i, m.result);
      }
    });
    worker.on('error', finish);
    worker.on('exit', finish);
  });
}
