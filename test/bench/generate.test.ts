import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusVocabulary, generateArticles, generateCorpus, type GenerateResult } from '../../bench/generate.ts';
import { loadArticles, type LoadResult } from '../../src/corpus/load.ts';

const SIZE = 1000;
const SEED = 7;

let root: string;
let first: GenerateResult;
let loaded: LoadResult;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bench-generate-'));
  first = await generateCorpus({ paragraphs: SIZE, seed: SEED, outDir: join(root, 'a') });
  loaded = await loadArticles(join(root, 'a'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(join(dir, 'articles'))).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'articles', n))] as const)));
}

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed and size', async () => {
    const again = await generateCorpus({ paragraphs: SIZE, seed: SEED, outDir: join(root, 'b') });
    expect(again).toEqual(first);
    const a = await filesOf(join(root, 'a'));
    const b = await filesOf(join(root, 'b'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });

  it('writes a different corpus for another seed', async () => {
    await generateCorpus({ paragraphs: SIZE, seed: SEED + 1, outDir: join(root, 'c') });
    const a = await filesOf(join(root, 'a'));
    const c = await filesOf(join(root, 'c'));
    expect([...c.keys()]).not.toEqual([...a.keys()]);
  });

  it('writes only article files under articles/ (and the story catalogue) and reports what it wrote', async () => {
    expect((await readdir(join(root, 'a'))).sort()).toEqual(['articles', 'story.json']);
    const files = await filesOf(join(root, 'a'));
    expect([...files.keys()].every((n) => /^\d{6}-[a-z0-9-]+\.txt$/.test(n))).toBe(true);
    expect(files.size).toBe(first.articles);
    expect([...files.values()].reduce((s, b) => s + b.length, 0)).toBe(first.bytes);
    expect(first.paragraphs).toBe(SIZE);
    // Articles of 5 to 40 paragraphs: at 1,000 paragraphs, dozens of files.
    expect(first.articles).toBeGreaterThanOrEqual(SIZE / 40);
    expect(first.articles).toBeLessThanOrEqual(SIZE / 5);
  });

  it('refuses to write into a non-empty articles folder unless told to overwrite', async () => {
    const dir = join(root, 'busy');
    await mkdir(join(dir, 'articles'), { recursive: true });
    await writeFile(join(dir, 'articles', 'old.txt'), 'Alter Artikel.');
    await expect(generateCorpus({ paragraphs: 20, outDir: dir })).rejects.toThrow(/^generate: .*not empty/);
    const r = await generateCorpus({ paragraphs: 20, outDir: dir, overwrite: true });
    const names = await readdir(join(dir, 'articles'));
    expect(names).not.toContain('old.txt');
    expect(names.length).toBe(r.articles);
  });

  it('splits the paragraphs into articles of 5 to 40 paragraphs', () => {
    for (const total of [5, 44, 45, 83, SIZE]) {
      const lengths = [...generateArticles(total, SEED)].map((g) => g.paragraphs.length);
      expect(lengths.reduce((s, n) => s + n, 0)).toBe(total);
      expect(Math.min(...lengths)).toBeGreaterThanOrEqual(5);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(40);
    }
  });

  it('rejects a non-positive paragraph count', async () => {
    await expect(generateCorpus({ paragraphs: 0, outDir: join(root, 'zero') })).rejects.toThrow(/^generate: paragraphs/);
  });
});

