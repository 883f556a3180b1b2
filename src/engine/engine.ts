/**
 * The engine a front end talks to: run a command, autocomplete, reload. It
 * owns the current snapshot and swaps in a new one atomically on reload: a
 * request reads the snapshot once when it starts and finishes on it, so an
 * answer never mixes two corpus versions. One reload at a time; a second one
 * is refused with a message while the first runs.
 *
 * @module
 */
import { findSpec } from '../answers/registry.ts';
import { saveUpload } from '../corpus/upload.ts';
import type { Choice } from '../answers/command.ts';
import { runCommand } from './dispatch.ts';
import type { Reply } from '../reply/model.ts';
import { manifestOf, reloadReply, type CorpusManifest } from '../answers/reload.ts';
import { messageReply, type Upload } from '../reply/build.ts';
import { loadSnapshot, type Snapshot } from '../snapshot/snapshot.ts';

/** What every front end (Discord, console, CLI, tests) needs from the engine. */
export interface Engine {
  /** The version answering now. */
  readonly version: string;
  run(command: string, argument: string): Promise<Reply>;
  autocomplete(command: string, partial: string): Promise<Choice[]>;
  reload(upload?: Upload): Promise<Reply>;
  close(): Promise<void>;
}

/** Options of engines. */
export interface EngineOptions {
  /** Largest accepted upload in bytes (default 512 KiB). */
  maxUploadBytes?: number;
  /** Builds a snapshot for a folder (default: {@link loadSnapshot} in this thread). */
  build?: (dir: string) => Promise<Snapshot>;
}

/** An engine that answers in this thread. */
export class LocalEngine implements Engine {
  #snapshot: Snapshot;
  readonly #options: EngineOptions;

  constructor(snapshot: Snapshot, options: EngineOptions = {}) {
    this.#snapshot = snapshot;
    this.#options = options;
  }

  /** Loads a corpus folder and returns an engine serving it. */
  static async open(dir: string, options: EngineOptions = {}): Promise<LocalEngine> {
    return new LocalEngine(await (options.build ?? loadSnapshot)(dir), options);
  }

  get version(): string {
    return this.#snapshot.version;
  }

  /** The snapshot answering now (for tests and the corpus check). */
  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  async run(command: string, argument: string): Promise<Reply> {
    const snapshot = this.#snapshot; // fixed for this request
    return runCommand(command, argument, { snapshot, reload: (upload) => this.reload(upload) });
  }

  async autocomplete(command: string, partial: string): Promise<Choice[]> {
    const def = findSpec(command);
    if (!def?.autocomplete) return [];
    return def.autocomplete(partial, { snapshot: this.#snapshot });
  }

  async reload(upload?: Upload): Promise<Reply> {
    return this.#reload.run(upload);
  }

  readonly #reload = new ReloadCoordinator<Snapshot>({
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

  async close(): Promise<void> {}
}

/** Largest accepted upload by default (512 KiB). */
export const DEFAULT_MAX_UPLOAD = 512 * 1024;

/** What a {@link ReloadCoordinator} needs from an engine. */
export interface ReloadTarget<N> {
  /** The manifest of the corpus serving now. */
  current(): CorpusManifest;
  maxUploadBytes(): number;
  /** Builds the next corpus version from the folder (off the request path). */
  build(dir: string): Promise<{ next: N; manifest: CorpusManifest }>;
  /** Releases a built version that will not be used. */
  discard(next: N): void;
  /** Makes a built version the one answering (atomically). */
  swap(next: N): void;
}

/**
 * Runs reloads for an engine: one at a time (a second one is refused with a
 * message), an upload saved first (rolled back if the reload fails), the new
 * version swapped in only when it loaded at least one article; on any failure
 * the old version keeps serving and the reply says why.
 */
export class ReloadCoordinator<N> {
  #since: number | null = null;
  readonly #target: ReloadTarget<N>;

  constructor(target: ReloadTarget<N>) {
    this.#target = target;
  }

  /** True while a reload runs. */
  get busy(): boolean {
    return this.#since !== null;
  }

  async run(upload?: Upload): Promise<Reply> {
    if (this.#since !== null) {
      const seconds = Math.round((Date.now() - this.#since) / 1000);
      return messageReply('reload', '', 'refused', `A reload is already running (started ${seconds} s ago). Try again when it has finished.`);
    }
    this.#since = Date.now();
    const before = this.#target.current();
    let undo: (() => Promise<void>) | undefined;
    let note: string | undefined;
    try {
      if (upload) {
        const saved = await saveUpload(before.dir, upload.filename, upload.bytes, this.#target.maxUploadBytes());
        if (!saved.ok) {
          return messageReply('reload', upload.filename, 'invalid', `${saved.message} Nothing was changed; still serving corpus ${before.version}.`, {
            corpusVersion: before.version,
          });
        }
        undo = saved.undo;
        note = `${saved.replaced ? 'Replaced' : 'Saved'} ${saved.file}.`;
      }
      let built: { next: N; manifest: CorpusManifest };
      try {
        built = await this.#target.build(before.dir);
      } catch (err) {
        await undo?.();
        const why = (err as Error).message.split('\n')[0];
        return messageReply('reload', '', 'error', `Reload failed: ${why}. Still serving corpus ${before.version}.`, { corpusVersion: before.version });
      }
      if (built.manifest.articles.length === 0) {
        this.#target.discard(built.next);
        await undo?.();
        const first = built.manifest.problems[0]?.message;
        return messageReply(
          'reload',
          '',
          'error',
          `Reload failed: no article could be loaded${first ? ` (first problem: ${first})` : ''}. Still serving corpus ${before.version}.`,
          { corpusVersion: before.version },
        );
      }
      this.#target.swap(built.next);
      return reloadReply(before, built.manifest, note);
    } finally {
      this.#since = null;
    }
  }
}
