/**
 * Graceful shutdown and gateway closes, in-process: the real discord.js client
 * of the bot against the stand-in, the real worker engine behind a delay (so
 * that questions are truly in flight when the signal comes), and the service
 * wrapper of `npm start` with signals from an emitter instead of the process.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Choice } from '../../src/answers/context.ts';
import { serveBot } from '../../src/cli/bot-service.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { readConfig } from '../../src/discord/config.ts';
import { createBot, type Bot, type FatalClose } from '../../src/discord/lifecycle.ts';
import type { Engine, RunOptions } from '../../src/engine/engine.ts';
import { WorkerEngine } from '../../src/engine/worker/host.ts';
import type { Reply } from '../../src/reply/model.ts';
import { Logger } from '../../src/system/log.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';
import type { RecordedResponse } from '../standin/types.ts';

/** The real engine, each question held for `delayMs` first: 50 questions stay in flight together. */
class SlowEngine implements Engine {
  closed = false;
  readonly #inner: Engine;
  readonly #delayMs: number;
  constructor(inner: Engine, delayMs: number) {
    this.#inner = inner;
    this.#delayMs = delayMs;
  }
  get version(): string {
    return this.#inner.version;
  }
  async run(command: string, argument: string, options?: RunOptions): Promise<Reply> {
    await new Promise((resolve) => setTimeout(resolve, this.#delayMs));
    return this.#inner.run(command, argument, options);
  }
  autocomplete(command: string, partial: string): Promise<Choice[]> {
    return this.#inner.autocomplete(command, partial);
  }
  /** Marks the engine closed; the shared worker engine underneath stays open for the next test. */
  async close(): Promise<void> {
    this.closed = true;
  }
}

let temp: string;
let corpusDir: string;
let shared: WorkerEngine;
let users = 0;
const newUser = () => `6${String(100000000000000000n + BigInt(++users)).slice(1)}`;
const QUESTIONS = ['when treaty-in-force', 'estimate troops', 'search Kursk', 'search Luftlandebrigade', 'when russia-confirmed'];
const OPTION: Record<string, string> = { when: 'event', estimate: 'measure', search: 'query' };

function ask(standIn: DiscordStandIn, n: number): string {
  const [name, argument] = QUESTIONS[n % QUESTIONS.length]!.split(' ') as [string, string];
  return standIn.sendChatCommand({ name, options: { [OPTION[name]!]: argument }, member: { userId: newUser() } }).id;
}

/** The message data the bot finally sent (the reply, or the edit of a deferred reply). */
function finalData(responses: readonly RecordedResponse[]): Record<string, any> | undefined {
  const answered = responses.filter((r) => r.status < 300 && !(r.kind === 'callback' && r.callbackType === 5));
  return answered.at(-1)?.data as Record<string, any> | undefined;
}

/** An answer from the engine: an embed with the corpus version in its footer. */
function isRealAnswer(responses: readonly RecordedResponse[]): boolean {
  return /corpus [0-9a-f]{10}/.test(finalData(responses)?.embeds?.[0]?.footer?.text ?? '');
}

beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'newsroom-shutdown-'));
  corpusDir = path.join(temp, 'corpus');
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(corpusDir, 'stories'), { recursive: true });
  shared = await WorkerEngine.open(corpusDir, { cacheDir: path.join(temp, 'cache') });
});

afterAll(async () => {
  await shared?.close();
  rmSync(temp, { recursive: true, force: true });
});

async function startAll(options: { delayMs?: number; heartbeatIntervalMs?: number } = {}) {
  const standIn = await startDiscordStandIn(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {});
  const config = readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_BASE: standIn.apiBase, COOLDOWN_SECONDS: '5' });
  const engine = new SlowEngine(shared, options.delayMs ?? 0);
  const logLines: string[] = [];
  const fatal: FatalClose[] = [];
  const bot: Bot = createBot({ config, engine, logger: new Logger((line) => logLines.push(line)), onFatalClose: (c) => fatal.push(c) });
  await bot.start();
  return { standIn, engine, bot, logLines, fatal };
}

