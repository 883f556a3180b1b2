/**
 * `npm start`: with `DISCORD_TOKEN` set, the Discord bot; without it, the
 * local console on this terminal. Configuration comes from the environment
 * and `.env` (see `.env.example`); a bad value stops start-up with one line
 * naming the variable, never its value.
 *
 * @module
 */
import 'dotenv/config';
import { formatProblem } from '../answer/corpus-info.ts';
import { LocalEngine, type Engine } from '../answer/engine.ts';
import { ConfigError, readConfig, type Config } from '../discord/config.ts';
import { runConsole } from './console.ts';
import { resolveCorpusDir } from './corpus-dir.ts';

async function openEngine(config: Config): Promise<LocalEngine> {
  const dir = resolveCorpusDir(config.CORPUS_DIR);
  return LocalEngine.open(dir, { maxUploadBytes: config.MAX_UPLOAD_KB * 1024 });
}

function describe(engine: LocalEngine): string {
  const s = engine.snapshot;
  const paragraphs = s.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  return `corpus ${s.version}: ${s.articles.length} articles, ${paragraphs} paragraphs from ${s.dir}`;
}

async function startBot(config: Config, engine: Engine): Promise<void> {
  const { createBot } = await import('../discord/bot.ts');
  const bot = createBot({ config, engine });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`start: ${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void bot.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
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
  let engine: LocalEngine;
  try {
    engine = await openEngine(config);
  } catch (err) {
    console.error(`start: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  for (const p of engine.snapshot.problems) console.error(`start: ${formatProblem(p)}`);
  if (config.DISCORD_TOKEN) {
    console.error(`start: logging in to Discord; ${describe(engine)}`);
    try {
      await startBot(config, engine);
    } catch (err) {
      console.error(`start: Discord login failed: ${(err as Error).message.split('\n')[0]}`);
      return 1;
    }
    return 0;
  }
  console.error(`newsroom bot: no DISCORD_TOKEN set, so this is the local console; ${describe(engine)}.`);
  await runConsole(() => engine, { input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) });
  return 0;
}

const code = await main();
if (code !== 0) process.exitCode = code;
