/**
 * Expected failures, each with an identifier (as sapphire's `UserError`):
 * invalid input, refusals and failures a user can act on. The identifier goes
 * into the reply (`error.id`), so renderers, tests and scripts can tell them
 * apart without reading prose; the English message is made here, in one table,
 * never inline in handlers.
 *
 * @module
 */
import type { ReplyStatus } from './model.ts';

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

interface ErrorSpec {
  status: Exclude<ReplyStatus, 'ok' | 'no-answer'>;
  message: (c: ErrorContext) => string;
}

const s = (c: ErrorContext, key: string): string => String(c[key] ?? '');

const ERRORS: Record<ErrorId, ErrorSpec> = {
  ArgumentEmpty: { status: 'invalid', message: (c) => `Please type ${s(c, 'what')}; the argument is empty.` },
  ArgumentTooLong: {
    status: 'invalid',
    message: (c) => `That is too long (${s(c, 'length')} characters, at most ${s(c, 'max')}). Try a few key words.`,
  },
  ArgumentNoLetters: {
    status: 'invalid',
    message: (c) => `That contains no letters or digits, so there is nothing to look up as ${s(c, 'what')}.`,
  },
  ArgumentType: {
    status: 'invalid',
    message: (c) => `That option has the wrong type (expected ${s(c, 'what')}); nothing was looked up.`,
  },
  UnknownCommand: { status: 'invalid', message: (c) => `Unknown command "/${s(c, 'command')}". Commands: ${s(c, 'known')}.` },
  UnknownParagraph: { status: 'invalid', message: (c) => `No paragraph "${s(c, 'id')}" in this corpus. ${s(c, 'hint')}` },
  UnknownStory: { status: 'invalid', message: (c) => `No story "${s(c, 'story')}" in this corpus. Stories: ${s(c, 'known')}.` },
  ReloadBusy: {
    status: 'refused',
    message: (c) => `A reload is already running (started ${s(c, 'seconds')} s ago). Try again when it has finished.`,
  },
  ReloadFailed: { status: 'error', message: (c) => `Reload failed: ${s(c, 'why')}. Still serving corpus ${s(c, 'version')}.` },
  ReloadNoArticle: {
    status: 'error',
    message: (c) =>
      `Reload failed: no article could be loaded${c.first ? ` (first problem: ${s(c, 'first')})` : ''}. Still serving corpus ${s(c, 'version')}.`,
  },
  ReloadUnavailable: { status: 'error', message: () => 'Reloading is not available here.' },
  UploadRejected: { status: 'invalid', message: (c) => `${s(c, 'why')} Nothing was changed; still serving corpus ${s(c, 'version')}.` },
  UploadNeedsStory: {
    status: 'invalid',
    message: (c) => `This corpus has several stories: say which one the article belongs to (story: ${s(c, 'known')}). Nothing was changed.`,
  },
  AttachmentRejected: { status: 'invalid', message: (c) => s(c, 'why') },
  EngineRestarting: {
    status: 'error',
    message: () => 'The answer engine is restarting after a failure; please ask again in a moment.',
  },
  InternalError: {
    status: 'error',
    message: (c) => `Something went wrong answering this (ref ${s(c, 'ref')}). The bot keeps running; please try again or report the ref.`,
  },
};

/** An expected failure: an identifier plus the values its message needs. */
export class UserError extends Error {
  readonly id: ErrorId;
  readonly context: ErrorContext;

  constructor(id: ErrorId, context: ErrorContext = {}) {
    super(ERRORS[id].message(context));
    this.name = 'UserError';
    this.id = id;
    this.context = context;
  }

  /** The reply status this failure gives (`invalid`, `refused` or `error`). */
  get status(): Exclude<ReplyStatus, 'ok' | 'no-answer'> {
    return ERRORS[this.id].status;
  }
}
