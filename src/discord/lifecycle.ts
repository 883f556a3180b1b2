/**
 * The Discord adapter: logs in with discord.js (Guilds intent only), turns
 * interactions into plain engine calls and sends the rendered replies. All
 * answering happens in the engine; this file only translates, checks
 * permissions and cooldowns, defers slow answers and logs one line per
 * interaction.
 *
 * @module
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { Reply } from '../reply/model.ts';
import { errorReply } from '../reply/build.ts';
import { UserError } from '../reply/errors.ts';
import type { Upload } from '../answers/context.ts';
import { isModeratorOnly } from '../answers/registry.ts';
import type { Config } from './config.ts';
import { Cooldown } from './cooldown.ts';
import { Logger } from '../system/log.ts';
import { isModerator } from './permissions.ts';
import { noticeMessage, pageMessage, paginate, type MessagePayload } from './render.ts';
import { ReplyStore } from './reply-store.ts';

/** Options of {@link createBot}. */
export interface BotOptions {
  config: Config;
  engine: Engine;
  logger?: Logger;
  /** Defer the reply when the answer is not ready after this long (default 1,500 ms; Discord allows 3 s). */
  deferAfterMs?: number;
}

/** A running bot. */
export interface Bot {
  client: Client;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /** Logs out and releases everything (idempotent). */
  stop(): Promise<void>;
}

type Sendable = {
  content?: string;
  embeds: MessagePayload['embeds'];
  components: MessagePayload['components'];
  allowedMentions: { parse: [] };
};

function toDiscord(p: MessagePayload): Sendable {
  const out: Sendable = { embeds: p.embeds, components: p.components, allowedMentions: { parse: [] } };
  if (p.content !== undefined) out.content = p.content;
  return out;
}

function isEphemeralStatus(reply: Reply): boolean {
  return reply.status === 'invalid' || reply.status === 'refused' || reply.status === 'error';
}

