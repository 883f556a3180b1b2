/**
 * `npm run bench`: the newsroom-scale benchmark. For each corpus size
 * (default 1,000, 10,000 and 100,000 paragraphs of the deterministic
 * synthetic corpus of bench/generate.ts) it measures, in one run:
 *
 * - the cold build (parse, index, catalogued answers) in one thread and on
 *   every core (build workers), heap;
 * - start-up from the on-disk cache, in this thread and in a fresh engine worker;
 * - p50/p99 of each command's handler (when, estimate, search, autocomplete)
 *   side by side with the bare minisearch query on the same inputs;
 * - one article added, changed and deleted, each reloaded under a steady
 *   stream of questions: time until the new version answers, the main
 *   thread's worst event-loop stall, questions answered and lost, peak RSS;
 * - a burst of 1,000 interactions through the Discord stand-in and the real
 *   discord.js client: p50/p99 from INTERACTION_CREATE to the callback;
 * - `npm run ask` as a whole process, cold (empty cache) and warm.
 *
 * Writes bench/RESULTS.md and bench/out/results.json. Not part of `npm test`.
 *
 *   npm run bench [-- --sizes 1000,10000]
 *
 * @module
 */
import { execSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogueChoices } from '../src/answers/autocomplete.ts';
import { answerEstimate } from '../src/answers/estimate.ts';
import { answerSearch } from '../src/answers/search.ts';
import { openCorpus, type CorpusReport } from '../src/engine/open-corpus.ts';
import { coldBuild, type ColdBuild } from './cold-build.ts';
import type { Snapshot } from '../src/snapshot/snapshot.ts';
import { answerWhen } from '../src/answers/when.ts';
import { WorkerEngine } from '../src/engine/worker/host.ts';
import { createBot } from '../src/discord/lifecycle.ts';
import { readConfig } from '../src/discord/config.ts';
import { Logger } from '../src/system/log.ts';
import { startDiscordStandIn } from '../test/standin/discord-standin.ts';
import { generateCorpus } from './generate.ts';
import { sectionOf } from './results-file.ts';
import { latency, ms, rng, sampleQueries, sampleWords, stallMonitor, timeEach, type Latency } from './measure.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const outRoot = path.join(here, 'out');
/** The synthetic corpus is spread over this many stories (a newsroom follows several). */
const STORIES = 4;

const gc = (globalThis as { gc?: () => void }).gc;
function heapMB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

interface CommandRow {
  handler: Latency;
  bare: Latency | null;
}

/** One article added, changed or deleted, reloaded under a stream of questions. */
interface ReloadRow {
  what: 'add' | 'change' | 'delete';
  /** The /reload command until its reply (the new version answers from then on). */
  reloadMs: number;
  /** From /reload until the first answer of the new version to a question of the stream. */
  firstNewAnswerMs: number;
  stallMaxMs: number;
  questions: number;
  questionP99Ms: number;
  failed: number;
  peakRssMB: number;
  /** The process's RSS just before the reload (the benchmark's own leftovers of the cold builds included), MB. */
  rssBeforeMB: number;
  /** Files parsed and entries of catalogued answers recomputed by the new version. */
  parsed: number;
  recomputed: number;
  /** Built inside the worker answering before (a small change), not in a new worker. */
  inPlace: boolean;
}

