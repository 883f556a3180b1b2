/**
 * Uploads never destroy: existing ids are refused unless replacing is
 * confirmed (the old text goes to .trash/), one id is one file, only
 * article-shaped names are accepted, long names are shortened safely, and
 * every refusal is one line. Also through the engine's one reload path.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { listTrash, saveUpload, shortenId, uploadName } from '../../src/corpus/upload.ts';
import { loadArticles } from '../../src/corpus/load.ts';
import { LocalEngine } from '../../src/engine/local.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-upload-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ARTICLE = 'Titel der Meldung\n\nRussland hat am Montag weitere Truppen an die Grenze verlegt, sagte ein Sprecher.\n';
const NEWER = 'Titel der Meldung, korrigiert\n\nRussland hat am Dienstag weitere Truppen an die Grenze verlegt, sagte ein Sprecher.\n';
const bytes = (s: string) => new TextEncoder().encode(s);
const MAX = 512 * 1024;
let n = 0;

/** A corpus folder with `articles/` holding the given files. */
function corpus(files: Record<string, string> = {}): string {
  const dir = path.join(temp, `c${++n}`);
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'articles', name), text);
  return dir;
}

const listing = (dir: string) => readdirSync(path.join(dir, 'articles')).sort();

describe('article-shaped names', () => {
  it('refuses names the loader would never read, each with one line saying what to do', () => {
    const cases: Array<[string, RegExp]> = [
      ['notes.pdf', /is not a \.txt or \.md file/],
      ['README.md', /notes file name, never read as an article/],
      ['readme.TXT', /notes file name/],
      ['.versteckt.txt', /starts with a dot/],
      ['---.txt', /gives no usable article id/],
      ['ReadMe!.md', /would be saved as a README/],
    ];
    for (const [name, message] of cases) {
      const r = uploadName(name);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(message);
        expect(r.message).not.toContain('\n');
      }
    }
  });

  it('shortens a long name at a hyphen, never ending in one', () => {
    const long = `${'Nordkoreanische Soldaten in Kursk '.repeat(8)}.txt`;
    const r = uploadName(long);
    expect(r.ok && r.shortened).toBe(true);
    if (r.ok) {
      expect(r.id.length).toBeLessThanOrEqual(80);
      expect(r.id).toMatch(/^nordkoreanische-soldaten-in-kursk-[a-z-]*[a-z]$/);
    }
    expect(shortenId('a'.repeat(200))).toBe('a'.repeat(80));
    expect(shortenId('kurz')).toBe('kurz');
  });
});

describe('saveUpload', () => {
  it('refuses an existing id in any case and as .md beside .txt; nothing on disk changes', async () => {
    const dir = corpus({ 'meldung.txt': ARTICLE });
    for (const name of ['Meldung.txt', 'MELDUNG.TXT', 'meldung.md', 'Meldung!.md']) {
      const r = await saveUpload(dir, name, bytes(NEWER), { maxBytes: MAX });
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.message).toBe('upload: an article "meldung" already exists (articles/meldung.txt); nothing was replaced. To replace it, attach the file again with replace:true (the old text is kept in .trash/).');
      }
    }
    expect(listing(dir)).toEqual(['meldung.txt']);
    expect(readFileSync(path.join(dir, 'articles', 'meldung.txt'), 'utf8')).toBe(ARTICLE);
    expect(existsSync(path.join(dir, '.trash'))).toBe(false);
  });

  it('replaces when confirmed: the old file goes to .trash/ with a timestamp, one file per id remains, undo brings it back', async () => {
    const dir = corpus({ 'meldung.txt': ARTICLE });
    const now = new Date('2025-01-31T09:05:07.123Z');
    const r = await saveUpload(dir, 'Meldung.md', bytes(NEWER), { maxBytes: MAX, replace: true, now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toBe('articles/meldung.md');
    expect(r.trashed).toEqual(['.trash/2025-01-31T09-05-07.123Z--meldung.txt']);
    expect(listing(dir)).toEqual(['meldung.md']);
    expect(readFileSync(path.join(dir, '.trash', '2025-01-31T09-05-07.123Z--meldung.txt'), 'utf8')).toBe(ARTICLE);
    expect(await listTrash(dir)).toEqual([{ file: '.trash/2025-01-31T09-05-07.123Z--meldung.txt', name: 'meldung.txt', replacedAt: '2025-01-31T09:05:07.123Z' }]);
    const loaded = await loadArticles(dir);
    expect(loaded.articles.map((a) => a.id)).toEqual(['meldung']);
    expect(loaded.problems).toEqual([]);
    await r.undo();
    expect(listing(dir)).toEqual(['meldung.txt']);
    expect(readFileSync(path.join(dir, 'articles', 'meldung.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('saves a 250-character name under a shortened id, and refuses the same long name the second time', async () => {
    const dir = corpus();
    const long = `${'x'.repeat(10)}-${'Kursk Nordkorea Soldaten '.repeat(10)}`.slice(0, 246) + '.txt';
    expect(long.length).toBe(250);
    const first = await saveUpload(dir, long, bytes(ARTICLE), { maxBytes: MAX });
    expect(first.ok).toBe(true);
    if (first.ok) {
      expect(first.shortened).toBe(true);
      expect(path.basename(first.file).length).toBeLessThanOrEqual(84);
    }
    const again = await saveUpload(dir, long, bytes(NEWER), { maxBytes: MAX });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.message).toMatch(/already exists/);
      expect(again.message.length).toBeLessThan(400);
    }
  });

  it('keeps each refusal to one line, also for bad content', async () => {
    const dir = corpus();
    const refusals = await Promise.all([
      saveUpload(dir, 'leer.txt', bytes(''), { maxBytes: MAX }),
      saveUpload(dir, 'binär.txt', new Uint8Array([0, 1, 2, 0, 255]), { maxBytes: MAX }),
      saveUpload(dir, 'kopf.md', bytes('---\npublished: gestern\n---\nText.\n'), { maxBytes: MAX }),
      saveUpload(dir, 'gross.txt', bytes('x'.repeat(2048)), { maxBytes: 1024 }),
      saveUpload(dir, `${'ä'.repeat(300)}\n.exe`, bytes(ARTICLE), { maxBytes: MAX }),
    ]);
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(/\n/);
    }
    expect(listing(dir)).toEqual([]);
  });
});

