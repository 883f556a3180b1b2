/**
 * End-to-end tests of the Discord stand-in with the real discord.js 14 Client.
 *
 * The "bot" here is a minimal discord.js client written inside the test; it only exists to prove
 * that the stand-in speaks the wire protocol discord.js expects. The newsroom bot's own tests use
 * the same stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type Interaction,
} from 'discord.js';
import {
  isAcknowledged,
  startDiscordStandIn,
  type DiscordStandIn,
  type DiscordStandInOptions,
  type RecordedResponse,
} from './discord-standin.ts';

/** What the test bot saw, for assertions on the client side. */
interface BotLog {
  seen: Map<string, { name: string; options: unknown; canManageGuild: boolean | null; roleIds: string[]; channelId: string | null; guildId: string | null; locale: string; userId: string }>;
  withResponseContent: Map<string, string | null>;
  followUpIds: Map<string, string>;
  fetchedOriginal: Map<string, string>;
  apiErrors: Map<string, { code: number | string; status: number }>;
  errors: unknown[];
}

interface Bot {
  client: Client;
  log: BotLog;
  readyMs: number;
}

const CHOICES = ['russia-confirmed', 'russia-denied', 'kursk-deployment', 'casualties', 'pyongyang-statement'];

/** The minimal bot: one handler per command/button, every failure logged. */
async function handle(interaction: Interaction, log: BotLog): Promise<void> {
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value).toLowerCase();
    await interaction.respond(CHOICES.filter((c) => c.includes(typed)).map((c) => ({ name: c, value: c })));
    return;
  }
  if (interaction.isButton()) {
    if (interaction.customId.startsWith('more:')) {
      await interaction.update({ content: `Seite ${interaction.customId.slice(5)}`, components: [], allowedMentions: { parse: [] } });
    } else {
      await interaction.reply({ content: `Absatz ${interaction.customId}`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    }
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const member = interaction.inCachedGuild() ? interaction.member : null;
  log.seen.set(interaction.id, {
    name: interaction.commandName,
    options: interaction.options.data.map((o) => ({ name: o.name, type: o.type, value: o.value })),
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? null,
    roleIds: member ? [...member.roles.cache.keys()].filter((id) => id !== member.guild.id) : [],
    channelId: interaction.channelId,
    guildId: interaction.guildId,
    locale: interaction.locale,
    userId: interaction.user.id,
  });
  try {
    switch (interaction.commandName) {
      case 'echo': {
        const text = interaction.options.getString('text', true);
        await interaction.reply({
          content: `Zitat: ${text}`,
          embeds: [new EmbedBuilder().setTitle('Antwort').setDescription(`> ${text}`).setFooter({ text: 'Quelle: Test' })],
          allowedMentions: { parse: [] },
        });
        return;
      }
      case 'slow': {
        await interaction.deferReply();
        await interaction.editReply({ content: 'fertig', embeds: [new EmbedBuilder().setDescription('spät')], allowedMentions: { parse: [] } });
        return;
      }
      case 'follow': {
        await interaction.reply({ content: 'erste Antwort', allowedMentions: { parse: [] } });
        const msg = await interaction.followUp({ content: 'zweite Antwort', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
        log.followUpIds.set(interaction.id, msg.id);
        log.fetchedOriginal.set(interaction.id, (await interaction.fetchReply()).content);
        await interaction.editReply({ message: msg.id, content: 'zweite Antwort, korrigiert' });
        return;
      }
      case 'file': {
        const attachment = interaction.options.getAttachment('datei', true);
        const text = await (await fetch(attachment.url)).text();
        await interaction.reply({
          content: `Datei ${attachment.name} (${attachment.size} Bytes): ${text}`,
          files: [{ attachment: Buffer.from(text.toUpperCase(), 'utf8'), name: 'gross.txt' }],
          allowedMentions: { parse: [] },
        });
        return;
      }
      case 'respond': {
        const res = await interaction.reply({ content: 'mit Antwortobjekt', withResponse: true });
        log.withResponseContent.set(interaction.id, res.resource?.message?.content ?? null);
        return;
      }
      case 'weigh': {
        const weight = interaction.options.getNumber('weight', true);
        await interaction.reply({ content: `Gewicht ${weight}` });
        return;
      }
      case 'toolong': {
        await interaction.reply({ content: 'x'.repeat(2001) });
        return;
      }
      case 'sleep': {
        await new Promise((resolve) => setTimeout(resolve, interaction.options.getInteger('ms', true)));
        await interaction.reply({ content: 'zu spät' });
        return;
      }
      default:
        await interaction.reply({ content: `pong ${interaction.options.getInteger('n') ?? ''}`.trim() });
    }
  } catch (error) {
    if (error instanceof DiscordAPIError) log.apiErrors.set(interaction.id, { code: error.code, status: error.status });
    else throw error;
  }
}

/** Logs the real client in to the stand-in and resolves when `ready` fired. */
async function startBot(standIn: DiscordStandIn, token = standIn.token): Promise<Bot> {
  const log: BotLog = { seen: new Map(), withResponseContent: new Map(), followUpIds: new Map(), fetchedOriginal: new Map(), apiErrors: new Map(), errors: [] };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: standIn.apiBase },
    // Without this, a re-IDENTIFY within 5 s of the last one waits 5-6.5 s (@discordjs/ws SimpleIdentifyThrottler).
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction, log).catch((error: unknown) => log.errors.push(error));
  });
  client.on(Events.Error, (error) => log.errors.push(error));
  const started = performance.now();
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  await ready;
  return { client, log, readyMs: performance.now() - started };
}

