/**
 * The bot as a real process against the Discord stand-in: started the way a
 * supervisor starts it (`bin/node-ts src/cli/main.ts`, and `npm start`), then
 * stopped by a real SIGTERM, or ended by a fatal gateway close.
 *
 * The stand-in holds every interaction callback for a while (an injected
 * delay), so the 50 answers are truly in flight in the bot when the signal
 * comes; a callback whose client went away is dropped, so an answer counts
 * only if the bot stayed alive to deliver it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { PROJECT_ROOT } from '../../src/system/paths.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';

const CALLBACK = '/interactions/:id/:token/callback';
let temp: string;
let corpusDir: string;
let users = 0;
const newUser = () => `7${String(100000000000000000n + BigInt(++users)).slice(1)}`;

interface Running {
  child: ChildProcess;
  standIn: DiscordStandIn;
  output: () => string;
  exited: Promise<{ code: number | null; signal: string | null; at: number }>;
}

async function startBot(command: string, args: string[]): Promise<Running> {
  const standIn = await startDiscordStandIn();
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_BASE: standIn.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: path.join(temp, 'cache'),
      COOLDOWN_SECONDS: '0',
      npm_config_update_notifier: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  await standIn.waitForReady({ timeoutMs: 25_000 }).catch((err: Error) => {
    throw new Error(`${err.message}\nbot output:\n${out}`);
  });
  return { child, standIn, output: () => out, exited };
}

async function stop(r: Running | undefined): Promise<void> {
  if (!r) return;
  if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
  await r.standIn.close();
}

/** Sends `n` questions and waits until the stand-in holds all their callbacks (answers in flight). */
async function questionsInFlight(standIn: DiscordStandIn, n: number): Promise<string[]> {
  standIn.injectFault({ route: CALLBACK, kind: 'delay', delayMs: 700, times: Infinity });
  const ids = Array.from({ length: n }, (_, k) => standIn.sendChatCommand({ name: 'search', options: { query: k % 2 ? 'Kursk' : 'Luftlandebrigade' }, member: { userId: newUser() } }).id);
  await expect.poll(() => standIn.recorded.filter((r) => r.route === CALLBACK).length, { timeout: 10_000 }).toBe(n);
  return ids;
}

function answered(standIn: DiscordStandIn, ids: string[]): number {
  return ids.filter((id) => standIn.interaction(id)!.responses.some((r) => r.kind === 'callback' && r.status === 204 && /corpus [0-9a-f]{10}/.test(JSON.stringify(r.data)))).length;
}

/** Whether a process id is alive (signal 0 probes without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Child pids of a process (Linux /proc). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'newsroom-service-'));
  corpusDir = path.join(temp, 'corpus');
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(corpusDir, 'stories'), { recursive: true });
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('the bot process under a supervisor', () => {
  it('bin/node-ts becomes the bot (same pid); SIGTERM with 50 answers in flight delivers 50 of 50, then exits 0', async () => {
    let r: Running | undefined;
    try {
      r = await startBot('sh', ['bin/node-ts', 'src/cli/main.ts']);
      const cmdline = readFileSync(`/proc/${r.child.pid}/cmdline`, 'utf8').split('\0');
      expect(path.basename(cmdline[0]!)).toMatch(/^node/);
      expect(cmdline).toContain('src/cli/main.ts');
      const ids = await questionsInFlight(r.standIn, 50);
      const signalled = performance.now();
      r.child.kill('SIGTERM');
      const { code, at } = await r.exited;
      const n = answered(r.standIn, ids);
      console.info(`service: SIGTERM with 50 answers in flight: ${n} of 50 delivered, exit ${code} after ${(at - signalled).toFixed(0)} ms`);
      expect(code).toBe(0);
      expect(n).toBe(50);
      expect(r.output()).toMatch(/SIGTERM received: finishing 50 question\(s\) in flight/);
      expect(r.output()).toMatch(/50 of 50 in flight answered/);
    } finally {
      await stop(r);
    }
  });

  it('npm start hands SIGTERM to the bot (no shell or tsx between them) and leaves no orphan', async () => {
    let r: Running | undefined;
    try {
      r = await startBot('npm', ['start', '--silent']);
      const npmPid = r.child.pid!;
      const [botPid] = childrenOf(npmPid);
      expect(botPid).toBeDefined();
      expect(readFileSync(`/proc/${botPid}/cmdline`, 'utf8').split('\0')).toContain('src/cli/main.ts');
      const ids = await questionsInFlight(r.standIn, 10);
      r.child.kill('SIGTERM');
      await r.exited;
      await expect.poll(() => alive(botPid!), { timeout: 8000 }).toBe(false);
      expect(answered(r.standIn, ids)).toBe(10);
    } finally {
      await stop(r);
    }
  });

  it('a fatal gateway close (4014) exits with 78 within a second and says why in one line, without the token', async () => {
    let r: Running | undefined;
    try {
      r = await startBot('sh', ['bin/node-ts', 'src/cli/main.ts']);
      const closed = performance.now();
      await r.standIn.closeGateway(4014);
      const { code, at } = await r.exited;
      console.info(`service: fatal close 4014: exit ${code} after ${(at - closed).toFixed(0)} ms`);
      expect(code).toBe(78);
      expect(at - closed).toBeLessThan(1000);
      const line = r.output().split('\n').find((l) => l.includes('"gateway-fatal-close"'))!;
      expect(JSON.parse(line)).toMatchObject({ code: 4014 });
      expect(line).toMatch(/disallowed intents/);
      expect(r.output()).not.toContain(r.standIn.token);
    } finally {
      await stop(r);
    }
  });
});
