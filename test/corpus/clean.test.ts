import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.ts';
import type { Article } from '../../src/corpus/types.ts';

const parse = (...lines: string[]): Article => parseArticle(lines.join('\n'), { id: 'x', file: 'articles/x.txt' });
const texts = (a: Article) => a.paragraphs.map((p) => p.text);

const P1 = 'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt. Das teilte der Generalstab am Montag mit.';
const P2 = 'Die Ukraine bestätigte die Angaben zunächst nicht. Ein Sprecher in Kiew sagte, man prüfe die Berichte noch.';
const P3 = 'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter rechnen mit neuen Angaben in den kommenden Tagen.';

describe('cleaning navigation and teasers', () => {
  it('drops a navigation tail without a comment section (Weiterlesen, counters, MEHR IN …, short headlines)', () => {
    const a = parse('Kim schickt Soldaten', '', P1, '', P2, '', 'Weiterlesen', '', '9 Interaktionen', 'Laut Kreml', 'D', 'Strände & Co.', '', 'MEHR IN NEWS', '', 'Explosion im Iran', 'Im Iran', '82 Interaktionen', 'Am 100. Tag');
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.headings).toEqual([]);
  });

  it('drops a reader comment section and all that follows', () => {
    const a = parse('Kim schickt Soldaten', '', P1, '', '42 Kommentare', 'Leser77', 'Das ist eine lange Meinung zum Thema, die niemand zitieren soll.', '', P2);
    expect(texts(a)).toEqual([P1]);
    expect(a.dropped.at(-1)).toMatchObject({ reason: 'reader comments', line: 5 });
  });

  it('drops an inline teaser and a teaser block inside the text but keeps the text after it', () => {
    const a = parse('Kim schickt Soldaten', P1, 'Lesen Sie auch: Was Kim für seine Soldaten bekommt', P2, 'Das könnte Sie auch interessieren', 'Kims Raketen im Test', 'Seoul warnt Pjöngjang', P3);
    expect(texts(a)).toEqual([P1, P2, P3]);
  });

  it('drops a list of three or more short headlines between paragraphs', () => {
    const a = parse('Kim schickt Soldaten', P1, 'Krieg in der Ukraine', 'Alle Entwicklungen im Liveblog', 'Nordkoreas Armee: Was wir wissen', P2);
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.headings).toEqual([]);
  });

  it('drops share, print, audio, ad and newsletter lines', () => {
    const a = parse('Kim schickt Soldaten', 'Artikel anhören', 'Teilen | Drucken', P1, 'Anzeige', 'Newsletter abonnieren', P2, 'Lesezeit: 3 Min.');
    expect(texts(a)).toEqual([P1, P2]);
  });
});

describe('cleaning photos', () => {
  it('drops a credit line and the caption line right above it', () => {
    const a = parse('Kim schickt Soldaten', 'Kim Jong Un bei einer Parade in Pjöngjang.', '(Foto: picture alliance/dpa/KCNA)', P1, '', 'Bild: Keystone', '', P2);
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.dropped.map((d) => d.reason)).toEqual(['photo caption', 'photo credit', 'photo credit']);
  });

  it('drops captions with an inline credit and the alt text above them', () => {
    const a = parse('Kim schickt Soldaten', '', P1, '', 'Russland Putin', 'Putin bei einer Videoschalte. - Alexander Muster, Sputnik, Kremlin Pool Photo via AP', '', 'Ein Soldat im Gebiet Kursk © IMAGO/ITAR-TASS', 'Kim bei einer Parade. Foto: KCNA/dpa', P2);
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.dropped[0]).toMatchObject({ reason: 'image alt text', text: 'Russland Putin' });
    expect(a.dropped.slice(1).every((d) => /^photo (caption|credit)$/.test(d.reason))).toBe(true);
  });

  it('keeps a body paragraph that merely mentions photos', () => {
    const para = 'Die Aufnahmen zeigen nach Angaben des Geheimdienstes Soldaten beim Training. Ein Foto wurde von KCNA verbreitet.';
    expect(texts(parse('Kim schickt Soldaten', para, P1))).toEqual([para, P1]);
  });
});