async function startPair(options: DiscordStandInOptions = {}): Promise<{ standIn: DiscordStandIn; bot: Bot }> {
  const standIn = await startDiscordStandIn(options);
  try {
    return { standIn, bot: await startBot(standIn) };
  } catch (error) {
    await standIn.close();
    throw error;
  }
}

async function stopPair(pair: { standIn: DiscordStandIn; bot: Bot } | undefined): Promise<void> {
  if (!pair) return;
  await pair.bot.client.destroy();
  await pair.standIn.close();
}

const callback = (responses: readonly RecordedResponse[]) => responses.find((r) => r.kind === 'callback');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function tcpHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;
}

const baselineTcpHandles = tcpHandles();

describe('discord.js against the stand-in: login and interactions', () => {
  let pair: { standIn: DiscordStandIn; bot: Bot };
  let standIn: DiscordStandIn;
  let bot: Bot;

  beforeAll(async () => {
    pair = await startPair({ heartbeatIntervalMs: 100 });
    ({ standIn, bot } = pair);
  });

  afterAll(async () => {
    await stopPair(pair);
  });

  it('logs the client in and fires ready without the 15 s unavailable-guild wait', () => {
    console.info(`login to ready: ${bot.readyMs.toFixed(0)} ms`);
    expect(bot.readyMs).toBeLessThan(2000);
    expect(standIn.stats.identifyCount).toBe(1);
    expect(standIn.stats.connectionPaths[0]).toMatch(/^\/gateway\?v=10&encoding=json/);
    const guild = bot.client.guilds.cache.get(standIn.ids.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(standIn.ids.channelId)?.isTextBased()).toBe(true);
    expect(guild?.roles.everyone.id).toBe(standIn.ids.guildId);
    expect(guild?.members.me?.id).toBe(standIn.ids.botUserId);
    expect(bot.client.user?.id).toBe(standIn.ids.botUserId);
    expect(bot.client.application?.id).toBe(standIn.ids.applicationId);
    const identify = standIn.gatewayFrames.find((f) => f.op === 2);
    expect(identify?.d).toMatchObject({ intents: GatewayIntentBits.Guilds, tokenMatches: true });
    expect(JSON.stringify(standIn.gatewayFrames)).not.toContain(standIn.token);
  });

  it('uses snowflake ids and URL-safe interaction tokens', () => {
    const { id, token } = standIn.sendChatCommand({ name: 'ping' });
    for (const snowflake of [id, standIn.ids.applicationId, standIn.ids.guildId, standIn.ids.channelId, standIn.ids.userId]) {
      expect(snowflake).toMatch(/^\d{17,19}$/);
    }
    expect(token).toMatch(/^[A-Za-z0-9_-]{60,}$/);
    return standIn.waitForResponse(id);
  });

  it('answers heartbeats with ACKs so the client measures a ping', async () => {
    const deadline = Date.now() + 3000;
    while ((standIn.stats.heartbeatCount < 2 || bot.client.ws.ping < 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(standIn.stats.heartbeatCount).toBeGreaterThanOrEqual(2);
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('delivers a chat command with options, member permissions and roles, and records the reply with allowed_mentions.parse = []', async () => {
    const quote = 'Laut NIS sind @everyone **12.000** Soldaten';
    const { id } = standIn.sendChatCommand({
      name: 'echo',
      locale: 'de',
      options: { text: quote },
      member: { roles: ['Moderator'], permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages },
    });
    const responses = await standIn.waitForResponse(id);

    const seen = bot.log.seen.get(id);
    expect(seen).toMatchObject({
      name: 'echo',
      options: [{ name: 'text', type: 3, value: quote }],
      canManageGuild: true,
      roleIds: [standIn.ids.roles['Moderator']],
      channelId: standIn.ids.channelId,
      guildId: standIn.ids.guildId,
      locale: 'de',
      userId: standIn.ids.userId,
    });

    expect(responses).toHaveLength(1);
    const reply = responses[0]!;
    expect(reply).toMatchObject({ kind: 'callback', callbackType: 4, status: 204, hasAuthorization: false });
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    expect(reply.data['content']).toBe(`Zitat: ${quote}`);
    expect(reply.data['embeds']).toEqual([{ title: 'Antwort', description: `> ${quote}`, footer: { text: 'Quelle: Test' } }]);
    const request = standIn.recorded.find((r) => r.seq === reply.requestSeq);
    expect(request).toMatchObject({ method: 'POST', route: '/interactions/:id/:token/callback', apiVersion: '10', hasAuthorization: false });
    expect(request?.query).toEqual({ with_response: 'false' });
  });

  it('computes member permissions from @everyone and roles when the test gives none', async () => {
    const plain = standIn.sendChatCommand({ name: 'echo', options: { text: 'a' } });
    const admin = standIn.sendChatCommand({ name: 'echo', options: { text: 'b' }, member: { roles: ['Admin'], userId: '123456789012345678' } });
    await Promise.all([standIn.waitForResponse(plain.id), standIn.waitForResponse(admin.id)]);
    expect(bot.log.seen.get(plain.id)).toMatchObject({ canManageGuild: false, roleIds: [] });
    expect(bot.log.seen.get(admin.id)).toMatchObject({ canManageGuild: true, roleIds: [standIn.ids.roles['Admin']], userId: '123456789012345678' });
  });

  it('records deferReply then editReply as a type 5 callback and a PATCH of @original', async () => {
    const { id } = standIn.sendChatCommand({ name: 'slow' });
    const responses = await standIn.waitForResponse(id, { predicate: (rs) => rs.some((r) => r.kind === 'editOriginal') });
    expect(responses.map((r) => [r.kind, r.callbackType, r.status])).toEqual([
      ['callback', 5, 204],
      ['editOriginal', null, 200],
    ]);
    expect(responses[1]!.data).toMatchObject({ content: 'fertig', allowed_mentions: { parse: [] } });
    expect(responses[1]!.hasAuthorization).toBe(false);
    const edit = standIn.recorded.find((r) => r.seq === responses[1]!.requestSeq);
    expect(edit).toMatchObject({ method: 'PATCH', route: '/webhooks/:app/:token/messages/:message' });
    expect(edit?.path).toMatch(new RegExp(`^/webhooks/${standIn.ids.applicationId}/[A-Za-z0-9_-]+/messages/@original$`));
    const original = standIn.message(responses[1]!.messageId!);
    expect(original).toMatchObject({ content: 'fertig', flags: 0, author: { id: standIn.ids.botUserId } });
  });

  it('records a followUp and returns messages discord.js builds (follow-up and fetched original)', async () => {
    const { id } = standIn.sendChatCommand({ name: 'follow' });
    const responses = await standIn.waitForResponse(id, { predicate: (rs) => rs.some((r) => r.kind === 'editFollowUp') });
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'followUp', 'editFollowUp']);
    const followUp = responses[1]!;
    expect(followUp).toMatchObject({ status: 200, data: { content: 'zweite Antwort', flags: MessageFlags.Ephemeral } });
    // discord.js built a Message from the stand-in's response; give its handler a moment to log it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.log.followUpIds.get(id)).toBe(followUp.messageId);
    expect(bot.log.fetchedOriginal.get(id)).toBe('erste Antwort');
    expect(standIn.recorded.find((r) => r.seq === followUp.requestSeq)?.query).toMatchObject({ wait: 'true' });
    expect(responses[2]).toMatchObject({ status: 200, messageId: followUp.messageId, data: { content: 'zweite Antwort, korrigiert' } });
    expect(standIn.message(followUp.messageId!)).toMatchObject({ content: 'zweite Antwort, korrigiert', flags: MessageFlags.Ephemeral });
  });

  it('returns an interaction callback response object when discord.js asks withResponse', async () => {
    const { id } = standIn.sendChatCommand({ name: 'respond' });
    const responses = await standIn.waitForResponse(id);
    expect(callback(responses)).toMatchObject({ status: 200, callbackType: 4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.log.withResponseContent.get(id)).toBe('mit Antwortobjekt');
  });

  it('records an autocomplete respond as a type 8 callback with choices', async () => {
    const { id } = standIn.sendAutocomplete({ name: 'when', options: { event: 'russ' }, focused: 'event' });
    const responses = await standIn.waitForResponse(id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ kind: 'callback', callbackType: 8, status: 204 });
    expect(responses[0]!.data['choices']).toEqual([
      { name: 'russia-confirmed', value: 'russia-confirmed' },
      { name: 'russia-denied', value: 'russia-denied' },
    ]);
    const sent = standIn.interaction(id)!.payload['data'] as { options: unknown[] };
    expect(sent.options).toEqual([{ name: 'event', type: 3, value: 'russ', focused: true }]);
  });

  it('records a button press answered with update (type 7) on the message that carried it', async () => {
    const first = standIn.sendChatCommand({ name: 'echo', options: { text: 'Seite 1' } });
    const [reply] = await standIn.waitForResponse(first.id);
    const press = standIn.sendButton({ customId: 'more:2', messageId: reply!.messageId! });
    const responses = await standIn.waitForResponse(press.id);
    expect(responses[0]).toMatchObject({ kind: 'callback', callbackType: 7, status: 204, messageId: reply!.messageId });
    expect(standIn.message(reply!.messageId!)).toMatchObject({ content: 'Seite 2', components: [] });
    expect(standIn.interaction(press.id)!.payload).toMatchObject({ type: 3, data: { custom_id: 'more:2', component_type: 2 }, message: { id: reply!.messageId } });
  });

  it('records a button press answered with an ephemeral reply (type 4, flags 64)', async () => {
    const press = standIn.sendButton({ customId: 'show:p-3' });
    const responses = await standIn.waitForResponse(press.id);
    expect(responses[0]).toMatchObject({ kind: 'callback', callbackType: 4, status: 204, data: { content: 'Absatz show:p-3', flags: 64 } });
  });

  it('serves an uploaded .txt through an attachment option and records the file the bot sends back', async () => {
    const attachment = standIn.hostAttachment('neu.txt', 'Nordkoreanische Soldaten in Kursk\n');
    const { id } = standIn.sendChatCommand({ name: 'file', options: { datei: attachment } });
    const responses = await standIn.waitForResponse(id);
    const reply = responses[0]!;
    expect(reply.data['content']).toBe(`Datei neu.txt (${attachment.size} Bytes): Nordkoreanische Soldaten in Kursk\n`);
    expect(reply.files.map((f) => [f.filename, f.content.toString('utf8')])).toEqual([['gross.txt', 'NORDKOREANISCHE SOLDATEN IN KURSK\n']]);
    const sent = standIn.interaction(id)!.payload['data'] as ApiData;
    expect(sent.options).toEqual([{ name: 'datei', type: 11, value: attachment.id }]);
    expect(sent.resolved?.attachments?.[attachment.id]).toMatchObject({ filename: 'neu.txt', content_type: 'text/plain; charset=utf-8' });
    expect(standIn.recorded.some((r) => r.route === '/attachments/:channel/:id/:filename' && r.status === 200)).toBe(true);
    // The uploaded file is hosted too, so a later fetch of the reply can download it.
    const message = standIn.message(reply.messageId!) as { attachments: Array<{ url: string }> };
    expect(await (await fetch(message.attachments[0]!.url)).text()).toBe('NORDKOREANISCHE SOLDATEN IN KURSK\n');
  });

  it('answers the bot user, channel and application lookups discord.js makes', async () => {
    const application = await bot.client.application!.fetch();
    expect(application.id).toBe(standIn.ids.applicationId);
    expect((await bot.client.users.fetch(standIn.ids.userId, { force: true })).username).toBe('reporter');
    expect((await bot.client.channels.fetch(standIn.ids.channelId, { force: true }))?.id).toBe(standIn.ids.channelId);
    await expect(bot.client.users.fetch('123456789012345678', { force: true })).rejects.toMatchObject({ code: 10013 });
  });

  it('records global and guild command registration with ids and types options from it', async () => {
    const global = await bot.client.application!.commands.set([{ name: 'search', description: 'search the corpus', options: [{ name: 'query', description: 'words', type: 3, required: true }] }]);
    expect(global.first()?.id).toMatch(/^\d{17,19}$/);
    expect(standIn.registeredCommands('global')).toMatchObject([{ name: 'search', dm_permission: true }]);
    expect(standIn.registeredCommands('global')[0]).not.toHaveProperty('guild_id');

    const commands = await bot.client.application!.commands.set(
      [
        { name: 'weigh', description: 'weigh something', options: [{ name: 'weight', description: 'kg', type: 10, required: true }] },
        { name: 'when', description: 'when did it happen', options: [{ name: 'event', description: 'event', type: 3, autocomplete: true }] },
      ],
      standIn.ids.guildId,
    );
    expect([...commands.values()].map((c) => c.name).sort()).toEqual(['weigh', 'when']);
    for (const c of commands.values()) expect(c.id).toMatch(/^\d{17,19}$/);
    const put = standIn.recorded.findLast((r) => r.method === 'PUT');
    expect(put).toMatchObject({ route: '/applications/:app/guilds/:guild/commands', hasAuthorization: true, headers: { authorization: '[redacted]' } });
    expect(standIn.registeredCommands(standIn.ids.guildId).map((c) => c['name'])).toEqual(['weigh', 'when']);

    // weight 2 is an integer in JS but is sent as NUMBER (10) because the command says so.
    const { id } = standIn.sendChatCommand({ name: 'weigh', options: { weight: 2 } });
    const [reply] = await standIn.waitForResponse(id);
    expect(reply!.data['content']).toBe('Gewicht 2');
    expect((standIn.interaction(id)!.payload['data'] as ApiData).id).toBe(commands.find((c) => c.name === 'weigh')!.id);
  });

  it('refuses invalid command definitions with Discord 50035 errors', async () => {
    await expect(bot.client.application!.commands.set([{ name: 'Bad Name', description: 'x' }], standIn.ids.guildId)).rejects.toMatchObject({
      code: 50035,
      status: 400,
    });
    expect(standIn.registeredCommands(standIn.ids.guildId)).toHaveLength(2);
  });

  it('refuses a reply over the 2000-character limit with 50035, as Discord would', async () => {
    const { id } = standIn.sendChatCommand({ name: 'toolong' });
    const responses = await standIn.waitForResponse(id, { predicate: (rs) => rs.length > 0 });
    expect(responses[0]).toMatchObject({ status: 400, error: { code: 50035 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.log.apiErrors.get(id)).toEqual({ code: 50035, status: 400 });
  });

  it('refuses a second acknowledgement and unknown interactions like Discord', async () => {
    const { id, token } = standIn.sendChatCommand({ name: 'ping' });
    await standIn.waitForResponse(id);
    const post = (path: string) =>
      fetch(`${standIn.apiBase}/v10${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 4, data: { content: 'noch mal' } }) });
    const again = await post(`/interactions/${id}/${token}/callback`);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
    const unknown = await post(`/interactions/${id}/not-a-token/callback`);
    expect(await unknown.json()).toEqual({ message: 'Unknown interaction', code: 10062 });
    expect(standIn.interaction(id)!.responses.map((r) => r.status)).toEqual([204, 400]);
  });

  it('answers unknown routes with Discord-style 404 JSON and records them', async () => {
    const res = await fetch(`${standIn.apiBase}/v10/guilds/${standIn.ids.guildId}/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(standIn.recorded.at(-1)).toMatchObject({ method: 'GET', route: null, status: 404, hasAuthorization: false });
    const unauthorised = await fetch(`${standIn.apiBase}/v10/users/@me`);
    expect(unauthorised.status).toBe(401);
  });

  it('answers a burst of 200 interactions pushed within one second completely', async () => {
    const started = performance.now();
    const handles = Array.from({ length: 200 }, (_, n) => standIn.sendChatCommand({ name: 'ping', options: { n } }));
    const pushMs = performance.now() - started;
    const all = await Promise.all(handles.map((h) => standIn.waitForResponse(h.id, { timeoutMs: 10_000 })));
    const totalMs = performance.now() - started;
    expect(pushMs).toBeLessThan(1000);
    all.forEach((responses, n) => {
      expect(responses).toHaveLength(1);
      expect(responses[0]).toMatchObject({ kind: 'callback', callbackType: 4, status: 204, data: { content: `pong ${n}` } });
    });
    const latencies = all.map((rs) => rs[0]!.latencyMs).sort((a, b) => a - b);
    console.info(`burst 200: pushed in ${pushMs.toFixed(0)} ms, all answered in ${totalMs.toFixed(0)} ms, latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  });

  it('reports no stand-in errors and no bot errors', () => {
    expect(standIn.errors).toEqual([]);
    expect(bot.log.errors).toEqual([]);
  });
});

interface ApiData {
  id: string;
  options: unknown[];
  resolved?: { attachments?: Record<string, unknown> };
}

describe('discord.js against the stand-in: benchmark-size burst', () => {
  let pair: { standIn: DiscordStandIn; bot: Bot };

  // No 3 s deadline here: under a loaded machine (parallel test files) the tail could pass it,
  // and this test is about the stand-in losing nothing, not about the machine's speed.
  beforeAll(async () => {
    pair = await startPair({ callbackDeadlineMs: 0 });
  });

  afterAll(async () => {
    await stopPair(pair);
  });

  it('answers every one of a burst of 1,000 interactions', async () => {
    const { standIn, bot } = pair;
    const started = performance.now();
    const handles = Array.from({ length: 1000 }, (_, n) => standIn.sendChatCommand({ name: 'ping', options: { n } }));
    const all = await Promise.all(handles.map((h) => standIn.waitForResponse(h.id, { timeoutMs: 20_000 })));
    const totalMs = performance.now() - started;
    all.forEach((responses, n) => expect(responses[0]).toMatchObject({ status: 204, data: { content: `pong ${n}` } }));
    expect(standIn.recorded.filter((r) => r.route === '/interactions/:id/:token/callback')).toHaveLength(1000);
    expect(standIn.errors).toEqual([]);
    expect(bot.log.errors).toEqual([]);
    const latencies = all.map((rs) => rs[0]!.latencyMs).sort((a, b) => a - b);
    console.info(`burst 1000: all answered in ${totalMs.toFixed(0)} ms, latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  });
});

describe('discord.js against the stand-in: dropped connections', () => {
  let pair: { standIn: DiscordStandIn; bot: Bot };
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    pair = await startPair();
    ({ standIn } = pair);
  });

  afterAll(async () => {
    await stopPair(pair);
  });

  it('RESUMEs to resume_gateway_url after a close with 4000 and answers the next interaction', async () => {
    const started = performance.now();
    await standIn.dropConnection(4000);
    await standIn.waitForReady({ timeoutMs: 5000 });
    const resumeMs = performance.now() - started;
    expect(standIn.stats).toMatchObject({ identifyCount: 1, resumeCount: 1, connections: 2 });
    expect(standIn.stats.connectionPaths[1]).toMatch(/^\/resume\?v=10&encoding=json/);
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 1 } });
    expect((await standIn.waitForResponse(id))[0]!.data['content']).toBe('pong 1');
    console.info(`resume after close 4000: ${resumeMs.toFixed(0)} ms`);
  });

  it('replays an interaction pushed while the socket was dead once the client resumes', async () => {
    const replayedBefore = standIn.stats.replayedCount;
    await standIn.dropConnection('terminate');
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 2 } });
    const responses = await standIn.waitForResponse(id);
    expect(responses[0]!.data['content']).toBe('pong 2');
    expect(standIn.stats.resumeCount).toBe(2);
    expect(standIn.stats.replayedCount).toBe(replayedBefore + 1);
    const resume = standIn.gatewayFrames.filter((f) => f.op === 6).at(-1);
    expect(resume?.d).toMatchObject({ tokenMatches: true });
  });

  it('re-IDENTIFYs after a close with 1000 and answers the next interaction', async () => {
    const started = performance.now();
    await standIn.dropConnection(1000);
    await standIn.waitForReady({ timeoutMs: 5000 });
    const identifyMs = performance.now() - started;
    expect(standIn.stats.identifyCount).toBe(2);
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 3 } });
    expect((await standIn.waitForResponse(id))[0]!.data['content']).toBe('pong 3');
    expect(pair.bot.log.errors).toEqual([]);
    console.info(`re-identify after close 1000 (fast throttler): ${identifyMs.toFixed(0)} ms`);
  });
});

