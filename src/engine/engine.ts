/**
 * The engine a front end talks to: run a command, autocomplete, close. It owns
 * the corpus version answering now and swaps in a new one atomically on
 * `/reload`: a request reads the version once when it starts and finishes on
 * it, so an answer never mixes two corpus versions.
 *
 * {@link EngineBase} routes every command the same way for every engine:
 * answer commands go to the engine's version, `/reload` to its
 * `ReloadCoordinator` (the one reload path).
 *
 * @module
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Choice, Upload } from '../answers/context.ts';
import { listTrash, type TrashEntry } from '../corpus/upload.ts';
import { findSpec, type AnswerSpec } from '../answers/registry.ts';
import { errorReply } from '../reply/build.ts';
import { UserError } from '../reply/errors.ts';
import type { Reply } from '../reply/model.ts';
import { Logger, stderrSink } from '../system/log.ts';
import { unknownCommandReply } from './dispatch.ts';
import type { Reloads } from './reload.ts';

/** What a front end passes along with a command. */
export interface RunOptions {
  /** A file a moderator attached to `/reload` (the front end has checked permissions). */
  upload?: Upload;
  /** The story to answer in, or to add an upload to (id or title). */
  story?: string;
  /** The moderator confirmed that the upload replaces an existing article of the same id (the old text goes to `.trash/`). */
  replace?: boolean;
}

/** What a front end passes along with an autocomplete request. */
export interface AutocompleteOptions {
  /** The focused option (default: the command's argument option). */
  option?: string;
  /** The story option's value, when the user already chose one. */
  story?: string;
}

/** What every front end (Discord, console, CLI, tests) needs from the engine. */
export interface Engine {
  /** The corpus version answering now. */
  readonly version: string;
  /** Runs a command; never throws for bad input or a failing handler (the reply says what went wrong). */
  run(command: string, argument: string, options?: RunOptions): Promise<Reply>;
  autocomplete(command: string, partial: string, options?: AutocompleteOptions): Promise<Choice[]>;
  close(): Promise<void>;
}

/** Options every engine takes. */
export interface EngineOptions {
  /** Largest accepted upload in bytes (default 512 KiB). */
  maxUploadBytes?: number;
  /** Where internal errors are logged (default: JSON lines on standard error). */
  logger?: Logger;
}

/**
 * The replaced articles of a corpus: the trash of the corpus folder and of
 * every story folder (`stories/<id>/.trash/`), newest first, each named from
 * the corpus folder.
 */
export async function listCorpusTrash(corpusDir: string): Promise<TrashEntry[]> {
  const folders: [string, string][] = [[corpusDir, '']];
  try {
    for (const e of await readdir(path.join(corpusDir, 'stories'), { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.')) folders.push([path.join(corpusDir, 'stories', e.name), `stories/${e.name}/`]);
    }
  } catch {
    // a corpus of one story, laid out the older way
  }
  const all = (await Promise.all(folders.map(async ([dir, label]) => (await listTrash(dir)).map((t) => ({ ...t, file: label + t.file }))))).flat();
  return all.sort((a, b) => (a.replacedAt < b.replacedAt ? 1 : a.replacedAt > b.replacedAt ? -1 : 0));
}

/** How many replaced articles `/corpus` lists. */
const TRASH_LINES = 20;

/**
 * `/corpus` with the articles replaced by uploads (kept in `.trash/`), newest
 * first: the reply model gains a section; nothing else changes.
 */
export function withTrash(reply: Reply, trash: readonly TrashEntry[]): Reply {
  if (!trash.length) return reply;
  const lines = trash.slice(0, TRASH_LINES).map((t) => `${t.name} — replaced ${t.replacedAt.slice(0, 16).replace('T', ' ')} UTC, kept as ${t.file}`);
  if (trash.length > TRASH_LINES) lines.push(`… and ${trash.length - TRASH_LINES} older`);
  return { ...reply, sections: [...(reply.sections ?? []), { title: 'Replaced articles (old texts kept)', lines }] };
}

/** Routing shared by every engine: unknown commands, answer commands, `/reload`. */
export abstract class EngineBase implements Engine {
  protected readonly logger: Logger;

  constructor(options: EngineOptions) {
    this.logger = options.logger ?? new Logger(stderrSink);
  }

  abstract get version(): string;
  /** The corpus folder of the version answering now. */
  protected abstract get corpusDir(): string;
  /** The engine's reload coordinator. */
  protected abstract get reloads(): Reloads;
  /** Answers an answer command on the version current when the request starts. */
  protected abstract answer(spec: AnswerSpec, argument: string, story: string | undefined): Promise<Reply>;
  abstract autocomplete(command: string, partial: string, options?: AutocompleteOptions): Promise<Choice[]>;
  abstract close(): Promise<void>;

  async run(command: string, argument: string, options: RunOptions = {}): Promise<Reply> {
    // Front ends pass strings; anything else (a number from a mistyped option) is refused here, never sent on.
    if (typeof command !== 'string') return unknownCommandReply(String(command), '');
    if (typeof argument !== 'string') return errorReply(command, '', new UserError('ArgumentType', { what: 'text' }), { corpusVersion: this.version });
    const spec = findSpec(command);
    if (!spec) return unknownCommandReply(command, argument);
    if (spec.kind === 'engine') return this.reloads.run(options.upload, { replace: options.replace === true, ...(options.story !== undefined ? { story: options.story } : {}) });
    const reply = await this.answer(spec, argument, options.story);
    return spec.name === 'corpus' && reply.status === 'ok' ? withTrash(reply, await listCorpusTrash(this.corpusDir)) : reply;
  }

  /** True while a reload is being built. */
  get reloading(): boolean {
    return this.reloads.busy;
  }
}
