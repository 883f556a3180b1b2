/**
 * Small builders for replies that every handler needs (refusals, invalid
 * input), so the wording and shape are the same everywhere.
 *
 * @module
 */
import type { Reply, ReplyStatus } from './model.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/** What a command handler receives besides its argument. */
export interface CommandContext {
  /** The corpus version that answers this request (fixed for the whole request). */
  snapshot: Snapshot;
  /**
   * Re-reads the corpus and swaps it in (only where the host supports it and
   * the user may: the Discord adapter checks permissions before calling).
   */
  reload?: (upload?: Upload) => Promise<Reply>;
}

/** A file a moderator attached to `/reload`, already downloaded. */
export interface Upload {
  filename: string;
  bytes: Uint8Array;
}

/** A command handler: plain input in, reply model out. No Discord object. */
export type CommandHandler = (argument: string, ctx: CommandContext) => Reply | Promise<Reply>;

/** A reply without answers: invalid input, refusal, error or "nothing found". */
export function messageReply(
  command: string,
  argument: string,
  status: Exclude<ReplyStatus, 'ok'>,
  notice: string,
  extra: Partial<Reply> = {},
): Reply {
  return { command, argument, status, summary: null, answers: [], notice, ...extra };
}
