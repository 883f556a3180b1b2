/** `/when event:` — when did something happen, with the supporting quotes and their dates. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { MAX_ARGUMENT_LENGTH } from '../src/answers/registry.ts';
import { storyOption } from './story-option.ts';

export const definition = new SlashCommandBuilder()
  .setName('when')
  .setDescription('When did something happen? Dates with the quotes that support them')
  .setDescriptionLocalizations({ de: 'Wann ist etwas passiert? Daten mit den Zitaten, die sie belegen' })
  .setDMPermission(false)
  .addStringOption((o) =>
    o
      .setName('event')
      .setDescription('An event (e.g. russia-confirmed, treaty-in-force) or free words')
      .setDescriptionLocalizations({ de: 'Ein Ereignis (z. B. treaty-in-force) oder freie Wörter (z. B. "Vertrag in Kraft")' })
      .setRequired(true)
      .setMaxLength(MAX_ARGUMENT_LENGTH)
      .setAutocomplete(true),
  )
  .addStringOption(storyOption);
