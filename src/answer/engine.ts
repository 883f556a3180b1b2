/**
 * The engine a front end talks to: run a command, autocomplete, reload. It
 * owns the current snapshot and swaps in a new one atomically on reload: a
 * request reads the snapshot once when it starts and finishes on it, so an
 * answer never mixes two corpus versions. One reload at a time; a second one
 * is refused with a message while the first runs.
 *
 * @module
 */
import { findCommand } from '../../commands/index.ts';
import { saveUpload } from '../corpus/upload.ts';
import type { Choice } from './command.ts';
import { runCommand } from './dispatch.ts';
import type { Reply } from './model.ts';
import { reloadReply } from './reload.ts';
import { messageReply, type Upload } from './reply.ts';
import { loadSnapshot, type Snapshot } from './snapshot.ts';

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
  #reloading: { since: number } | null = null;
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
    const def = findCommand(command);
    if (!def?.autocomplete) return [];
    return def.autocomplete(partial, { snapshot: this.#snapshot });
  }

  async reload(upload?: Upload): Promise<Reply> {
    return reloadWith(this, upload);
  }

  /** Swaps in a snapshot (used by reload). */
  swap(next: Snapshot): void {
    this.#snapshot = next;
  }

  /** @internal reload bookkeeping shared with {@link reloadWith}. */
  get reloading(): { since: number } | null {
    return this.#reloading;
  }

  set reloading(v: { since: number } | null) {
    this.#reloading = v;
  }

  get options(): EngineOptions {
    return this.#options;
  }

  async close(): Promise<void> {}
}

/** What {@link reloadWith} needs from an engine. */
export interface Reloadable {
  readonly snapshot: Snapshot;
  reloading: { since: number } | null;
  readonly options: EngineOptions;
  swap(next: Snapshot): void;
}

/**
 * Reloads an engine's corpus folder (saving an upload first when given).
 * Refuses while another reload runs; on any failure the old snapshot keeps
 * serving and the reply says why; an upload saved for a failed reload is
 * rolled back.
 */
export async function reloadWith(engine: Reloadable, upload?: Upload): Promise<Reply> {
  if (engine.reloading) {
    const seconds = Math.round((Date.now() - engine.reloading.since) / 1000);
    return messageReply('reload', '', 'refused', `A reload is already running (started ${seconds} s ago). Try again when it has finished.`);
  }
  engine.reloading = { since: Date.now() };
  const before = engine.snapshot;
  let undo: (() => Promise<void>) | undefined;
  let note: string | undefined;
  try {
    if (upload) {
      const saved = await saveUpload(before.dir, upload.filename, upload.bytes, engine.options.maxUploadBytes ?? 512 * 1024);
      if (!saved.ok) {
        return messageReply('reload', upload.filename, 'invalid', `${saved.message} Nothing was changed; still serving corpus ${before.version}.`, {
          corpusVersion: before.version,
        });
      }
      undo = saved.undo;
      note = `${saved.replaced ? 'Replaced' : 'Saved'} ${saved.file}.`;
    }
    let next: Snapshot;
    try {
      next = await (engine.options.build ?? loadSnapshot)(before.dir);
    } catch (err) {
      await undo?.();
      const why = (err as Error).message.split('\n')[0];
      return messageReply('reload', '', 'error', `Reload failed: ${why}. Still serving corpus ${before.version}.`, {
        corpusVersion: before.version,
      });
    }
    if (next.articles.length === 0) {
      await undo?.();
      const first = next.problems[0]?.message;
      return messageReply(
        'reload',
        '',
        'error',
        `Reload failed: no article could be loaded${first ? ` (first problem: ${first})` : ''}. Still serving corpus ${before.version}.`,
        { corpusVersion: before.version },
      );
    }
    engine.swap(next);
    return reloadReply(before, next, note);
  } finally {
    engine.reloading = null;
  }
}