describe('graceful shutdown (SIGTERM with questions in flight)', () => {
  it('answers all 50 questions in flight, tells a late one to ask again, then exits 0', async () => {
    const { standIn, engine, bot, logLines } = await startAll({ delayMs: 600 });
    const signals = new EventEmitter();
    const exits: number[] = [];
    const said: string[] = [];
    serveBot(bot, { signals, exit: (code) => exits.push(code), say: (l) => said.push(l) });
    try {
      const ids = Array.from({ length: 50 }, (_, n) => ask(standIn, n));
      await expect.poll(() => bot.inFlight, { timeout: 5000 }).toBe(50);
      signals.emit('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const late = ask(standIn, 0);
      await expect.poll(() => exits, { timeout: 8000 }).toEqual([0]);
      const responses = ids.map((id) => standIn.interaction(id)!.responses);
      const answered = responses.filter(isRealAnswer).length;
      console.info(`shutdown: SIGTERM with 50 in flight answered ${answered} of 50`);
      expect(answered).toBe(50);
      expect(finalData(standIn.interaction(late)!.responses)?.content).toMatch(/restarting; please ask again/);
      expect(engine.closed).toBe(true);
      expect(said.join('\n')).toMatch(/50 of 50 in flight answered, 1 asked to retry, 0 abandoned/);
      expect(logLines.some((l) => l.includes('"event":"stopped"'))).toBe(true);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });

  it('stops waiting at the deadline and still exits', async () => {
    const { standIn, bot } = await startAll({ delayMs: 2000 });
    const signals = new EventEmitter();
    const exits: number[] = [];
    serveBot(bot, { signals, exit: (code) => exits.push(code), say: () => undefined, deadlineMs: 200 });
    try {
      ask(standIn, 1);
      await expect.poll(() => bot.inFlight, { timeout: 5000 }).toBe(1);
      const started = performance.now();
      signals.emit('SIGINT');
      await expect.poll(() => exits, { timeout: 3000 }).toEqual([0]);
      expect(performance.now() - started).toBeLessThan(1500);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});

describe('SIGHUP', () => {
  it('reloads the corpus folder (an article added on disk) and says what changed in one line', async () => {
    const { standIn, engine, bot } = await startAll();
    const said: string[] = [];
    const signals = new EventEmitter();
    const service = serveBot(bot, { signals, exit: () => undefined, say: (l) => said.push(l), reload: () => engine.run('reload', '') });
    try {
      const before = engine.version;
      writeFileSync(path.join(corpusDir, 'stories', 'kursk', 'articles', 'zz-sighup.txt'), 'Neue Meldung\n\nNach Angaben des NIS sind weitere 3000 nordkoreanische Soldaten in Kursk eingetroffen.\n');
      signals.emit('SIGHUP');
      await expect.poll(() => said.length, { timeout: 5000 }).toBe(1);
      expect(said[0]).toMatch(/^start: SIGHUP: Reloaded: corpus [0-9a-f]{10} → [0-9a-f]{10}: 1 added, 0 removed/);
      expect(engine.version).not.toBe(before);
      expect((await service.reload())?.status).toBe('ok');
    } finally {
      rmSync(path.join(corpusDir, 'stories', 'kursk', 'articles', 'zz-sighup.txt'));
      await bot.stop();
      await standIn.close();
    }
  });
});

describe('gateway closes', () => {
  it('a fatal close (4004) is logged with its code and meaning, without the token, and ends the process with 78 within a second', async () => {
    const { standIn, bot, logLines, fatal } = await startAll();
    const exits: number[] = [];
    const service = serveBot(bot, { signals: new EventEmitter(), exit: (code) => exits.push(code), say: () => undefined });
    try {
      const started = performance.now();
      await standIn.closeGateway(4004);
      await expect.poll(() => fatal.length, { timeout: 2000 }).toBe(1);
      await service.fatal(fatal[0]!);
      const ms = performance.now() - started;
      console.info(`fatal close 4004: exit ${exits[0]} after ${ms.toFixed(0)} ms`);
      expect(exits).toEqual([78]);
      expect(ms).toBeLessThan(1000);
      const line = logLines.find((l) => l.includes('"gateway-fatal-close"'))!;
      expect(JSON.parse(line)).toMatchObject({ code: 4004, level: 'error' });
      expect(line).toMatch(/token is invalid or was reset/);
      expect(logLines.join('\n')).not.toContain(standIn.token);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });

  it('logs every disconnect with its code: a dropped connection (4000) and a zombie one (no heartbeat ACKs), and keeps answering', async () => {
    const { standIn, bot, logLines, fatal } = await startAll({ heartbeatIntervalMs: 150 });
    try {
      await standIn.closeGateway(4000);
      await standIn.waitForReady({ timeoutMs: 3000 });
      await expect.poll(() => standIn.stats.heartbeatCount, { timeout: 2000 }).toBeGreaterThan(0);
      standIn.setHeartbeatAcks(false);
      await expect.poll(() => standIn.stats.connections, { timeout: 3000 }).toBe(3);
      standIn.setHeartbeatAcks(true);
      await standIn.waitForReady({ timeoutMs: 3000 });
      const disconnects = logLines.filter((l) => l.includes('"gateway-disconnect"')).map((l) => JSON.parse(l) as { code: number; reconnects: boolean });
      expect(disconnects.map((d) => d.code)).toEqual([4000, 4200]);
      expect(disconnects.every((d) => d.reconnects)).toBe(true);
      expect(fatal).toEqual([]);
      const id = ask(standIn, 2);
      expect(isRealAnswer(await standIn.waitForResponse(id))).toBe(true);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});