describe('cleaning structure', () => {
  it('keeps subheadings and ALL-CAPS section titles as headings with their paragraphs', () => {
    const a = parse('Kim schickt Soldaten', '', P1, '', 'Zweifel an den Zahlen', '', P2, '', 'PUTIN DANKT KIM', '', P3);
    expect(a.headings.map((h) => [h.text, h.beforeParagraph])).toEqual([
      ['Zweifel an den Zahlen', 1],
      ['PUTIN DANKT KIM', 2],
    ]);
    expect(a.paragraphs.map((p) => p.heading)).toEqual([null, 'Zweifel an den Zahlen', 'PUTIN DANKT KIM']);
  });

  it('treats a short question line followed by text as a subheading', () => {
    const a = parse('Kim schickt Soldaten', '', P1, '', 'Wie viele Soldaten hat Kim geschickt?', '', P2);
    expect(a.headings.map((h) => h.text)).toEqual(['Wie viele Soldaten hat Kim geschickt?']);
    expect(texts(a)).toEqual([P1, P2]);
  });

  it('joins a paragraph broken over lines when a line does not end a sentence', () => {
    const a = parse('Kim schickt Soldaten', '', 'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt, die', 'im Gebiet Kursk eingesetzt werden sollen.', P2);
    expect(texts(a)).toEqual(['Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt, die\nim Gebiet Kursk eingesetzt werden sollen.', P2]);
  });

  it('joins the lines of a hard-wrapped file, even where a line happens to end a sentence', () => {
    const wrapped = [
      'Kim schickt Soldaten',
      '',
      'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt.',
      'Das teilte der Generalstab am Montag in Seoul mit, ohne eine genaue Zahl zu',
      'nennen. Die Ukraine bestätigte die Angaben zunächst nicht, ein Sprecher in',
      'Kiew sagte, man prüfe die Berichte.',
      '',
      'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter rechnen mit',
      'neuen Angaben in den kommenden Tagen, auch aus Moskau und aus Pjöngjang.',
    ];
    const a = parse(...wrapped);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]!.text).toBe(wrapped.slice(2, 6).join('\n'));
    expect(a.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt.',
      'Das teilte der Generalstab am Montag in Seoul mit, ohne eine genaue Zahl zu\nnennen.',
      'Die Ukraine bestätigte die Angaben zunächst nicht, ein Sprecher in\nKiew sagte, man prüfe die Berichte.',
    ]);
  });

  it('keeps one paragraph per line when lines end sentences and are not wrapped', () => {
    expect(texts(parse('Kim schickt Soldaten', P1, P2, P3))).toEqual([P1, P2, P3]);
  });

  it('strips list bullets and Markdown heading marks from quotable text', () => {
    const a = parse('# Kim schickt Soldaten', '', '## Das Wichtigste', '', '• Nordkorea hat weitere Soldaten geschickt.', '- Die Ukraine prüft die Angaben.');
    expect(a.title).toBe('Kim schickt Soldaten');
    expect(a.headings.map((h) => h.text)).toEqual(['Das Wichtigste']);
    expect(texts(a)).toEqual(['Nordkorea hat weitere Soldaten geschickt.', 'Die Ukraine prüft die Angaben.']);
    for (const h of a.headings) expect(a.raw.slice(h.start, h.end)).toBe(h.text);
  });

  it('starts a paragraph after a place-only dateline only near the top', () => {
    const a = parse('Kim schickt Soldaten', `Moskau/Pjöngjang – ${P1}`, P2, P3, `Kiew – ${P1}`);
    expect(a.paragraphs[0]!.text).toBe(P1);
    expect(a.paragraphs[3]!.text).toBe(`Kiew – ${P1}`);
  });

  it('keeps CRLF line ends in the raw text and offsets exact', () => {
    const raw = ['Kim schickt Soldaten', '', P1, 'Zweifel an den Zahlen', P2].join('\r\n');
    const a = parseArticle(raw, { id: 'x', file: 'x.txt' });
    expect(texts(a)).toEqual([P1, P2]);
    for (const p of a.paragraphs) expect(raw.slice(p.start, p.end)).toBe(p.text);
  });

  it('reports an article with no text left after cleaning as an error', () => {
    const a = parse('Kim schickt Soldaten', 'Stand: 30.04.2025 14:05 Uhr', 'Mehr zum Thema', 'Kims Raketen');
    expect(a.paragraphs).toEqual([]);
    expect(a.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('no article text') })]);
  });

  it('never throws on odd content', () => {
    for (const raw of ['', '\n\n\n', '---', '---\n---', '„„„ »» «« """', '(dpa)', 'a'.repeat(10000), '1.\n2.\n3.', '\u0000\u0001']) {
      expect(() => parseArticle(raw, { id: 'x', file: 'x.txt' })).not.toThrow();
    }
  });
});
