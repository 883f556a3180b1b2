/**
 * Articles as real web pages paste them (issue 13): every fixture of
 * `test/fixtures/pages/` (one layout per file) and of the three invented
 * stories in `test/fixtures/newsroom/stories/` reads its title, date (with precision),
 * outlet, agency and kicker as its `expected.json` says, keeps its listed junk
 * out of every paragraph (and heading), keeps its real paragraphs, and gives
 * live-blog entries their times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from './helpers.ts';
import { splitLines } from '../../src/corpus/lines.ts';
import type { Article } from '../../src/corpus/types.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Expected {
  file: string;
  title: string | null;
  published: string | null;
  precision: string | null;
  outlet: string | null;
  agency: string | null;
  kicker?: string | null;
  junk: string[];
  paragraphs?: number;
  times?: string[];
  summary?: number;
  warnings?: number;
}

function load(dir: string): { dir: string; articles: Expected[] } {
  const sheet = JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8')) as { articles: Expected[] };
  return { dir, articles: sheet.articles };
}

function parse(dir: string, file: string): Article {
  const path = join(FIXTURES, dir, file);
  const name = path.split('/').pop()!;
  const a = readArticle(path.slice(0, -name.length), name);
  return a;
}

/** Spans of a junk string in the raw text: the lines that are exactly it, else every occurrence. */
function junkSpans(raw: string, junk: string): { start: number; end: number }[] {
  const piece = junk.trim();
  const lines = splitLines(raw).filter((l) => l.trimmed === piece);
  if (lines.length) return lines.map((l) => ({ start: l.tStart, end: l.tEnd }));
  const spans: { start: number; end: number }[] = [];
  for (let i = raw.indexOf(piece); i >= 0; i = raw.indexOf(piece, i + 1)) spans.push({ start: i, end: i + piece.length });
  return spans;
}

const overlaps = (a: { start: number; end: number }, spans: { start: number; end: number }[]): boolean =>
  spans.some((s) => a.start < s.end && s.start < a.end);

/** The quoted fragments of the stories' junk descriptions (`… 'Bild: AFP' …`), split at ellipses. */
function storyJunk(descriptions: string[]): { piece: string; heading: boolean }[] {
  return descriptions.flatMap((d) => {
    const heading = /subheading|heading/i.test(d);
    return [...d.matchAll(/'([^']+)'/g)].flatMap((m) =>
      m[1]!
        .split('…')
        .map((p) => p.trim())
        .filter((p) => p.length >= 2)
        .map((piece) => ({ piece, heading })),
    );
  });
}

function checkInvariants(a: Article): void {
  for (const p of a.paragraphs) {
    expect(a.raw.slice(p.start, p.end)).toBe(p.text);
    for (const s of p.sentences) expect(a.raw.slice(s.start, s.end)).toBe(s.text);
  }
  if (a.title) expect(a.raw.includes(a.title)).toBe(true);
  if (a.kicker) expect(a.raw.includes(a.kicker)).toBe(true);
}

/** Real paragraphs of the story files, counted by hand from the texts. */
const STORY_PARAGRAPHS: Record<string, number> = {
  'tagesschau-liveblog-erdbeben-balkan.txt': 11,
  'apa-erdbeben-zahl-der-toten-steigt.txt': 7,
  'srf-schweizer-retter-im-erdbebengebiet.txt': 7,
  'spiegel-experten-befuerchten-bis-zu-10000-tote.txt': 8,
  'stz-afp-zahl-der-toten-steigt-auf-1870.txt': 6,
  'finanzen-dpa-afx-rueckversicherer-erdbeben.txt': 5,
  'weidenbach-thw-helfer-ohne-datum.txt': 7,
  'reuters-2025-02-zahl-der-toten-2340.txt': 7,
  'dpa-waldbrand-sardinien-ausgebrochen.md': 6,
  'blick-liveticker-waldbrand-sardinien.txt': 12,
  'orf-notstand-sardinien-ohne-datum.txt': 7,
  'finanzen-dpa-afx-solmar-touristik.txt': 6,
  'kleinezeitung-2025-08-verdaechtiger-festgenommen.txt': 7,
  'afp-2025-08-copernicus-bilanz.txt': 7,
  'sz-waldbrand-vollstaendig-eingedaemmt.txt': 8,
  'finanzen-dpa-afx-merzinger-insolvenzantrag.txt': 6,
  'derstandard-merzinger-austria-insolvenz.txt': 8,
  'swp-newsblog-merzinger-protest.txt': 8,
  'hintergrund-merzinger-ohne-datum.txt': 8,
  'reuters-2025-02-verwalterin-stellenabbau.txt': 7,
  'handelszeitung-2025-05-helvetra-uebernimmt.txt': 8,
  'swr-glaeubigerversammlung.md': 7,
};