interface SizeResult {
  paragraphs: number;
  articles: number;
  generateMs: number;
  cold: ColdBuild;
  coldParallel: ColdBuild;
  heapMB: number;
  cacheStartInProcessMs: number;
  cacheStartWorkerMs: number;
  workerHeapMB: number;
  commands: Record<'when' | 'estimate' | 'search' | 'autocomplete', CommandRow>;
  reloads: ReloadRow[];
  burst: { n: number; answered: number; p50: number; p99: number; totalMs: number };
  ask: { coldMs: number; warmMs: number; coldCode: number | null; warmCode: number | null };
  /** One article added, changed, deleted in a fresh bot-like process (bench/reload-probe.ts): its RSS before and at its peak, MB. */
  botReload: { beforeMB: number; peaks: Record<'add' | 'change' | 'delete', number>; ms: Record<'add' | 'change' | 'delete', number> } | null;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs a command handler in-process for the latency table. */
function handlerFor(snapshot: Snapshot, command: 'when' | 'estimate' | 'search'): (arg: string) => unknown {
  const ctx = { snapshot };
  if (command === 'when') return (a) => answerWhen(a, ctx);
  if (command === 'estimate') return (a) => answerEstimate(a, ctx);
  return (a) => answerSearch(a, ctx);
}

async function benchSize(paragraphs: number): Promise<SizeResult> {
  const dir = path.join(outRoot, `corpus-${paragraphs}`);
  const cacheDir = path.join(outRoot, `cache-${paragraphs}`);
  rmSync(cacheDir, { recursive: true, force: true });
  let t = performance.now();
  const gen = await generateCorpus({ paragraphs, outDir: dir, overwrite: true, stories: STORIES });
  const generateMs = performance.now() - t;
  log(`[${paragraphs}] generated ${gen.articles} articles in ${ms(generateMs)} ms`);

  // Cold builds (empty cache): in this thread alone, then on every core; each writes its cache.
  const heap0 = heapMB();
  let heap = 0;
  const cold = { row: await coldBuild(dir, path.join(outRoot, `cache-${paragraphs}-single`), 0, () => (heap = heapMB() - heap0)) };
  log(`[${paragraphs}] cold build, one thread: ready in ${ms(cold.row.readyMs)} ms (units ${ms(cold.row.unitsMs)}, assemble ${ms(cold.row.assembleMs)}, answers ${ms(cold.row.answersMs)}), cache written in ${ms(cold.row.cacheWriteMs)} ms, heap +${ms(heap)} MB`);
  rmSync(path.join(outRoot, `cache-${paragraphs}-single`), { recursive: true, force: true });
  // On every core in a fresh process, as `npm start` or `npm run ask` meet it (this process's code is warm now);
  // this process's garbage collected first, so its collector does not take a core from the probe meanwhile.
  heapMB();
  const probed = await coldProbe(dir, cacheDir);
  if (!probed) throw new Error('bench: the cold build on every core (bench/cold-probe.ts) failed');
  const coldParallel = { row: probed };
  log(`[${paragraphs}] cold build, every core (${coldParallel.row.threads} build worker${coldParallel.row.threads === 1 ? '' : 's'}): ready in ${ms(coldParallel.row.readyMs)} ms (units ${ms(coldParallel.row.unitsMs)}, assemble ${ms(coldParallel.row.assembleMs)}, answers ${ms(coldParallel.row.answersMs)})`);

  // The cold builds leave a heap full of garbage; measure on a snapshot opened
  // from the cache with its catalogued answers ready — as the engine worker has it.
  heapMB();
  let again: Awaited<ReturnType<typeof openCorpus>> | null = await openCorpus(dir, { cacheDir, threads: 0, writeCache: false });
  // (in-process, for comparison with the worker below)
  if (!again.report.fromCache || !again.report.answersFromCache) throw new Error(`bench: cache was not used (${again.report.cacheMiss ?? again.report.answersCacheMiss})`);
  const cacheStartInProcessMs = again.report.timings.totalMs;
  const articleCount = again.snapshot.articles.length;
  const paragraphCount = again.snapshot.paragraphById.size;
  heapMB();

  // Handler latency, in a function so nothing keeps this thread's snapshot alive afterwards.
  const { commands, reloadQuestions, burstQueries, slugs, measures } = ((current: Snapshot) => {
    // Handler latency vs the bare minisearch query on the same inputs.
    const s: Snapshot = current;
    const searchQs = sampleQueries(s, 300, 11);
    const words = sampleWords(s, 120, 23);
    const catalogue = s.stories[0]!.catalogue;
    const whenArgs = [...catalogue.events.events.flatMap((e) => [e.slug, e.de]), ...words.slice(0, 60)];
    const estimateArgs = [...catalogue.measures.measures.flatMap((m) => [m.slug, m.de]), ...words.slice(60)];
    const random = rng(5);
    const partials = [
      ...catalogue.events.events.flatMap((e) => [e.slug.slice(0, 2), e.slug.slice(0, 5), e.en.slice(0, 8)]),
      ...words.slice(0, 80).map((w) => w.slice(0, 3 + Math.floor(random() * 6))),
    ];
    // The bare query over the whole corpus: every story's index (a corpus of one index split in stories).
    const bare = (q: string) => s.stories.map((st) => st.index.bareSearch(q));
    const reloadQuestions = sampleQueries(s, 200, 99);
    const burstQueries = sampleQueries(s, 50, 7);
    const slugs = catalogue.events.events.map((e) => e.slug);
    const measures = catalogue.measures.measures.map((m) => m.slug);
    // Warm-up (JIT) on other inputs than the measured ones, so caches of earlier
    // identical questions do not flatter the numbers: every measured input is new.
    const warmQs = sampleQueries(s, 200, 1011);
    const warmWords = sampleWords(s, 100, 1023);
    for (const q of warmQs) handlerFor(s, 'search')(q);
    for (const w of warmWords.slice(0, 50)) handlerFor(s, 'when')(w);
    for (const w of warmWords.slice(50)) handlerFor(s, 'estimate')(w);
    for (const w of warmWords) catalogueChoices(s, 'when', w.slice(0, 4));
    const once = <T>(inputs: readonly T[], fn: (x: T) => unknown) => timeEach(inputs, fn, 1).slice(inputs.length);
    const commands = {} as SizeResult['commands'];
    for (const [command, args] of [
      ['when', whenArgs],
      ['estimate', estimateArgs],
      ['search', searchQs],
    ] as const) {
      const run = handlerFor(s, command);
      // A full GC now rather than in the middle of the measured pass; it also
      // flushes bytecode of idle functions, so warm up again on other inputs.
      heapMB();
      for (const w of command === 'search' ? warmQs : warmWords) run(w);
      const measured = args.map((a) => {
        const t0 = performance.now();
        run(a);
        return performance.now() - t0;
      });
      commands[command] = { handler: latency(measured), bare: latency(once(args, bare)) };
    }
    commands.autocomplete = {
      handler: latency(
        partials.map((p) => {
          const t0 = performance.now();
          catalogueChoices(s, 'when', p);
          return performance.now() - t0;
        }),
      ),
      bare: latency(once(partials, bare)),
    };
    for (const [name, row] of Object.entries(commands)) {
      log(`[${paragraphs}] ${name}: handler p50 ${ms(row.handler.p50)} p99 ${ms(row.handler.p99)} | bare p50 ${ms(row.bare!.p50)} p99 ${ms(row.bare!.p99)}`);
    }
    return { commands, reloadQuestions, burstQueries, slugs, measures };
  })(again.snapshot);
  again = null;
  heapMB();

  // From here on the main thread holds no corpus, as in the bot (the corpus lives
  // in the engine worker), so its GC does not distort start-up, stall and burst.
  // Start-up from the cache in a fresh engine worker (as the bot starts).
  t = performance.now();
  const engine = await WorkerEngine.open(dir, { cacheDir });
  const cacheStartWorkerMs = performance.now() - t;
  const workerHeapMB = engine.info.heapUsed / 1024 / 1024;
  log(`[${paragraphs}] start-up from cache: ${ms(cacheStartInProcessMs)} ms in-process, ${ms(cacheStartWorkerMs)} ms worker (answers from cache: ${engine.info.answersFromCache})`);

  // One article added, one changed, one deleted: each reloaded under a steady stream of questions.
  const articlesDir = path.join(dir, 'stories', 'story-1', 'articles');
  const victim = readdirSync(articlesDir).sort()[Math.floor(readdirSync(articlesDir).length / 2)]!;
  const edits: [ReloadRow['what'], () => void][] = [
    ['add', () => writeFileSync(path.join(articlesDir, 'zz-bench-reload.txt'), 'Neue Meldung\n\nRussland hat am Montag weitere nordkoreanische Soldaten bestätigt, sagte ein Sprecher.\n\nNach Angaben des Pentagon wurden mindestens 300 Soldaten getötet.\n')],
    ['change', () => appendFileSync(path.join(articlesDir, victim), '\nNach Angaben des südkoreanischen Geheimdienstes wurden rund 1.100 Soldaten verwundet, sagte ein Sprecher.\n')],
    ['delete', () => rmSync(path.join(articlesDir, 'zz-bench-reload.txt'))],
  ];
  const reloads: ReloadRow[] = [];
  for (const [what, apply] of edits) {
    await engine.saved; // the version answering now has written its cache (the next one builds on it)
    apply();
    const row = await reloadUnderQuestions(engine, what, reloadQuestions);
    reloads.push(row);
    log(`[${paragraphs}] ${what} one article (${row.inPlace ? 'built in the worker answering' : 'built in a new worker'}): new version answers after ${ms(row.reloadMs)} ms (first new answer ${ms(row.firstNewAnswerMs)} ms), worst main-thread stall ${ms(row.stallMaxMs)} ms, ${row.questions} questions (${row.failed} lost, p99 ${ms(row.questionP99Ms)} ms), peak RSS ${ms(row.peakRssMB)} MB (${ms(row.rssBeforeMB)} MB before), ${row.parsed} file(s) parsed, ${row.recomputed} catalogued entries recomputed`);
  }
  await engine.saved;

  // A burst of 1,000 interactions through the stand-in and the real discord.js client.
  const burst = await discordBurst(engine, burstQueries, slugs, measures, 1000);
  log(`[${paragraphs}] burst: ${burst.answered}/${burst.n} answered, p50 ${ms(burst.p50)} p99 ${ms(burst.p99)} ms`);
  await engine.close();

  // The memory of a reload as the bot has it: a fresh process holding only the engine worker.
  heapMB(); // (this process's garbage collected before each probe process, as before the cold probe)
  const botReload = await reloadProbe(dir, cacheDir);
  if (botReload) log(`[${paragraphs}] reload in a bot-like process: RSS ${ms(botReload.beforeMB)} MB before, peak ${(['add', 'change', 'delete'] as const).map((w) => `${w} ${ms(botReload.peaks[w])}`).join(', ')} MB`);

  // npm run ask as a whole process: with an empty cache (a cold build, on every core), then warm.
  const askCache = path.join(outRoot, `cache-${paragraphs}-ask`);
  rmSync(askCache, { recursive: true, force: true });
  heapMB();
  const askCold = await askProcess(dir, askCache);
  const askWarm = await askProcess(dir, askCache);
  rmSync(askCache, { recursive: true, force: true });
  log(`[${paragraphs}] npm run ask: cold ${ms(askCold.ms)} ms (exit ${askCold.code}), warm ${ms(askWarm.ms)} ms (exit ${askWarm.code})`);

  return {
    paragraphs: paragraphCount,
    articles: articleCount,
    generateMs,
    cold: cold.row,
    coldParallel: coldParallel.row,
    heapMB: heap,
    cacheStartInProcessMs,
    cacheStartWorkerMs,
    workerHeapMB,
    commands,
    reloads,
    burst,
    ask: { coldMs: askCold.ms, warmMs: askWarm.ms, coldCode: askCold.code, warmCode: askWarm.code },
    botReload,
  };
}

/** Reloads under a stream of questions (one every 10 ms), watching the main thread's event loop and the process's RSS. */
async function reloadUnderQuestions(engine: WorkerEngine, what: ReloadRow['what'], questions: readonly string[]): Promise<ReloadRow> {
  const before = engine.version;
  const stream: number[] = [];
  let failed = 0;
  let streaming = true;
  let qi = 0;
  let firstNew = Infinity;
  const t = performance.now();
  const ask = async () => {
    while (streaming) {
      const q = questions[qi++ % questions.length]!;
      const t0 = performance.now();
      const r = await engine.run(qi % 3 === 0 ? 'when' : 'search', qi % 3 === 0 ? 'treaty-in-force' : q);
      const done = performance.now();
      stream.push(done - t0);
      if (r.status === 'error') failed++;
      if (r.corpusVersion && r.corpusVersion !== before && firstNew === Infinity) firstNew = done - t;
      await new Promise((res) => setTimeout(res, 10));
    }
  };
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const monitor = stallMonitor();
  const asking = ask();
  const reply = await engine.run('reload', '');
  const reloadMs = performance.now() - t;
  // Keep asking until the new version has answered one question (or a second has passed).
  while (firstNew === Infinity && performance.now() - t < reloadMs + 1000) await new Promise((res) => setTimeout(res, 5));
  streaming = false;
  await asking;
  const stall = monitor.stop();
  clearInterval(sampler);
  if (reply.status !== 'ok') throw new Error(`bench: reload failed: ${reply.notice}`);
  const report = engine.info.report as CorpusReport;
  return {
    what,
    reloadMs,
    firstNewAnswerMs: firstNew,
    stallMaxMs: stall.maxMs,
    questions: stream.length,
    questionP99Ms: latency(stream).p99,
    failed,
    peakRssMB: peak / 1024 / 1024,
    rssBeforeMB: rssBefore / 1024 / 1024,
    parsed: report.stories.reduce((n, s) => n + s.parsed, 0),
    recomputed: (report.answers ?? []).reduce((n, a) => n + a.recomputed, 0),
    inPlace: engine.info.inPlace,
  };
}

/** Runs bench/reload-probe.ts in a fresh process; null when it fails (its error goes to stderr). */
function reloadProbe(dir: string, cacheDir: string): Promise<SizeResult['botReload']> {
  return probeProcess<NonNullable<SizeResult['botReload']>>('bench/reload-probe.ts', dir, cacheDir);
}

/** Runs bench/cold-probe.ts: a cold build on every core in a fresh process; null when it fails. */
function coldProbe(dir: string, cacheDir: string): Promise<ColdBuild | null> {
  return probeProcess<ColdBuild>('bench/cold-probe.ts', dir, cacheDir);
}

/** Runs a probe script of the benchmark in a fresh process (through bin/node-ts) and reads the JSON line it prints; null when it fails. */
function probeProcess<T>(script: string, dir: string, cacheDir: string): Promise<T | null> {
  const root = path.join(here, '..');
  return new Promise((resolve) => {
    let out = '';
    const child = spawn('sh', [path.join(root, 'bin/node-ts'), path.join(root, script), dir, cacheDir], {
      cwd: root,
      env: { ...process.env, DISCORD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      try {
        resolve(code === 0 ? (JSON.parse(out.trim().split('\n').at(-1)!) as T) : null);
      } catch {
        resolve(null);
      }
    });
  });
}

/** `npm run ask` as a process (through bin/node-ts, as npm runs it), timed as a whole. */
function askProcess(dir: string, cacheDir: string): Promise<{ ms: number; code: number | null }> {
  const root = path.join(here, '..');
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn('sh', [path.join(root, 'bin/node-ts'), path.join(root, 'src/cli/ask.ts'), '--corpus', dir, '/when treaty-in-force'], {
      cwd: root,
      env: { ...process.env, CACHE_DIR: cacheDir, DISCORD_TOKEN: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => resolve({ ms: performance.now() - t, code }));
  });
}

async function discordBurst(engine: WorkerEngine, queries: string[], slugs: string[], measures: string[], n: number): Promise<SizeResult['burst']> {
  const standIn = await startDiscordStandIn({ callbackDeadlineMs: 0 });
  const config = readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_BASE: standIn.apiBase, COOLDOWN_SECONDS: '0' });
  const bot = createBot({ config, engine, logger: new Logger(() => undefined) });
  await bot.start();
  try {
    // Warm the client's and the bot's code paths (JIT) with a first burst of 200, as a running bot is.
    const warmup = [];
    for (let i = 0; i < 200; i++) {
      warmup.push(standIn.sendChatCommand({ name: i % 2 ? 'search' : 'when', options: i % 2 ? { query: 'Kursk' } : { event: slugs[i % slugs.length]! }, member: { userId: `6${String(100000000000000000 + i).slice(1)}` } }));
    }
    await Promise.all(warmup.map((h) => standIn.waitForResponse(h.id, { timeoutMs: 60_000 }).catch(() => [])));
    const t = performance.now();
    const handles = [];
    for (let i = 0; i < n; i++) {
      const userId = `5${String(100000000000000000 + i).slice(1)}`;
      const kind = i % 4;
      const h =
        kind === 0
          ? standIn.sendChatCommand({ name: 'when', options: { event: slugs[i % slugs.length]! }, member: { userId } })
          : kind === 1
            ? standIn.sendChatCommand({ name: 'estimate', options: { measure: measures[i % measures.length]! }, member: { userId } })
            : kind === 2
              ? standIn.sendChatCommand({ name: 'search', options: { query: queries[i % queries.length]! }, member: { userId } })
              : standIn.sendAutocomplete({ name: 'when', options: { event: slugs[i % slugs.length]!.slice(0, 4) }, focused: 'event', member: { userId } });
      handles.push(h);
    }
    const results = await Promise.all(handles.map((h) => standIn.waitForResponse(h.id, { timeoutMs: 60_000 }).catch(() => [])));
    const totalMs = performance.now() - t;
    const lat: number[] = [];
    let answered = 0;
    for (const r of results) {
      const first = r.find((x) => x.kind === 'callback' && x.status < 300);
      if (first) {
        answered++;
        lat.push(first.latencyMs);
      }
    }
    const l = latency(lat);
    return { n, answered, p50: l.p50, p99: l.p99, totalMs };
  } finally {
    await bot.stop();
    await standIn.close();
  }
}

