/**
 * No altered cache byte ever reaches a reply: bytes are flipped in each cache
 * file (a story's snapshot cache, its answers cache, the worker bundle), the
 * file is truncated or extended, or its content is changed and the file
 * re-sealed with a matching checksum; every time, the cache is rebuilt and the
 * answers are exactly those of a corpus read from its files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { answersFile } from '../../src/engine/answers-cache.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { bundleFile } from '../../src/engine/worker/bundle.ts';
import { WorkerEngine } from '../../src/engine/worker/host.ts';
import type { Reply } from '../../src/reply/model.ts';
import { openCorpus } from '../../src/engine/open-corpus.ts';
import { cacheFileFor, readStoryCache, writeStoryCache } from '../../src/snapshot/cache.ts';
import { PROJECT_ROOT } from '../../src/system/paths.ts';
import { seal, unseal } from '../../src/system/sealed.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-integrity-'));
const dir = path.join(temp, 'corpus');
const cacheDir = path.join(temp, 'cache');
// The bundle must live inside the project (it loads npm packages from node_modules): a folder of its own.
const bundleDir = path.join(PROJECT_ROOT, '.cache', `test-integrity-${process.pid}-${Date.now()}`);

const QUESTIONS: Array<[string, string]> = [
  ['when', 'russia-confirmed'],
  ['when', 'north-korea-confirmed'],
  ['when', 'treaty-in-force'],
  ['estimate', 'troops'],
  ['estimate', 'casualties'],
  ['search', 'erstmals bestätigt'],
  ['search', 'Luftlandebrigade'],
  ['source', 'keystone-sda-russland-bestaetigt-beteiligung-nordkoreanischer-soldaten#p1'],
];

let baseline: Reply[];

async function answersOf(engine: Engine): Promise<Reply[]> {
  return Promise.all(QUESTIONS.map(([c, a]) => engine.run(c, a)));
}

/** The cache files of the corpus's one story. */
const snapshotCache = () => cacheFileFor(cacheDir, dir, 'snapshot', 'kursk');
const answersCache = () => answersFile(cacheDir, dir, 'kursk');

/** Opens the corpus as the engine worker does: snapshot and catalogued answers, each from the cache or built. */
async function openAsWorker(): Promise<{ replies: Reply[]; snapshotFromCache: boolean; snapshotMiss: string | null; answersFromCache: boolean; answersMiss: string | null }> {
  const { snapshot, report } = await openCorpus(dir, { cacheDir, threads: 0 });
  return {
    replies: await answersOf(new LocalEngine(snapshot)),
    snapshotFromCache: report.fromCache,
    snapshotMiss: report.cacheMiss,
    answersFromCache: report.answersFromCache,
    answersMiss: report.answersCacheMiss,
  };
}

/** Byte positions to flip: in the checksum header, at its end, and spread through the content. */
function positions(length: number): number[] {
  const spread = [0.1, 0.3, 0.5, 0.7, 0.9, 0.999].map((f) => Math.floor(length * f));
  return [...new Set([0, 40, 90, ...spread])].filter((p) => p < length);
}

/** Damages a file: one bit flipped at a position, cut in half, or extended. */
type Damage = { name: string; apply: (bytes: Buffer) => Buffer };
function damages(length: number): Damage[] {
  const flips = positions(length).map((p, k): Damage => ({
    name: `bit ${k % 8} of byte ${p}`,
    apply: (b) => {
      const copy = Buffer.from(b);
      copy[p] = copy[p]! ^ (1 << k % 8);
      return copy;
    },
  }));
  return [
    ...flips,
    { name: 'truncated to half', apply: (b) => b.subarray(0, Math.floor(b.length / 2)) },
    { name: 'extended', apply: (b) => Buffer.concat([b, Buffer.from('\n// more')]) },
  ];
}

/** Replaces `from` by `to` (same length) inside a sealed file's content and seals it again with a matching checksum. */
function alterAndReseal(file: string, from: string, to: string, encoding: BufferEncoding): number {
  const opened = unseal(readFileSync(file));
  if (!('content' in opened)) throw new Error(`test: ${file} is not sealed`);
  const content = Buffer.from(opened.content);
  const needle = Buffer.from(from, encoding);
  let count = 0;
  for (let at = content.indexOf(needle); at >= 0; at = content.indexOf(needle, at + 1)) {
    Buffer.from(to, encoding).copy(content, at);
    count += 1;
  }
  writeFileSync(file, seal(content));
  return count;
}

