/**
 * Every refusal and notice the Discord adapter sends, in one table keyed by
 * an identifier (as sapphire's errors carry one), so the wording lives in one
 * place and handlers, preconditions and logs speak of `Cooldown` or
 * `NotModerator` rather than of sentences.
 *
 * @module
 */

/** The texts, by identifier; each takes what it needs to name. */
const TEXTS = {
  UnknownCommand: (p: { command: string }) => `Unknown command /${p.command}.`,
  NotModerator: (p: { command: string }) => `/${p.command} is for moderators (Manage Server or a moderator role). Nothing was changed.`,
  Cooldown: (p: { waitMs: number }) => `You are asking quickly: please wait ${Math.ceil(p.waitMs / 1000)} s before the next question.`,
  Expired: () => 'This answer has expired (or the bot restarted). Please ask again.',
  ButtonExpired: () => 'This button has expired. Please ask again.',
  InternalError: () => 'Something went wrong while answering. The bot is still running; please try again.',
  InvalidOption: (p: { option: string; expected: string }) => `The option "${p.option}" must be ${p.expected}; nothing was looked up.`,
  Restarting: () => 'The bot is restarting; please ask again in a moment.',
  AttachmentType: (p: { name: string }) => `"${p.name}" is not a .txt or .md file; nothing was changed.`,
  AttachmentTooLarge: (p: { name: string; sizeKb: number | null; maxKb: number }) =>
    p.sizeKb === null
      ? `"${p.name}" is larger than ${p.maxKb} KB; nothing was changed.`
      : `"${p.name}" is ${p.sizeKb} KB; the limit is ${p.maxKb} KB. Nothing was changed.`,
  AttachmentNotText: (p: { name: string; contentType: string }) => `"${p.name}" is ${p.contentType}, not text; nothing was changed.`,
  AttachmentHttp: (p: { name: string; status: number }) => `Could not download "${p.name}" (HTTP ${p.status}); nothing was changed.`,
  AttachmentDownloadFailed: (p: { name: string; timedOut: boolean }) =>
    `Could not download "${p.name}" (${p.timedOut ? 'timed out' : 'network error'}); nothing was changed.`,
} as const;

/** Identifiers of notices. */
export type NoticeId = keyof typeof TEXTS;

/** What a notice needs to be worded. */
export type NoticeParams<K extends NoticeId> = Parameters<(typeof TEXTS)[K]>;

/** A refusal or notice: its identifier (for code and logs) and its text (for the user). */
export interface Notice {
  id: NoticeId;
  message: string;
}

/** The notice `id`, worded with its parameters. */
export function notice<K extends NoticeId>(id: K, ...params: NoticeParams<K>): Notice {
  const text = TEXTS[id] as (...args: NoticeParams<K>) => string;
  return { id, message: text(...params) };
}
