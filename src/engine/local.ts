/**
 * An engine that answers in this thread: the local console, `npm run ask`,
 * the corpus check and tests. The bot uses the worker engine instead.
 *
 * @module
 */
import type { Choice } from '../answers/context.ts';
import type { AnswerSpec } from '../answers/registry.ts';
import type { Reply } from '../reply/model.ts';
import { manifestOf } from '../snapshot/manifest.ts';
import { loadSnapshot, type Snapshot } from '../snapshot/snapshot.ts';
import { answerOn, completeOn } from './dispatch.ts';
import { EngineBase, type AutocompleteOptions, type EngineOptions } from './engine.ts';
import { openCorpus, type CorpusBase, type CorpusReport } from './open-corpus.ts';
import { DEFAULT_MAX_UPLOAD, ReloadCoordinator } from './reload.ts';

/** Options of {@link LocalEngine}. */
export interface LocalEngineOptions extends EngineOptions {
  /** Builds a snapshot for a folder (default: {@link loadSnapshot} in this thread, without the cache). */
  build?: (dir: string) => Promise<Snapshot>;
  /**
   * Open the corpus as the bot does (`openCorpus`): the cache folder (null
   * for none), catalogued answers ready, each reload built on the version
   * before it (only changed files parsed). Takes precedence over `build`.
   */
  corpus?: { cacheDir: string | null; threads?: number | 'auto'; lazyIndexes?: boolean };
}

/** A version answering in this thread, with what the next one is built from. */
interface Version {
  snapshot: Snapshot;
  base: CorpusBase | null;
  report: CorpusReport | null;
  /** Writes the version's cache files (once it answers). */
  save?: () => Promise<unknown>;
}

/** An engine whose corpus version lives in this thread. */
export class LocalEngine extends EngineBase {
  #version: Version;
  readonly #options: LocalEngineOptions;
  readonly #reloads: ReloadCoordinator<Version>;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(snapshot: Snapshot, options: LocalEngineOptions = {}, opened?: { base: CorpusBase; report: CorpusReport }) {
    super(options);
    this.#version = { snapshot, base: opened?.base ?? null, report: opened?.report ?? null };
    this.#options = options;
    this.#reloads = new ReloadCoordinator<Version>({
      current: () => manifestOf(this.#version.snapshot),
      maxUploadBytes: () => this.#options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
      build: async (dir) => {
        const next = await LocalEngine.#build(dir, this.#options, this.#version.base, this.#version.snapshot);
        return { next, manifest: manifestOf(next.snapshot) };
      },
      discard: () => undefined,
      swap: (next) => {
        this.#version = next;
        if (next.save) this.#saving = this.#saving.then(next.save);
      },
    });
  }

  static async #build(dir: string, options: LocalEngineOptions, base: CorpusBase | null, previous: Snapshot | null = null): Promise<Version> {
    if (options.corpus) {
      const opened = await openCorpus(dir, { cacheDir: options.corpus.cacheDir, threads: options.corpus.threads ?? 'auto', base, previous, writeCache: 'later', lazyIndexes: options.corpus.lazyIndexes ?? false });
      return { snapshot: opened.snapshot, base: opened.base, report: opened.report, save: opened.saveCache };
    }
    return { snapshot: await (options.build ?? loadSnapshot)(dir), base: null, report: null };
  }

  /** Loads a corpus folder and returns an engine serving it. */
  static async open(dir: string, options: LocalEngineOptions = {}): Promise<LocalEngine> {
    const v = await LocalEngine.#build(dir, options, null);
    const engine = new LocalEngine(v.snapshot, options, v.base && v.report ? { base: v.base, report: v.report } : undefined);
    if (v.save) engine.#saving = v.save();
    return engine;
  }

  get version(): string {
    return this.#version.snapshot.version;
  }

  protected get corpusDir(): string {
    return this.#version.snapshot.dir;
  }

  /** The snapshot answering now (for tests and the corpus check). */
  get snapshot(): Snapshot {
    return this.#version.snapshot;
  }

  /** How the version answering now was opened, when it was opened with `corpus`. */
  get report(): CorpusReport | null {
    return this.#version.report;
  }

  protected get reloads(): ReloadCoordinator<Version> {
    return this.#reloads;
  }

  protected answer(spec: AnswerSpec, argument: string, story: string | undefined): Promise<Reply> {
    return answerOn(this.#version.snapshot, spec, argument, this.logger, story); // the snapshot is read once, here
  }

  async autocomplete(command: string, partial: string, options: AutocompleteOptions = {}): Promise<Choice[]> {
    return completeOn(this.#version.snapshot, command, partial, this.logger, options);
  }

  /** Resolves once the cache files of the version opened first are written (when it was opened with `corpus`). */
  async saved(): Promise<void> {
    await this.#saving;
  }

  async close(): Promise<void> {
    await this.#saving;
  }
}