/** The seed story in the old one-story layout under `temp/<name>`, and an engine on it; the article the tests replace. */
async function seedEngine(name: string) {
  const dir = path.join(temp, name);
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories', 'kursk', 'articles'), path.join(dir, 'articles'), { recursive: true });
  symlinkSync(path.join(DEFAULT_CORPUS_DIR, 'stories', 'kursk', 'story.json'), path.join(dir, 'story.json'));
  const id = 'kursk-russland-setzt-nordkoreaner-ein';
  const file = path.join(dir, 'articles', `${id}.txt`);
  return { dir, id, file, original: readFileSync(file, 'utf8'), engine: await LocalEngine.open(dir) };
}

describe('through the reload path', () => {
  it('refuses an existing article, replaces it with replace:true, reports the trash and lists it in /corpus', async () => {
    const { dir, id, file, original, engine } = await seedEngine('engine');
    const version = engine.version;
    const refused = await engine.run('reload', '', { upload: { filename: `${id.toUpperCase()}.md`, bytes: bytes(NEWER) } });
    expect(refused.status).toBe('invalid');
    expect(refused.notice).toMatch(/^upload: an article "kursk-russland-setzt-nordkoreaner-ein" already exists .* Nothing was changed; still serving corpus/);
    expect(refused.notice).not.toContain('\n');
    expect(engine.version).toBe(version);
    expect(readFileSync(file, 'utf8')).toBe(original);

    const replaced = await engine.run('reload', '', { upload: { filename: `${id}.txt`, bytes: bytes(NEWER) }, replace: true });
    expect(replaced.status).toBe('ok');
    expect(replaced.summary).toMatch(new RegExp(`^Replaced articles/${id}\\.txt; the old text is kept as \\.trash/.*--${id}\\.txt\\.\\n`));
    expect(replaced.sections?.find((s) => s.title === 'Changed')?.lines).toEqual([id]);
    const corpus = await engine.run('corpus', '');
    const trash = corpus.sections?.find((s) => s.title === 'Replaced articles (old texts kept)');
    expect(trash?.lines).toHaveLength(1);
    expect(trash?.lines[0]).toMatch(new RegExp(`^${id}\\.txt — replaced \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, kept as \\.trash/`));
    const [kept] = readdirSync(path.join(dir, '.trash'));
    expect(readFileSync(path.join(dir, '.trash', kept!), 'utf8')).toBe(original);
  });

  it('brings the old text back when the reload after a replacement fails', async () => {
    const { dir, id, file, original, engine } = await seedEngine('engine-fail');
    writeFileSync(path.join(dir, 'claimants.json'), '{ "version": 1, "actors": [ { "id": "Not An Id" } ] }');
    const failed = await engine.run('reload', '', { upload: { filename: `${id}.txt`, bytes: bytes(NEWER) }, replace: true });
    expect(failed.status).toBe('error');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(path.join(dir, '.trash'))).toEqual([]);
  });
});
