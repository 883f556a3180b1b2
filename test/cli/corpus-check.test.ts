import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { corpusCheck } from '../../scripts/corpus-check.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function check(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await corpusCheck(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npm run corpus:check', () => {
  it('prints every seed article\'s inferred metadata and exits 0', async () => {
    const { code, out } = await check(DEFAULT_CORPUS_DIR);
    expect(code).toBe(0);
    expect(out).toMatch(/published: +2024-12-05T11:58 \(minute/);
    expect(out).toMatch(/published: +2025-04 \(month/);
    expect(out).toMatch(/agency: +Keystone-SDA/);
    expect(out).toMatch(/5 articles load \(3 undated\), 0 files would be skipped/);
  });

  it('--verbose says which line gave the date, the outlet and the agency, what was not taken, and why lines were dropped', async () => {
    const { code, out } = await check(path.join(DEFAULT_CORPUS_DIR, '..', 'test', 'fixtures', 'pages'), '--verbose');
    expect(code).toBe(0);
    const tagblatt = out.slice(out.indexOf('tagblatt-ch-marker-und-zeitstempel.txt ->'));
    expect(tagblatt).toMatch(/published: +2025-03-11T18:45 \(minute.*<- line 6 \(date line\): "11\.03\.2025, 18\.45 Uhr"/);
    expect(tagblatt).toMatch(/not taken: +line 1 \(date marker\) "2025-03": the page's own date line is as or more precise/);
    expect(tagblatt).toMatch(/dropped: +line 5 \(byline\): Daniel Kessler/);
    const onvista = out.slice(out.indexOf('onvista-dpa-afx-quelle-und-datum.txt ->'));
    expect(onvista).toMatch(/agency <- line 5 \(date line\): "dpa-AFX · 13\.03\.2025, 08:45 Uhr"/);
    expect(onvista).toMatch(/dropped: +line 11 \(editor codes\): \/hoe\/DP\/jha/);
    const salzburg = out.slice(out.indexOf('salzburg24-platzhalterdatum-1970.txt ->'));
    expect(salzburg).toMatch(/warning: salzburg24-platzhalterdatum-1970\.txt:5: date "01\.01\.1970 01:00" is not taken as the publication date: a placeholder date/);
    const derstandard = out.slice(out.indexOf('derstandard-liveticker-tage.txt ->'));
    expect(derstandard).toMatch(/live blog: +4 paragraphs with an entry time/);
    expect(derstandard).toMatch(/#p3: 2025-06-16T22:40 from "22:40"/);
  });

  it('exits 1 and names file, line and field for a broken header; the other files still load', async () => {
    const dir = path.join(temp, 'broken');
    cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
    writeFileSync(path.join(dir, 'stories', 'kursk', 'articles', 'kaputt.txt'), '---\ntitle: Test\npublished: 5 Dez\n---\nText der Meldung.\n');
    const { code, out } = await check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/articles\/kaputt\.txt:3: .*published/);
    expect(out).toMatch(/5 articles load .*1 file would be skipped/);
  });

  it('exits 1 on an invalid catalogue file', async () => {
    const dir = path.join(temp, 'catalogue');
    cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
    writeFileSync(path.join(dir, 'glossary.json'), '{ "troops": [] }');
    const { code, out } = await check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/catalogue: glossary\.json: troops/);
  });
});