/** Creates the bot; nothing connects until `start()`. */
export function createBot(options: BotOptions): Bot {
  const { config, engine } = options;
  const logger = options.logger ?? new Logger();
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const cooldown = new Cooldown(config.COOLDOWN_SECONDS);
  const store = new ReplyStore();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });

  /** Sends a reply model as page 1 (reply or edit of the deferred reply). */
  async function sendReply(i: ChatInputCommandInteraction | ButtonInteraction, reply: Reply, deferred: boolean, forceEphemeral = false) {
    const ephemeral = forceEphemeral || isEphemeralStatus(reply);
    const pages = paginate(reply);
    const key = store.put({ reply, pages, ephemeral });
    const payload = pageMessage(reply, pages, 0, key, ephemeral);
    if (deferred) await i.editReply(toDiscord(payload));
    else await i.reply({ ...toDiscord(payload), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }

  /** Waits for work; defers the interaction if it takes longer than `deferAfterMs`. */
  async function withDefer<T>(i: ChatInputCommandInteraction | ButtonInteraction, work: Promise<T>, ephemeral: boolean) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deferAfterMs);
    });
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    clearTimeout(timer);
    if (first !== 'late') return { value: first.value, deferred: false };
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    return { value: await work, deferred: true };
  }

  async function downloadAttachment(i: ChatInputCommandInteraction): Promise<Upload | string | null> {
    const att = i.options.getAttachment('file');
    if (!att) return null;
    const max = config.MAX_UPLOAD_KB * 1024;
    if (!/\.(txt|md)$/i.test(att.name)) return `"${att.name}" is not a .txt or .md file; nothing was changed.`;
    if (att.size > max) return `"${att.name}" is ${Math.ceil(att.size / 1024)} KB; the limit is ${config.MAX_UPLOAD_KB} KB. Nothing was changed.`;
    if (att.contentType && !/^text\/|^application\/octet-stream/.test(att.contentType)) {
      return `"${att.name}" is ${att.contentType}, not text; nothing was changed.`;
    }
    const res = await fetch(att.url, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) return `Could not download "${att.name}" (HTTP ${res.status}); nothing was changed.`;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > max) return `"${att.name}" is larger than ${config.MAX_UPLOAD_KB} KB; nothing was changed.`;
    return { filename: att.name, bytes };
  }

  async function onCommand(i: ChatInputCommandInteraction): Promise<string> {
    const def = findCommand(i.commandName);
    if (!def) {
      await i.reply({ ...toDiscord(noticeMessage(`Unknown command /${i.commandName}.`)), flags: MessageFlags.Ephemeral });
      return 'unknown';
    }
    if (isModeratorOnly(def)) {
      const member = i.member;
      const roleIds = member && 'roles' in member ? (Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()]) : [];
      const permissions = i.memberPermissions?.bitfield ?? null;
      if (!isModerator({ permissions, roleIds }, config.MODERATOR_ROLE_IDS)) {
        await i.reply({
          ...toDiscord(noticeMessage(`/${def.name} is for moderators (Manage Server or a moderator role). Nothing was changed.`)),
          flags: MessageFlags.Ephemeral,
        });
        return 'refused';
      }
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      let reply: Reply;
      const upload = await downloadAttachment(i).catch((err: Error) => `Could not download the attachment (${err.message}); nothing was changed.`);
      if (typeof upload === 'string') reply = errorReply('reload', '', new UserError('AttachmentRejected', { why: upload }));
      else reply = await engine.run('reload', '', upload ? { upload } : {});
      await sendReply(i, reply, true, true);
      return reply.status;
    }
    const wait = cooldown.take(i.user.id);
    if (wait > 0) {
      await i.reply({
        ...toDiscord(noticeMessage(`You are asking quickly: please wait ${Math.ceil(wait / 1000)} s before the next question.`)),
        flags: MessageFlags.Ephemeral,
      });
      return 'cooldown';
    }
    const argument = def.option ? (i.options.getString(def.option) ?? '') : '';
    const { value: reply, deferred } = await withDefer(i, engine.run(def.name, argument), false);
    await sendReply(i, reply, deferred);
    return deferred ? `${reply.status}+deferred` : reply.status;
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<string> {
    const focused = i.options.getFocused(true);
    let choices = await engine.autocomplete(i.commandName, String(focused.value ?? '')).catch(() => []);
    choices = choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) }));
    await i.respond(choices);
    return `${choices.length} choices`;
  }

  async function onButton(i: ButtonInteraction): Promise<string> {
    const [kind, ...rest] = i.customId.split(':');
    if (kind === 'more') {
      const [key, pageText] = rest;
      const stored = key ? store.get(key) : undefined;
      if (!stored) {
        await i.reply({ ...toDiscord(noticeMessage('This answer has expired (or the bot restarted). Please ask again.')), flags: MessageFlags.Ephemeral });
        return 'expired';
      }
      await i.update(toDiscord(pageMessage(stored.reply, stored.pages, Number(pageText) || 0, key!, stored.ephemeral)));
      return 'page';
    }
    let paragraphId: string | undefined;
    if (kind === 'src') paragraphId = rest.join(':');
    else if (kind === 'srck') {
      const [key, pageText, nText] = rest;
      const stored = key ? store.get(key) : undefined;
      paragraphId = stored?.pages[Number(pageText)]?.paragraphIds[Number(nText)];
    }
    if (!paragraphId) {
      await i.reply({ ...toDiscord(noticeMessage('This button has expired. Please ask again.')), flags: MessageFlags.Ephemeral });
      return 'expired';
    }
    const { value: reply, deferred } = await withDefer(i, engine.run('source', paragraphId), true);
    await sendReply(i, reply, deferred, true);
    return `source:${reply.status}`;
  }

  async function onInteraction(i: Interaction): Promise<void> {
    const started = performance.now();
    let kind: 'command' | 'autocomplete' | 'button' | null = null;
    let command = '';
    let argLength = 0;
    let outcome = 'ignored';
    try {
      if (i.isChatInputCommand()) {
        kind = 'command';
        command = i.commandName;
        argLength = i.options.data.reduce((n, o) => n + String(o.value ?? '').length, 0);
        outcome = await onCommand(i);
      } else if (i.isAutocomplete()) {
        kind = 'autocomplete';
        command = i.commandName;
        argLength = String(i.options.getFocused() ?? '').length;
        outcome = await onAutocomplete(i);
      } else if (i.isButton()) {
        kind = 'button';
        command = i.customId.split(':')[0] ?? '';
        outcome = await onButton(i);
      }
    } catch (err) {
      outcome = 'error';
      logger.error('interaction-failed', err, { command });
      if (i.isRepliable()) {
        const msg = toDiscord(noticeMessage('Something went wrong while answering. The bot is still running; please try again.'));
        try {
          if (i.deferred || i.replied) await i.followUp({ ...msg, flags: MessageFlags.Ephemeral });
          else await i.reply({ ...msg, flags: MessageFlags.Ephemeral });
        } catch (sendErr) {
          logger.error('error-reply-failed', sendErr, { command });
        }
      }
    } finally {
      if (kind) {
        logger.interaction({
          kind,
          command,
          argLength,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          outcome,
          corpus: engine.version,
        });
      }
    }
  }

  client.on(Events.InteractionCreate, (i) => void onInteraction(i));
  client.on(Events.Error, (err) => logger.error('client-error', err));
  client.on(Events.ShardDisconnect, (_e, shard) => logger.info('gateway-disconnect', { shard }));
  client.on(Events.ShardResume, (shard) => logger.info('gateway-resumed', { shard }));

  let stopped = false;
  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
      logger.info('ready', { user: client.user?.tag ?? null, corpus: engine.version });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      await engine.close();
      logger.info('stopped');
    },
  };
}
