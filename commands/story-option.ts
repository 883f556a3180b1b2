/**
 * The optional `story` option of the commands that answer within a story
 * (`/when`, `/estimate`, `/search`) and of `/reload` (the story an attached
 * article belongs to). Autocompleted with the corpus's stories by title.
 *
 * @module
 */
import type { SlashCommandStringOption } from '@discordjs/builders';
import { STORY_OPTION } from '../src/answers/registry.ts';

/** Describes the story option for answering commands. */
export function storyOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName(STORY_OPTION)
    .setDescription('The story to answer in (without it: the story the question fits best)')
    .setDescriptionLocalizations({ de: 'Die Geschichte, in der geantwortet wird (ohne: die am besten passende)' })
    .setRequired(false)
    .setMaxLength(100)
    .setAutocomplete(true);
}

/** Describes the story option of `/reload`: where an attached article goes. */
export function uploadStoryOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName(STORY_OPTION)
    .setDescription('The story the attached article belongs to (needed when the corpus has several)')
    .setDescriptionLocalizations({ de: 'Die Geschichte, zu der der angehängte Artikel gehört (nötig bei mehreren)' })
    .setRequired(false)
    .setMaxLength(100)
    .setAutocomplete(true);
}
