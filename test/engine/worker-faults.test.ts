/**
 * Fault isolation of the worker engine: a request the worker cannot handle
 * fails alone (the worker and every other question in it carry on), and a
 * worker that dies with questions in flight is replaced and those questions
 * are asked again, once, on the fresh worker.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { WorkerEngine } from '../../src/engine/worker/host.ts';
import type { Reply } from '../../src/reply/model.ts';
import { Logger } from '../../src/system/log.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-worker-faults-'));
const dir = path.join(temp, 'corpus');
const logLines: string[] = [];
let engine: WorkerEngine;

const QUESTIONS: Array<[string, string]> = [
  ['search', 'Kursk'],
  ['when', 'treaty-in-force'],
  ['estimate', 'troops'],
  ['search', 'Luftlandebrigade'],
  ['when', 'russia-confirmed'],
  ['source', 'kursk-russland-setzt-nordkoreaner-ein#p3'],
];

const shape = (r: Reply) => ({ status: r.status, summary: r.summary, quotes: r.answers.map((a) => a.quote), error: r.error?.id ?? null });

beforeAll(async () => {
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
  engine = await WorkerEngine.open(dir, { cacheDir: path.join(temp, 'cache'), logger: new Logger((l) => logLines.push(l)) });
});

afterAll(async () => {
  await engine?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('a bad request fails alone', () => {
  it('refuses an argument that is not text before it reaches the worker', async () => {
    const reply = await engine.run('search', 12345 as unknown as string);
    expect(reply.status).toBe('invalid');
    expect(reply.error).toEqual({ id: 'ArgumentType', params: { what: 'text' } });
  });

  it('answers malformed requests inside the worker with an error; the 90 other questions in flight are answered as usual', async () => {
    const baseline = await Promise.all(QUESTIONS.map(([c, a]) => engine.run(c, a)));
    const started = engine.info;
    const asked = Array.from({ length: 90 }, (_, n) => engine.run(...QUESTIONS[n % QUESTIONS.length]!));
    // Straight to the worker, past the engine's own checks: a number as the command, an object as the argument.
    const bad = await Promise.all([
      engine.runTimed(42 as unknown as string, 'Kursk'),
      engine.runTimed('search', { query: 'Kursk' } as unknown as string),
    ]);
    const replies = await Promise.all(asked);
    expect(bad.map((b) => b.reply.error?.id)).toEqual(['UnknownCommand', 'ArgumentType']);
    replies.forEach((r, n) => expect(shape(r)).toEqual(shape(baseline[n % QUESTIONS.length]!)));
    expect(engine.info).toBe(started); // the same worker: nothing restarted
    expect(logLines.filter((l) => l.includes('engine-worker-died'))).toEqual([]);
  });
});

describe('a worker crash', () => {
  it('retries every question in flight once on a fresh worker: all answered, as before', async () => {
    // Questions no one asked yet (the worker's reply cache must not answer them before the crash).
    const WORDS = ['Kursk', 'Soldaten', 'Nordkorea', 'Russland', 'Truppen', 'Vertrag', 'Pjöngjang', 'Selenskyj', 'Verluste', 'Front'];
    const questions: Array<[string, string]> = WORDS.flatMap((a) => WORDS.filter((b) => b !== a).map((b): [string, string] => ['search', `${a} ${b}`])).slice(0, 60);
    const local = await LocalEngine.open(dir);
    const baseline = await Promise.all(questions.map(([c, a]) => local.run(c, a)));
    const before = engine.info;
    const asked = questions.map(([c, a]) => engine.run(c, a));
    await engine.simulateCrash();
    const replies = await Promise.all(asked);
    replies.forEach((r, n) => expect(shape(r)).toEqual(shape(baseline[n]!)));
    expect(engine.info).not.toBe(before);
    expect(engine.version).toBe(before.manifest.version);
    expect(logLines.filter((l) => l.includes('engine-worker-died'))).toHaveLength(1);
    expect(logLines.join('\n')).not.toContain('Nordkorea');
    // and keeps answering afterwards
    expect((await engine.run('when', 'treaty-in-force')).status).toBe('ok');
  });
});
