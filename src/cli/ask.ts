/**
 * One-shot CLI: runs one command through the same handler the bot uses, on
 * the corpus opened as the bot opens it: from the same cache (`CACHE_DIR`,
 * else `.cache/`; the same keys), catalogued answers ready, only changed
 * files parsed. `--no-cache` reads everything from the files.
 *
 *   npm run ask -- [--json] [--lang de|en] [--corpus DIR] [--story ID] [--chart FILE.png] [--no-cache] "/search Luftlandebrigade"
 *
 * Text goes to stdout; with `--json` stdout holds exactly one JSON object and
 * nothing else (corpus warnings go to stderr). Text is worded in `--lang`,
 * else the language of `LANG` when German, else English (quotes stay as written). Exit codes: 0 answered (also
 * "nothing found"), 2 invalid input or usage, 1 the corpus could not be read
 * or an internal error.
 *
 * @module
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { formatProblem } from '../answers/corpus.ts';
import { LocalEngine } from '../engine/local.ts';
import { resolveCacheDir } from './cache-dir.ts';
import { parseCommandLine } from './command-line.ts';
import { renderJson } from '../render/json.ts';
import { renderText } from '../render/text.ts';
import { resolveCorpusDir } from './corpus-dir.ts';
import { langOf } from '../reply/lang.ts';

const USAGE = 'usage: npm run ask -- [--json] [--lang de|en] [--corpus DIR] [--story ID] [--chart FILE.png] [--no-cache] "/search Luftlandebrigade"';

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        story: { type: 'string' },
        lang: { type: 'string' },
        chart: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (err) {
    console.error(`ask: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const lang = values.lang === undefined ? (langOf(process.env.LANG) ?? 'en') : langOf(values.lang);
  if (!lang) {
    console.error(`ask: --lang must be de or en\n${USAGE}`);
    return 2;
  }
  const dir = resolveCorpusDir(values.corpus);
  let engine: LocalEngine;
  try {
    engine = await LocalEngine.open(dir, { corpus: { cacheDir: values['no-cache'] ? null : resolveCacheDir(), lazyIndexes: true } });
  } catch (err) {
    console.error(`ask: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  for (const p of engine.snapshot.problems) {
    if (p.severity === 'error' || values.verbose) console.error(`ask: ${formatProblem(p)}`);
  }
  if (values.verbose && engine.report) {
    const r = engine.report;
    console.error(`ask: corpus ${engine.version}: ${r.fromCache ? 'from the cache' : (r.cacheMiss ?? 'built')}; answers ${r.answersFromCache ? 'from the cache' : (r.answersCacheMiss ?? 'computed')} (${Math.round(r.timings.totalMs)} ms)`);
  }
  const line = parseCommandLine(positionals.join(' '));
  const story = values.story ?? line.story;
  const reply = await engine.run(line.command, line.argument, story ? { story } : {});
  process.stdout.write(`${values.json ? renderJson(reply) : renderText(reply, { lang })}\n`);
  if (values.chart !== undefined) {
    // --chart FILE: the chart as PNG; where it went on stdout (stderr with --json, whose stdout is one object).
    // Loaded only then: the chart renderer (Vega, resvg) takes longer to load than a warm question takes to answer.
    const { saveCharts } = await import('../render/chart/save.ts');
    for (const l of (await saveCharts(reply, values.chart, lang)).lines) (values.json ? console.error : console.log)(l);
  }
  await engine.close(); // the cache files of what was built are written before the process ends
  if (reply.status === 'invalid' || reply.status === 'refused') return 2;
  if (reply.status === 'error') return 1;
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
