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
import { CLAIM_FREE, CLAIM_HERE, unitToWire, type BuildReply, type BuildRequest } from './build-protocol.ts';

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

/** Units a build worker holds at once (one running, the rest waiting in its queue), so that it never waits for this thread. */
export const WORKER_AHEAD = 2;

/**
 * A unit runner: units run in this thread and, when there is enough work,
 * in build workers at the same time; results in the order of the units.
 * `stats` (when given) is filled in as it runs.
 *
 * This thread only hands out units between two of its own (a unit runs
 * synchronously), so each build worker is sent {@link WORKER_AHEAD} units
 * ahead and never waits for the next. When this thread runs out of units it
 * takes over units sent ahead that no worker has started (each unit has a
 * claim slot in shared memory: whoever claims it first runs it).
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
    if (threads === 0) {
      for (let i = take(); i >= 0; i = take()) {
        done(i, runUnit(units[i]!, options.derive));
        s.here++;
        await new Promise((r) => setImmediate(r));
      }
      return results;
    }
    const claims = new Int32Array(new SharedArrayBuffer(4 * units.length));
    const claimHere = (i: number) => Atomics.compareExchange(claims, i, CLAIM_FREE, CLAIM_HERE) === CLAIM_FREE;
    const runHere = (i: number) => {
      done(i, runUnit(units[i]!, options.derive));
      s.here++;
    };
    // Units sent ahead to build workers and not answered yet, in the order sent.
    const ahead: number[] = [];
    const here = async () => {
      for (let i = take(); i >= 0; i = take()) {
        if (claimHere(i)) runHere(i);
        await new Promise((r) => setImmediate(r)); // let build workers' results in
      }
      // Nothing left to hand out: take over units waiting in a worker's queue, the last sent first.
      for (let k = ahead.length - 1; k >= 0; k = Math.min(k - 1, ahead.length - 1)) {
        const i = ahead[k]!;
        if (claims[i] === CLAIM_FREE && claimHere(i)) {
          runHere(i);
          await new Promise((r) => setImmediate(r));
        }
      }
    };
    const entry = await workerEntry(options.bundleDir, BUILD_ENTRY);
    const retry: number[] = [];
    const pool = { units, take, done, retry, stats: s, claims, ahead };
    const workers = Array.from({ length: threads }, () => runWorker(entry, pool, options.youngGenerationMb ?? 64));
    s.threads += threads;
    await Promise.all([options.here === false ? Promise.resolve() : here(), ...workers]);
    // Units no worker could take (none started): here.
    for (let i = take(); i >= 0; i = take()) retry.push(i);
    for (const i of retry) {
      // (a unit this thread took over is done already)
      if (claims[i] === CLAIM_HERE) continue;
      Atomics.store(claims, i, CLAIM_HERE);
      runHere(i);
      s.retried++;
    }
    return results;
  };
}

/** What the build workers of a run share with this thread. */
interface Pool {
  units: readonly Unit[];
  take: () => number;
  done: (i: number, r: UnitResult) => void;
  /** Units a worker failed on or could not run: run in this thread at the end. */
  retry: number[];
  stats: RunnerStats;
  claims: Int32Array;
  ahead: number[];
}

/**
 * One build worker taking units until none are left, {@link WORKER_AHEAD}
 * at a time; a unit it fails on, or holds when it dies, goes to `retry`.
 */
function runWorker(entry: string, pool: Pool, youngGenerationMb: number): Promise<void> {
  const { units, take, done, retry, stats: s, claims, ahead } = pool;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    } catch {
      resolve();
      return;
    }
    const held = new Set<number>();
    let ended = false;
    const drop = (i: number) => {
      held.delete(i);
      const k = ahead.indexOf(i);
      if (k >= 0) ahead.splice(k, 1);
    };
    const finish = () => {
      if (ended) return;
      ended = true;
      for (const i of held) {
        drop(i);
        retry.push(i);
      }
      void worker.terminate().catch(() => undefined);
      resolve();
    };
    const fill = () => {
      while (!ended && held.size < WORKER_AHEAD) {
        const i = take();
        if (i < 0) break;
        held.add(i);
        ahead.push(i);
        try {
          worker.postMessage({ id: i, unit: unitToWire(units[i]!, compactArticle), claims } satisfies BuildRequest);
        } catch {
          finish();
          return;
        }
      }
      if (held.size === 0) finish();
    };
    worker.on('message', (m: BuildReply) => {
      if ('ready' in m) return;
      if (!held.has(m.id)) return;
      drop(m.id);
      // The next unit goes out first: the worker works on while this result is used here.
      fill();
      if ('error' in m) retry.push(m.id);
      else if ('result' in m) {
        s.elsewhere++;
        done(m.id, m.result);
      }
      // (skipped: this thread took it over and ran it)
    });
    worker.on('error', finish);
    worker.on('exit', finish);
    // Units go out now: a new worker reads its queue as soon as it has loaded.
    fill();
  });
}
