/** `/corpus` — what is loaded: articles, paragraphs, undated articles, warnings. */
import { SlashCommandBuilder } from '@discordjs/builders';

export const definition = new SlashCommandBuilder()
  .setName('corpus')
  .setDescription('What is loaded: articles, paragraphs, undated articles, warnings')
  .setDescriptionLocalizations({ de: 'Was geladen ist: Artikel, Absätze, undatierte Artikel, Warnungen' })
  .setDMPermission(false);

