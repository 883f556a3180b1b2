import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { allGoodFixtures, fixture, FIXTURE_DIR, paragraphsOverlapping, readArticle } from './helpers.ts';

function expectNotQuoted(a: ReturnType<typeof fixture>, lines: string[]): void {
  for (const line of lines) expect(paragraphsOverlapping(a, line), line).toEqual([]);
}

describe('other outlets’ formats (invented fixtures)', () => {
  it('reads a tagesschau-style page: kicker, "Stand:" date, byline with outlet, teaser blocks', () => {
    const a = fixture('tagesschau-');
    expect(a.title).toBe('Kim räumt Einsatz von Soldaten in Kursk ein');
    expect(a.published).toMatchObject({ iso: '2025-04-30T14:05', precision: 'minute', text: '30.04.2025 14:05 Uhr' });
    expect(a.outlet).toBe('tagesschau.de');
    expect(a.agency).toBeNull();
    expect(a.headings.map((h) => h.text)).toEqual(['Gedenkstätte in Pjöngjang geplant']);
    expect(a.paragraphs).toHaveLength(5);
    expectNotQuoted(a, [
      'Nordkorea und Russland',
      'Von Anna Beispiel, tagesschau.de',
      'Kim Jong Un bei einer Zeremonie in Pjöngjang.',
      'Bild: REUTERS',
      'Dieses Thema im Programm: Das Erste | tagesschau | 30.04.2025 | 14:00 Uhr',
      'Mehr zum Thema',
      'Wie Nordkorea vom Krieg profitiert',
      'Schlagworte',
      'Kursk',
    ]);
  });

  it('reads a 20min-style page: "Publiziert:" wins over "Aktualisiert:", bullets, comments', () => {
    const a = fixture('20min-');
    expect(a.title).toBe('Nordkorea schickt weitere 3000 Soldaten nach Russland');
    expect(a.published).toMatchObject({ iso: '2025-01-13T07:12', precision: 'minute' });
    expect(a.outlet).toBeNull();
    expect(a.agency).toBeNull();
    expect(a.paragraphs[0]!.text).toContain("12'000 Nordkoreaner");
    expect(a.paragraphs[1]!.text).toBe('Nordkorea hat laut Südkorea weitere Soldaten nach Russland geschickt.');
    expect(a.headings.map((h) => h.text)).toEqual(['Darum gehts', '«Hohe Verluste» an der Front', 'Moskau schweigt']);
    expectNotQuoted(a, [
      'Ukraine-Krieg',
      'Nordkoreanische Soldaten bei einer Militärparade in Pjöngjang (Archivbild).',
      'KCNA via REUTERS',
      'Das könnte dich auch interessieren',
      'Kim verheizt seine eigenen Leute, unglaublich.',
      'Und der Westen schaut zu.',
    ]);
  });

  it('reads a ZEIT-style date line with source "ZEIT ONLINE, dpa, AFP, lsf"', () => {
    const a = fixture('zeit-');
    expect(a.published).toMatchObject({ iso: '2024-12-23T18:41', precision: 'minute' });
    expect(a.outlet).toBe('ZEIT ONLINE');
    expect(a.agency).toBe('dpa, AFP');
    expect(a.paragraphs).toHaveLength(5);
    expectNotQuoted(a, [
      'Artikel hören Player schließen',
      'Ein ukrainischer Soldat im Gebiet Kursk © Ukrainian Armed Forces/Reuters',
      'Artikel teilen',
      'Lesen Sie auch: Was Kim Jong Un für seine Soldaten bekommt',
      'Anzeige',
      'Alle Entwicklungen im Liveblog',
      '42 Kommentare',
      'Woher hat Selenskyj diese Zahl?',
    ]);
  });

  it('reads a derStandard-style closing tag (APA, Reuters, 26.4.2025) and drops the teaser links', () => {
    const a = fixture('derstandard-');
    expect(a.title).toBe('Moskau: Gebiet Kursk vollständig befreit, Nordkoreaner halfen mit');
    expect(a.published).toMatchObject({ iso: '2025-04-26T14:12', precision: 'minute' });
    expect(a.agency).toBe('APA, Reuters');
    expect(a.paragraphs.at(-1)!.text.endsWith('in das russische Grenzgebiet vorgestossen.')).toBe(true);
    expectNotQuoted(a, ['Weiterlesen:', 'Kim Jong Un und Putin: Eine Allianz mit Folgen', 'Foto: IMAGO/ITAR-TASS']);
  });

  it('reads a hard-wrapped Markdown dpa text as whole paragraphs', () => {
    const a = fixture('dpa-hard-wrapped');
    expect(a.title).toBe('Nordkorea bestätigt erstmals Gefallene in Kursk');
    expect(a.published).toBeNull();
    expect(a.agency).toBe('dpa');
    expect(a.headings.map((h) => h.text)).toEqual(['Zweifel an den Zahlen']);
    expect(a.paragraphs).toHaveLength(3);
    const p1 = a.paragraphs[0]!;
    expect(p1.text.startsWith('Nordkorea hat nach Angaben südkoreanischer Stellen erstmals\neingeräumt')).toBe(true);
    expect(p1.text.endsWith('an der auch Machthaber Kim Jong Un teilgenommen habe.')).toBe(true);
    expect(p1.sentences).toHaveLength(2);
    expect(a.paragraphs[2]!.heading).toBe('Zweifel an den Zahlen');
  });

  it('lets a header override title, outlet, date, url and language', () => {
    const a = fixture('nzz-header');
    expect(a.problems).toEqual([]);
    expect(a.title).toBe('Nordkoreas Soldaten in Kursk: Was bekannt ist');
    expect(a.outlet).toBe('NZZ');
    expect(a.published).toEqual({ iso: '2025-04-29T06:30', precision: 'minute', text: '2025-04-29T06:30:00+02:00', from: 'header' });
    expect(a.url).toBe('https://www.nzz.ch/international/nordkorea-soldaten-kursk-ld.1880000');
    expect(a.language).toBe('de-CH');
    expect(a.agency).toBe('SDA');
    expect(a.headings.map((h) => h.text)).toEqual(['Wie viele Soldaten hat Nordkorea geschickt?', 'Wo kämpfen sie?']);
    expect(a.paragraphs.some((p) => p.text.includes('outlet:') || p.text.includes('Veröffentlicht am'))).toBe(false);
  });

  it('reads a Windows-1252 file with a warning, CRLF line ends and a Keystone-SDA dateline', () => {
    const a = fixture('sda-windows-1252');
    expect(a.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('decoded as Windows-1252') })]);
    expect(a.raw).toContain('\r\n');
    expect(a.title).toBe('Nordkorea: Kim ehrt gefallene Soldaten');
    expect(a.published).toMatchObject({ iso: '2025-04-28', precision: 'day' });
    expect(a.agency).toBe('Keystone-SDA');
    expect(a.paragraphs[0]!.text.startsWith('Nordkoreas Machthaber Kim Jong Un hat')).toBe(true);
    expect(a.paragraphs[1]!.text).toContain('«internationalistische Pflicht»');
    expect(a.paragraphs[2]!.text).toContain('aus – Präsident');
  });

  it('reports a broken header as errors naming file, line and field', () => {
    const a = fixture('broken-header');
    expect(a.problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['error', 3, 'published'],
      ['error', 4, 'autor'],
    ]);
    expect(a.problems[0]!.message).toBe(
      'articles/broken-header-selenskyj.txt:3: field "published": expected a date like 2024-12-05, 2025-04 or 2024-12-05T11:58 (got "5 Dez")',
    );
  });

  it('reads a SPIEGEL-style page: kicker, "08.14 Uhr" time, audio line, caption "(Archivbild)", closing "ala/dpa/Reuters"', () => {
    const a = fixture('spiegel-');
    expect(a.title).toBe('Südkorea: Mehr als 4000 Nordkoreaner getötet oder verletzt');
    expect(a.published).toMatchObject({ iso: '2025-02-27T08:14', precision: 'minute' });
    expect(a.outlet).toBeNull();
    expect(a.agency).toBe('dpa, Reuters');
    expect(a.paragraphs).toHaveLength(4);
    expectNotQuoted(a, [
      'Ukraine-Krieg',
      'Artikel zum Hören • 3 Min',
      'Nordkoreanische Soldaten bei einer Parade in Pjöngjang (Archivbild)',
      'Foto: KCNA / REUTERS',
      'Kim Jong Un: Nordkoreas Diktator lässt neue Raketen testen',
      'ala/dpa/Reuters',
      'Diskutieren Sie mit',
    ]);
  });

  it('reads a t-online-style page: date and "Lesedauer" above the headline, a caption below its credit', () => {
    const a = fixture('tonline-');
    expect(a.title).toBe('Selenskyj: Zwei nordkoreanische Soldaten gefangen genommen');
    expect(a.published).toMatchObject({ iso: '2025-01-14T16:44', precision: 'minute', text: '14.01.2025 - 16:44 Uhr' });
    expect(a.outlet).toBeNull();
    expect(a.agency).toBe('dpa');
    expect(a.headings).toEqual([]);
    expect(a.paragraphs).toHaveLength(3);
    // The dateline `Kiew (dpa) –` is cut off the paragraph, not quoted.
    expect(a.paragraphs[1]!.text.startsWith('Die Ukraine hat nach Angaben von Präsident')).toBe(true);
    expectNotQuoted(a, [
      'Lesedauer: 2 Min.',
      'Ein Soldat bewacht den Eingang eines Gebäudes in Kiew (Symbolbild).',
      'Twittern',
    ]);
  });

  it('reads a WELT-style page: rubric labels in capitals, byline with a role line, headline under them', () => {
    const a = fixture('welt-');
    expect(a.title).toBe('8000 nordkoreanische Soldaten an Grenze zur Ukraine – erste Gefechte');
    expect(a.published).toMatchObject({ iso: '2024-11-04', precision: 'day' });
    expect(a.outlet).toBe('WELT');
    expect(a.agency).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
    expectNotQuoted(a, ['POLITIK', 'UKRAINE-KRIEG', 'Von Max B. Muster', 'Korrespondent in Brüssel', 'Themen', '© WeltN24 GmbH']);
  });

  it('reads a FAZ-style page: a kicker ending in a colon is not glued to the headline, "Aktualisiert am 05.11.2024-14:32"', () => {
    const a = fixture('faz-');
    expect(a.title).toBe('Kiew meldet erste Gefechte mit Nordkoreanern');
    expect(a.published).toMatchObject({ iso: '2024-11-05T14:32', precision: 'minute' });
    expect(a.agency).toBe('dpa, Reuters');
    expect(a.paragraphs).toHaveLength(2);
    expectNotQuoted(a, [
      'Krieg in der Ukraine:',
      'Bildbeschreibung einblenden',
      'Nordkoreanische Soldaten bei einer Übung im Oktober 2024 Bild: Reuters',
      'Artikelrechte erwerben',
      'Verlagsangebot',
    ]);
  });

  it('reads an SZ-style page: "5. Februar 2025, 9:15 Uhr", outlet from "© SZ/dpa/saul"', () => {
    const a = fixture('sz-');
    expect(a.title).toBe('Südkorea: Nordkorea schickt weitere Soldaten nach Russland');
    expect(a.published).toMatchObject({ iso: '2025-02-05T09:15', precision: 'minute' });
    expect(a.outlet).toBe('SZ');
    expect(a.agency).toBe('dpa');
    expect(a.paragraphs).toHaveLength(2);
    expectNotQuoted(a, ['Lesezeit: 2 Min.', 'Kim Jong Un bei einem Truppenbesuch. (Foto: KCNA via Reuters)', '© SZ/dpa/saul']);
  });

  it('reads a ZDF-style page: lowercase "von" byline, video labels with their values on the next line', () => {
    const a = fixture('zdf-');
    expect(a.title).toBe('Nordkoreanische Soldaten in Kursk: Was bekannt ist');
    expect(a.published).toMatchObject({ iso: '2024-12-17T18:04', precision: 'minute' });
    expect(a.outlet).toBe('ZDF');
    expect(a.agency).toBe('dpa, AFP');
    expect(a.paragraphs).toHaveLength(3);
    expectNotQuoted(a, ['von Anna Beispiel', 'Video', 'Beitragslänge:', '1 min', 'Datum:', '17.12.2024', 'Mehr zum Krieg in der Ukraine']);
  });

  it('reads a Deutschlandfunk note "Diese Nachricht wurde am 28.04.2025 im Programm Deutschlandfunk gesendet." as date and outlet', () => {
    const a = fixture('dlf-');
    expect(a.title).toBe('Kim bestätigt erstmals Einsatz von Soldaten in Russland');
    expect(a.published).toMatchObject({ iso: '2025-04-28', precision: 'day' });
    expect(a.outlet).toBe('Deutschlandfunk');
    expect(a.paragraphs).toHaveLength(2);
    expectNotQuoted(a, ['Nordkorea', 'Diese Nachricht wurde am 28.04.2025 im Programm Deutschlandfunk gesendet.']);
  });

  it('makes every paragraph and sentence of every fixture a verbatim slice of its raw text', () => {
    const articles = allGoodFixtures();
    expect(articles.length).toBe(14);
    for (const a of articles) {
      for (const p of a.paragraphs) {
        expect(a.raw.slice(p.start, p.end)).toBe(p.text);
        for (const s of p.sentences) expect(a.raw.slice(s.start, s.end)).toBe(s.text);
      }
      for (const h of a.headings) expect(a.raw.slice(h.start, h.end)).toBe(h.text);
    }
  });
});

