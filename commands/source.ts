/** `/source id:` — a paragraph in full with its neighbours and the article's metadata. */
import { SlashCommandBuilder } from '@discordjs/builders';

export const definition = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Show a paragraph in full, with its neighbours and the article details')
  .setDescriptionLocalizations({ de: 'Einen Absatz vollständig zeigen, mit Nachbarabsätzen und Artikelangaben' })
  .setDMPermission(false)
  .addStringOption((o) =>
    o
      .setName('id')
      .setDescription('Paragraph id as shown under an answer (e.g. "kursk-russland-setzt-nordkoreaner-ein#p3")')
      .setDescriptionLocalizations({ de: 'Absatz-ID, wie unter einer Antwort angezeigt' })
      .setRequired(true)
      .setMaxLength(200),
  );