describe('the generated corpus through loadArticles', () => {
  it('loads every file with no error problems', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const a of loaded.articles) expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.articles.length).toBe(first.articles);
  });

  it('keeps the requested number of paragraphs, within 2 %', () => {
    const kept = loaded.articles.reduce((s, a) => s + a.paragraphs.length, 0);
    expect(Math.abs(kept - SIZE)).toBeLessThanOrEqual(SIZE * 0.02);
  });

  it('keeps the intended paragraphs verbatim (at least 98 % of them)', () => {
    const byFile = new Map(loaded.articles.map((a) => [a.file.replace(/^articles\//, ''), a]));
    let found = 0;
    let intended = 0;
    for (const g of generateArticles(SIZE, SEED)) {
      const texts = new Set(byFile.get(g.fileName)!.paragraphs.map((p) => p.text));
      intended += g.paragraphs.length;
      for (const p of g.paragraphs) if (texts.has(p)) found++;
    }
    expect(intended).toBe(SIZE);
    expect(found / intended).toBeGreaterThanOrEqual(0.98);
  });

  it('never keeps a generated junk line (comments, captions, teasers, furniture, meta lines) as paragraph text', () => {
    const byFile = new Map(loaded.articles.map((a) => [a.file.replace(/^articles\//, ''), a]));
    let junkLines = 0;
    const leaks: string[] = [];
    for (const g of generateArticles(SIZE, SEED)) {
      const junk = new Set(g.junk);
      junkLines += junk.size;
      for (const p of byFile.get(g.fileName)!.paragraphs) {
        for (const line of p.text.split(/\r?\n/)) if (junk.has(line.trim())) leaks.push(`${g.fileName}: ${line}`);
      }
    }
    expect(junkLines).toBeGreaterThan(first.articles); // every article has some
    expect(leaks).toEqual([]);
  });

  it('leaves no page furniture in paragraphs', () => {
    const furniture = /\(nicht angemeldet\)|\bInteraktionen\b|\bWeiterlesen\b|Mehr zum Thema|\((?:Foto|Bild):|User #\d|Artikel anhören|Player schließen|Lesen Sie auch:|Quelle: /;
    const bad = loaded.articles.flatMap((a) => a.paragraphs.filter((p) => furniture.test(p.text)).map((p) => p.id));
    expect(bad).toEqual([]);
  });

  it('varies the raw formats: front matter, date lines, wrapped lines and undated articles all occur', () => {
    const raws = loaded.articles.map((a) => a.raw);
    expect(raws.some((r) => r.startsWith('---\n'))).toBe(true);
    expect(raws.some((r) => /^Stand: \d\d\.\d\d\.\d{4},? \d\d:\d\d Uhr$/m.test(r))).toBe(true);
    expect(raws.some((r) => /^\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/m.test(r) || /^Publiziert: /m.test(r))).toBe(true);
    const dated = loaded.articles.filter((a) => a.published !== null).length;
    expect(dated / loaded.articles.length).toBeGreaterThan(0.5);
    expect(dated).toBeLessThan(loaded.articles.length);
    expect(loaded.articles.some((a) => a.paragraphs.some((p) => p.text.includes('\n')))).toBe(true);
  });

  it('writes sentences of 8 to 35 words and paragraphs of 1 to 6 sentences', () => {
    const paragraphs = [...generateArticles(SIZE, SEED)].flatMap((g) => g.paragraphs);
    // Count on the generator's own sentence boundaries: final punctuation plus a capital.
    const sentenceCounts = paragraphs.map((p) => p.split(/(?<=[.!?][“”"»«]?)\s+(?=[A-ZÄÖÜ„"«])/).length);
    expect(Math.max(...sentenceCounts)).toBeLessThanOrEqual(12); // quotes may hold two sentences
    const words = paragraphs.map((p) => p.split(/\s+/).length / p.split(/(?<=[.!?][“”"»«]?)\s+(?=[A-ZÄÖÜ„"«])/).length);
    const mean = words.reduce((s, w) => s + w, 0) / words.length;
    expect(mean).toBeGreaterThan(10);
    expect(mean).toBeLessThan(25);
  });

  it('states catalogued events and figures at a low rate', () => {
    const text = loaded.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toMatch(/in Kraft getreten/);
    expect(text).toMatch(/\b(?:ratifizierten|ratifiziert)\b/);
    expect(text).toMatch(/\b(?:mehr als|rund|etwa|mindestens|bis zu|über) [\d.']+ /);
    const events = text.match(/erstmals den Einsatz|in Kraft getreten|ratifizierten beide Länder|eingetroffen|angekommen/g) ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(SIZE / 5);
  });
});

describe('vocabulary', () => {
  it('grows with corpus size, with a long tail of rare words', () => {
    const small = corpusVocabulary(1000, SEED);
    const large = corpusVocabulary(5000, SEED);
    expect(large.distinct).toBeGreaterThan(small.distinct * 2);
    // Zipf-like: a few function words take a large share, most word forms are rare.
    expect(large.top10Share).toBeGreaterThan(0.1);
    expect(large.top10Share).toBeLessThan(0.35);
    expect(large.hapaxTypeShare).toBeGreaterThan(0.4);
    expect(large.top10).toContain('die');
  });
});
