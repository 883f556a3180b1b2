/** `/search query:` — the best paragraphs for some words, quoted and attributed. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { MAX_ARGUMENT_LENGTH } from '../src/answers/registry.ts';
import { storyOption } from './story-option.ts';

export const definition = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Search the articles; answers quote the best sentences with date and source')
  .setDescriptionLocalizations({ de: 'Artikel durchsuchen; Antworten zitieren die besten Sätze mit Datum und Quelle' })
  .setDMPermission(false)
  .addStringOption((o) =>
    o
      .setName('query')
      .setDescription('Words to look for, English or German (e.g. "Luftlandebrigade", "casualties")')
      .setDescriptionLocalizations({ de: 'Suchwörter, deutsch oder englisch (z. B. "Luftlandebrigade")' })
      .setRequired(true)
      .setMaxLength(MAX_ARGUMENT_LENGTH),
  )
  .addStringOption(storyOption);
