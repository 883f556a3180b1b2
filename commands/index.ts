/**
 * The slash command definitions (data only, built with SlashCommandBuilder,
 * with German localisations), one module per command in this folder, paired
 * by name with the registry entries of `src/answers/registry.ts`. A command
 * without a definition, or a definition without a command, fails at load.
 *
 * @module
 */
import { COMMAND_SPECS, type CommandSpec } from '../src/answers/registry.ts';
import { definition as corpus } from './corpus.ts';
import { definition as estimate } from './estimate.ts';
import { definition as reload } from './reload.ts';
import { definition as search } from './search.ts';
import { definition as source } from './source.ts';
import { definition as when } from './when.ts';

/** A slash command definition: `toJSON()` gives the registration payload. */
export interface CommandDefinition {
  name: string;
  toJSON(): object;
}

/** A registry entry with its Discord definition. */
export type BotCommand = CommandSpec & { definition: CommandDefinition };

const DEFINITIONS: readonly CommandDefinition[] = [when, estimate, search, source, corpus, reload];

function pair(): BotCommand[] {
  const byName = new Map(DEFINITIONS.map((d) => [d.name, d]));
  const out = COMMAND_SPECS.map((spec) => {
    const definition = byName.get(spec.name);
    if (!definition) throw new Error(`commands: no slash command definition for "/${spec.name}"`);
    byName.delete(spec.name);
    return { ...spec, definition };
  });
  if (byName.size) throw new Error(`commands: definitions without a registry entry: ${[...byName.keys()].join(', ')}`);
  return out;
}

/** All commands with their definitions, in the registry's order. */
export const COMMANDS: readonly BotCommand[] = pair();

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name (case-insensitive), or undefined. */
export function findCommand(name: string): BotCommand | undefined {
  return byName.get(name.toLowerCase());
}
