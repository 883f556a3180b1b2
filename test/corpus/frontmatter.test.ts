import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontmatter.ts';
import { parseArticle } from '../../src/corpus/article.ts';

const FILE = 'articles/foo.txt';
const BODY = 'Kim schickt Soldaten\n\nNordkorea hat weitere Soldaten nach Russland geschickt. Das teilte Seoul mit.\n';
const header = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n${BODY}`;

describe('parseFrontMatter', () => {
  it('reads a file without a header as having none', () => {
    expect(parseFrontMatter(BODY, FILE)).toEqual({ header: null, bodyLineIndex: 0, problems: [] });
  });

  it('reads all six fields and where the body starts', () => {
    const r = parseFrontMatter(
      header('title: "Kim: Soldaten für Putin"', 'outlet: tagesschau.de', 'agency: dpa', 'published: 2024-12-05T11:58', 'url: https://www.tagesschau.de/a.html', 'language: de-CH'),
      FILE,
    );
    expect(r.problems).toEqual([]);
    expect(r.bodyLineIndex).toBe(8);
    expect(r.header).toEqual({
      title: 'Kim: Soldaten für Putin',
      outlet: 'tagesschau.de',
      agency: 'dpa',
      published: { iso: '2024-12-05T11:58', precision: 'minute', text: '2024-12-05T11:58', from: 'header' },
      url: 'https://www.tagesschau.de/a.html',
      language: 'de-CH',
    });
  });

  it.each([
    ['2024-12-05T11:58', '2024-12-05T11:58', 'minute'],
    ['2024-12-05T11:58:00+01:00', '2024-12-05T11:58', 'minute'],
    ['2024-07-05T09:58:00Z', '2024-07-05T11:58', 'minute'],
    ['2024-12-05', '2024-12-05', 'day'],
    ['2025-04', '2025-04', 'month'],
    ['2025', '2025', 'year'],
  ])('reads published %s as %s with precision %s (Berlin time)', (value, iso, precision) => {
    const r = parseFrontMatter(header(`published: ${value}`), FILE);
    expect(r.header?.published).toMatchObject({ iso, precision });
  });

  it('names file, line, field and problem in one line for a bad date', () => {
    const r = parseFrontMatter(header('title: Kim', 'published: 5 Dez'), FILE);
    expect(r.header).toBeNull();
    expect(r.problems).toEqual([
      {
        file: FILE,
        line: 3,
        field: 'published',
        severity: 'error',
        message: 'articles/foo.txt:3: field "published": expected a date like 2024-12-05, 2025-04 or 2024-12-05T11:58 (got "5 Dez")',
      },
    ]);
  });

  it('rejects impossible dates such as 2025-02-31 and 2025-13', () => {
    expect(parseFrontMatter(header('published: 2025-02-31'), FILE).problems).toHaveLength(1);
    expect(parseFrontMatter(header('published: 2025-13'), FILE).problems).toHaveLength(1);
  });

  it('rejects unknown fields (typos) with the line and the allowed fields', () => {
    const r = parseFrontMatter(header('title: Kim', 'titel: Kim'), FILE);
    expect(r.problems.map((p) => p.message)).toEqual([
      'articles/foo.txt:3: field "titel": unknown field (expected one of title, outlet, agency, published, url, language)',
    ]);
  });

  it('rejects bad urls, languages, empty values, duplicate fields and non-field lines', () => {
    const r = parseFrontMatter(header('url: ftp://x.de', 'language: Deutsch', 'outlet:', 'agency: dpa', 'agency: AFP', 'kein feld hier'), FILE);
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'url'],
      [3, 'language'],
      [4, 'outlet'],
      [6, 'agency'],
      [7, undefined],
    ]);
    for (const p of r.problems) expect(p.message).not.toContain('\n');
  });

  it('reports a header that is never closed', () => {
    const r = parseFrontMatter('---\ntitle: Kim\nText ohne Ende', FILE);
    expect(r.problems.map((p) => p.message)).toEqual(['articles/foo.txt:1: header opened with "---" is not closed by a "---" line']);
  });

  it('treats a leading Markdown rule without fields as no header', () => {
    expect(parseFrontMatter('---\nEin Satz.\n---\nNoch einer.', FILE).header).toBeNull();
    expect(parseFrontMatter('---\nEin Satz.\n---\nNoch einer.', FILE).problems).toEqual([]);
  });

  it('lets "none" state that a field is unknown', () => {
    expect(parseFrontMatter(header('agency: none', 'published: unbekannt'), FILE).header).toEqual({ agency: null, published: null });
  });
});

describe('header overrides inference', () => {
  it('uses header fields over the inferred ones and keeps inference for the rest', () => {
    const raw = '---\noutlet: NZZ\npublished: 2025-04-29\n---\nKim schickt Soldaten\n05.12.2024, 11:58 Uhr\n\nNordkorea hat weitere Soldaten nach Russland geschickt. (dpa)\n';
    const a = parseArticle(raw, { id: 'x', file: 'x.txt' });
    expect(a.problems).toEqual([]);
    expect(a.outlet).toBe('NZZ');
    expect(a.published).toEqual({ iso: '2025-04-29', precision: 'day', text: '2025-04-29', from: 'header' });
    expect(a.agency).toBe('dpa');
    expect(a.title).toBe('Kim schickt Soldaten');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Nordkorea hat weitere Soldaten nach Russland geschickt.']);
  });

  it('clears a wrongly inferred agency with "agency: none"', () => {
    const raw = '---\nagency: none\n---\nKim schickt Soldaten\n\nNordkorea hat weitere Soldaten nach Russland geschickt. (dpa)\n';
    expect(parseArticle(raw, { id: 'x', file: 'x.txt' }).agency).toBeNull();
  });

  it('takes the outlet from the header url when nothing else names it', () => {
    const raw = '---\nurl: https://www.srf.ch/news/international/kim-123\n---\nKim schickt Soldaten\n\nNordkorea hat weitere Soldaten nach Russland geschickt.\n';
    const a = parseArticle(raw, { id: 'x', file: 'x.txt' });
    expect(a.outlet).toBe('srf.ch');
    expect(a.url).toBe('https://www.srf.ch/news/international/kim-123');
  });

  it('makes an invalid header an error of the article, not an exception', () => {
    const a = parseArticle(header('published: gestern'), { id: 'x', file: FILE });
    expect(a.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
  });
});
