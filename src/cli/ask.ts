/**
 * One-shot CLI: runs one command through the same handler the bot uses.
 *
 *   npm run ask -- [--json] [--lang de|en] [--corpus DIR] [--story ID] [--chart FILE.png] "/search Luftlandebrigade"
 *
 * Text goes to stdout; with `--json` stdout holds exactly one JSON object and
 * nothing else (corpus warnings go to stderr). Text is worded in `--lang`,
 * else the language of `LANG` when German, else English (quotes stay as written). Exit codes: 0 answered (also
 * "nothing found"), 2 invalid input or usage, 1 the corpus could not be read
 * or an internal error.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../answers/corpus.ts';
import { LocalEngine } from '../engine/local.ts';
import { loadSnapshot } from '../snapshot/snapshot.ts';
import { parseCommandLine } from './command-line.ts';
import { renderJson } from '../render/json.ts';
import { renderText } from '../render/text.ts';
import { resolveCorpusDir } from './corpus-dir.ts';
import { langOf } from '../reply/lang.ts';
import { saveCharts } from '../render/chart/save.ts';

const USAGE = 'usage: npm run ask -- [--json] [--lang de|en] [--corpus DIR] [--story ID] [--chart FILE.png] "/search Luftlandebrigade"';

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
  let snapshot;
  try {
    snapshot = await loadSnapshot(dir);
  } catch (err) {
    console.error(`ask: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  for (const p of snapshot.problems) {
    if (p.severity === 'error' || values.verbose) console.error(`ask: ${formatProblem(p)}`);
  }
  const line = parseCommandLine(positionals.join(' '));
  const story = values.story ?? line.story;
  const reply = await new LocalEngine(snapshot).run(line.command, line.argument, story ? { story } : {});
  process.stdout.write(`${values.json ? renderJson(reply) : renderText(reply, { lang })}\n`);
  if (values.chart !== undefined) {
    // --chart FILE: the chart as PNG; where it went on stdout (stderr with --json, whose stdout is one object)
    for (const l of (await saveCharts(reply, values.chart, lang)).lines) (values.json ? console.error : console.log)(l);
  }
  if (reply.status === 'invalid' || reply.status === 'refused') return 2;
  if (reply.status === 'error') return 1;
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
