/**
 * The engine the bot runs: the corpus version lives in a worker thread (a
 * *generation*). Opening, parsing, indexing and the catalogued answers are
 * computed off the main thread, so the Discord client never stalls.
 *
 * A reload that changes a few articles is built inside the worker answering
 * now, from the version it holds (only the changed files parsed, the other
 * stories taken over; questions are answered between the steps), and swapped
 * in there between two requests. A larger one (many files, a catalogue change
 * of a large story) builds a new generation while the current one keeps
 * answering, then swaps the pointer; requests already sent to the old
 * generation finish there and the old worker is terminated once it has none
 * left. Either way a request is answered whole by one version.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { Choice } from '../../answers/context.ts';
import type { AnswerSpec } from '../../answers/registry.ts';
import { errorReply } from '../../reply/build.ts';
import { UserError } from '../../reply/errors.ts';
import type { Reply } from '../../reply/model.ts';
import { EngineBase, type AutocompleteOptions, type EngineOptions } from '../engine.ts';
import { DEFAULT_MAX_UPLOAD, ReloadCoordinator } from '../reload.ts';
import type { HostMessage, ReadyInfo, WorkerInit, WorkerMessage } from './protocol.ts';
import { workerEntry } from './bundle.ts';

/** Options of {@link WorkerEngine}. */
export interface WorkerEngineOptions extends EngineOptions {
  /** Folder for the index cache (null: no cache). */
  cacheDir?: string | null;
  /** Compute catalogued answers before a generation goes live (default true). */
  warm?: boolean;
  /** V8 young-generation size of engine workers, MB (bigger = fewer scavenges while loading; default 48). */
  youngGenerationMb?: number;
  /** Folder of the worker bundle (default `.cache/` in the project; must lie inside the project). */
  bundleDir?: string;
  /** Build workers for a large build, besides the engine worker: a number, or 'auto' (default: one per core beyond it). */
  threads?: number | 'auto';
  /**
   * A reload whose changed files (to parse, or to find catalogue answers in)
   * come to at most this many bytes is built inside the worker answering now
   * (default {@link IN_PLACE_BYTES}); 0 builds every reload in a new worker.
   */
  inPlaceBytes?: number;
}

/** Default of {@link WorkerEngineOptions.inPlaceBytes}: a few hundred articles. */
export const IN_PLACE_BYTES = 2_000_000;

/** What a generation reported when it became ready: the worker's {@link ReadyInfo} and how it got there. */
export interface GenerationInfo extends ReadyInfo {
  /** Wall time from spawning the worker (or asking it to build the next version) to ready, ms. */
  readyMs: number;
  /** Built inside the worker that answered before (a small change), not in a new one. */
  inPlace: boolean;
}

function infoOf(m: ReadyInfo, readyMs: number, inPlace: boolean): GenerationInfo {
  return { manifest: m.manifest, report: m.report, warmMs: m.warmMs, answersFromCache: m.answersFromCache, answersCacheMiss: m.answersCacheMiss, heapUsed: m.heapUsed, readyMs, inPlace };
}

type Pending = { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void };


/** A host message before the generation numbers it. */
type Unnumbered = HostMessage extends infer M ? (M extends HostMessage ? Omit<M, 'id'> : never) : never;

/** One worker holding one corpus version. */
class Generation {
  readonly worker: Worker;
  readonly info: Promise<GenerationInfo>;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #retired = false;
  /** Cache writes the worker has still to report (one per version that went live in it). */
  #saves = 0;
  #saved: Promise<string | null> = Promise.resolve(null);
  #waiting: ((error: string | null) => void)[] = [];
  #dead: Error | null = null;

  /** Resolves once the worker has written the cache files of its versions (or died, or failed): the last error, or null. */
  get saved(): Promise<string | null> {
    return this.#saved;
  }

