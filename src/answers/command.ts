/**
 * What a slash command module in `commands/` exports: its Discord definition
 * (data only, built with SlashCommandBuilder) and its plain handler. The
 * handler never sees a Discord object, so the same module serves Discord, the
 * terminal and the tests.
 *
 * @module
 */
import type { CommandHandler, CommandContext } from '../reply/build.ts';

/** A choice offered by autocomplete: `name` shown (at most 100 characters), `value` sent back. */
export interface Choice {
  name: string;
  value: string;
}

/** What the engine knows of a command: its name, argument option and plain handler. */
export interface CommandSpec {
  /** The command name (`when`). */
  name: string;
  /** Name of the string option that carries the argument, or null for none. */
  option: string | null;
  /** Answers the command. */
  handler: CommandHandler;
  /** Autocomplete for the option: at most 25 choices. */
  autocomplete?: (partial: string, ctx: CommandContext) => Choice[];
  /** Only moderators may run it (checked again at run time by the adapter). */
  moderatorOnly?: boolean;
}

/** A slash command module's export: the engine's spec plus the Discord definition. */
export interface BotCommand extends CommandSpec {
  /** The slash command definition; `toJSON()` gives the registration payload. */
  definition: { name: string; toJSON(): object };
}
