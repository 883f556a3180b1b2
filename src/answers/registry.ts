/**
 * The engine's registry of commands: name, argument option, plain handler and
 * autocomplete. The modules in `commands/` add their Discord definitions to
 * these; the engine (and its worker threads) only needs this file, so it does
 * not load the Discord command builders.
 *
 * @module
 */
import { catalogueChoices } from './autocomplete.ts';
import type { CommandSpec } from './command.ts';
import { answerCorpus } from './corpus.ts';
import { answerEstimate } from './estimate.ts';
import { messageReply } from '../reply/build.ts';
import { answerSearch } from './search.ts';
import { answerSource } from './source.ts';
import { answerWhen } from './when.ts';

export const WHEN: CommandSpec = {
  name: 'when',
  option: 'event',
  handler: answerWhen,
  autocomplete: (partial, { snapshot }) => catalogueChoices(snapshot, 'when', partial),
};

export const ESTIMATE: CommandSpec = {
  name: 'estimate',
  option: 'measure',
  handler: answerEstimate,
  autocomplete: (partial, { snapshot }) => catalogueChoices(snapshot, 'estimate', partial),
};

export const SEARCH: CommandSpec = { name: 'search', option: 'query', handler: answerSearch };

export const SOURCE: CommandSpec = { name: 'source', option: 'id', handler: answerSource };

export const CORPUS: CommandSpec = { name: 'corpus', option: null, handler: answerCorpus };

export const RELOAD: CommandSpec = {
  name: 'reload',
  option: null,
  moderatorOnly: true,
  handler: async (_argument, ctx) =>
    ctx.reload ? ctx.reload() : messageReply('reload', '', 'error', 'Reloading is not available here.'),
};

/** All commands, in the order they are listed to users. */
export const SPECS: readonly CommandSpec[] = [WHEN, ESTIMATE, SEARCH, SOURCE, CORPUS, RELOAD];

const byName = new Map(SPECS.map((c) => [c.name, c]));

/** The command of that name, or undefined. */
export function findSpec(name: string): CommandSpec | undefined {
  return byName.get(name.toLowerCase());
}
