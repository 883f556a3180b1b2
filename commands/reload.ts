/**
 * `/reload [file:]` — moderators only: re-read the corpus folder (optionally
 * adding an attached article first) and swap in the new index; replies with
 * what changed. Needs Manage Server by default; the adapter also checks
 * MODERATOR_ROLE_IDS at run time.
 */
import { SlashCommandBuilder } from '@discordjs/builders';

/** Manage Server (Manage Guild) permission bit. */
export const MANAGE_GUILD = 1n << 5n;

/** Name of the attachment option (the Discord adapter reads it). */
export const RELOAD_FILE_OPTION = 'file';

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
  );

