/**
 * The one reload path: every front end asks its engine to run `/reload`, and
 * every engine hands it to a {@link ReloadCoordinator}. One reload at a time
 * (a second one is refused); an upload is saved first and rolled back if the
 * reload fails; the new version is swapped in only when it loaded at least
 * one article; on any failure the old version keeps serving and the reply
 * says why.
 *
 * @module
 */
import { reloadReply } from '../answers/reload.ts';
import type { Upload } from '../answers/context.ts';
import { saveUpload } from '../corpus/upload.ts';
import { errorReply } from '../reply/build.ts';
import { UserError } from '../reply/errors.ts';
import type { Reply } from '../reply/model.ts';
import type { CorpusManifest } from '../snapshot/manifest.ts';

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

/** What an engine's router needs of its reload coordinator. */
export interface Reloads {
  /** Reloads, first saving `upload` (refused when its article exists, unless `replace`). */
  run(upload?: Upload, options?: { replace?: boolean }): Promise<Reply>;
  /** True while a reload runs. */
  readonly busy: boolean;
}

/** The line a reload report starts with after an upload. */
function uploadNote(file: string, trashed: readonly string[], shortened: boolean): string {
  const name = shortened ? ` (name shortened)` : '';
  return trashed.length
    ? `Replaced ${file}${name}; the old text is kept as ${trashed.join(', ')}.`
    : `Saved ${file}${name}.`;
}

/** Runs reloads for an engine (see the module comment). */
export class ReloadCoordinator<N> implements Reloads {
  #since: number | null = null;
  readonly #target: ReloadTarget<N>;

  constructor(target: ReloadTarget<N>) {
    this.#target = target;
  }

  /** True while a reload runs. */
  get busy(): boolean {
    return this.#since !== null;
  }

  async run(upload?: Upload, options: { replace?: boolean } = {}): Promise<Reply> {
    if (this.#since !== null) {
      return errorReply('reload', '', new UserError('ReloadBusy', { seconds: Math.round((Date.now() - this.#since) / 1000) }));
    }
    this.#since = Date.now();
    const before = this.#target.current();
    const failed = (error: UserError, argument = '') => errorReply('reload', argument, error, { corpusVersion: before.version });
    let undo: (() => Promise<void>) | undefined;
    let note: string | undefined;
    try {
      if (upload) {
        const saved = await saveUpload(before.dir, upload.filename, upload.bytes, { maxBytes: this.#target.maxUploadBytes(), replace: options.replace === true });
        if (!saved.ok) return failed(new UserError('UploadRejected', { why: saved.message, version: before.version }), upload.filename);
        undo = saved.undo;
        note = uploadNote(saved.file, saved.trashed, saved.shortened);
      }
      let built: { next: N; manifest: CorpusManifest };
      try {
        built = await this.#target.build(before.dir);
      } catch (err) {
        await undo?.();
        return failed(new UserError('ReloadFailed', { why: (err as Error).message.split('\n')[0] ?? '', version: before.version }));
      }
      if (built.manifest.articles.length === 0) {
        this.#target.discard(built.next);
        await undo?.();
        return failed(new UserError('ReloadNoArticle', { first: built.manifest.problems[0]?.message ?? '', version: before.version }));
      }
      this.#target.swap(built.next);
      return reloadReply(before, built.manifest, note);
    } finally {
      this.#since = null;
    }
  }
}
