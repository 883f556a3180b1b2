import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answerSearch } from '../../src/answers/search.ts';
import { openSnapshot } from '../../src/snapshot/open.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function corpusCopy(name: string): string {
  const dir = path.join(temp, name);
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
  return dir;
}

const QUERIES = ['Kursk', 'Luftlandebrigade', 'Selenskij Verluste', 'casualties', 'Vertrag in Kraft', "12'000", 'Gerasimow'];

describe('snapshot cache', () => {
  it('starts from the cache the second time and answers exactly as the freshly built index', async () => {
    const dir = corpusCopy('same');
    const cacheDir = path.join(temp, 'cache-same');
    const built = await openSnapshot(dir, { cacheDir });
    expect(built.report.fromCache).toBe(false);
    expect(readdirSync(cacheDir).some((f) => f.endsWith('.v8'))).toBe(true);
    const cached = await openSnapshot(dir, { cacheDir });
    expect(cached.report.fromCache).toBe(true);
    expect(cached.snapshot.version).toBe(built.snapshot.version);
    expect(cached.snapshot.articles).toEqual(built.snapshot.articles);
    for (const q of QUERIES) {
      const a = answerSearch(q, { snapshot: built.snapshot });
      const b = answerSearch(q, { snapshot: cached.snapshot });
      expect(b.answers).toEqual(a.answers);
    }
  });

  it('keeps live-blog entry times and summary flags (the newsroom fixture stories) through the cache', async () => {
    const dir = path.join(temp, 'newsroom');
    cpSync(fileURLToPath(new URL('../fixtures/newsroom', import.meta.url)), dir, { recursive: true });
    const cacheDir = path.join(temp, 'cache-newsroom');
    const built = await openSnapshot(dir, { cacheDir });
    const cached = await openSnapshot(dir, { cacheDir });
    expect(cached.report.fromCache).toBe(true);
    const timed = (s: typeof built.snapshot) => s.articles.flatMap((a) => a.paragraphs).filter((p) => p.time).length;
    const summaries = (s: typeof built.snapshot) => s.articles.flatMap((a) => a.paragraphs).filter((p) => p.summary).length;
    expect(timed(built.snapshot)).toBeGreaterThan(10);
    expect(summaries(built.snapshot)).toBeGreaterThan(0);
    expect(cached.snapshot.articles).toEqual(built.snapshot.articles);
  });

  it('never uses a stale cache: an edited article gives a new version and a rebuild', async () => {
    const dir = corpusCopy('stale');
    const cacheDir = path.join(temp, 'cache-stale');
    const first = await openSnapshot(dir, { cacheDir });
    appendFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'kursk-russland-setzt-nordkoreaner-ein.txt'), '\nNeuer Absatz über die Lage in Kursk mit weiteren Einzelheiten.\n');
    const second = await openSnapshot(dir, { cacheDir });
    expect(second.report.fromCache).toBe(false);
    expect(second.report.cacheMiss).toMatch(/stale/);
    expect(second.snapshot.version).not.toBe(first.snapshot.version);
    expect(answerSearch('weiteren Einzelheiten', { snapshot: second.snapshot }).answers[0]!.quote).toContain('Neuer Absatz');
  });

  it('rebuilds instead of trusting a corrupt or truncated cache file', async () => {
    const dir = corpusCopy('corrupt');
    const cacheDir = path.join(temp, 'cache-corrupt');
    await openSnapshot(dir, { cacheDir });
    const file = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.v8'))!);
    writeFileSync(file, Buffer.from('not a cache at all'));
    const reopened = await openSnapshot(dir, { cacheDir });
    expect(reopened.report.fromCache).toBe(false);
    expect(reopened.report.cacheMiss).toMatch(/corrupt|unreadable/);
    expect(answerSearch('Kursk', { snapshot: reopened.snapshot }).answers.length).toBeGreaterThan(0);
    // and the rebuilt cache is used next time
    expect((await openSnapshot(dir, { cacheDir })).report.fromCache).toBe(true);
  });
});
