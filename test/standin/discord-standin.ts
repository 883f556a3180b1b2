/**
 * A small stand-in for the Discord API (REST v10 + gateway) on 127.0.0.1 that the real
 * discord.js 14 Client can log in to. Tests push interactions through the gateway and assert on
 * what the bot sent back (interaction callbacks, edits of the original response, follow-ups).
 *
 * Usage:
 * ```ts
 * const standIn = await startDiscordStandIn();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
 * await client.login(standIn.token);
 * const { id } = standIn.sendChatCommand({ name: 'search', options: { query: 'Kursk' } });
 * const responses = await standIn.waitForResponse(id);
 * ```
 * See README.md in this folder for what is and is not emulated.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { fakeBotToken, snowflakeGenerator, urlSafeToken } from './ids.ts';
import { BodyError, parseBody, readBody, type UploadedFile } from './http-body.ts';
import { StandInGateway, type GatewayFrame, type GatewayStats } from './gateway.ts';
import { CommandRegistry } from './commands.ts';
import { checkChoices, checkMessage, invalidFormBody } from './limits.ts';
import { buildOptions } from './options.ts';
import { RestFaults, rateLimitBody, rateLimitHeaders, type RestFault, type RestFaultSpec } from './faults.ts';
import {
  ALL_PERMISSIONS,
  CallbackType,
  DEFAULT_EVERYONE_PERMISSIONS,
  InteractionKind,
  MessageFlag,
  Permission,
  guildCreatePayload,
  interactionEnvelope,
  memberPayload,
  messagePayload,
  textChannelPayload,
  userPayload,
  type ApiObject,
  type GuildSpec,
  type HostedAttachment,
  type RoleSpec,
} from './payloads.ts';
import {
  isAnswered,
  type AutocompleteInput,
  type ButtonInput,
  type ChatCommandInput,
  type DiscordStandInOptions,
  type InteractionHandle,
  type InteractionInputBase,
  type InteractionRecord,
  type MemberInput,
  type RecordedRequest,
  type RecordedResponse,
  type ResponseKind,
  type StandInIds,
  type WaitOptions,
} from './types.ts';

export { Permission, CallbackType, InteractionKind, MessageFlag, type ApiObject, type HostedAttachment } from './payloads.ts';
export type { ApiOption, OptionValue, OptionsInput } from './options.ts';
export type { GatewayFrame, GatewayStats } from './gateway.ts';
export type { RestFault, RestFaultKind, RestFaultSpec } from './faults.ts';
export * from './types.ts';

interface Reply {
  status: number;
  body?: unknown;
}

interface Ctx {
  req: IncomingMessage;
  record: RecordedRequest;
  json: ApiObject;
  files: UploadedFile[];
  query: URLSearchParams;
  params: string[];
}

interface Route {
  method: string;
  pattern: RegExp;
  route: string;
  auth: boolean;
  handle: (ctx: Ctx) => Reply;
}

interface GuildState extends GuildSpec {
  rolesByName: Map<string, RoleSpec>;
  rolesById: Map<string, RoleSpec>;
  everyone: RoleSpec;
}

interface HostedFile {
  attachment: HostedAttachment;
  content: Buffer;
}

const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionKind.ApplicationCommand]: [4, 5, 9],
  [InteractionKind.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionKind.Autocomplete]: [8],
  [InteractionKind.ModalSubmit]: [4, 5, 6, 7],
};

function apiError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

function asObject(value: unknown): ApiObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ApiObject) : {};
}

function redactHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[key] = key === 'authorization' ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** A running stand-in. Create it with {@link startDiscordStandIn}. */
export class DiscordStandIn {
  /** `http://127.0.0.1:PORT/api`: pass as discord.js `rest: { api }` (discord.js appends `/v10`). */
  readonly apiBase: string;
  /** `http://127.0.0.1:PORT`, also the CDN base of hosted attachments. */
  readonly httpBase: string;
  /** Gateway URL returned by `GET /gateway/bot`. */
  readonly gatewayUrl: string;
  /** The bot token the stand-in accepts. A placeholder, valid nowhere else. */
  readonly token: string;
  readonly ids: StandInIds;

  private readonly nextId = snowflakeGenerator();
  private readonly startedAt = performance.now();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly gateway: StandInGateway;
  private readonly routes: Route[];
  private readonly guilds = new Map<string, GuildState>();
  private readonly botUser: ApiObject;
  private readonly defaultUser: ApiObject;
  private readonly requests: RecordedRequest[] = [];
  private readonly frames: GatewayFrame[] = [];
  private readonly internalErrors: string[] = [];
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly waiters = new Map<InteractionRecord, Array<() => void>>();
  private readonly pendingTimers = new Set<NodeJS.Timeout>();
  private readonly messages = new Map<string, ApiObject>();
  private readonly hosted = new Map<string, HostedFile>();
  private readonly commandRegistry: CommandRegistry;
  private readonly unregisteredCommandIds = new Map<string, string>();
  private readonly deadlineMs: number;
  private readonly bodyLimit: number;
  private readonly locale: string;
  private readonly appPermissions: string;
  private readonly recordRequests: boolean;
  private readonly faults = new RestFaults();
  private closed = false;