describe('story pages (three invented stories, 22 files)', () => {
  for (const story of ['erdbeben', 'waldbrand', 'insolvenz']) {
    const { dir, articles } = load(join('newsroom', 'stories', story));
    for (const e of articles) {
      const name = e.file.split('/').pop()!;
      it(`${story}/${name}: metadata, junk, paragraphs`, () => {
        const a = parse(dir, e.file);
        expect(a.title).toBe(e.title);
        expect(a.published ? [a.published.iso, a.published.precision] : [null, null]).toEqual([e.published, e.precision]);
        // The broadcast note names the programme `tagesschau`; `tagesschau.de` is an acceptable reading.
        expect(e.outlet === 'tagesschau' ? ['tagesschau', 'tagesschau.de'] : [e.outlet]).toContain(a.outlet);
        expect(a.agency).toBe(e.agency);
        for (const { piece, heading } of storyJunk(e.junk)) {
          const spans = junkSpans(a.raw, piece);
          expect(spans.length, `junk "${piece}" is in the file`).toBeGreaterThan(0);
          expect(a.paragraphs.filter((p) => overlaps(p, spans)).map((p) => p.text), `junk "${piece}"`).toEqual([]);
          if (!heading) expect(a.headings.filter((h) => overlaps(h, spans)).map((h) => h.text), `junk heading "${piece}"`).toEqual([]);
        }
        expect(a.paragraphs).toHaveLength(STORY_PARAGRAPHS[name]!);
        checkInvariants(a);
      });
    }
  }

  it('dates the entries of the newest-first live blog from its "Stand:" date', () => {
    const a = parse('newsroom/stories/erdbeben', 'articles/tagesschau-liveblog-erdbeben-balkan.txt');
    expect(a.paragraphs[0]!.time).toBeUndefined();
    expect(a.paragraphs.slice(1).map((p) => p.time?.iso)).toEqual([
      '2025-02-17T22:05', '2025-02-17T20:30', '2025-02-17T19:10', '2025-02-17T17:45', '2025-02-17T16:20',
      '2025-02-17T14:05', '2025-02-17T12:30', '2025-02-17T09:40', '2025-02-17T07:15', '2025-02-17T05:02',
    ]);
  });

  it('dates ticker entries by the day separator above them and flags the summary bullets', () => {
    const a = parse('newsroom/stories/waldbrand', 'articles/blick-liveticker-waldbrand-sardinien.txt');
    expect(a.paragraphs.filter((p) => p.summary).map((p) => p.text)).toEqual([
      'Seit Montagnachmittag brennt es im Westen Sardiniens',
      'Über 8000 Menschen wurden evakuiert',
      'Die Region hat den Notstand ausgerufen',
    ]);
    const times = a.paragraphs.flatMap((p) => (p.time ? [`${p.time.iso} ${p.time.day}`] : []));
    expect(times[0]).toBe('2025-08-06T19:40 separator');
    expect(times.at(-1)).toBe('2025-08-05T07:12 separator');
  });

  it('cuts the dpa-AFX sign-off off the last paragraph, which stays quotable', () => {
    const a = parse('newsroom/stories/waldbrand', 'articles/finanzen-dpa-afx-solmar-touristik.txt');
    expect(a.paragraphs.at(-1)!.text.endsWith('zeigten sich dagegen kaum verändert.')).toBe(true);
  });
});

describe('pages in 24 more layouts (test/fixtures/pages)', () => {
  const { dir, articles } = load('pages');
  it('has at least 20 fixtures, each with a README entry', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    const readme = readFileSync(join(FIXTURES, dir, 'README.md'), 'utf8');
    for (const e of articles) expect(readme, e.file).toContain(e.file);
  });
  for (const e of articles) {
    it(`${e.file}: metadata, kicker, junk, paragraphs`, () => {
      const a = parse(dir, e.file);
      expect({
        title: a.title,
        kicker: a.kicker,
        published: a.published?.iso ?? null,
        precision: a.published?.precision ?? null,
        outlet: a.outlet,
        agency: a.agency,
      }).toEqual({ title: e.title, kicker: e.kicker ?? null, published: e.published, precision: e.precision, outlet: e.outlet, agency: e.agency });
      for (const junk of e.junk) {
        const spans = junkSpans(a.raw, junk);
        expect(spans.length, `junk "${junk}" is in the file`).toBeGreaterThan(0);
        expect(a.paragraphs.filter((p) => overlaps(p, spans)).map((p) => p.text), `junk "${junk}"`).toEqual([]);
        expect(a.headings.filter((h) => overlaps(h, spans)).map((h) => h.text), `junk heading "${junk}"`).toEqual([]);
        if (a.title) expect(overlaps({ start: a.raw.indexOf(a.title), end: a.raw.indexOf(a.title) + a.title.length }, spans), `junk in title "${junk}"`).toBe(false);
      }
      if (e.paragraphs !== undefined) expect(a.paragraphs).toHaveLength(e.paragraphs);
      if (e.times) expect(a.paragraphs.flatMap((p) => (p.time ? [p.time.iso] : []))).toEqual(e.times);
      expect(a.paragraphs.filter((p) => p.summary)).toHaveLength(e.summary ?? 0);
      expect(a.problems.filter((p) => p.severity === 'warning')).toHaveLength(e.warnings ?? 0);
      checkInvariants(a);
    });
  }
});

describe('provenance and warnings', () => {
  it('names the line that gave the date, the outlet and the agency', () => {
    const a = parse('pages', 'tagblatt-ch-marker-und-zeitstempel.txt');
    expect(a.provenance.published).toMatchObject({ line: 6, text: '11.03.2025, 18.45 Uhr' });
    expect(a.provenance.rejected).toEqual([expect.objectContaining({ line: 1, text: '2025-03', rule: 'date marker' })]);
    const m = parse('pages', 'msn-aggregator-by-outlet-from.txt');
    expect(m.provenance.outlet).toMatchObject({ line: 3, rule: 'aggregator header' });
  });

  it('says why a placeholder date is not the publication date', () => {
    const a = parse('pages', 'salzburg24-platzhalterdatum-1970.txt');
    expect(a.published).toBeNull();
    expect(a.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 5, message: expect.stringMatching(/01\.01\.1970.*placeholder/) })]);
  });

  it('splits sentences glued without a space in a paragraph', () => {
    const a = parse('pages', 'kbs-world-deutsch-waldbrand.txt');
    expect(a.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      'Der Waldbrand im Landkreis Uiseong in der Provinz Nord-Gyeongsang ist nach fünf Tagen weitgehend unter Kontrolle.',
      'Das teilte die Forstbehörde am Freitag mit.',
    ]);
  });
});

