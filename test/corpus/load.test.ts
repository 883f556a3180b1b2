import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFromFileName, decodeArticle, loadArticles } from '../../src/corpus/load.ts';
import { FIXTURE_DIR, SEED_DIR } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT = 'Kim schickt Soldaten\n\nNordkorea hat weitere Soldaten nach Russland geschickt. Das teilte Seoul mit.\n';

describe('decodeArticle', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    expect(decodeArticle(enc(TEXT), 'a.txt')).toEqual({ text: TEXT, problems: [] });
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(TEXT)]), 'a.txt')).toEqual({ text: TEXT, problems: [] });
  });

  it('reads UTF-16 with a BOM (little and big endian)', () => {
    const le = Buffer.from(`\ufeff${TEXT}`, 'utf16le');
    expect(decodeArticle(new Uint8Array(le), 'a.txt')).toEqual({ text: TEXT, problems: [] });
    const be = Buffer.from(le).swap16();
    expect(decodeArticle(new Uint8Array(be), 'a.txt')).toEqual({ text: TEXT, problems: [] });
  });

  it('reads plausible Windows-1252 text with a warning, including „“ and –', () => {
    const bytes = new Uint8Array([...enc('Kim sagte '), 0x84, ...enc('Sieg'), 0x93, 0x20, 0x96, 0x20, 0x66, 0xfc, 0x72, 0x20, 0x4b, 0xf6, 0x6e, 0x69, 0x67, 0x2e]);
    const r = decodeArticle(bytes, 'articles/alt.txt');
    expect(r).toEqual({
      text: 'Kim sagte „Sieg“ – für König.',
      problems: [{ file: 'articles/alt.txt', severity: 'warning', message: 'articles/alt.txt: not valid UTF-8; decoded as Windows-1252 (please save the file as UTF-8)' }],
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'file is empty'],
    ['a whitespace-only file', enc(' \n\t\r\n  '), 'file contains only whitespace'],
    ['binary data with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary data'],
    ['control-character garbage', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 31 + 1)), 'binary data'],
    ['undecodable high bytes', new Uint8Array([0x4b, 0x69, 0x6d, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20, 0x61]), 'not valid UTF-8'],
  ])('rejects %s with a one-line error naming the file', (_label, bytes, message) => {
    const r = decodeArticle(bytes, 'articles/bad.txt');
    expect('error' in r).toBe(true);
    if ('error' in r) {
      expect(r.error).toMatchObject({ file: 'articles/bad.txt', severity: 'error' });
      expect(r.error.message).toMatch(/^articles\/bad\.txt: /);
      expect(r.error.message).toContain(message);
      expect(r.error.message).not.toContain('\n');
    }
  });
});

describe('articleIdFromFileName', () => {
  it('makes a lowercase ASCII slug with umlauts folded', () => {
    expect(articleIdFromFileName('Russland bestätigt Beteiligung.txt')).toBe('russland-bestaetigt-beteiligung');
    expect(articleIdFromFileName('Größe_Übersicht (2).md')).toBe('groesse-uebersicht-2');
    expect(articleIdFromFileName('Selenskyj – Ça va?.txt')).toBe('selenskyj-ca-va');
    expect(articleIdFromFileName('???.txt')).toBe('');
  });
});

describe('loadArticles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    cpSync(SEED_DIR, articles, { recursive: true });
    for (const f of ['broken-header-selenskyj.txt', 'sda-windows-1252-kim-ehrt-soldaten.txt']) cpSync(join(FIXTURE_DIR, f), join(articles, f));
    writeFileSync(join(articles, 'empty.txt'), '');
    writeFileSync(join(articles, 'blank.md'), '  \n\t\n');
    writeFileSync(join(articles, 'garbage.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(articles, 'only-junk.txt'), 'Mehr zum Thema\nKims Raketen\nSüdkorea in Sorge\n');
    // Same id as the seed kursk-russland-setzt-nordkoreaner-ein.txt, sorted after it.
    writeFileSync(join(articles, 'kursk_russland_setzt_nordkoreaner_ein.txt'), TEXT);
    writeFileSync(join(articles, 'notes.docx'), 'x');
    writeFileSync(join(articles, '.DS_Store'), 'x');
    mkdirSync(join(articles, 'folder.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the good files in file-name order and skips each bad one with a one-line problem', async () => {
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual([
      'dpa-nordkorea-soldaten-an-der-front-waren-kims-idee',
      'keystone-sda-russland-bestaetigt-beteiligung-nordkoreanischer-soldaten',
      'kursk-russland-setzt-nordkoreaner-ein',
      'ntv-2024-12-05-kiew-russland-haelt-kims-soldaten-in-zweiter-reihe',
      'reuters-2025-04-nordkorea-bestaetigt-truppenentsendung',
      'sda-windows-1252-kim-ehrt-soldaten',
    ]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['articles/blank.md', 'error'],
      ['articles/broken-header-selenskyj.txt', 'error'],
      ['articles/broken-header-selenskyj.txt', 'error'],
      ['articles/empty.txt', 'error'],
      ['articles/folder.txt', 'warning'],
      ['articles/garbage.txt', 'error'],
      ['articles/kursk_russland_setzt_nordkoreaner_ein.txt', 'error'],
      ['articles/notes.docx', 'warning'],
      ['articles/only-junk.txt', 'error'],
    ]);
    for (const p of problems) {
      expect(p.message.startsWith(`${p.file}`)).toBe(true);
      expect(p.message).not.toContain('\n');
    }
    expect(problems.find((p) => p.file.endsWith('_ein.txt'))!.message).toContain('duplicate article id "kursk-russland-setzt-nordkoreaner-ein"');
  });

  it('keeps a loaded article’s warnings on the article, not in the skipped-file list', async () => {
    const { articles, problems } = await loadArticles(dir);
    const latin = articles.find((a) => a.id.startsWith('sda-windows'))!;
    expect(latin.file).toBe('articles/sda-windows-1252-kim-ehrt-soldaten.txt');
    expect(latin.problems).toHaveLength(1);
    expect(problems.some((p) => p.file === latin.file)).toBe(false);
  });

  it('loads the repository corpus with all five seeds and no problems', async () => {
    const { articles, problems } = await loadArticles(join(SEED_DIR, '..'));
    expect(articles).toHaveLength(5);
    expect(problems).toEqual([]);
    expect(articles.every((a) => a.file.startsWith('articles/'))).toBe(true);
  });

  it('reads the files of a folder without an articles/ subfolder', async () => {
    const { articles, problems } = await loadArticles(FIXTURE_DIR);
    expect(articles).toHaveLength(readdirSync(FIXTURE_DIR).filter((f) => /\.(txt|md)$/.test(f)).length - 1);
    expect(articles[0]!.file).not.toContain('/');
    expect(problems.map((p) => p.file)).toEqual(['broken-header-selenskyj.txt', 'broken-header-selenskyj.txt']);
  });

  it('throws a corpus: error naming the folder only when the folder itself cannot be read', async () => {
    await expect(loadArticles(join(dir, 'missing'))).rejects.toThrow(/^corpus: cannot read folder ".*missing"/);
    await expect(loadArticles(join(dir, 'articles', 'empty.txt'))).rejects.toThrow(/^corpus: /);
  });
});
