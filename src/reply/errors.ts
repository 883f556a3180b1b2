/**
 * Expected failures, each with an identifier (as sapphire's `UserError`):
 * invalid input, refusals and failures a user can act on. The identifier goes
 * into the reply (`error.id`), so renderers, tests and scripts can tell them
 * apart without reading prose. The messages live in one table per language
 * (`words/en.ts`, `words/de.ts`), never inline in handlers; `message` is the
 * English one.
 *
 * @module
 */
import type { ReplyStatus } from './model.ts';
import { EN } from './words/en.ts';

/** Every expected failure a reply can carry. */
export type ErrorId =
  | 'ArgumentEmpty'
  | 'ArgumentTooLong'
  | 'ArgumentNoLetters'
  | 'ArgumentType'
  | 'UnknownCommand'
  | 'UnknownParagraph'
  | 'UnknownStory'
  | 'ReloadBusy'
  | 'ReloadFailed'
  | 'ReloadNoArticle'
  | 'ReloadUnavailable'
  | 'UploadRejected'
  | 'UploadNeedsStory'
  | 'AttachmentRejected'
  | 'EngineRestarting'
  | 'InternalError';

/** Values a message is made from (never more than the user typed, shortened). */
export type ErrorContext = Readonly<Record<string, string | number>>;

const STATUS: Record<ErrorId, Exclude<ReplyStatus, 'ok' | 'no-answer'>> = {
  ArgumentEmpty: 'invalid',
  ArgumentTooLong: 'invalid',
  ArgumentNoLetters: 'invalid',
  ArgumentType: 'invalid',
  UnknownCommand: 'invalid',
  UnknownParagraph: 'invalid',
  UnknownStory: 'invalid',
  ReloadBusy: 'refused',
  ReloadFailed: 'error',
  ReloadNoArticle: 'error',
  ReloadUnavailable: 'error',
  UploadRejected: 'invalid',
  UploadNeedsStory: 'invalid',
  AttachmentRejected: 'invalid',
  EngineRestarting: 'error',
  InternalError: 'error',
};

/** An expected failure: an identifier plus the values its message needs. */
export class UserError extends Error {
  readonly id: ErrorId;
  readonly context: ErrorContext;

  constructor(id: ErrorId, context: ErrorContext = {}) {
    super(EN.error(id, context));
    this.name = 'UserError';
    this.id = id;
    this.context = context;
  }

  /** The reply status this failure gives (`invalid`, `refused` or `error`). */
  get status(): Exclude<ReplyStatus, 'ok' | 'no-answer'> {
    return STATUS[this.id];
  }
}
