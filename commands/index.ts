/**
 * The registry of slash commands: one module per command in this folder.
 * Everything that runs commands (Discord adapter, terminal, tests) looks them
 * up here.
 *
 * @module
 */
import type { BotCommand } from '../src/answers/command.ts';
import { command as corpus } from './corpus.ts';
import { command as estimate } from './estimate.ts';
import { command as reload } from './reload.ts';
import { command as search } from './search.ts';
import { command as source } from './source.ts';
import { command as when } from './when.ts';

/** All commands, in the order they are listed to users. */
export const COMMANDS: readonly BotCommand[] = [when, estimate, search, source, corpus, reload];

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name, or undefined. */
export function findCommand(name: string): BotCommand | undefined {
  return byName.get(name.toLowerCase());
}