function machine(): string[] {
  const cpus = os.cpus();
  let load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: here, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // not a git checkout
  }
  return [
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; commit ${commit}; date ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Load average when the run started: ${load}`,
  ];
}

function check(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

function report(results: SizeResult[], machineLines: string[]): string {
  const lines: string[] = ['# Benchmark results', '', '`npm run bench` (bench/run.ts) on the deterministic synthetic corpus of bench/generate.ts.', '', ...machineLines, ''];
  lines.push('## Cold build, start-up, memory', '');
  lines.push('| paragraphs | articles | cold build, one thread: read / units / assemble / answers = ready (ms) | cold build, every core: ready (ms) | cache written (ms) | heap (MB) | start-up from cache: in-process / worker (ms) | worker heap (MB) |');
  lines.push('|---:|---:|---|---|---:|---:|---|---:|');
  for (const r of results) {
    const c = r.cold;
    const p = r.coldParallel;
    lines.push(
      `| ${r.paragraphs.toLocaleString('en-US')} | ${r.articles} | ${ms(c.readMs)} / ${ms(c.unitsMs)} / ${ms(c.assembleMs)} / ${ms(c.answersMs)} = ${ms(c.readyMs)} | ${ms(p.readyMs)} (${p.threads} build worker${p.threads === 1 ? '' : 's'}; units ${ms(p.unitsMs)}) | ${ms(c.cacheWriteMs)} | ${ms(r.heapMB)} | ${ms(r.cacheStartInProcessMs)} / ${ms(r.cacheStartWorkerMs)} | ${ms(r.workerHeapMB)} |`,
    );
  }
  lines.push('', '## One article added, changed, deleted: reload under a stream of questions', '');
  lines.push('| paragraphs | edit | new version answers after (ms) | first new answer (ms) | worst main-thread stall (ms) | questions meanwhile: answered, lost, p99 (ms) | peak RSS (MB; before the reload) | files parsed / catalogued entries recomputed |');
  lines.push('|---:|---|---:|---:|---:|---|---:|---|');
  for (const r of results) {
    for (const x of r.reloads) {
      lines.push(`| ${r.paragraphs.toLocaleString('en-US')} | ${x.what}${x.inPlace ? '' : ' (new worker)'} | ${ms(x.reloadMs)} | ${ms(x.firstNewAnswerMs)} | ${ms(x.stallMaxMs)} | ${x.questions - x.failed}, ${x.failed}, ${ms(x.questionP99Ms)} | ${ms(x.peakRssMB)} (${ms(x.rssBeforeMB)}) | ${x.parsed} / ${x.recomputed} |`);
    }
  }
  lines.push('', '## Memory of a reload in a bot-like process', '');
  lines.push('A fresh process holding only the engine worker (as `npm start` with a token), opened from the cache; one article added, changed, deleted, each with `/reload` (bench/reload-probe.ts).', '');
  lines.push('| paragraphs | RSS before (MB) | peak RSS: add / change / delete (MB) | reload: add / change / delete (ms) |');
  lines.push('|---:|---:|---|---|');
  for (const r of results) {
    const b = r.botReload;
    lines.push(b ? `| ${r.paragraphs.toLocaleString('en-US')} | ${ms(b.beforeMB)} | ${ms(b.peaks.add)} / ${ms(b.peaks.change)} / ${ms(b.peaks.delete)} | ${ms(b.ms.add)} / ${ms(b.ms.change)} / ${ms(b.ms.delete)} |` : `| ${r.paragraphs.toLocaleString('en-US')} | (probe failed) | | |`);
  }
  lines.push('', '## npm run ask as a whole process', '');
  lines.push('| paragraphs | cold: empty cache (ms) | warm (ms) |');
  lines.push('|---:|---:|---:|');
  for (const r of results) lines.push(`| ${r.paragraphs.toLocaleString('en-US')} | ${ms(r.ask.coldMs)}${r.ask.coldCode === 0 ? '' : ` (exit ${r.ask.coldCode})`} | ${ms(r.ask.warmMs)}${r.ask.warmCode === 0 ? '' : ` (exit ${r.ask.warmCode})`} |`);
  lines.push('', '## Handler latency vs the bare minisearch query (ms)', '');
  lines.push('| paragraphs | command | handler p50 | handler p99 | bare p50 | bare p99 | ratio p99 |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    for (const [name, row] of Object.entries(r.commands)) {
      const ratio = row.bare && row.bare.p99 > 0 ? (row.handler.p99 / row.bare.p99).toFixed(2) : '–';
      lines.push(`| ${r.paragraphs.toLocaleString('en-US')} | ${name} | ${ms(row.handler.p50)} | ${ms(row.handler.p99)} | ${ms(row.bare!.p50)} | ${ms(row.bare!.p99)} | ${ratio} |`);
    }
  }
  lines.push('', '## Discord burst', '');
  lines.push('| paragraphs | burst of 1,000: answered, p50 / p99 (ms) |');
  lines.push('|---:|---|');
  for (const r of results) lines.push(`| ${r.paragraphs.toLocaleString('en-US')} | ${r.burst.answered}/${r.burst.n}, ${ms(r.burst.p50)} / ${ms(r.burst.p99)} |`);
  const big = results.find((r) => r.paragraphs >= 100_000);
  if (big) {
    lines.push('', '## Targets at 100,000 paragraphs', '');
    for (const [name, row] of Object.entries(big.commands)) {
      if (name === 'autocomplete') continue;
      lines.push(`- ${name}: handler p99 ${ms(row.handler.p99)} ms ≤ 25 ms: ${check(row.handler.p99 <= 25)}; ≤ 3× bare p99 (${ms(row.bare!.p99)} ms): ${check(row.handler.p99 <= 3 * row.bare!.p99)}`);
    }
    lines.push(`- autocomplete p99 ${ms(big.commands.autocomplete.handler.p99)} ms ≤ 10 ms: ${check(big.commands.autocomplete.handler.p99 <= 10)}`);
    lines.push(`- start-up from cache ${ms(big.cacheStartWorkerMs)} ms (worker, as the bot starts; ${ms(big.cacheStartInProcessMs)} ms in-process) ≤ 2,000 ms: ${check(big.cacheStartWorkerMs <= 2000)}`);
    lines.push(`- heap ${ms(big.heapMB)} MB (one corpus version; worker ${ms(big.workerHeapMB)} MB) ≤ 1,024 MB: ${check(Math.max(big.heapMB, big.workerHeapMB) <= 1024)}`);
    for (const x of big.reloads) {
      lines.push(
        `- ${x.what} one article: new version answers after ${ms(x.reloadMs)} ms ≤ 2,000 ms: ${check(x.reloadMs <= 2000)}; stall ${ms(x.stallMaxMs)} ms ≤ 50 ms: ${check(x.stallMaxMs <= 50)}; no question lost: ${check(x.failed === 0)}`,
      );
    }
    const probe = big.botReload;
    const peak = probe ? Math.max(probe.peaks.add, probe.peaks.change, probe.peaks.delete) : Number.NaN;
    lines.push(`- peak RSS during a reload (a bot-like process: add, change, delete) ${ms(peak)} MB ≤ 1,536 MB: ${check(peak <= 1536)} (the benchmark process itself peaked at ${ms(Math.max(...big.reloads.map((x) => x.peakRssMB)))} MB, holding memory from its cold builds)`);
    lines.push(`- npm run ask warm ${ms(big.ask.warmMs)} ms ≤ 2,000 ms: ${check(big.ask.warmMs <= 2000 && big.ask.warmCode === 0)}; cold ${ms(big.ask.coldMs)} ms ≤ cold build + 1 s (${ms(big.coldParallel.readyMs + big.coldParallel.cacheWriteMs + 1000)} ms): ${check(big.ask.coldMs <= big.coldParallel.readyMs + big.coldParallel.cacheWriteMs + 1000 && big.ask.coldCode === 0)}`);
    lines.push(`- cold build ${ms(big.coldParallel.readyMs)} ms (every core; ${ms(big.cold.readyMs)} ms in one thread) ≤ 20,000 ms: ${check(big.coldParallel.readyMs <= 20_000)}`);
    lines.push(`- burst: ${big.burst.answered}/${big.burst.n} answered`);
  }
  lines.push(
    '',
    '## How to read this',
    '',
    '- *Cold build* opens the corpus with an empty cache until it answers (catalogued answers ready), as the engine worker does: *read* the files (and hash them), *units* parse, index and find the catalogue\'s findings in chunks of about 2.5 MB of files, *assemble* merges each story\'s index from its chunks and builds the snapshot, *answers* makes every `/when` event and `/estimate` measure from the findings (sorting, summaries, claimants of the quotes shown). *One thread* runs every unit in the build\'s own thread, in the benchmark\'s process; *every core* adds build workers (one per core beyond it) that take units from the same queue, in a fresh process (bench/cold-probe.ts) as `npm start` and `npm run ask` meet it, so no code is compiled or optimised yet (the one-thread build ran warmer: the benchmark\'s code had run before). *Cache written*: after the version answers, its cache files are written.',
    '- *Start-up from cache* opens the corpus from `.cache/`: the article files are still read and hashed (a stale cache is never used). *Worker* is the time from spawning an engine worker to its first answer, as `npm start` does with a token; *in-process* is the same inside the benchmark\'s own thread, whose heap is fuller.',
    '- *Handler* latency is the command handler in-process on a snapshot opened from the cache with its catalogued answers ready, as in the worker; every measured input is new (warm-up runs on other inputs). Inputs: catalogue slugs and German labels plus words drawn from the corpus at random positions (so common words come often), one to three words for `/search`, 2-8 letter prefixes for autocomplete.',
    '- *Bare* is `MiniSearch.search(input)` with the index\'s default options (fuzzy and prefix matching) on the same inputs. The handlers are faster than the bare query at scale because the search plans by document frequency: minisearch scores every paragraph a term occurs in (about 2 µs each), so common words are checked by lookup instead of scored (see `src/search/paragraph-index.ts`). At 1,000 paragraphs the bare query takes microseconds and the answer pipeline (snippets, dates, figures, claimants) dominates the ratio.',
    '- *Reload*: one article added to a story (then changed, then deleted) while a question is asked every 10 ms; a new engine worker builds the next version from the cache files of the current one (only the changed file parsed, the story\'s index merged, only the catalogued entries that article touches recomputed) and is swapped in. *New version answers after*: from `/reload` to its reply (the swap); *first new answer*: the first question of the stream answered by the new version. The stall is the main thread\'s worst event-loop delay (`monitorEventLoopDelay`); a question is *lost* when its reply is an error; *peak RSS* is the whole process (both engine workers included) sampled every 20 ms; the RSS just before the reload is given with it, since this process ran the cold builds before and V8 and the allocator keep some of that memory (a bot process holds only the corpus of its engine workers).',
    '- *npm run ask* runs `bin/node-ts src/cli/ask.ts --corpus <corpus> "/when treaty-in-force"` as npm does, timed from spawn to exit: *cold* with an empty `CACHE_DIR` (a cold build on every core, then the cache written), *warm* again with that cache.',
    '- *Burst*: 1,000 interactions (when, estimate, search, autocomplete) pushed at once through the stand-in to the real discord.js client, after a warm-up burst of 200; latency from INTERACTION_CREATE to the interaction callback. The stand-in runs in the same process as the bot, so it shares the main thread.',
    '- The synthetic corpus is pessimistic for search: "Soldaten" is in about half of its paragraphs.',
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, out: { type: 'string' } } });
  const sizes = values.sizes!.split(',').map((x) => Number(x.trim())).filter((n) => n > 0);
  if (!gc) log('bench: run with --expose-gc for stable heap numbers (npm run bench does)');
  mkdirSync(outRoot, { recursive: true });
  const machineLines = machine();
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size));
  writeFileSync(path.join(outRoot, 'results.json'), JSON.stringify({ machine: machineLines, results }, null, 2));
  const target = values.out ?? path.join(here, 'RESULTS.md');
  // The soak section is written by `npm run bench:soak`; keep it.
  const soak = existsSync(target) ? sectionOf(readFileSync(target, 'utf8'), 'soak') : null;
  const md = soak ? `${report(results, machineLines).trimEnd()}\n\n${soak}\n` : report(results, machineLines);
  writeFileSync(target, md);
  process.stdout.write(md);
  log(`bench: wrote ${path.relative(process.cwd(), target)}`);
}

await main();
process.exit(0);