beforeAll(async () => {
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
  baseline = await answersOf(await LocalEngine.open(dir)); // straight from the files, no cache
  expect(baseline.every((r) => r.status === 'ok')).toBe(true);
  const first = await openAsWorker(); // writes both caches
  expect(first.replies).toEqual(baseline);
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('snapshot cache', () => {
  it('detects every flipped bit, a truncation and an extension, and rebuilds; the answers never change', async () => {
    const file = snapshotCache();
    const cases = damages(readFileSync(file).length);
    for (const damage of cases) {
      writeFileSync(file, damage.apply(readFileSync(file)));
      const opened = await openAsWorker();
      expect(opened.snapshotFromCache, damage.name).toBe(false);
      expect(opened.snapshotMiss, damage.name).toMatch(/corrupt/);
      expect(opened.replies, damage.name).toEqual(baseline);
    }
    expect((await openAsWorker()).snapshotFromCache, 'the rebuilt cache is used again').toBe(true);
    console.info(`snapshot cache: ${cases.length} of ${cases.length} damaged files detected and rebuilt`);
  });

  it('holds no article text: quotes are cut from the files as read now', async () => {
    const file = snapshotCache();
    const content = unseal(readFileSync(file));
    expect('content' in content && Buffer.from(content.content).includes(Buffer.from('Russland hat erstmals', 'latin1'))).toBe(false);
    expect(readFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'keystone-sda-russland-bestaetigt-beteiligung-nordkoreanischer-soldaten.txt'), 'utf8')).toContain('Russland hat erstmals');
  });

  it('checks cached offsets against the files: a cache altered with a valid checksum is not served', async () => {
    const read = readStoryCache(snapshotCache());
    if (!('cached' in read)) throw new Error(`test: ${read.problem}`);
    const first = read.cached.articles[0]!;
    first.p[1] = first.p[1]! + 1_000_000; // the first paragraph now ends far past its file's text
    await writeStoryCache(snapshotCache(), read.cached);
    const opened = await openAsWorker();
    expect(opened.snapshotFromCache).toBe(false);
    expect(opened.snapshotMiss).toMatch(/corrupt cache .*does not fit/);
    expect(opened.replies).toEqual(baseline);
    expect((await openAsWorker()).snapshotFromCache, 'the rebuilt cache is used again').toBe(true);
  });
});

describe('answers cache', () => {
  it('detects every flipped bit, a truncation and an extension, and recomputes; the answers never change', async () => {
    const file = answersCache();
    const cases = damages(readFileSync(file).length);
    for (const damage of cases) {
      writeFileSync(file, damage.apply(readFileSync(file)));
      const opened = await openAsWorker();
      expect(opened.answersFromCache, damage.name).toBe(false);
      expect(opened.answersMiss, damage.name).toMatch(/corrupt/);
      expect(opened.replies, damage.name).toEqual(baseline);
    }
    expect((await openAsWorker()).answersFromCache, 'the recomputed cache is used again').toBe(true);
    console.info(`answers cache: ${cases.length} of ${cases.length} damaged files detected and recomputed`);
  });

  it('checks cached quotes against their paragraphs: an altered quote with a valid checksum is not served', async () => {
    const file = answersCache();
    expect(alterAndReseal(file, 'Russland hat erstmals', 'Russland hat Xrstmals', 'latin1')).toBeGreaterThan(0);
    const opened = await openAsWorker();
    expect(opened.answersFromCache).toBe(false);
    expect(opened.answersMiss).toMatch(/not in its paragraph/);
    expect(opened.replies).toEqual(baseline);
    expect(JSON.stringify(opened.replies)).not.toContain('Xrstmals');
  });
});

describe('worker bundle', () => {
  it('detects a damaged bundle (flipped bits, truncation), rebuilds it and starts; the answers never change', async () => {
    const open = () => WorkerEngine.open(dir, { cacheDir, bundleDir });
    const first = await open();
    try {
      expect(await answersOf(first)).toEqual(baseline);
    } finally {
      await first.close();
    }
    const file = bundleFile(bundleDir);
    const length = readFileSync(file).length;
    const all = damages(length);
    const cases = [all[0]!, all[4]!, all.find((d) => d.name === 'truncated to half')!];
    for (const damage of cases) {
      writeFileSync(file, damage.apply(readFileSync(file)));
      const engine = await open();
      try {
        expect(await answersOf(engine), damage.name).toEqual(baseline);
        expect('content' in unseal(readFileSync(file)), `${damage.name}: bundle rebuilt`).toBe(true);
      } finally {
        await engine.close();
      }
    }
    expect(readdirSync(bundleDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    console.info(`worker bundle: ${cases.length} of ${cases.length} damaged bundles detected and rebuilt`);
  });
});
