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
import type { ChartSource } from '../../render/chart/worker-host.ts';
import { readerLang, type Lang } from '../../reply/lang.ts';

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
  /** The language to answer an interaction in: the user's locale when German or English, else `REPLY_LANGUAGE`. */
  lang(i: { locale?: string | null }): Lang;
  /** Renders the charts attached to `/estimate` replies (off this thread), or null for none. */
  charts: ChartSource | null;
}

/** A fresh context: a cooldown of `COOLDOWN_SECONDS` and an empty reply store. */
export function createContext(options: { engine: Engine; config: Config; logger: Logger; deferAfterMs: number; charts?: ChartSource | null }): InteractionContext {
  const fallback = options.config.REPLY_LANGUAGE;
  return {
    ...options,
    cooldown: new Cooldown(options.config.COOLDOWN_SECONDS),
    store: new ReplyStore(),
    stopping: false,
    charts: options.charts ?? null,
    lang: (i) => readerLang(i.locale, fallback),
  };
}
