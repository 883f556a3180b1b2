/**
 * `npm run bench:soak`: the bot as a real process (`bin/node-ts
 * src/cli/main.ts`, as a supervisor runs it) answers 20,000 questions, each
 * from a different user, through the Discord stand-in. Per-user state that is
 * never evicted shows up as memory that keeps growing with the number of users.
 *
 *   npm run bench:soak [-- --questions 20000 --concurrency 100 --root DIR --compare DIR [--compare-label TEXT] --no-write]
 *
 * At checkpoints (5%, 25%, 50%, 75% and 100% of the questions) the asking
 * pauses and a probe loaded into the bot's process for the benchmark only
 * (`bench/soak-probe.mjs`, with `--expose-gc`) collects garbage in the main
 * thread and reports its heap and the process's RSS: RSS sampled in the middle
 * of a burst mostly measures garbage V8 has not collected yet, which says
 * nothing about what the bot keeps per user.
 *
 * The stand-in runs in this process (its memory is not counted) and forgets
 * every interaction once answered. `--root` runs the bot of another checkout;
 * `--compare` runs a second checkout the same way and adds one line for it. Writes the "Soak" section of bench/RESULTS.md
 * (nothing else in it changes).
 *
 * @module
 */
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDiscordStandIn, type DiscordStandIn } from '../test/standin/discord-standin.ts';
import { replaceSection } from './results-file.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');

/** The resident set size of a process, MB (Linux). */
function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const EVENTS = ['treaty-in-force', 'russia-confirmed', 'north-korea-confirmed', 'treaty-signed', 'kursk-incursion', 'first-casualties', 'troops-arrived'];
const MEASURES = ['casualties', 'troops', 'killed', 'wounded', 'shells'];
const WORDS = ['Kursk', 'Soldaten', 'Nordkorea', 'Russland', 'Truppen', 'Vertrag', 'Selenskyj', 'Verluste', 'Front', 'Kim', 'Putin', 'Munition', 'Ukraine', 'Gefangene', 'Drohnen'];

/** Question `n`: mostly catalogued questions many people ask, free searches (word pairs), some autocomplete. */
function question(n: number): { kind: 'command' | 'autocomplete'; name: string; option: string; value: string } {
  const r = n % 10;
  if (r < 3) return { kind: 'command', name: 'when', option: 'event', value: EVENTS[n % EVENTS.length]! };
  if (r < 5) return { kind: 'command', name: 'estimate', option: 'measure', value: MEASURES[n % MEASURES.length]! };
  if (r < 9) return { kind: 'command', name: 'search', option: 'query', value: `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]}` };
  return { kind: 'autocomplete', name: 'when', option: 'event', value: EVENTS[n % EVENTS.length]!.slice(0, 2 + (n % 5)) };
}

/** What the probe in the bot's process reports right after a full garbage collection of the main thread, MB. */
interface Probe {
  rssMB: number;
  heapUsedMB: number;
}

/** One checkpoint. */
interface Sample extends Probe {
  questions: number;
  /** RSS just before the probe (garbage not yet collected included). */
  rssAskingMB: number;
}

interface SoakResult {
  questions: number;
  answered: number;
  failed: number;
  /** Time spent asking, s. */
  seconds: number;
  /** Memory when ready, before the first question. */
  ready: Probe;
  samples: Sample[];
  root: string;
}

function botEnv(standIn: DiscordStandIn, corpusDir: string, temp: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: standIn.token,
    DISCORD_API_BASE: standIn.apiBase,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: path.join(temp, 'cache'),
    COOLDOWN_SECONDS: '3',
  };
}