describe('discord.js against the stand-in: the 3-second window', () => {
  let pair: { standIn: DiscordStandIn; bot: Bot };

  beforeAll(async () => {
    pair = await startPair({ callbackDeadlineMs: 100 });
  });

  afterAll(async () => {
    await stopPair(pair);
  });

  it('refuses a callback that comes after the deadline with 10062 Unknown interaction', async () => {
    const { standIn, bot } = pair;
    const { id } = standIn.sendChatCommand({ name: 'sleep', options: { ms: 150 } });
    const responses = await standIn.waitForResponse(id, { predicate: (rs) => rs.length > 0 });
    expect(responses[0]).toMatchObject({ kind: 'callback', status: 404, error: { code: 10062 } });
    expect(isAcknowledged(responses)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.log.apiErrors.get(id)).toEqual({ code: 10062, status: 404 });
  });
});

describe('fault injection: REST', () => {
  let pair: { standIn: DiscordStandIn; bot: Bot };
  let standIn: DiscordStandIn;
  const CALLBACK = '/interactions/:id/:token/callback';

  beforeAll(async () => {
    pair = await startPair();
    ({ standIn } = pair);
  });

  afterAll(async () => {
    await stopPair(pair);
  });

  it('answers a callback with 429 and Retry-After; discord.js waits and retries', async () => {
    const fault = standIn.injectFault({ route: CALLBACK, kind: 429, retryAfterMs: 100 });
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 4 } });
    const responses = await standIn.waitForResponse(id);
    expect(fault.hits).toBe(1);
    expect(responses.map((r) => r.status)).toEqual([204]);
    expect(standIn.recorded.filter((r) => r.route === CALLBACK && r.fault === '429')).toHaveLength(1);
  });

  it('answers 5xx without processing; discord.js retries a 500 three times by itself', async () => {
    const fault = standIn.injectFault({ route: CALLBACK, kind: 500, times: 2 });
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 5 } });
    expect((await standIn.waitForResponse(id))[0]!.data['content']).toBe('pong 5');
    expect(fault.hits).toBe(2);
  });

  it('resets the connection before processing: nothing is acknowledged and discord.js throws', async () => {
    standIn.injectFault({ route: CALLBACK, kind: 'reset' });
    const errorsBefore = pair.bot.log.errors.length;
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 6 } });
    await expect.poll(() => pair.bot.log.errors.length, { timeout: 3000 }).toBe(errorsBefore + 1);
    expect(standIn.interaction(id)!.acknowledged).toBe(false);
    expect(standIn.recorded.filter((r) => r.fault === 'reset')).toHaveLength(1);
  });

  it('resets the connection after processing: acknowledged, yet discord.js cannot know', async () => {
    standIn.injectFault({ route: CALLBACK, kind: 'reset-after' });
    const errorsBefore = pair.bot.log.errors.length;
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 7 } });
    await expect.poll(() => pair.bot.log.errors.length, { timeout: 3000 }).toBe(errorsBefore + 1);
    expect(standIn.interaction(id)!.acknowledged).toBe(true);
    expect(standIn.interaction(id)!.responses[0]!.data['content']).toBe('pong 7');
  });

  it('holds a request for a delay, then processes it', async () => {
    standIn.injectFault({ route: CALLBACK, kind: 'delay', delayMs: 200 });
    const started = performance.now();
    const { id } = standIn.sendChatCommand({ name: 'ping', options: { n: 8 } });
    await standIn.waitForResponse(id);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    standIn.clearFaults();
  });
});