  /** A new version answers in this worker: its cache files are being written. */
  expectSave(): void {
    if (this.#dead) return;
    this.#saves += 1;
    if (this.#saves === 1) this.#saved = new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** The worker wrote a version's cache files (or will write none: it died or failed). */
  #onSaved(error: string | null, all = false): void {
    this.#saves = all ? 0 : Math.max(0, this.#saves - 1);
    if (this.#saves > 0) return;
    for (const resolve of this.#waiting.splice(0)) resolve(error);
    this.#maybeExit();
  }

  constructor(entry: string, init: WorkerInit, youngGenerationMb: number) {
    const started = performance.now();
    this.expectSave();
    this.worker = new Worker(entry, {
      workerData: init,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    this.info = new Promise<GenerationInfo>((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.t === 'ready') {
          resolve(infoOf(m, performance.now() - started, false));
        } else if (m.t === 'failed') {
          this.#onSaved(m.message, true);
          reject(new Error(m.message));
        } else if (m.t === 'saved') {
          this.#onSaved(m.error);
        } else {
          const p = this.#pending.get(m.id);
          if (p) {
            this.#pending.delete(m.id);
            p.resolve(m);
            this.#maybeExit();
          }
        }
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', (err) => {
        this.#fail(err);
        reject(err);
      });
      this.worker.on('exit', (code) => {
        const err = new Error(`engine: worker exited (code ${code})`);
        this.#fail(err);
        reject(err);
      });
    });
    this.info.catch(() => undefined);
  }

  get alive(): boolean {
    return this.#dead === null;
  }

  get inFlight(): number {
    return this.#pending.size;
  }

  request(message: Unnumbered): Promise<WorkerMessage> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id } as HostMessage);
    });
  }

  /** Stops taking requests; terminates once the ones in flight are answered. */
  retire(): void {
    this.#retired = true;
    this.#maybeExit();
  }

  async terminate(): Promise<void> {
    this.#retired = true;
    await this.worker.terminate();
  }

  #maybeExit(): void {
    // A retired worker ends once its questions are answered and its cache files written (never half-written).
    if (this.#retired && this.#pending.size === 0 && this.#saves === 0) void this.worker.terminate();
  }

  #fail(err: Error): void {
    if (this.#dead) return;
    this.#dead = err;
    this.#onSaved(err.message, true);
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }
}

/** A built version ready to be swapped in: in a new worker, or prepared in the one answering now (`info.inPlace`). */
type Next = { generation: Generation; info: GenerationInfo };

/** An engine whose corpus versions live in worker threads. */
export class WorkerEngine extends EngineBase {
  #current: Generation;
  #info: GenerationInfo;
  readonly #dir: string;
  readonly #options: WorkerEngineOptions;
  #closed = false;
  #reopening: Promise<void> | null = null;
  readonly #reloads: ReloadCoordinator<Next>;

  private constructor(dir: string, generation: Generation, info: GenerationInfo, options: WorkerEngineOptions) {
    super(options);
    this.#dir = dir;
    this.#current = generation;
    this.#info = info;
    this.#options = options;
    this.#reloads = new ReloadCoordinator<Next>({
      current: () => this.#info.manifest,
      maxUploadBytes: () => this.#options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
      build: async (folder) => {
        const here = await this.#buildHere(folder);
        if (here) return { next: here, manifest: here.info.manifest };
        // A larger change: a new worker builds it from the cache files of this one (let them be written first, briefly).
        await Promise.race([this.#current.saved, new Promise((r) => setTimeout(r, 5_000))]);
        const next = await WorkerEngine.#spawn(folder, this.#options);
        try {
          const nextInfo = await next.info;
          return { next: { generation: next, info: nextInfo }, manifest: nextInfo.manifest };
        } catch (err) {
          await next.terminate().catch(() => undefined);
          throw err;
        }
      },
      discard: (next) => {
        if (next.info.inPlace) void next.generation.request({ t: 'discard' }).catch(() => undefined);
        else void next.generation.terminate();
      },
      swap: (next) => {
        this.#info = next.info;
        if (next.info.inPlace) {
          // The worker switches between two requests: every request sent from now on is answered by the new version.
          next.generation.expectSave();
          void next.generation.request({ t: 'swap' }).catch(() => undefined);
          return;
        }
        const old = this.#current;
        this.#current = next.generation;
        old.retire();
      },
    });
  }

  /**
   * Asks the worker answering now to build the next version itself; null
   * when the change is too large for that (or the worker died meanwhile): a
   * new worker builds it then.
   *
   * @throws Error when the build fails (an invalid catalogue, an unreadable folder).
   */
  async #buildHere(folder: string): Promise<Next | null> {
    const limit = this.#options.inPlaceBytes ?? IN_PLACE_BYTES;
    const generation = this.#current;
    if (limit <= 0 || folder !== this.#dir || !generation.alive) return null;
    const started = performance.now();
    let r: WorkerMessage;
    try {
      r = await generation.request({ t: 'prepare', maxWorkBytes: limit });
    } catch {
      return null; // the worker died; a fresh one builds it
    }
    if (r.t !== 'prepared') return null;
    if (!r.ok) {
      if (r.large) return null;
      throw new Error(r.message);
    }
    return { generation, info: infoOf(r.info, performance.now() - started, true) };
  }

  protected get reloads(): ReloadCoordinator<Next> {
    return this.#reloads;
  }

