/** `/estimate measure:` — the figures each source gives, side by side, oldest first. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { MAX_ARGUMENT_LENGTH } from '../src/answers/registry.ts';
import { storyOption } from './story-option.ts';

export const definition = new SlashCommandBuilder()
  .setName('estimate')
  .setDescription('What figures do sources give? Each source side by side, never averaged')
  .setDescriptionLocalizations({ de: 'Welche Zahlen nennen die Quellen? Jede Quelle einzeln, nie gemittelt' })
  .setDMPermission(false)
  .addStringOption((o) =>
    o
      .setName('measure')
      .setDescription('A measure (casualties, troops, shells, ...) or free words')
      .setDescriptionLocalizations({ de: 'Eine Größe (casualties, troops, shells, ...) oder freie Wörter (z. B. "Verluste")' })
      .setRequired(true)
      .setMaxLength(MAX_ARGUMENT_LENGTH)
      .setAutocomplete(true),
  )
  .addStringOption(storyOption);