describe('fault injection: gateway', () => {
  it('a fatal close code (4014) ends the session: discord.js emits shardDisconnect with the code and never reconnects', async () => {
    const pair = await startPair();
    try {
      const disconnected = new Promise<number>((resolve) => pair.bot.client.once(Events.ShardDisconnect, (event) => resolve(event.code)));
      await pair.standIn.closeGateway(4014);
      expect(await disconnected).toBe(4014);
      await new Promise((resolve) => setTimeout(resolve, 600)); // discord.js would reconnect after 500 ms
      expect(pair.standIn.stats.connections).toBe(1);
      expect(pair.standIn.stats.closeCodes).toEqual([4014]);
    } finally {
      await stopPair(pair);
    }
  });

  it('withheld heartbeat ACKs make discord.js drop the zombie connection and resume', async () => {
    const pair = await startPair({ heartbeatIntervalMs: 150 });
    try {
      await expect.poll(() => pair.standIn.stats.heartbeatCount, { timeout: 2000 }).toBeGreaterThan(0);
      pair.standIn.setHeartbeatAcks(false);
      await expect.poll(() => pair.standIn.stats.connections, { timeout: 3000 }).toBeGreaterThan(1);
      pair.standIn.setHeartbeatAcks(true);
      await pair.standIn.waitForReady({ timeoutMs: 3000 });
      expect(pair.standIn.stats.resumeCount).toBe(1);
      const { id } = pair.standIn.sendChatCommand({ name: 'ping', options: { n: 9 } });
      expect((await pair.standIn.waitForResponse(id))[0]!.data['content']).toBe('pong 9');
    } finally {
      await stopPair(pair);
    }
  });
});