async function soak(options: { questions: number; concurrency: number; root: string; checkpoints: number[] }): Promise<SoakResult> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'newsroom-soak-'));
  const corpusDir = path.join(temp, 'corpus');
  cpSync(path.join(projectRoot, 'corpus', 'stories'), path.join(corpusDir, 'stories'), { recursive: true });
  const standIn = await startDiscordStandIn({ recordRequests: false, eventLogLimit: 1000 });
  // The bot as a supervisor runs it, plus the probe (benchmark only).
  const probe = ['--expose-gc', '--import', path.join(here, 'soak-probe.mjs')];
  const launcher = path.join(options.root, 'bin', 'node-ts');
  const [command, args]: [string, string[]] = existsSync(launcher)
    ? ['sh', [launcher, ...probe, 'src/cli/main.ts']]
    : [process.execPath, ['--import', path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs'), ...probe, 'src/cli/main.ts']];
  const child = spawn(command, args, { cwd: options.root, env: botEnv(standIn, corpusDir, temp), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let onProbe: ((p: Probe) => void) | null = null;
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    let m: RegExpExecArray | null;
    while ((m = /soak-probe (\{.*\})\n/.exec(stderr))) {
      stderr = stderr.slice(0, m.index) + stderr.slice(m.index + m[0].length);
      const p = JSON.parse(m[1]!) as { rss: number; heapUsed: number };
      onProbe?.({ rssMB: p.rss / 2 ** 20, heapUsedMB: p.heapUsed / 2 ** 20 });
    }
  });
  const probeNow = () =>
    new Promise<Probe>((resolve) => {
      onProbe = resolve;
      child.kill('SIGUSR2');
    });
  try {
    await standIn.waitForReady({ timeoutMs: 60_000 }).catch((err: Error) => {
      throw new Error(`${err.message}\n${stderr}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pid = child.pid!;
    const ready = await probeNow();
    const samples: Sample[] = [];
    let next = 0;
    let answered = 0;
    let failed = 0;
    const runUntil = async (limit: number) => {
      const worker = async () => {
        while (next < limit) {
          const n = next++;
          const q = question(n);
          const member = { userId: String(500000000000000000n + BigInt(n)) };
          const { id } =
            q.kind === 'command'
              ? standIn.sendChatCommand({ name: q.name, options: { [q.option]: q.value }, member })
              : standIn.sendAutocomplete({ name: q.name, options: { [q.option]: q.value }, focused: q.option, member });
          try {
            await standIn.waitForResponse(id, { timeoutMs: 15_000 });
            answered += 1;
          } catch {
            failed += 1;
          }
          standIn.forget(id);
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
    };
    let busyMs = 0;
    for (const checkpoint of options.checkpoints) {
      const t = performance.now();
      await runUntil(checkpoint);
      busyMs += performance.now() - t;
      const rssAskingMB = rssMB(pid);
      samples.push({ questions: checkpoint, rssAskingMB, ...(await probeNow()) });
    }
    return { questions: options.questions, answered, failed, seconds: busyMs / 1000, ready, samples, root: options.root };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await standIn.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

function commitOf(root: string): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

const mb = (x: number) => x.toFixed(0);
const n = (x: number) => x.toLocaleString('en-US');
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** One line comparing with a run of other code (`--compare DIR`). */
function comparison(c: SoakResult, label: string): string {
  const first = c.samples[0]!;
  const last = c.samples[c.samples.length - 1]!;
  const mid = c.samples.find((s) => s.questions >= last.questions / 2) ?? first;
  return `- Same run on ${label}: main-thread heap after GC ${signed(last.heapUsedMB - first.heapUsedMB)} MB from ${n(first.questions)} users on (${signed(last.heapUsedMB - mid.heapUsedMB)} MB over the last ${n(last.questions - mid.questions)}), RSS after GC ${signed(last.rssMB - first.rssMB)} MB (${mb(first.rssMB)} → ${mb(last.rssMB)} MB)`;
}

function section(r: SoakResult, commit: string): string {
  const first = r.samples[0]!;
  const last = r.samples[r.samples.length - 1]!;
  const mid = r.samples.find((s) => s.questions >= last.questions / 2) ?? first;
  return [
    `\`npm run bench:soak\` (bench/soak.ts): the bot as a real process (\`bin/node-ts src/cli/main.ts\`, worker engine, seed corpus, cooldown 3 s) answers ${n(r.questions)} questions through the stand-in, each from a different user, about ${Math.round(r.questions / r.seconds)} a second (30% /when, 20% /estimate, 40% /search word pairs, 10% autocomplete). At each checkpoint the asking pauses and a probe loaded into the bot's process (benchmark only) runs a full garbage collection of the main thread: *heap after GC* is what the main thread keeps (discord.js caches, cooldowns, stored replies); RSS also counts the engine worker and memory V8 keeps reserved.`,
    '',
    `- Node ${process.version}; commit ${commit}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    `- Answered ${n(r.answered)} of ${n(r.questions)} (${r.failed} unanswered) in ${r.seconds.toFixed(1)} s of asking`,
    `- **Main-thread heap after GC: ${mb(r.ready.heapUsedMB)} MB when ready, ${last.heapUsedMB.toFixed(1)} MB after ${n(last.questions)} users: ${signed(last.heapUsedMB - first.heapUsedMB)} MB from ${n(first.questions)} users on, ${signed(last.heapUsedMB - mid.heapUsedMB)} MB over the last ${n(last.questions - mid.questions)}**`,
    `- **RSS after GC: ${mb(r.ready.rssMB)} MB when ready, ${mb(last.rssMB)} MB after ${n(last.questions)} users: ${signed(last.rssMB - first.rssMB)} MB from ${n(first.questions)} users on, ${signed(last.rssMB - mid.rssMB)} MB over the last ${n(last.questions - mid.questions)}**; highest while asking ${mb(Math.max(...r.samples.map((s) => s.rssAskingMB)))} MB`,
    '',
    `| users | ${r.samples.map((s) => n(s.questions)).join(' | ')} |`,
    `|---|${r.samples.map(() => '---:').join('|')}|`,
    `| main-thread heap after GC (MB) | ${r.samples.map((s) => s.heapUsedMB.toFixed(1)).join(' | ')} |`,
    `| RSS after GC (MB) | ${r.samples.map((s) => mb(s.rssMB)).join(' | ')} |`,
    `| RSS while asking (MB) | ${r.samples.map((s) => mb(s.rssAskingMB)).join(' | ')} |`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: '20000' },
      concurrency: { type: 'string', default: '100' },
      root: { type: 'string', default: projectRoot },
      compare: { type: 'string' },
      'compare-label': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const questions = Number(values.questions);
  const checkpoints = [...new Set([0.05, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.round(questions * f))))];
  const root = path.resolve(values.root!);
  const result = await soak({ questions, concurrency: Number(values.concurrency), root, checkpoints });
  let text = section(result, commitOf(root));
  if (values.compare) {
    const other = await soak({ questions, concurrency: Number(values.concurrency), root: path.resolve(values.compare), checkpoints });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- **RSS after GC')) + 1;
    lines.splice(at, 0, comparison(other, values['compare-label'] ?? `the code in ${values.compare}`));
    text = lines.join('\n');
  }
  process.stdout.write(`${text}\n`);
  if (!values['no-write']) {
    const file = path.join(here, 'RESULTS.md');
    const md = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
    writeFileSync(file, replaceSection(md, 'soak', `## Soak: ${n(questions)} questions from distinct users`, text));
    process.stderr.write(`bench:soak: wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

await main();
process.exit(0);
