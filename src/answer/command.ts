/**
 * What a slash command module in `commands/` exports: its Discord definition
 * (data only, built with SlashCommandBuilder) and its plain handler. The
 * handler never sees a Discord object, so the same module serves Discord, the
 * terminal and the tests.
 *
 * @module
 */
import type { CommandHandler, CommandContext } from './reply.ts';

/** A choice offered by autocomplete: `name` shown (at most 100 characters), `value` sent back. */
export interface Choice {
  name: string;
  value: string;
}

/** A slash command: definition plus handler. */
export interface BotCommand {
  /** The command name (`when`). */
  name: string;
  /** The slash command definition; `toJSON()` gives the registration payload. */
  definition: { name: string; toJSON(): object };
  /** Name of the string option that carries the argument, or null for none. */
  option: string | null;
  /** Answers the command. */
  handler: CommandHandler;
  /** Autocomplete for the option: at most 25 choices. */
  autocomplete?: (partial: string, ctx: CommandContext) => Choice[];
  /** Only moderators may run it (checked again at run time by the adapter). */
  moderatorOnly?: boolean;
}
