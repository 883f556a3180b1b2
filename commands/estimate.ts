/** `/estimate measure:` — the figures each source gives, side by side, oldest first. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { catalogueChoices } from '../src/answer/autocomplete.ts';
import type { BotCommand } from '../src/answer/command.ts';
import { answerEstimate } from '../src/answer/estimate.ts';
import { MAX_ARGUMENT_LENGTH } from '../src/answer/input.ts';

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
  );

export const command: BotCommand = {
  name: 'estimate',
  definition,
  option: 'measure',
  handler: answerEstimate,
  autocomplete: (partial, { snapshot }) => catalogueChoices(snapshot, 'estimate', partial),
};