describe('page junk of the web (invented fixture in test/fixtures/junk)', () => {
  it('drops embedded-post notices, promotions and editorial notes, keeping the two news paragraphs', () => {
    const a = readArticle(join(FIXTURE_DIR, '../junk/articles'), 'rnd-externer-inhalt-hinweise.txt');
    expect(a.title).toBe('Kursk: Nordkoreanische Soldaten in Gefechte verwickelt');
    expect(a.published).toMatchObject({ iso: '2024-11-12T16:20', precision: 'minute' });
    expect(a.agency).toBe('dpa, AFP');
    expect(a.headings).toEqual([]);
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual(['Nordkoreanische Soldaten sind ', 'Nach Angaben des HUR wurden da']);
    expectNotQuoted(a, [
      'Empfohlener externer Inhalt',
      'Jetzt den Newsletter abonnieren und keine Nachricht mehr verpassen!',
      'Folgen Sie uns auf WhatsApp, Instagram und TikTok.',
      'Transparenzhinweis: Dieser Artikel wurde am 12.11.2024 aktualisiert.',
    ]);
  });

  it('drops gallery counters, bookmark and rating prompts, and the title of an embedded video', () => {
    const a = readArticle(join(FIXTURE_DIR, '../junk/articles'), 'eilmeldung-galerie-video.txt');
    expect(a.title).toBe('Nordkorea bestätigt Tod von Soldaten in Kursk');
    expect(a.published).toMatchObject({ iso: '2025-05-03T10:12', precision: 'minute' });
    expect(a.headings).toEqual([]);
    expect(a.paragraphs).toHaveLength(2);
    expectNotQuoted(a, [
      'Eilmeldung',
      'Zur Merkliste hinzufügen',
      'Bild 1 von 12',
      'Soldaten bei einer Trauerfeier in Pjöngjang.',
      'Video: 2 min',
      'Nordkoreas Staatschef ehrt gefallene Soldaten',
      'Wie hat Ihnen dieser Artikel gefallen?',
      'Kommentieren',
    ]);
  });
});
