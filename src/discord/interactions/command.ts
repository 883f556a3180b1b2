/**
 * Chat input commands: look the command up, run its preconditions, then its
 * handler — `/reload` downloads the attachment and reloads the engine;
 * every other command is a question for the engine, deferred when slow.
 *
 * @module
 */
import { STORY_OPTION } from '../../answers/registry.ts';
import { ApplicationCommandOptionType, type Attachment, type ChatInputCommandInteraction } from 'discord.js';
import { findCommand, type BotCommand } from '../../../commands/index.ts';
import { RELOAD_FILE_OPTION, RELOAD_REPLACE_OPTION } from '../../../commands/reload.ts';
import { errorReply } from '../../reply/build.ts';
import { UserError } from '../../reply/errors.ts';
import { downloadAttachment } from '../attachments.ts';
import { notice, noticeText } from '../notices.ts';
import { invokerOf, preconditionsFor, runPreconditions } from '../preconditions.ts';
import { defer, respondNotice, respondReply, withDefer } from '../respond.ts';
import type { InteractionContext } from './context.ts';
import type { Lang } from '../../reply/lang.ts';
import type { Reply } from '../../reply/model.ts';
import type { MessageFile } from '../render.ts';

type CommandHandler = (i: ChatInputCommandInteraction, def: BotCommand, ctx: InteractionContext) => Promise<string>;

/**
 * The text of a string option, '' when absent, or null when the option has
 * another type or a value that is not a string (a client or a forged request
 * can send anything): such a value is refused here and never reaches the engine.
 */
export function stringOption(i: ChatInputCommandInteraction, name: string): string | null {
  const option = i.options.data.find((o) => o.name === name);
  if (!option) return '';
  return option.type === ApplicationCommandOptionType.String && typeof option.value === 'string' ? option.value : null;
}

/** A question: the engine answers; the reply is deferred when it takes longer than `deferAfterMs`. */
const ask: CommandHandler = async (i, def, ctx) => {
  const argument = def.option ? stringOption(i, def.option) : '';
  const story = def.storyOption ? stringOption(i, STORY_OPTION) : '';
  if (argument === null || story === null) {
    await respondNotice(i, notice('InvalidOption', { option: argument === null ? (def.option ?? '') : STORY_OPTION, expected: 'text' }), ctx.lang(i));
    return 'invalid-option';
  }
  const lang = ctx.lang(i);
  // The answer and its charts (if any) together: a slow chart is covered by the same deferral.
  const run = ctx.engine.run(def.name, argument, story ? { story } : {}).then(async (reply) => ({ reply, files: await chartFiles(ctx, reply, lang) }));
  const { value, deferred } = await withDefer(i, run, { afterMs: ctx.deferAfterMs, ephemeral: false });
  const { reply, files } = value;
  await respondReply(i, reply, ctx.store, { lang, files });
  return deferred ? `${reply.status}+deferred` : reply.status;
};

/**
 * The charts of a reply as attachments (`/estimate` with figures at two or
 * more dates), rendered in the chart worker. A chart is an extra: when
 * rendering fails the reply goes out without it, and the failure is logged.
 */
async function chartFiles(ctx: InteractionContext, reply: Reply, lang: Lang): Promise<MessageFile[]> {
  if (!ctx.charts || reply.status !== 'ok') return [];
  try {
    const charts = await ctx.charts.charts(reply, lang);
    return charts.map((c) => ({ attachment: c.png, name: `${reply.command}-${c.story ?? 'chart'}.png`.replace(/[^\w.-]+/g, '-'), description: c.alt }));
  } catch (err) {
    ctx.logger.error('chart-failed', err, { command: reply.command });
    return [];
  }
}

/** The attachment option, null when absent, or 'invalid' when the option is not a resolved attachment. */
function attachmentOption(i: ChatInputCommandInteraction, name: string): Attachment | null | 'invalid' {
  const option = i.options.data.find((o) => o.name === name);
  if (!option) return null;
  return option.type === ApplicationCommandOptionType.Attachment && option.attachment ? option.attachment : 'invalid';
}

/** A boolean option, false when absent, or null when it is not a boolean. */
function booleanOption(i: ChatInputCommandInteraction, name: string): boolean | null {
  const option = i.options.data.find((o) => o.name === name);
  if (!option) return false;
  return option.type === ApplicationCommandOptionType.Boolean && typeof option.value === 'boolean' ? option.value : null;
}

/**
 * An engine command (`/reload`): deferred at once (ephemeral), the options
 * checked, the attachment checked and downloaded, then the engine runs it.
 */
const reload: CommandHandler = async (i, def, ctx) => {
  await defer(i, true);
  const att = attachmentOption(i, RELOAD_FILE_OPTION);
  const replace = booleanOption(i, RELOAD_REPLACE_OPTION);
  const story = stringOption(i, STORY_OPTION);
  if (att === 'invalid' || replace === null || story === null) {
    const bad =
      att === 'invalid'
        ? { option: RELOAD_FILE_OPTION, expected: 'file' as const }
        : replace === null
          ? { option: RELOAD_REPLACE_OPTION, expected: 'boolean' as const }
          : { option: STORY_OPTION, expected: 'text' as const };
    await respondNotice(i, notice('InvalidOption', bad), ctx.lang(i));
    return 'invalid-option';
  }
  const download = att ? await downloadAttachment(att, { maxKb: ctx.config.MAX_UPLOAD_KB }) : null;
  const reply =
    download && !download.ok
      ? errorReply(def.name, '', new UserError('AttachmentRejected', { why: noticeText(download, ctx.lang(i)) }))
      : await ctx.engine.run(def.name, '', download ? { upload: download.upload, replace, ...(story ? { story } : {}) } : {});
  await respondReply(i, reply, ctx.store, { ephemeral: true, lang: ctx.lang(i) });
  return reply.status;
};

/**
 * Handles a chat input command and returns the outcome for the log
 * (`unknown`, `refused`, `cooldown`, the reply status, `+deferred`).
 */
export async function handleCommand(i: ChatInputCommandInteraction, ctx: InteractionContext): Promise<string> {
  const def = findCommand(i.commandName);
  if (!def) {
    await respondNotice(i, notice('UnknownCommand', { command: i.commandName }), ctx.lang(i));
    return 'unknown';
  }
  const deps = { moderatorRoleIds: ctx.config.MODERATOR_ROLE_IDS, cooldown: ctx.cooldown };
  const check = runPreconditions(preconditionsFor(def), invokerOf(i), def.name, deps);
  if (!check.ok) {
    await respondNotice(i, check, ctx.lang(i));
    return check.id === 'Cooldown' ? 'cooldown' : 'refused';
  }
  return (def.kind === 'engine' ? reload : ask)(i, def, ctx);
}
