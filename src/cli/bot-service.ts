/**
 * The bot as a service process: what happens on SIGTERM/SIGINT and after a
 * fatal gateway close.
 *
 * - **SIGTERM or SIGINT**: stop taking questions (new ones are answered
 *   "restarting"), finish every question in flight (up to 10 s), flush the
 *   logs, exit 0. A second signal while stopping exits at once (status 1).
 * - **Fatal gateway close** (4004, 4010-4014): the lifecycle has logged the
 *   code and its meaning; finish what can be finished within half a second,
 *   then exit with 78 (EX_CONFIG) — within a second — so a supervisor restarts
 *   the bot or alerts someone instead of keeping a process that answers nothing.
 * - **SIGHUP**: reload the corpus folder (articles added or edited on disk),
 *   exactly as a moderator's `/reload` does; one line says what changed.
 *   (`systemctl reload`, `docker kill -s HUP`.)
 *
 * @module
 */
import type { Bot, FatalClose } from '../discord/lifecycle.ts';
import { DEFAULT_STOP_DEADLINE_MS } from '../discord/lifecycle.ts';
import { FATAL_CLOSE_EXIT_CODE } from '../discord/gateway-codes.ts';
import type { Reply } from '../reply/model.ts';

/** Where signals come from (the process, or an emitter in tests). */
export interface SignalSource {
  on(signal: 'SIGTERM' | 'SIGINT' | 'SIGHUP', listener: () => void): unknown;
}

/** Options of {@link serveBot}. */
export interface ServiceOptions {
  signals?: SignalSource;
  /** Ends the process (default: flush stdout and stderr, then `process.exit`). */
  exit?: (code: number) => void;
  /** One-line diagnostics (default: standard error). */
  say?: (line: string) => void;
  /** How long a signal waits for answers in flight (default 10 s). */
  deadlineMs?: number;
  /** How long a fatal close waits for answers in flight (default 500 ms). */
  fatalDeadlineMs?: number;
  /** What SIGHUP does: reload the corpus (the engine's one reload path); without it SIGHUP is ignored. */
  reload?: () => Promise<Reply>;
}

/** A bot run as a service. */
export interface BotService {
  /** What a signal does (also callable directly); resolves with the exit status. */
  shutdown(signal: string): Promise<number>;
  /** What a fatal gateway close does; resolves with the exit status. */
  fatal(close: FatalClose): Promise<number>;
  /** What SIGHUP does; resolves with the reload's reply (null when reloading is not set up or the bot is stopping). */
  reload(): Promise<Reply | null>;
}

/** Writes everything buffered on stdout and stderr, then exits. */
export function flushAndExit(code: number): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
  setTimeout(() => process.exit(code), 1000).unref();
}

/** Installs the signal handlers for a bot and returns what they do. */
export function serveBot(bot: Bot, options: ServiceOptions = {}): BotService {
  const exit = options.exit ?? flushAndExit;
  const say = options.say ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const deadlineMs = options.deadlineMs ?? DEFAULT_STOP_DEADLINE_MS;
  let ending: Promise<number> | null = null;

  const end = (code: number, waitMs: number, why: string): Promise<number> => {
    ending ??= (async () => {
      // Whatever happens while stopping, the process ends shortly after the deadline.
      const force = setTimeout(() => {
        say(`start: could not stop within ${waitMs} ms; exiting`);
        exit(code === 0 ? 1 : code);
      }, waitMs + 2000);
      force.unref?.();
      say(`start: ${why}: finishing ${bot.inFlight} question(s) in flight (up to ${waitMs} ms)`);
      const report = await bot.stop({ deadlineMs: waitMs });
      clearTimeout(force);
      say(`start: stopped in ${report.ms} ms: ${report.inFlight - report.abandoned} of ${report.inFlight} in flight answered, ${report.refused} asked to retry, ${report.abandoned} abandoned`);
      exit(code);
      return code;
    })();
    return ending;
  };

  const service: BotService = {
    shutdown(signal) {
      if (ending) {
        say(`start: ${signal} again: exiting now`);
        exit(1);
        return ending;
      }
      return end(0, deadlineMs, `${signal} received`);
    },
    async reload() {
      if (!options.reload || ending) return null;
      const reply = await options.reload();
      const what = reply.status === 'ok' ? (reply.summary ?? '').split('\n').at(-1) : reply.notice;
      say(`start: SIGHUP: ${what ?? reply.status}`);
      return reply;
    },
    fatal(close) {
      return end(FATAL_CLOSE_EXIT_CODE, options.fatalDeadlineMs ?? 500, `gateway closed with ${close.code} (${close.meaning}); exiting with ${FATAL_CLOSE_EXIT_CODE}`);
    },
  };
  const signals = options.signals ?? process;
  signals.on('SIGTERM', () => void service.shutdown('SIGTERM'));
  signals.on('SIGINT', () => void service.shutdown('SIGINT'));
  signals.on('SIGHUP', () => void service.reload());
  return service;
}
