/**
 * What every interaction handler shares: the engine, the configuration, the
 * logger, the per-user cooldown, the store of recent replies (for buttons)
 * and when to defer. One context per bot, built by `createBot`.
 *
 * @module
 */
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../system/log.ts';
import type { Config } from '../config.ts';
import { Cooldown } from '../cooldown.ts';
import { ReplyStore } from '../reply-store.ts';

/** The shared context of the interaction handlers. */
export interface InteractionContext {
  engine: Engine;
  config: Config;
  logger: Logger;
  cooldown: Cooldown;
  store: ReplyStore;
  /** Defer an answer that is not ready after this long. */
  deferAfterMs: number;
  /** Set when the bot is shutting down: new interactions are answered "restarting" instead of handled. */
  stopping: boolean;
}

/** A fresh context: a cooldown of `COOLDOWN_SECONDS` and an empty reply store. */
export function createContext(options: { engine: Engine; config: Config; logger: Logger; deferAfterMs: number }): InteractionContext {
  return { ...options, cooldown: new Cooldown(options.config.COOLDOWN_SECONDS), store: new ReplyStore(), stopping: false };
}
