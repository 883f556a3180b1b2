/**
 * Autocomplete: the engine's choices for what the user is typing, cut to
 * Discord's limits (25 choices, names and values of 1-100 characters).
 *
 * @module
 */
import { STORY_OPTION } from '../../answers/registry.ts';
import type { AutocompleteInteraction } from 'discord.js';
import type { Choice } from '../../answers/context.ts';
import { stripInvisible, truncate } from '../../system/text.ts';
import { LIMITS } from '../limits.ts';
import { respondChoices } from '../respond.ts';
import type { InteractionContext } from './context.ts';

/**
 * Choices Discord accepts and shows as they are: control, zero-width and bidi
 * characters removed (a typed "free words" choice echoes the user's input);
 * at most 25; names shortened to 100 characters with "…"; a choice whose
 * value is empty or longer than 100 characters is dropped, since a shortened
 * value would send back something else.
 */
export function limitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .map((c) => ({ name: stripInvisible(c.name).replace(/\s+/g, ' ').trim(), value: stripInvisible(c.value) }))
    .filter((c) => c.value.trim().length > 0 && c.value.length <= LIMITS.choiceValue && c.name.length > 0)
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: truncate(c.name, LIMITS.choiceName), value: c.value }));
}

/** Answers an autocomplete request (no choices when the engine fails); returns the outcome for the log. */
export async function handleAutocomplete(i: AutocompleteInteraction, ctx: InteractionContext): Promise<string> {
  const focused = i.options.getFocused(true);
  // The story already chosen narrows the events and measures offered.
  const chosen = i.options.data.find((o) => o.name === STORY_OPTION && !o.focused);
  const story = typeof chosen?.value === 'string' && chosen.value.trim() ? chosen.value : undefined;
  const options = { option: focused.name, ...(story ? { story } : {}) };
  const choices = await ctx.engine.autocomplete(i.commandName, String(focused.value ?? ''), options).catch((err: unknown) => {
    ctx.logger.error('autocomplete-failed', err, { command: i.commandName });
    return [];
  });
  const sent = limitChoices(choices);
  await respondChoices(i, sent);
  return `${sent.length} choices`;
}
