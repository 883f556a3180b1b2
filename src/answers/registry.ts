/**
 * The registry of commands: THE one list, name -> what answers it. The
 * Discord definitions in `commands/` are paired with these entries by name;
 * engines, the terminal and the tests look commands up here. The engine and
 * its worker threads need only this file, so they never load Discord code.
 *
 * @module
 */
import { catalogueChoices, storyChoices } from './autocomplete.ts';
import type { Choice, CommandContext, CommandHandler } from './context.ts';
import { answerCorpus } from './corpus.ts';
import { answerEstimate } from './estimate.ts';
import { answerSearch } from './search.ts';
import { answerSource } from './source.ts';
import { answerWhen } from './when.ts';

export { MAX_ARGUMENT_LENGTH } from './question.ts';

/** A command answered from a corpus version by a plain handler. */
export interface AnswerSpec {
  kind: 'answer';
  /** The command name (`when`). */
  name: string;
  /** Name of the string option that carries the argument, or null for none. */
  option: string | null;
  handler: CommandHandler;
  /** Takes an optional `story` option (id or title) naming the story to answer in. */
  storyOption: boolean;
  /** Autocomplete for the argument option: at most 25 choices. */
  autocomplete?: (partial: string, ctx: CommandContext) => Choice[];
}

/** Name of the optional option naming a story. */
export const STORY_OPTION = 'story';

/** Autocomplete for the story option: the corpus's stories by title, both languages. */
export function completeStory(partial: string, ctx: CommandContext): Choice[] {
  return storyChoices(ctx.snapshot, partial);
}

/**
 * A command the engine itself carries out (it changes which corpus version
 * answers): `/reload`. Moderators only; the front end checks permissions
 * before it asks the engine.
 */
export interface EngineSpec {
  kind: 'engine';
  name: 'reload';
  option: null;
  moderatorOnly: true;
  /** The story an attached article is added to. */
  storyOption: true;
}

/** One command of the registry. */
export type CommandSpec = AnswerSpec | EngineSpec;

/** All commands, in the order they are listed to users. */
export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    kind: 'answer',
    name: 'when',
    option: 'event',
    handler: answerWhen,
    storyOption: true,
    autocomplete: (partial, { snapshot, story }) => catalogueChoices(snapshot, 'when', partial, story),
  },
  {
    kind: 'answer',
    name: 'estimate',
    option: 'measure',
    handler: answerEstimate,
    storyOption: true,
    autocomplete: (partial, { snapshot, story }) => catalogueChoices(snapshot, 'estimate', partial, story),
  },
  { kind: 'answer', name: 'search', option: 'query', handler: answerSearch, storyOption: true },
  { kind: 'answer', name: 'source', option: 'id', handler: answerSource, storyOption: false },
  { kind: 'answer', name: 'corpus', option: null, handler: answerCorpus, storyOption: false },
  { kind: 'engine', name: 'reload', option: null, moderatorOnly: true, storyOption: true },
];

const byName = new Map(COMMAND_SPECS.map((c) => [c.name, c]));

/** The command of that name (case-insensitive), or undefined. */
export function findSpec(name: string): CommandSpec | undefined {
  return byName.get(name.toLowerCase());
}

/** True when only moderators may run the command. */
export function isModeratorOnly(spec: CommandSpec): boolean {
  return spec.kind === 'engine' && spec.moderatorOnly;
}
