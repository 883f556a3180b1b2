import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import { WorkerEngine } from '../../src/engine/worker/host.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-worker-'));
const dir = path.join(temp, 'corpus');
const cacheDir = path.join(temp, 'cache');
let engine: WorkerEngine;

beforeAll(async () => {
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
  engine = await WorkerEngine.open(dir, { cacheDir });
});
afterAll(async () => {
  await engine?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('WorkerEngine (each corpus version in a worker thread)', () => {
  it('answers like the in-process engine, with the same corpus version', async () => {
    const local = await LocalEngine.open(dir);
    expect(engine.version).toBe(local.version);
    const [a, b] = await Promise.all([engine.run('when', 'treaty-in-force'), local.run('when', 'treaty-in-force')]);
    expect(a.answers).toEqual(b.answers);
    expect(a.summary).toBe(b.summary);
    expect((await engine.autocomplete('when', 'treaty')).map((c) => c.value)).toContain('treaty-in-force');
  });

  it('keeps answering during a reload; each answer comes whole from one corpus version', async () => {
    const before = engine.version;
    writeFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'zz-neu.txt'), 'Neue Lage in Kursk\n\nNach Angaben des NIS sind weitere 2000 nordkoreanische Soldaten in Kursk eingetroffen.\n');
    const asked: Promise<{ version: string | undefined; ids: string[] }>[] = [];
    const reload = engine.run('reload', '');
    for (let i = 0; i < 40; i++) {
      asked.push(engine.run('search', 'Kursk Soldaten').then((r) => ({ version: r.corpusVersion, ids: r.answers.map((x) => x.articleId) })));
      await new Promise((r) => setTimeout(r, 2));
    }
    const report = await reload;
    const replies = await Promise.all(asked);
    expect(report.status).toBe('ok');
    expect(report.summary).toMatch(/1 added/);
    const after = engine.version;
    expect(after).not.toBe(before);
    for (const r of replies) {
      expect([before, after]).toContain(r.version);
      // An answer from the old version never quotes the article only the new one has.
      if (r.version === before) expect(r.ids).not.toContain('zz-neu');
    }
    expect((await engine.run('search', 'weitere 2000')).answers[0]!.articleId).toBe('zz-neu');
  });

  it('refuses a second reload while one runs', async () => {
    const [first, second] = await Promise.all([engine.run('reload', ''), engine.run('reload', '')]);
    expect(first.status).toBe('ok');
    expect(second.status).toBe('refused');
    expect(second.notice).toMatch(/already running/);
  });

  it('keeps the old corpus live when a reload fails, and says why', async () => {
    const version = engine.version;
    const events = path.join(dir, 'events.json');
    writeFileSync(events, '{ "actors": {}, "events": [ { "slug": "Not A Slug" } ] }');
    const reply = await engine.run('reload', '');
    expect(reply.status).toBe('error');
    expect(reply.notice).toMatch(/Reload failed: catalogue: events\.json/);
    expect(reply.notice).toContain(`Still serving corpus ${version}`);
    expect(engine.version).toBe(version);
    expect((await engine.run('when', 'treaty-in-force')).status).toBe('ok');
    rmSync(events);
  });

  it('adds an uploaded article only when it is a valid article; a rejected upload changes nothing on disk', async () => {
    const files = readdirSync(path.join(dir, 'stories', 'kursk', 'articles')).sort();
    const bad = await engine.run('reload', '', { upload: { filename: 'kaputt.txt', bytes: new Uint8Array([0, 1, 2, 0, 0, 255]) } });
    expect(bad.status).toBe('invalid');
    expect(readdirSync(path.join(dir, 'stories', 'kursk', 'articles')).sort()).toEqual(files);
    const header = await engine.run('reload', '', { upload: { filename: 'header.md', bytes: new TextEncoder().encode('---\npublished: gestern\n---\nText.\n') } });
    expect(header.status).toBe('invalid');
    expect(header.notice).toMatch(/published/);
    expect(readdirSync(path.join(dir, 'stories', 'kursk', 'articles')).sort()).toEqual(files);
    const good = await engine.run('reload', '', { upload: { filename: 'Meldung 2.txt', bytes: new TextEncoder().encode('Titel\n\nRussland hat am Montag erneut Truppen verlegt, sagte ein Sprecher.\n') } });
    expect(good.status).toBe('ok');
    expect(good.summary).toMatch(/Saved stories\/kursk\/articles\/meldung-2\.txt/);
    expect(readFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'meldung-2.txt'), 'utf8')).toContain('Truppen verlegt');
    expect(readdirSync(path.join(dir, 'stories', 'kursk', 'articles')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('builds a small change inside the worker answering (only the changed file parsed), a large one in a new worker; both answer as a full rebuild', async () => {
    const articles = path.join(dir, 'stories', 'kursk', 'articles');
    writeFileSync(path.join(articles, 'zz-klein.txt'), 'Kleine Meldung\n\nNach Angaben des Pentagon wurden mindestens 500 nordkoreanische Soldaten getötet, sagte ein Sprecher.\n');
    const small = await engine.run('reload', '');
    expect(small.status).toBe('ok');
    expect(engine.info.inPlace).toBe(true);
    expect(engine.info.report.stories.find((s) => s.id === 'kursk')).toMatchObject({ parsed: 1 });
    const local = await LocalEngine.open(dir);
    for (const [c, a] of [['estimate', 'casualties'], ['when', 'russia-confirmed'], ['search', 'mindestens 500'], ['corpus', '']] as const) {
      const [x, y] = await Promise.all([engine.run(c, a), local.run(c, a)]);
      expect({ ...x, corpusVersion: null }, `${c} ${a}`).toEqual({ ...y, corpusVersion: null });
      expect(x.corpusVersion).toBe(local.version);
    }
    // The same engine with in-place builds off: the next reload comes from a new worker, from the cache files.
    const again = await WorkerEngine.open(dir, { cacheDir, inPlaceBytes: 0 });
    try {
      await again.saved;
      writeFileSync(path.join(articles, 'zz-klein.txt'), 'Kleine Meldung\n\nNach Angaben des Pentagon wurden mindestens 700 nordkoreanische Soldaten getötet.\n');
      expect((await again.run('reload', '')).status).toBe('ok');
      expect(again.info.inPlace).toBe(false);
      expect(again.info.report.stories.find((s) => s.id === 'kursk')).toMatchObject({ parsed: 1, base: 'cache' });
      const fresh = await LocalEngine.open(dir);
      const [x, y] = await Promise.all([again.run('estimate', 'casualties'), fresh.run('estimate', 'casualties')]);
      expect(x.answers).toEqual(y.answers);
      expect(x.corpusVersion).toBe(fresh.version);
    } finally {
      await again.close();
    }
    rmSync(path.join(articles, 'zz-klein.txt'));
    expect((await engine.run('reload', '')).status).toBe('ok');
  });

  it('finishes a reload in a new worker when the worker building it dies', async () => {
    writeFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'zz-crash.txt'), 'Meldung\n\nRussland hat am Montag weitere Truppen nach Kursk verlegt, sagte ein Sprecher.\n');
    const reload = engine.run('reload', '');
    await engine.simulateCrash();
    const reply = await reload;
    expect(reply.status).toBe('ok');
    expect(engine.info.inPlace).toBe(false);
    expect((await engine.run('search', 'weitere Truppen nach Kursk verlegt')).answers[0]?.articleId).toBe('zz-crash');
    expect(engine.version).toBe((await LocalEngine.open(dir)).version);
  });

  it('starts the next time from the cache (index and catalogued answers)', async () => {
    const again = await WorkerEngine.open(dir, { cacheDir });
    try {
      expect(again.info.report.fromCache).toBe(true);
      expect(again.info.answersFromCache).toBe(true);
      expect(again.version).toBe(engine.version);
      expect(existsSync(cacheDir)).toBe(true);
    } finally {
      await again.close();
    }
  });
});
