/**
 * The loader refuses, with a reason, a folder named like an article and a
 * symbolic link leading outside the corpus folder (the bot must never quote
 * /etc/passwd); a link inside the corpus folder still loads.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-refusals-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ARTICLE = 'Titel der Meldung\n\nRussland hat am Montag weitere Truppen an die Grenze verlegt, sagte ein Sprecher.\n';

describe('refused folder entries', () => {
  it('gives a reason for a folder named x.txt and refuses a link outside the corpus; a link inside loads', async () => {
    const dir = path.join(temp, 'corpus');
    const articles = path.join(dir, 'articles');
    mkdirSync(path.join(articles, 'ordner.txt'), { recursive: true });
    writeFileSync(path.join(articles, 'echt.txt'), ARTICLE);
    const outside = path.join(temp, 'geheim.txt');
    writeFileSync(outside, 'root:x:0:0:root:/root:/bin/bash\n\nDas ist keine Meldung, sondern eine Datei außerhalb des Korpus.\n');
    symlinkSync(outside, path.join(articles, 'passwd.txt'));
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared', 'innen.txt'), ARTICLE.replace('Montag', 'Dienstag'));
    symlinkSync(path.join(dir, 'shared', 'innen.txt'), path.join(articles, 'verweis.txt'));

    const { articles: loaded, problems } = await loadArticles(dir);
    expect(loaded.map((a) => a.id)).toEqual(['echt', 'verweis']);
    expect(problems.map((p) => p.message)).toEqual([
      'articles/ordner.txt: ignored (a folder, not an article file)',
      'articles/passwd.txt: is a link to a file outside the corpus folder; refused',
    ]);
    expect(JSON.stringify(loaded)).not.toContain('root:x:0:0');
  });
});