  /**
   * Opens a corpus folder in a worker and resolves once it answers.
   *
   * @throws Error when the corpus cannot be opened (the message says why).
   */
  static async open(dir: string, options: WorkerEngineOptions = {}): Promise<WorkerEngine> {
    const generation = await WorkerEngine.#spawn(dir, options);
    try {
      const info = await generation.info;
      return new WorkerEngine(dir, generation, info, options);
    } catch (err) {
      await generation.terminate().catch(() => undefined);
      throw err;
    }
  }

  static async #spawn(dir: string, options: WorkerEngineOptions): Promise<Generation> {
    const entry = await workerEntry(options.bundleDir);
    return new Generation(entry, { dir, cacheDir: options.cacheDir ?? null, warm: options.warm ?? true, threads: options.threads ?? 'auto' }, options.youngGenerationMb ?? 48);
  }

  get version(): string {
    return this.#info.manifest.version;
  }

  protected get corpusDir(): string {
    return this.#info.manifest.dir;
  }

  /** How the version answering now was opened (timings, cache, heap). */
  get info(): GenerationInfo {
    return this.#info;
  }

  /** Resolves once the version answering now has written its cache files: the error, or null. */
  get saved(): Promise<string | null> {
    return this.#current.saved;
  }

  /** Answers in the generation current when the request starts. */
  protected async answer(spec: AnswerSpec, argument: string, story: string | undefined): Promise<Reply> {
    const r = await this.#request(story === undefined ? { t: 'run', command: spec.name, argument } : { t: 'run', command: spec.name, argument, story });
    if (r?.t === 'reply') return r.reply;
    return errorReply(spec.name, argument, new UserError('EngineRestarting'));
  }

  /** Like {@link run}, also returning the handler's own time inside the worker (for benchmarks). */
  async runTimed(command: string, argument: string): Promise<{ reply: Reply; handlerMs: number }> {
    const r = await this.#request({ t: 'run', command, argument });
    if (r?.t !== 'reply') throw new Error('engine: no reply');
    return { reply: r.reply, handlerMs: r.handlerMs };
  }

  async autocomplete(command: string, partial: string, options: AutocompleteOptions = {}): Promise<Choice[]> {
    const r = await this.#request({ t: 'complete', command, partial, options });
    return r?.t === 'choices' ? r.choices : [];
  }

  /** Heap used by the worker answering now, bytes. */
  async heapUsed(): Promise<number> {
    const r = await this.#request({ t: 'stats' });
    return r?.t === 'stats' ? r.heapUsed : 0;
  }

  /**
   * Sends a request to the generation answering now. When its worker dies
   * with the request in flight (out of memory, a native crash — a failing
   * handler only fails its own request), a fresh worker of the same folder is
   * started and the request is retried once there; null when that fails too.
   */
  async #request(message: Unnumbered): Promise<WorkerMessage | null> {
    for (let attempt = 0; ; attempt += 1) {
      if (this.#closed) throw new Error('engine: closed');
      try {
        if (!this.#current.alive) await this.#reopen();
      } catch (err) {
        this.logger.error('engine-reopen-failed', err);
        return null;
      }
      try {
        return await this.#current.request(message);
      } catch (err) {
        if (this.#closed) throw new Error('engine: closed');
        if (attempt >= 1) {
          void this.#reopen().catch(() => undefined);
          return null;
        }
        this.#noteDeath(err);
      }
    }
  }

  #lastDeath: Error | null = null;

  /** Logs a worker's death once (many requests may report the same one). */
  #noteDeath(err: unknown): void {
    if (err === this.#lastDeath) return;
    this.#lastDeath = err as Error;
    this.logger.error('engine-worker-died', err, { retrying: true });
  }

  /** Replaces a dead generation by a fresh one of the same folder. */
  #reopen(): Promise<void> {
    this.#reopening ??= (async () => {
      try {
        const generation = await WorkerEngine.#spawn(this.#dir, this.#options);
        let info: GenerationInfo;
        try {
          info = await generation.info;
        } catch (err) {
          await generation.terminate().catch(() => undefined);
          throw err;
        }
        if (this.#closed || this.#current.alive) {
          // Closed meanwhile, or a reload swapped in a live version meanwhile: this one is not needed.
          await generation.terminate().catch(() => undefined);
          return;
        }
        this.#current = generation;
        this.#info = info;
      } finally {
        this.#reopening = null;
      }
    })();
    return this.#reopening;
  }

  /**
   * Terminates the worker answering now, as a crash would (requests in flight
   * are retried on a fresh worker). For tests of fault isolation.
   *
   * @internal
   */
  async simulateCrash(): Promise<void> {
    await this.#current.worker.terminate();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#current.terminate().catch(() => undefined);
  }
}
