/**
 * The Discord adapter's lifecycle: creates the discord.js client (Guilds
 * intent only), hands every interaction to the router, logs gateway events,
 * logs in and out. All answering happens in the engine; the handlers in
 * `interactions/` translate.
 *
 * @module
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import { Logger } from '../system/log.ts';
import type { Config } from './config.ts';
import { createContext } from './interactions/context.ts';
import { routeInteraction } from './interactions/router.ts';

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

/** Creates the bot; nothing connects until `start()`. */
export function createBot(options: BotOptions): Bot {
  const { config, engine } = options;
  const logger = options.logger ?? new Logger();
  const ctx = createContext({ config, engine, logger, deferAfterMs: options.deferAfterMs ?? 1500 });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });

  client.on(Events.InteractionCreate, (i) => {
    routeInteraction(i, ctx).catch((err: unknown) => logger.error('interaction-route-failed', err));
  });
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
