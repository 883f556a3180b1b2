/**
 * The Discord adapter's lifecycle: creates the discord.js client (Guilds
 * intent only), hands every interaction to the router, logs gateway events,
 * logs in and out. All answering happens in the engine; the handlers in
 * `interactions/` translate.
 *
 * Stopping is graceful: {@link Bot.stop} first stops taking new questions
 * (each is answered "restarting, ask again in a moment"), waits for every
 * interaction in flight to be answered (up to a deadline), and only then
 * destroys the client and closes the engine.
 *
 * Every gateway disconnect is logged with its close code and meaning; after a
 * fatal close (4004, 4010-4014: discord.js never reconnects) `onFatalClose`
 * is called so the process can exit and its supervisor restart it or alert.
 *
 * @module
 */
import { Client, Events, GatewayIntentBits, Options, type WebSocketShard } from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import { Logger } from '../system/log.ts';
import { ChartWorker, type ChartSource } from '../render/chart/worker-host.ts';
import type { Config } from './config.ts';
import { closeMeaning, isFatalClose } from './gateway-codes.ts';
import { createContext } from './interactions/context.ts';
import { routeInteraction } from './interactions/router.ts';

/** A fatal gateway close: its code and what it means. */
export interface FatalClose {
  code: number;
  meaning: string;
}

/** Options of {@link createBot}. */
export interface BotOptions {
  config: Config;
  engine: Engine;
  logger?: Logger;
  /** Defer the reply when the answer is not ready after this long (default 1,500 ms; Discord allows 3 s). */
  deferAfterMs?: number;
  /** Called once after a gateway close discord.js will not recover from (the bot can answer nothing more). */
  onFatalClose?: (close: FatalClose) => void;
  /** Renders the charts of `/estimate` replies (default: a chart worker thread; null: no charts). */
  charts?: ChartSource | null;
}

/** What {@link Bot.stop} did. */
export interface StopReport {
  /** Interactions being answered when the stop began. */
  inFlight: number;
  /** Of those and of any that arrived while stopping, how many were still unanswered at the deadline. */
  abandoned: number;
  /** Interactions that arrived while stopping (answered "restarting"). */
  refused: number;
  /** Time from the call to the end, ms. */
  ms: number;
}

/** Options of {@link Bot.stop}. */
export interface StopOptions {
  /** How long to wait for interactions in flight (default 10 s). */
  deadlineMs?: number;
}

/** A running bot. */
export interface Bot {
  client: Client;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /**
   * Stops gracefully: new interactions are answered "restarting", those in
   * flight are finished (up to the deadline), then the client is destroyed and
   * the engine closed. Idempotent: a second call returns the first one's report.
   */
  stop(options?: StopOptions): Promise<StopReport>;
  /** Interactions being handled now. */
  readonly inFlight: number;
  /** Sizes of the per-user state (for tests and the soak benchmark). */
  state(): { cooldownUsers: number; storedReplies: number; cachedUsers: number; cachedMembers: number };
}

/**
 * Users and members discord.js keeps (it caches everyone who interacts, for
 * ever by default: 20,000 reporters would all stay in memory). The bot needs
 * none of them after answering.
 */
export const USER_CACHE_LIMIT = 200;

/** Default time {@link Bot.stop} waits for answers in flight. */
export const DEFAULT_STOP_DEADLINE_MS = 10_000;

/** Creates the bot; nothing connects until `start()`. */
export function createBot(options: BotOptions): Bot {
  const { config, engine } = options;
  const logger = options.logger ?? new Logger();
  const charts = options.charts === undefined ? new ChartWorker() : options.charts;
  const ctx = createContext({ config, engine, logger, deferAfterMs: options.deferAfterMs ?? 1500, charts });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: USER_CACHE_LIMIT, keepOverLimit: (user) => user.id === user.client.user?.id },
      GuildMemberManager: { maxSize: USER_CACHE_LIMIT, keepOverLimit: (member) => member.id === member.client.user?.id },
    }),
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });

  const inFlight = new Set<Promise<void>>();
  let refused = 0;
  client.on(Events.InteractionCreate, (i) => {
    if (ctx.stopping) refused += 1;
    const task = routeInteraction(i, ctx).catch((err: unknown) => logger.error('interaction-route-failed', err));
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  client.on(Events.Error, (err) => logger.error('client-error', err));
  client.on(Events.ShardResume, (shard) => logger.info('gateway-resumed', { shard }));

  // Every close of the gateway connection, with its code (discord.js tells shardDisconnect only for fatal ones).
  let fatal = false;
  const watched = new WeakSet<WebSocketShard>();
  const onClose = (shard: number, code: number) => {
    const isFatal = isFatalClose(code);
    logger.info('gateway-disconnect', { shard, code, meaning: closeMeaning(code), reconnects: !isFatal && !stopped });
    if (isFatal && !fatal && !stopped) {
      fatal = true;
      logger.error('gateway-fatal-close', new Error(`gateway closed with ${code}: ${closeMeaning(code)}`), { code });
      options.onFatalClose?.({ code, meaning: closeMeaning(code) });
    }
  };
  client.on(Events.ShardReady, (id) => {
    const shard = client.ws.shards.get(id);
    if (!shard || watched.has(shard)) return;
    watched.add(shard);
    shard.on('close', (event: { code: number }) => onClose(id, event.code));
  });

  let stopped = false;
  let stopping: Promise<StopReport> | null = null;

  async function drain(deadlineMs: number): Promise<number> {
    const until = performance.now() + deadlineMs;
    while (inFlight.size > 0) {
      const left = until - performance.now();
      if (left <= 0) return inFlight.size;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
    }
    return 0;
  }

  return {
    client,
    get inFlight() {
      return inFlight.size;
    },
    state() {
      return {
        cooldownUsers: ctx.cooldown.size,
        storedReplies: ctx.store.size,
        cachedUsers: client.users.cache.size,
        cachedMembers: client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0),
      };
    },
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
      logger.info('ready', { user: client.user?.tag ?? null, corpus: engine.version });
      if (charts instanceof ChartWorker) charts.warm(); // Vega loads before the first chart is asked for
    },
    stop(stopOptions: StopOptions = {}) {
      stopping ??= (async () => {
        const started = performance.now();
        ctx.stopping = true;
        const atStart = inFlight.size;
        logger.info('stopping', { inFlight: atStart });
        const abandoned = await drain(stopOptions.deadlineMs ?? DEFAULT_STOP_DEADLINE_MS);
        stopped = true;
        await client.destroy();
        await engine.close();
        await charts?.close();
        const report: StopReport = { inFlight: atStart, abandoned, refused, ms: Math.round(performance.now() - started) };
        logger.info('stopped', { ...report });
        return report;
      })();
      return stopping;
    },
  };
}
