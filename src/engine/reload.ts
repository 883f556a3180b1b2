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
import path from 'node:path';
import { saveUpload, uploadName } from '../corpus/upload.ts';
import { errorReply } from '../reply/build.ts';
import { UserError } from '../reply/errors.ts';
import type { Reply } from '../reply/model.ts';
import type { CorpusManifest } from '../snapshot/manifest.ts';
import type { Message } from '../reply/messages.ts';

/**
 * The folder an uploaded article goes to: the named story's folder (by id or
 * title), the only story's, or — in a corpus of several stories without a
 * story named — a refusal asking for one.
 */
export function uploadFolder(manifest: CorpusManifest, story: string | undefined): string | UserError {
  const named = story?.trim();
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9äöüß]+/g, ' ').trim();
  const known = manifest.stories.map((s) => s.id).join(', ');
  let target = manifest.stories.length === 1 && !named ? manifest.stories[0] : undefined;
  if (named) target = manifest.stories.find((s) => [s.id, s.title.de, s.title.en].some((t) => key(t) === key(named)));
  if (!target) {
    return named
      ? new UserError('UnknownStory', { story: named.slice(0, 60), known })
      : new UserError('UploadNeedsStory', { known });
  }
  return path.join(manifest.dir, target.label);
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

/** What an engine's router needs of its reload coordinator. */
export interface Reloads {
  /** Reloads, first saving `upload` in the story named (refused when its article exists, unless `replace`). */
  run(upload?: Upload, options?: { replace?: boolean; story?: string }): Promise<Reply>;
  /** True while a reload runs. */
  readonly busy: boolean;
}

/** The line a reload report starts with after an upload. */
function uploadNote(file: string, trashed: readonly string[], shortened: boolean): Message {
  return trashed.length ? { id: 'reload.replaced', file, shortened, trashed: [...trashed] } : { id: 'reload.saved', file, shortened };
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

  async run(upload?: Upload, options: { replace?: boolean; story?: string } = {}): Promise<Reply> {
    if (this.#since !== null) {
      return errorReply('reload', '', new UserError('ReloadBusy', { seconds: Math.round((Date.now() - this.#since) / 1000) }));
    }
    this.#since = Date.now();
    const before = this.#target.current();
    const failed = (error: UserError, argument = '') => errorReply('reload', argument, error, { corpusVersion: before.version });
    let undo: (() => Promise<void>) | undefined;
    let note: Message | undefined;
    try {
      if (upload) {
        const target = uploadFolder(before, options.story);
        if (typeof target !== 'string') return failed(target, upload.filename);
        const name = uploadName(upload.filename);
        const elsewhere = name.ok ? before.articles.find((a) => a.id === name.id && path.join(before.dir, before.stories.find((s) => s.id === a.story)?.label ?? '') !== target) : undefined;
        if (elsewhere) {
          const why = `upload: an article "${elsewhere.id}" exists in story ${elsewhere.story}; article ids are unique in a corpus (rename the file).`;
          return failed(new UserError('UploadRejected', { why, version: before.version }), upload.filename);
        }
        const saved = await saveUpload(target, upload.filename, upload.bytes, { maxBytes: this.#target.maxUploadBytes(), replace: options.replace === true });
        if (!saved.ok) return failed(new UserError('UploadRejected', { why: saved.message, version: before.version }), upload.filename);
        undo = saved.undo;
        const label = path.relative(before.dir, target).split(path.sep).filter(Boolean).map((p) => `${p}/`).join('');
        note = uploadNote(label + saved.file, saved.trashed.map((t) => label + t), saved.shortened);
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