describe('stand-in lifecycle', () => {
  it('sends a GUILD_CREATE for every guild and routes commands to the guild asked for', async () => {
    const pair = await startPair({ guildNames: ['Newsroom', 'Archiv'] });
    try {
      const { standIn, bot } = pair;
      expect(bot.readyMs).toBeLessThan(2000);
      expect([...bot.client.guilds.cache.keys()].sort()).toEqual([...standIn.ids.guildIds].sort());
      const second = standIn.ids.guildIds[1]!;
      const { id } = standIn.sendChatCommand({ name: 'ping', guildId: second, member: { roles: ['Moderator'] } });
      await standIn.waitForResponse(id);
      expect(bot.log.seen.get(id)).toMatchObject({ guildId: second, channelId: standIn.channelOf(second), roleIds: [standIn.rolesOf(second)['Moderator']] });
    } finally {
      await stopPair(pair);
    }
  });

  it('refuses a wrong bot token like Discord: login fails with TokenInvalid', async () => {
    const standIn = await startDiscordStandIn();
    try {
      await expect(startBot(standIn, 'not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
      expect(standIn.recorded[0]).toMatchObject({ route: '/gateway/bot', status: 401, hasAuthorization: true });
      expect(standIn.stats.identifyCount).toBe(0);
    } finally {
      await standIn.close();
    }
  });

  it('leaves no open sockets once the client is destroyed and the stand-in closed', async () => {
    const pair = await startPair();
    expect(tcpHandles()).toBeGreaterThan(baselineTcpHandles);
    await stopPair(pair);
    await pair.standIn.close(); // closing twice is harmless
    const deadline = Date.now() + 2000;
    while (tcpHandles() > baselineTcpHandles && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP'))).toEqual(
      Array.from({ length: baselineTcpHandles }, () => expect.any(String)),
    );
  });
});
