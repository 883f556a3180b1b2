/**
 * `/reload [file:] [replace:]` — moderators only: re-read the corpus folder
 * (optionally adding an attached article first; an existing article of the
 * same name is replaced only with `replace:true`, its old text kept in
 * `.trash/`) and swap in the new index; replies with what changed. Needs Manage Server by default; the adapter also checks
 * MODERATOR_ROLE_IDS at run time.
 */
import { SlashCommandBuilder } from '@discordjs/builders';
import { uploadStoryOption } from './story-option.ts';

/** Manage Server (Manage Guild) permission bit. */
export const MANAGE_GUILD = 1n << 5n;

/** Name of the attachment option (the Discord adapter reads it). */
export const RELOAD_FILE_OPTION = 'file';

/** Name of the option confirming that an upload replaces an existing article of the same name. */
export const RELOAD_REPLACE_OPTION = 'replace';

export const definition = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: re-read the corpus folder, optionally adding an attached article')
  .setDescriptionLocalizations({ de: 'Moderation: Korpus neu einlesen, optional mit angehängtem Artikel' })
  .setDMPermission(false)
  .setDefaultMemberPermissions(MANAGE_GUILD)
  .addAttachmentOption((o) =>
    o
      .setName(RELOAD_FILE_OPTION)
      .setDescription('An article to add first (.txt or .md, UTF-8, pasted text with an optional header)')
      .setDescriptionLocalizations({ de: 'Ein Artikel, der zuerst hinzugefügt wird (.txt oder .md, UTF-8)' })
      .setRequired(false),
  )
  .addBooleanOption((o) =>
    o
      .setName(RELOAD_REPLACE_OPTION)
      .setDescription('Replace an existing article of the same name (its old text is kept in .trash/)')
      .setDescriptionLocalizations({ de: 'Vorhandenen Artikel gleichen Namens ersetzen (der alte Text bleibt in .trash/)' })
      .setRequired(false),
  )
  .addStringOption(uploadStoryOption);
