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
import { DEFAULT_MAX_UPLOAD, ReloadCoordinator } from './reload.ts';

/** Options of {@link LocalEngine}. */
export interface LocalEngineOptions extends EngineOptions {
  /** Builds a snapshot for a folder (default: {@link loadSnapshot} in this thread, without the cache). */
  build?: (dir: string) => Promise<Snapshot>;
}

/** An engine whose corpus version lives in this thread. */
export class LocalEngine extends EngineBase {
  #snapshot: Snapshot;
  readonly #options: LocalEngineOptions;
  readonly #reloads: ReloadCoordinator<Snapshot>;

  constructor(snapshot: Snapshot, options: LocalEngineOptions = {}) {
    super(options);
    this.#snapshot = snapshot;
    this.#options = options;
    this.#reloads = new ReloadCoordinator<Snapshot>({
      current: () => manifestOf(this.#snapshot),
      maxUploadBytes: () => this.#options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
      build: async (dir) => {
        const next = await (this.#options.build ?? loadSnapshot)(dir);
        return { next, manifest: manifestOf(next) };
      },
      discard: () => undefined,
      swap: (next) => {
        this.#snapshot = next;
      },
    });
  }

  /** Loads a corpus folder and returns an engine serving it. */
  static async open(dir: string, options: LocalEngineOptions = {}): Promise<LocalEngine> {
    return new LocalEngine(await (options.build ?? loadSnapshot)(dir), options);
  }

  get version(): string {
    return this.#snapshot.version;
  }

  protected get corpusDir(): string {
    return this.#snapshot.dir;
  }

  /** The snapshot answering now (for tests and the corpus check). */
  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  protected get reloads(): ReloadCoordinator<Snapshot> {
    return this.#reloads;
  }

  protected answer(spec: AnswerSpec, argument: string, story: string | undefined): Promise<Reply> {
    return answerOn(this.#snapshot, spec, argument, this.logger, story); // the snapshot is read once, here
  }

  async autocomplete(command: string, partial: string, options: AutocompleteOptions = {}): Promise<Choice[]> {
    return completeOn(this.#snapshot, command, partial, this.logger, options);
  }

  async close(): Promise<void> {}
}
