/**
 * `npm start`: with `DISCORD_TOKEN` set, the Discord bot; without it, the
 * local console on this terminal. Configuration comes from the environment
 * and `.env` (see `.env.example`); a bad value stops start-up with one line
 * naming the variable, never its value.
 *
 * @module
 */
import 'dotenv/config';
import path from 'node:path';
import { formatProblem } from '../answers/corpus.ts';
import type { Engine } from '../engine/engine.ts';
import { LocalEngine } from '../engine/local.ts';
import { manifestOf, type CorpusManifest } from '../snapshot/manifest.ts';
import { openSnapshot } from '../snapshot/open.ts';
import { WorkerEngine } from '../engine/worker/host.ts';
import { DEFAULT_CORPUS_DIR } from '../corpus/catalogue/index.ts';
import { ConfigError, readConfig, type Config } from '../discord/config.ts';
import { runConsole } from './console.ts';
import { resolveCorpusDir } from './corpus-dir.ts';
import { langOf } from '../reply/lang.ts';

/** The index cache folder: CACHE_DIR, else `.cache/` in the project. */
function cacheDir(config: Config): string {
  return path.resolve(config.CACHE_DIR ?? path.join(DEFAULT_CORPUS_DIR, '..', '.cache'));
}

function describe(m: CorpusManifest, fromCache: boolean, ms: number): string {
  return `corpus ${m.version}: ${m.articles.length} articles, ${m.paragraphs} paragraphs from ${m.dir} (${fromCache ? 'index from cache' : 'indexed'} in ${Math.round(ms)} ms)`;
}

function printProblems(m: CorpusManifest): void {
  for (const p of m.problems.filter((x) => x.severity === 'error')) console.error(`start: ${formatProblem(p)}`);
}

/**
 * Runs the bot until a signal or a fatal gateway close ends the process (see
 * `bot-service.ts`: answers in flight are finished first). Resolves once logged in.
 */
async function startBot(config: Config, engine: Engine): Promise<void> {
  const { createBot } = await import('../discord/lifecycle.ts');
  const { serveBot } = await import('./bot-service.ts');
  let service: { fatal: (close: { code: number; meaning: string }) => Promise<number> } | null = null;
  const bot = createBot({ config, engine, onFatalClose: (close) => void service?.fatal(close) });
  service = serveBot(bot, { reload: () => engine.run('reload', '') });
  await bot.start();
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const dir = resolveCorpusDir(config.CORPUS_DIR);
  const maxUploadBytes = config.MAX_UPLOAD_KB * 1024;
  if (config.DISCORD_TOKEN) {
    // The bot: each corpus version in a worker thread, so reloads never stall the gateway.
    let engine: WorkerEngine;
    try {
      engine = await WorkerEngine.open(dir, { cacheDir: cacheDir(config), maxUploadBytes });
    } catch (err) {
      console.error(`start: ${(err as Error).message.split('\n')[0]}`);
      return 1;
    }
    printProblems(engine.info.manifest);
    console.error(`start: logging in to Discord; ${describe(engine.info.manifest, engine.info.report.fromCache, engine.info.readyMs)}`);
    try {
      await startBot(config, engine);
    } catch (err) {
      await engine.close();
      console.error(`start: Discord login failed: ${(err as Error).message.split('\n')[0]}`);
      return 1;
    }
    return 0;
  }
  // The local console: answers in this thread (one user, no gateway to keep alive).
  let engine: LocalEngine;
  try {
    const t = performance.now();
    const { snapshot, report } = await openSnapshot(dir, { cacheDir: cacheDir(config) });
    engine = new LocalEngine(snapshot, { maxUploadBytes });
    const m = manifestOf(snapshot);
    printProblems(m);
    console.error(`newsroom bot: no DISCORD_TOKEN set, so this is the local console; ${describe(m, report.fromCache, performance.now() - t)}.`);
  } catch (err) {
    console.error(`start: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  const lang = langOf(process.env.REPLY_LANGUAGE) ?? langOf(process.env.LANG) ?? 'en';
  await runConsole(() => engine, { input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY), lang });
  return 0;
}

const code = await main();
if (code !== 0) process.exitCode = code;