  /** @internal use {@link startDiscordStandIn}. */
  constructor(server: Server, port: number, options: DiscordStandInOptions) {
    this.server = server;
    this.httpBase = `http://127.0.0.1:${port}`;
    this.apiBase = `${this.httpBase}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.deadlineMs = options.callbackDeadlineMs ?? 3000;
    this.bodyLimit = options.bodyLimitBytes ?? 25 * 1024 * 1024;
    this.locale = options.locale ?? 'en-US';
    this.recordRequests = options.recordRequests ?? true;

    const applicationId = this.nextId();
    const botUserId = applicationId; // Discord gives a bot user the application's id.
    this.token = options.token ?? fakeBotToken(botUserId);
    this.botUser = userPayload(botUserId, 'Newsroom Q&A', true);
    const userId = this.nextId();
    this.defaultUser = userPayload(userId, 'reporter');
    const ownerId = this.nextId();

    const everyonePerms = BigInt(options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS);
    this.appPermissions = (everyonePerms | Permission.EmbedLinks | Permission.AttachFiles | Permission.SendMessages | Permission.ViewChannel).toString();
    const roleDefs = options.roles ?? [{ name: 'Moderator' }, { name: 'Admin', permissions: Permission.ManageGuild }];
    const createdAt = new Date().toISOString();
    for (const name of options.guildNames ?? ['Newsroom']) {
      const id = this.nextId();
      const everyone: RoleSpec = { id, name: '@everyone', permissions: everyonePerms, position: 0 };
      const roles: RoleSpec[] = [everyone];
      roleDefs.forEach((r, i) => roles.push({ id: this.nextId(), name: r.name, permissions: BigInt(r.permissions ?? 0), position: i + 1 }));
      const guild: GuildState = {
        id,
        name,
        ownerId,
        channelId: this.nextId(),
        channelName: options.channelName ?? 'newsroom',
        roles,
        locale: this.locale,
        createdAt,
        everyone,
        rolesByName: new Map(roles.map((r) => [r.name, r])),
        rolesById: new Map(roles.map((r) => [r.id, r])),
      };
      this.guilds.set(id, guild);
    }
    const first = [...this.guilds.values()][0];
    if (!first) throw new Error('standin: guildNames must name at least one guild');
    this.ids = {
      applicationId,
      botUserId,
      guildId: first.id,
      channelId: first.channelId,
      guildIds: [...this.guilds.keys()],
      userId,
      roles: Object.fromEntries(first.roles.map((r) => [r.name === '@everyone' ? 'everyone' : r.name, r.id])),
    };

    this.gateway = new StandInGateway({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      token: this.token,
      resumeUrl: `ws://127.0.0.1:${port}/resume`,
      eventLogLimit: options.eventLogLimit ?? 100_000,
      readyData: (sessionId) => this.readyData(sessionId, `ws://127.0.0.1:${port}/resume`),
      guildCreates: () => [...this.guilds.values()].map((g) => guildCreatePayload(g, memberPayload(this.botUser, [], g.createdAt))),
      onFrame: (frame) => this.frames.push(frame),
    });
    this.commandRegistry = new CommandRegistry(applicationId, this.nextId);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 4096 * 1024 });
    this.routes = this.buildRoutes();

    server.on('request', (req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        this.internalErrors.push(String(error instanceof Error ? error.stack : error));
        if (!res.headersSent) this.send(res, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
      });
    });
    server.on('upgrade', (req, socket, head) => {
      const path = (req.url ?? '').split('?')[0];
      if (this.closed || (path !== '/gateway' && path !== '/resume' && path !== '/gateway/' && path !== '/resume/')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, req));
    });
  }

  // ---------------------------------------------------------------- inspection

  /** Every REST/CDN request received, in arrival order. */
  get recorded(): readonly RecordedRequest[] {
    return this.requests;
  }

  /** Every gateway frame the client sent (tokens removed). */
  get gatewayFrames(): readonly GatewayFrame[] {
    return this.frames;
  }

  /** Gateway counters: connections, identifyCount, resumeCount, heartbeatCount, closeCodes... */
  get stats(): Readonly<GatewayStats> {
    return this.gateway.stats;
  }

  /** Stand-in bugs (exceptions while handling a request); tests should expect none. */
  get errors(): readonly string[] {
    return this.internalErrors;
  }

  /** Commands registered by the bot for a guild (or `'global'`), in registration order. */
  registeredCommands(scope: string = 'global'): ApiObject[] {
    return this.commandRegistry.list(scope);
  }

  /** The interaction sent with this id or token. */
  interaction(idOrToken: string): InteractionRecord | undefined {
    return this.byToken.get(idOrToken) ?? this.byId.get(idOrToken);
  }

  /** A message the stand-in holds (replies, follow-ups, button messages), as discord.js would fetch it. */
  message(id: string): ApiObject | undefined {
    const m = this.messages.get(id);
    return m ? structuredClone(m) : undefined;
  }

  /** Role ids by name for a guild (default: the first guild). */
  rolesOf(guildId: string = this.ids.guildId): Record<string, string> {
    const g = this.guildState(guildId);
    return Object.fromEntries(g.roles.map((r) => [r.name === '@everyone' ? 'everyone' : r.name, r.id]));
  }

  /** Text channel id of a guild. */
  channelOf(guildId: string = this.ids.guildId): string {
    return this.guildState(guildId).channelId;
  }

  // ---------------------------------------------------------------- controls

  /** Resolves once a client is identified or resumed on the gateway (at once if it is). */
  waitForReady(options: { timeoutMs?: number } = {}): Promise<void> {
    return this.gateway.waitForReady(options.timeoutMs ?? 10_000);
  }

  /**
   * Serves `content` at a CDN-like URL on the stand-in and returns the attachment object to use
   * as an attachment option value (it lands in `data.resolved.attachments`).
   */
  hostAttachment(filename: string, content: string | Buffer, contentType?: string): HostedAttachment {
    return this.host(this.ids.channelId, filename, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, contentType);
  }

  /** Pushes a chat input command (INTERACTION_CREATE, type 2). */
  sendChatCommand(input: ChatCommandInput): InteractionHandle {
    const guild = this.guildState(input.guildId);
    const registered = this.commandRegistry.find(input.name, guild.id);
    const { options, attachments } = buildOptions(input.options, registered?.['options'] as ApiObject[] | undefined, {
      ...(input.subcommand ? { subcommand: input.subcommand } : {}),
      ...(input.subcommandGroup ? { subcommandGroup: input.subcommandGroup } : {}),
    });
    const data: ApiObject = {
      id: this.commandId(input.name, registered),
      name: input.name,
      type: 1,
      ...(options.length > 0 ? { options } : {}),
      ...(registered?.['guild_id'] ? { guild_id: registered['guild_id'] } : {}),
      ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
    };
    return this.pushInteraction(InteractionKind.ApplicationCommand, input.name, guild, input, data);
  }

  /** Pushes an autocomplete request (INTERACTION_CREATE, type 4); the focused value is a string. */
  sendAutocomplete(input: AutocompleteInput): InteractionHandle {
    const guild = this.guildState(input.guildId);
    const registered = this.commandRegistry.find(input.name, guild.id);
    const { options } = buildOptions(input.options, registered?.['options'] as ApiObject[] | undefined, {
      ...(input.subcommand ? { subcommand: input.subcommand } : {}),
      ...(input.subcommandGroup ? { subcommandGroup: input.subcommandGroup } : {}),
      ...(input.focused ? { focused: input.focused } : {}),
    });
    const data: ApiObject = {
      id: this.commandId(input.name, registered),
      name: input.name,
      type: 1,
      options,
      ...(registered?.['guild_id'] ? { guild_id: registered['guild_id'] } : {}),
    };
    return this.pushInteraction(InteractionKind.Autocomplete, input.name, guild, input, data);
  }

  /** Pushes a button press (INTERACTION_CREATE, type 3, component type 2) with its message. */
  sendButton(input: ButtonInput): InteractionHandle {
    const guild = this.guildState(input.guildId);
    let message: ApiObject;
    if (input.messageId) {
      const known = this.messages.get(input.messageId);
      if (!known) throw new Error(`standin: sendButton: unknown message ${input.messageId}`);
      message = known;
    } else {
      message = messagePayload({
        id: this.nextId(),
        channelId: guild.channelId,
        guildId: guild.id,
        author: this.botUser,
        applicationId: this.ids.applicationId,
        type: 0,
        body: {
          content: '',
          components: [{ type: 1, components: [{ type: 2, style: 1, label: input.customId.slice(0, 80), custom_id: input.customId }] }],
        },
        attachments: [],
        timestamp: new Date().toISOString(),
      });
      this.messages.set(message['id'] as string, message);
    }
    const data: ApiObject = { custom_id: input.customId, component_type: 2 };
    return this.pushInteraction(InteractionKind.MessageComponent, input.customId, guild, input, data, structuredClone(message));
  }

  /**
   * Resolves with the responses recorded for an interaction once `predicate` holds
   * (default: {@link isAnswered}); rejects after `timeoutMs` (default 5000) listing what arrived.
   */
  waitForResponse(idOrToken: string, options: WaitOptions = {}): Promise<RecordedResponse[]> {
    if (this.closed) return Promise.reject(new Error('standin: closed'));
    const rec = this.interaction(idOrToken);
    if (!rec) return Promise.reject(new Error(`standin: waitForResponse: unknown interaction ${idOrToken.slice(0, 24)}`));
    const predicate = options.predicate ?? isAnswered;
    if (predicate(rec.responses)) return Promise.resolve([...rec.responses]);
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<RecordedResponse[]>((resolve, reject) => {
      const list = this.waiters.get(rec) ?? [];
      this.waiters.set(rec, list);
      const check = () => {
        if (this.closed) {
          finish();
          reject(new Error('standin: closed while waiting for a response'));
        } else if (predicate(rec.responses)) {
          finish();
          resolve([...rec.responses]);
        }
      };
      const timer = setTimeout(() => {
        finish();
        const got = rec.responses.map((r) => `${r.kind}${r.callbackType ? ` type ${r.callbackType}` : ''} -> ${r.status}`);
        reject(new Error(`standin: interaction ${rec.name} (${rec.id}) not answered within ${timeoutMs} ms; got [${got.join(', ')}]`));
      }, timeoutMs);
      this.pendingTimers.add(timer);
      const finish = () => {
        clearTimeout(timer);
        this.pendingTimers.delete(timer);
        const current = this.waiters.get(rec);
        if (current) {
          const rest = current.filter((w) => w !== check);
          if (rest.length > 0) this.waiters.set(rec, rest);
          else this.waiters.delete(rec);
        }
      };
      list.push(check);
    });
  }

  /**
   * Drops the gateway connection: close code 4000 by default (discord.js RESUMEs), 1000 (it
   * re-IDENTIFYs), or `'terminate'` (socket killed without a close frame; it RESUMEs).
   */
  dropConnection(code: number | 'terminate' = 4000): Promise<void> {
    return this.gateway.drop(code);
  }

  /**
   * Closes the gateway connection with any close code, as Discord would: 4000-4009 and 4200 are
   * recoverable (discord.js resumes or re-identifies); 4004 and 4010-4014 are fatal (discord.js
   * gives up and never reconnects). Resolves when the socket is closed.
   */
  closeGateway(code: number): Promise<void> {
    return this.gateway.drop(code);
  }

  /** Stops (false) or resumes (true) acknowledging heartbeats; discord.js then sees a zombie connection. */
  setHeartbeatAcks(enabled: boolean): void {
    this.gateway.ackHeartbeats = enabled;
  }

  /**
   * Injects a REST fault on a route (see `faults.ts`): a status (429, 5xx), a connection reset
   * before or after the request is processed, or a delay. Returns the fault, whose `hits` count.
   */
  injectFault(spec: RestFaultSpec): RestFault {
    return this.faults.add(spec);
  }

  /** Removes every injected REST fault. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Drops what the stand-in keeps about an interaction (its record, messages), for long runs. */
  forget(idOrToken: string): void {
    const rec = this.interaction(idOrToken);
    if (!rec) return;
    this.byId.delete(rec.id);
    this.byToken.delete(rec.token);
    this.waiters.delete(rec);
    for (const id of [rec.originalMessageId, ...rec.followUpIds]) if (id) this.messages.delete(id);
  }

  /** Closes every socket and the server; pending waits reject. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const list of [...this.waiters.values()]) for (const w of [...list]) w();
    for (const t of this.pendingTimers) clearTimeout(t);
    this.pendingTimers.clear();
    await this.gateway.closeAll();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- world

  private guildState(guildId?: string): GuildState {
    const g = this.guilds.get(guildId ?? this.ids.guildId);
    if (!g) throw new Error(`standin: unknown guild ${guildId}`);
    return g;
  }

  private readyData(sessionId: string, resumeUrl: string): ApiObject {
    return {
      v: 10,
      user_settings: {},
      user: this.botUser,
      guilds: [...this.guilds.keys()].map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: resumeUrl,
      shard: [0, 1],
      application: { id: this.ids.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["standin-gateway",{"micros":0}]'],
    };
  }

  private applicationObject(): ApiObject {
    return {
      id: this.ids.applicationId,
      name: this.botUser['username'],
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: randomBytes(32).toString('hex'),
      flags: 0,
      hook: true,
      is_monetized: false,
      team: null,
      owner: userPayload(this.guildState().ownerId, 'newsroom-owner'),
      bot: this.botUser,
      approximate_guild_count: this.guilds.size,
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
      integration_types_config: { '0': {} },
    };
  }

  private host(channelId: string, filename: string, content: Buffer, contentType?: string): HostedAttachment {
    const id = this.nextId();
    const url = `${this.httpBase}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    const attachment: HostedAttachment = {
      id,
      filename,
      size: content.length,
      url,
      proxy_url: url,
      content_type: contentType ?? guessContentType(filename),
    };
    this.hosted.set(id, { attachment, content });
    return { ...attachment };
  }

  private commandId(name: string, registered: ApiObject | undefined): string {
    if (registered) return registered['id'] as string;
    let id = this.unregisteredCommandIds.get(name);
    if (!id) {
      id = this.nextId();
      this.unregisteredCommandIds.set(name, id);
    }
    return id;
  }

  private memberFor(guild: GuildState, input: MemberInput | undefined): { member: ApiObject; user: ApiObject; permissions: bigint } {
    const user = input?.userId
      ? userPayload(input.userId, input.username ?? `user${input.userId.slice(-4)}`)
      : input?.username
        ? { ...this.defaultUser, username: input.username, global_name: input.username }
        : this.defaultUser;
    const roleIds = (input?.roles ?? []).map((r) => {
      if (/^\d{17,20}$/.test(r)) return r;
      const role = guild.rolesByName.get(r);
      if (!role) throw new Error(`standin: unknown role name "${r}" in guild ${guild.name}`);
      return role.id;
    });
    let permissions: bigint;
    if (input?.permissions !== undefined) permissions = BigInt(input.permissions);
    else {
      permissions = guild.everyone.permissions;
      for (const id of roleIds) permissions |= guild.rolesById.get(id)?.permissions ?? 0n;
      if (permissions & Permission.Administrator) permissions = ALL_PERMISSIONS;
    }
    return { member: memberPayload(user, roleIds, guild.createdAt, permissions.toString()), user, permissions };
  }

  private pushInteraction(type: number, name: string, guild: GuildState, input: InteractionInputBase, data: ApiObject, message?: ApiObject): InteractionHandle {
    if (this.closed) throw new Error('standin: closed');
    const id = this.nextId();
    const token = `${Buffer.from(`interaction:${id}:`).toString('base64url')}${urlSafeToken(60)}`;
    const { member } = this.memberFor(guild, input.member);
    const payload = interactionEnvelope(
      {
        id,
        token,
        applicationId: this.ids.applicationId,
        guildId: guild.id,
        guildLocale: guild.locale,
        channel: textChannelPayload(guild.channelId, guild.id, guild.channelName),
        member,
        appPermissions: this.appPermissions,
        locale: input.locale ?? this.locale,
      },
      type,
    );
    payload['data'] = data;
    if (message) payload['message'] = message;
    const rec: InteractionRecord = {
      id,
      token,
      type,
      name,
      payload,
      guildId: guild.id,
      channelId: guild.channelId,
      createdAt: performance.now(),
      acknowledged: false,
      originalMessageId: type === InteractionKind.MessageComponent && message ? (message['id'] as string) : null,
      followUpIds: [],
      responses: [],
    };
    this.byToken.set(token, rec);
    this.byId.set(id, rec);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  private addResponse(rec: InteractionRecord, response: RecordedResponse): void {
    rec.responses.push(response);
    const list = this.waiters.get(rec);
    if (list) for (const w of [...list]) w();
  }

  // ---------------------------------------------------------------- HTTP

  private send(res: ServerResponse, reply: Reply): void {
    if (reply.body === undefined) {
      res.writeHead(reply.status);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.httpBase);
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      at: performance.now() - this.startedAt,
      method,
      path: url.pathname,
      route: null,
      apiVersion: null,
      query: Object.fromEntries(url.searchParams),
      headers: redactHeaders(req),
      hasAuthorization: typeof req.headers.authorization === 'string',
      body: undefined,
      bodyKind: 'empty',
      files: [],
      status: 0,
    };
    if (this.recordRequests) this.requests.push(record);

    if (url.pathname.startsWith('/attachments/')) {
      record.route = '/attachments/:channel/:id/:filename';
      this.serveAttachment(res, record, url.pathname, method);
      return;
    }

    let raw: Buffer;
    let parsed: Awaited<ReturnType<typeof parseBody>>;
    try {
      raw = await readBody(req, this.bodyLimit);
      parsed = await parseBody(raw, req.headers['content-type']);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      const tooLarge = error.message.includes('larger than');
      record.status = tooLarge ? 413 : 400;
      this.send(res, tooLarge ? apiError(413, 40005, 'Request entity too large') : apiError(400, 50109, 'The request body contains invalid JSON.'));
      return;
    }
    record.body = parsed.json;
    record.bodyKind = parsed.kind;
    record.files = parsed.files;

    const api = /^\/api(?:\/v(\d+))?(\/.*)$/.exec(url.pathname);
    if (!api) {
      record.status = 404;
      this.send(res, apiError(404, 0, '404: Not Found'));
      return;
    }
    record.apiVersion = api[1] ?? null;
    let path = api[2]!;
    try {
      path = decodeURIComponent(path); // discord.js sends `@original` as `%40original`
    } catch {
      // keep the raw path; it will not match a route
    }
    record.path = path;

    let reply: Reply | undefined;
    let methodMismatch = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        methodMismatch = true;
        continue;
      }
      record.route = route.route;
      if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
        reply = apiError(401, 0, '401: Unauthorized');
        break;
      }
      const fault = this.faults.take(method, route.route, record);
      if (fault) record.fault = String(fault.kind);
      if (fault?.kind === 'reset') {
        req.socket.destroy(); // never processed: it did not reach "Discord"
        return;
      }
      if (typeof fault?.kind === 'number') {
        record.status = fault.kind;
        if (fault.kind === 429) this.sendWith(res, { status: 429, body: rateLimitBody(fault.retryAfterMs) }, rateLimitHeaders(fault.retryAfterMs));
        else this.send(res, apiError(fault.kind, 0, `${fault.kind}: injected fault`));
        return;
      }
      if (fault?.kind === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (req.socket.destroyed) {
          // The client went away while the request was held (e.g. the bot's process exited): the
          // answer never arrives, as a response Discord could not finish receiving.
          record.fault = 'delay-abandoned';
          return;
        }
      }
      if (this.closed) return;
      reply = route.handle({ req, record, json: asObject(parsed.json), files: parsed.files, query: url.searchParams, params: m.slice(1) });
      if (fault?.kind === 'reset-after') {
        record.status = reply.status;
        req.socket.destroy(); // processed, but the client never hears back
        return;
      }
      break;
    }
    reply ??= methodMismatch ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, '404: Not Found');
    record.status = reply.status;
    this.send(res, reply);
  }

  private sendWith(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
    const text = JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  private serveAttachment(res: ServerResponse, record: RecordedRequest, pathname: string, method: string): void {
    const m = /^\/attachments\/(\d+)\/(\d+)\/[^/]+$/.exec(pathname);
    const file = m ? this.hosted.get(m[2]!) : undefined;
    if (!file || (method !== 'GET' && method !== 'HEAD')) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    record.status = 200;
    res.writeHead(200, { 'content-type': file.attachment.content_type, 'content-length': file.content.length });
    res.end(method === 'HEAD' ? undefined : file.content);
  }

  private buildRoutes(): Route[] {
    const r = (method: string, pattern: RegExp, route: string, auth: boolean, handle: (ctx: Ctx) => Reply): Route => ({ method, pattern, route, auth, handle });
    const gatewayInfo = () => ({ url: this.gatewayUrl });
    const ID = '(\\d{17,20})';
    const TOKEN = '([A-Za-z0-9_.-]+)';
    const reg = this.commandRegistry;
    const cmd = (ctx: Ctx, scope: string, op: () => Reply) => this.commandRoute(ctx, scope, op);
    const globalCmds = `^/applications/${ID}/commands`;
    const guildCmds = `^/applications/${ID}/guilds/${ID}/commands`;
    return [
      r('GET', /^\/gateway$/, '/gateway', false, () => ({ status: 200, body: gatewayInfo() })),
      r('GET', /^\/gateway\/bot$/, '/gateway/bot', true, () => ({
        status: 200,
        body: { ...gatewayInfo(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
      })),
      r('GET', /^\/users\/@me$/, '/users/@me', true, () => ({ status: 200, body: this.botUser })),
      r('GET', new RegExp(`^/users/${ID}$`), '/users/:user', true, (c) => this.getUser(c.params[0]!)),
      r('GET', new RegExp(`^/channels/${ID}$`), '/channels/:channel', true, (c) => this.getChannel(c.params[0]!)),
      r('GET', /^\/(?:oauth2\/)?applications\/@me$/, '/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
      r('GET', new RegExp(`${globalCmds}$`), '/applications/:app/commands', true, (c) => cmd(c, 'global', () => ({ status: 200, body: reg.list('global') }))),
      r('PUT', new RegExp(`${globalCmds}$`), '/applications/:app/commands', true, (c) => cmd(c, 'global', () => reg.put('global', c.record.body))),
      r('POST', new RegExp(`${globalCmds}$`), '/applications/:app/commands', true, (c) => cmd(c, 'global', () => reg.post('global', c.json))),
      ...(['GET', 'PATCH', 'DELETE'] as const).map((m) =>
        r(m, new RegExp(`${globalCmds}/${ID}$`), '/applications/:app/commands/:command', true, (c) => cmd(c, 'global', () => reg.one('global', c.params[1]!, m, c.json))),
      ),
      r('GET', new RegExp(`${guildCmds}$`), '/applications/:app/guilds/:guild/commands', true, (c) => cmd(c, c.params[1]!, () => ({ status: 200, body: reg.list(c.params[1]!) }))),
      r('PUT', new RegExp(`${guildCmds}$`), '/applications/:app/guilds/:guild/commands', true, (c) => cmd(c, c.params[1]!, () => reg.put(c.params[1]!, c.record.body))),
      r('POST', new RegExp(`${guildCmds}$`), '/applications/:app/guilds/:guild/commands', true, (c) => cmd(c, c.params[1]!, () => reg.post(c.params[1]!, c.json))),
      ...(['GET', 'PATCH', 'DELETE'] as const).map((m) =>
        r(m, new RegExp(`${guildCmds}/${ID}$`), '/applications/:app/guilds/:guild/commands/:command', true, (c) => cmd(c, c.params[1]!, () => reg.one(c.params[1]!, c.params[2]!, m, c.json))),
      ),
      r('POST', new RegExp(`^/interactions/${ID}/${TOKEN}/callback$`), '/interactions/:id/:token/callback', false, (c) => this.onCallback(c)),
      r('POST', new RegExp(`^/webhooks/${ID}/${TOKEN}$`), '/webhooks/:app/:token', false, (c) => this.onFollowUp(c)),
      r('GET', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,20})$`), '/webhooks/:app/:token/messages/:message', false, (c) => this.onWebhookMessage(c, 'GET')),
      r('PATCH', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,20})$`), '/webhooks/:app/:token/messages/:message', false, (c) => this.onWebhookMessage(c, 'PATCH')),
      r('DELETE', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,20})$`), '/webhooks/:app/:token/messages/:message', false, (c) => this.onWebhookMessage(c, 'DELETE')),
    ];
  }

  private getUser(id: string): Reply {
    if (id === this.ids.botUserId) return { status: 200, body: this.botUser };
    if (id === this.ids.userId) return { status: 200, body: this.defaultUser };
    return apiError(404, 10013, 'Unknown User');
  }

  private getChannel(id: string): Reply {
    const guild = [...this.guilds.values()].find((g) => g.channelId === id);
    return guild ? { status: 200, body: textChannelPayload(guild.channelId, guild.id, guild.channelName) } : apiError(404, 10003, 'Unknown Channel');
  }

  // ---------------------------------------------------------------- commands

  /** Checks the application id and guild of a command route, then runs `op` on the registry. */
  private commandRoute(ctx: Ctx, scope: string, op: () => Reply): Reply {
    if (ctx.params[0] !== this.ids.applicationId) return apiError(403, 50001, 'Missing Access');
    if (scope !== 'global' && !this.guilds.has(scope)) return apiError(403, 50001, 'Missing Access');
    return op();
  }

  // ---------------------------------------------------------------- interactions

  private response(ctx: Ctx, rec: InteractionRecord, kind: ResponseKind, reply: Reply, extra: { callbackType?: number; data?: ApiObject; messageId?: string | null }): Reply {
    this.addResponse(rec, {
      kind,
      callbackType: extra.callbackType ?? null,
      data: extra.data ?? ctx.json,
      files: ctx.files,
      messageId: extra.messageId ?? null,
      status: reply.status,
      error: reply.status >= 400 ? asObject(reply.body) : null,
      hasAuthorization: ctx.record.hasAuthorization,
      latencyMs: performance.now() - rec.createdAt,
      requestSeq: ctx.record.seq,
    });
    return reply;
  }

  private interactionMetadata(rec: InteractionRecord): ApiObject {
    const member = asObject(rec.payload['member']);
    return {
      id: rec.id,
      type: rec.type,
      user: member['user'],
      authorizing_integration_owners: rec.payload['authorizing_integration_owners'],
      ...(rec.type === InteractionKind.ApplicationCommand ? { name: rec.name, command_type: 1 } : {}),
      ...(rec.type === InteractionKind.MessageComponent ? { interacted_message_id: asObject(rec.payload['message'])['id'] } : {}),
    };
  }

  private createMessage(rec: InteractionRecord, body: ApiObject, files: UploadedFile[], type: number, extraFlags = 0): ApiObject {
    const attachments = files.map((f) => this.host(rec.channelId, f.filename, f.content, f.contentType));
    const flags = ((typeof body['flags'] === 'number' ? body['flags'] : 0) & (MessageFlag.Ephemeral | 4 | 4096 | 32768)) | extraFlags;
    const message = messagePayload({
      id: this.nextId(),
      channelId: rec.channelId,
      guildId: rec.guildId,
      author: this.botUser,
      applicationId: this.ids.applicationId,
      type,
      body: { ...body, flags },
      attachments: attachments.map((a) => (flags & MessageFlag.Ephemeral ? { ...a, ephemeral: true } : a)),
      interactionMetadata: this.interactionMetadata(rec),
      timestamp: new Date().toISOString(),
    });
    this.messages.set(message['id'] as string, message);
    return message;
  }

  /** Applies an edit (PATCH body or UPDATE_MESSAGE data) to a stored message. */
  private editMessage(message: ApiObject, body: ApiObject, files: UploadedFile[], channelId: string): void {
    for (const key of ['content', 'embeds', 'components', 'poll'] as const) {
      if (key in body) message[key] = key === 'embeds' && Array.isArray(body[key]) ? body[key].map((e) => ({ type: 'rich', ...asObject(e) })) : (body[key] ?? (key === 'content' ? '' : []));
    }
    const uploaded = files.map((f) => this.host(channelId, f.filename, f.content, f.contentType));
    if (Array.isArray(body['attachments'])) {
      const keep = new Set(body['attachments'].map((a) => String(asObject(a)['id'])));
      const existing = (Array.isArray(message['attachments']) ? message['attachments'] : []).filter((a) => keep.has(String(asObject(a)['id'])));
      message['attachments'] = [...existing, ...uploaded];
    } else if (uploaded.length > 0) {
      message['attachments'] = [...(Array.isArray(message['attachments']) ? message['attachments'] : []), ...uploaded];
    }
    const flags = typeof message['flags'] === 'number' ? message['flags'] : 0;
    if (flags & MessageFlag.Loading) message['flags'] = flags & ~MessageFlag.Loading;
    else message['edited_timestamp'] = new Date().toISOString();
  }

  private isLate(rec: InteractionRecord): boolean {
    return this.deadlineMs > 0 && performance.now() - rec.createdAt > this.deadlineMs;
  }

  private onCallback(ctx: Ctx): Reply {
    const [id, token] = ctx.params as [string, string];
    const rec = this.byToken.get(token);
    if (!rec || rec.id !== id) return apiError(404, 10062, 'Unknown interaction');
    const type = typeof ctx.json['type'] === 'number' ? ctx.json['type'] : -1;
    const data = asObject(ctx.json['data']);
    const respond = (reply: Reply, messageId: string | null = null) => this.response(ctx, rec, 'callback', reply, { callbackType: type, data, messageId });

    if (this.isLate(rec)) return respond(apiError(404, 10062, 'Unknown interaction'));
    if (rec.acknowledged) return respond(apiError(400, 40060, 'Interaction has already been acknowledged.'));
    if (!(ALLOWED_CALLBACKS[rec.type] ?? []).includes(type)) {
      return respond({ status: 400, body: invalidFormBody([{ path: 'type', code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${rec.type}` }]) });
    }
    const violations =
      type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage
        ? checkMessage(data, ctx.files.length, type === CallbackType.ChannelMessageWithSource, 'data')
        : type === CallbackType.ApplicationCommandAutocompleteResult
          ? checkChoices(data)
          : [];
    if (violations.length > 0) return respond({ status: 400, body: invalidFormBody(violations) });

    rec.acknowledged = true;
    let message: ApiObject | undefined;
    const replyType = rec.type === InteractionKind.ApplicationCommand ? 20 : 19;
    if (type === CallbackType.ChannelMessageWithSource) {
      message = this.createMessage(rec, data, ctx.files, replyType);
      rec.originalMessageId = message['id'] as string;
    } else if (type === CallbackType.DeferredChannelMessageWithSource) {
      message = this.createMessage(rec, { content: '', flags: data['flags'] }, [], replyType, MessageFlag.Loading);
      rec.originalMessageId = message['id'] as string;
    } else if (type === CallbackType.DeferredMessageUpdate || type === CallbackType.UpdateMessage) {
      message = rec.originalMessageId ? this.messages.get(rec.originalMessageId) : undefined;
      if (message && type === CallbackType.UpdateMessage) this.editMessage(message, data, ctx.files, rec.channelId);
    }
    const messageId = message ? (message['id'] as string) : null;
    if (ctx.query.get('with_response') !== 'true') return respond({ status: 204 }, messageId);
    const flags = typeof message?.['flags'] === 'number' ? message['flags'] : 0;
    return respond(
      {
        status: 200,
        body: {
          interaction: {
            id: rec.id,
            type: rec.type,
            activity_instance_id: null,
            response_message_id: messageId,
            response_message_loading: type === CallbackType.DeferredChannelMessageWithSource,
            response_message_ephemeral: Boolean(flags & MessageFlag.Ephemeral),
          },
          resource: { type, ...(message ? { message: structuredClone(message) } : {}) },
        },
      },
      messageId,
    );
  }

  /** Finds the interaction behind a webhook URL, or Discord's "Unknown Webhook". */
  private webhookTarget(ctx: Ctx): InteractionRecord | Reply {
    const [app, token] = ctx.params as [string, string];
    const rec = this.byToken.get(token);
    if (app !== this.ids.applicationId || !rec || !rec.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    return rec;
  }

  private onFollowUp(ctx: Ctx): Reply {
    const target = this.webhookTarget(ctx);
    if (!('id' in target)) {
      const rec = this.byToken.get(ctx.params[1]!);
      return rec ? this.response(ctx, rec, 'followUp', target, {}) : target;
    }
    const rec = target;
    const violations = checkMessage(ctx.json, ctx.files.length, true);
    if (violations.length > 0) return this.response(ctx, rec, 'followUp', { status: 400, body: invalidFormBody(violations) }, {});
    const message = this.createMessage(rec, ctx.json, ctx.files, 0);
    rec.followUpIds.push(message['id'] as string);
    const wait = ctx.query.get('wait') === 'true';
    return this.response(ctx, rec, 'followUp', wait ? { status: 200, body: message } : { status: 204 }, { messageId: message['id'] as string });
  }

  private onWebhookMessage(ctx: Ctx, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
    const target = this.webhookTarget(ctx);
    const which = ctx.params[2]!;
    const original = which === '@original';
    const kind: ResponseKind = method === 'PATCH' ? (original ? 'editOriginal' : 'editFollowUp') : original ? 'deleteOriginal' : 'deleteFollowUp';
    if (!('id' in target)) {
      const rec = this.byToken.get(ctx.params[1]!);
      return rec && method !== 'GET' ? this.response(ctx, rec, kind, target, {}) : target;
    }
    const rec = target;
    const messageId = original ? rec.originalMessageId : rec.followUpIds.includes(which) || rec.originalMessageId === which ? which : null;
    const message = messageId ? this.messages.get(messageId) : undefined;
    const unknown = apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return message ? { status: 200, body: message } : unknown;
    if (!message || !messageId) return this.response(ctx, rec, kind, unknown, {});
    if (method === 'DELETE') {
      this.messages.delete(messageId);
      if (original) rec.originalMessageId = null;
      return this.response(ctx, rec, kind, { status: 204 }, { messageId });
    }
    const violations = checkMessage(ctx.json, ctx.files.length, false);
    if (violations.length > 0) return this.response(ctx, rec, kind, { status: 400, body: invalidFormBody(violations) }, { messageId });
    this.editMessage(message, ctx.json, ctx.files, rec.channelId);
    return this.response(ctx, rec, kind, { status: 200, body: message }, { messageId });
  }
}

function guessContentType(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    txt: 'text/plain; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    json: 'application/json; charset=utf-8',
    html: 'text/html; charset=utf-8',
    csv: 'text/csv; charset=utf-8',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    pdf: 'application/pdf',
  };
  return types[ext] ?? 'application/octet-stream';
}

/** Starts a stand-in on 127.0.0.1 on a free port. Close it with `close()`. */
export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const server = createServer({ keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return new DiscordStandIn(server, port, options);
}
