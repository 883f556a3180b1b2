/**
 * What every answer handler receives and returns: plain input in, reply model
 * out. No Discord object, so the same handler serves Discord, the terminal,
 * the CLI and the tests.
 *
 * @module
 */
import type { Reply } from '../reply/model.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/** What a command handler receives besides its argument. */
export interface CommandContext {
  /** The corpus version that answers this request (fixed for the whole request). */
  snapshot: Snapshot;
  /** The story the user named (id or title), when they named one. */
  story?: string;
}

/** A command handler. May throw a `UserError` for expected failures (the dispatcher turns it into a reply). */
export type CommandHandler = (argument: string, ctx: CommandContext) => Reply | Promise<Reply>;

/** A choice offered by autocomplete: `name` shown (at most 100 characters), `value` sent back. */
export interface Choice {
  name: string;
  value: string;
}

/** A file a moderator attached to `/reload`, already downloaded. */
export interface Upload {
  filename: string;
  bytes: Uint8Array;
}
