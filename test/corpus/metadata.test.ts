import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';

const BODY = [
  'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt. Das teilte der Generalstab am Montag mit.',
  'Die Ukraine bestätigte die Angaben zunächst nicht. Ein Sprecher in Kiew sagte, man prüfe die Berichte noch.',
  'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter rechnen mit neuen Angaben in den kommenden Tagen.',
].join('\n\n');
const TITLE = 'Kim schickt weitere Soldaten';
const meta = (...parts: string[]) => inferMetadata(parts.join('\n'));

describe('published date from date lines', () => {
  it.each([
    ['05.12.2024, 11:58 Uhr Artikel anhören', '2024-12-05T11:58', 'minute'],
    ['Stand: 30.04.2025 14:05 Uhr', '2025-04-30T14:05', 'minute'],
    ['Publiziert: 13.01.2025, 07:12 Uhr', '2025-01-13T07:12', 'minute'],
    ['Veröffentlicht am 4. Dezember 2024, 10:15 Uhr', '2024-12-04T10:15', 'minute'],
    ['4. Dez. 2024', '2024-12-04', 'day'],
    ['28.04.2025', '2025-04-28', 'day'],
    ['2025-04-28T10:00:00+02:00', '2025-04-28T10:00', 'minute'],
    ['2024-12-05T09:58:00Z', '2024-12-05T10:58', 'minute'],
    ['date 2025-04', '2025-04', 'month'],
    ['Donnerstag, 5. Dezember 2024', '2024-12-05', 'day'],
  ])('reads "%s" as %s (%s)', (line, iso, precision) => {
    expect(meta(TITLE, line, '', BODY).published).toMatchObject({ iso, precision, from: 'text' });
  });

  it('reads dates in byline lines and date-led meta lines', () => {
    expect(meta(TITLE, 'Von Max Muster | Stand: 28.04.2025 10:15 Uhr', '', BODY).published?.iso).toBe('2025-04-28T10:15');
    expect(meta(TITLE, '28.04.2025, 10.15 Uhr • aus DER SPIEGEL 18/2025', '', BODY).published).toMatchObject({ iso: '2025-04-28T10:15', precision: 'minute' });
    expect(meta(TITLE, 'Aktualisiert am 28.04.2025-10:15', '', BODY).published?.iso).toBe('2025-04-28T10:15');
  });

  it('leaves a live blog with only clock times undated', () => {
    expect(meta('Liveblog Ukraine', '10:15 Uhr', TITLE, BODY, '09:30 Uhr', 'Selenskyj äußert sich', 'Der Präsident sprach von einer neuen Lage an der Front im Gebiet Kursk.').published).toBeNull();
  });

  it('prefers the first-published date over an update date in the same line or the next', () => {
    expect(meta(TITLE, 'Aktualisiert am 5. Dezember 2024, 08:00 Uhr | Veröffentlicht am 4. Dezember 2024, 10:15 Uhr', '', BODY).published?.iso).toBe('2024-12-04T10:15');
    expect(meta(TITLE, 'Aktualisiert: 13.01.2025, 09:30 Uhr', 'Publiziert: 13.01.2025, 07:12 Uhr', '', BODY).published?.iso).toBe('2025-01-13T07:12');
  });

  it('uses an update date when it is the only date', () => {
    expect(meta(TITLE, 'Aktualisiert am 5. Dezember 2024, 08:00 Uhr', '', BODY).published).toMatchObject({ iso: '2024-12-05T08:00', precision: 'minute' });
  });

  it('keeps an article undated when only its text mentions dates', () => {
    expect(meta(TITLE, '', 'Am 4. Dezember 2024 trat der Vertrag in Kraft, wie Moskau am 05.12.2024 mitteilte.', '', BODY).published).toBeNull();
  });

  it('does not take an invalid date (31.02.2025) or a relative one (vor 2 Stunden)', () => {
    expect(meta(TITLE, 'Stand: 31.02.2025', '', BODY).published).toBeNull();
    expect(meta(TITLE, 'vor 2 Stunden', '', BODY).published).toBeNull();
  });

  it('ignores the dates of teasers for other articles', () => {
    expect(meta(TITLE, '', BODY, '', 'Mehr zum Thema', 'Kim testet neue Raketen', '12.03.2025', 'Südkorea in Sorge').published).toBeNull();
  });

  it('reads a dated closing tag like (APA, 28.4.2025) as the date, to the day', () => {
    expect(meta(TITLE, '', BODY + ' (APA, 28.4.2025)').published).toMatchObject({ iso: '2025-04-28', precision: 'day' });
  });
});

describe('outlet and agency', () => {
  it('reads "Quelle: ntv.de, gut/AFP" as outlet ntv.de and agency AFP', () => {
    expect(meta(TITLE, '', BODY, 'Quelle: ntv.de, gut/AFP')).toMatchObject({ outlet: 'ntv.de', agency: 'AFP' });
  });

  it('reads "Quelle: dpa" as agency dpa with an unknown outlet', () => {
    expect(meta(TITLE, '', BODY, '', 'Quelle: dpa')).toMatchObject({ outlet: null, agency: 'dpa' });
  });

  it('reads "© dpa-infocom, dpa:..." and "(c) Copyright Thomson Reuters 2025" as the agency', () => {
    expect(meta(TITLE, '', BODY, '', '© dpa-infocom, dpa:250428-99-123456/3').agency).toBe('dpa');
    expect(meta(TITLE, '', BODY, '', '(c) Copyright Thomson Reuters 2025. Click For Restrictions - https://agency.reuters.com/en/copyright.html')).toMatchObject({ agency: 'Reuters', outlet: null, url: null });
  });

  it('joins several agencies of a closing tag: (dpa/AFP) -> "dpa, AFP"', () => {
    expect(meta(TITLE, '', BODY + ' (dpa/AFP)').agency).toBe('dpa, AFP');
  });

  it('reads the agency of a dateline: "Berlin (dpa) - "', () => {
    const m = meta(TITLE, '', `Berlin (dpa) - ${BODY}`);
    expect(m).toMatchObject({ agency: 'dpa', outlet: null });
  });

  it('reads a byline "Von Max Muster, tagesschau.de" as the outlet', () => {
    expect(meta(TITLE, 'Von Max Muster, tagesschau.de', '', BODY)).toMatchObject({ outlet: 'tagesschau.de', agency: null });
  });

  it('reads a repeated agency byline and "Mit Material von dpa und AFP"', () => {
    expect(meta(TITLE, '', 'SDA', 'SDA', '', BODY).agency).toBe('SDA');
    expect(meta(TITLE, '', BODY, '', 'Mit Material von dpa und AFP').agency).toBe('dpa, AFP');
  });

  it('takes the outlet from the article address in the header area', () => {
    expect(meta('https://www.spiegel.de/ausland/nordkorea-soldaten-a-123.html', TITLE, '', BODY)).toMatchObject({
      outlet: 'spiegel.de',
      url: 'https://www.spiegel.de/ausland/nordkorea-soldaten-a-123.html',
    });
  });

  it('does not take sources cited in the text as outlet or agency', () => {
    const m = meta(TITLE, '', 'Laut «Tagesschau» sind 1500 Soldaten angekommen, wie «ZDF» berichtet. Das meldete die Nachrichtenagentur Yonhap. Auch AFP und Reuters berichteten.', '', BODY);
    expect(m).toMatchObject({ outlet: null, agency: null, published: null });
  });

  it('does not take a chart source inside the text as the outlet', () => {
    const [p1, p2, p3] = BODY.split('\n\n');
    expect(meta(TITLE, '', p1!, '', 'Quelle: Statistisches Bundesamt', '', p2!, '', p3!).outlet).toBeNull();
  });

  it('does not take a photo credit as the agency', () => {
    expect(meta(TITLE, '', BODY, '', 'Kim bei einer Parade.', '(Foto: picture alliance/dpa/KCNA)').agency).toBeNull();
  });
});

describe('title', () => {
  it('splits a kicker glued before the headline into kicker and title', () => {
    const m = meta('Erste Verluste gemeldet Kiew: Russland hält Kims Soldaten zurück', '', BODY);
    expect(m.title).toBe('Kiew: Russland hält Kims Soldaten zurück');
    expect(m.kicker).toBe('Erste Verluste gemeldet');
  });

  it('does not split a headline whose verb precedes the colon', () => {
    expect(meta('Kim-Regime erreicht Moskau: Neue Truppen unterwegs', '', BODY).title).toBe('Kim-Regime erreicht Moskau: Neue Truppen unterwegs');
  });

  it('has no title when the first real line is a body sentence with a dateline', () => {
    expect(meta('date 2025-04', '', `Seoul (Reuters) - ${BODY}`).title).toBeNull();
  });

  it('has no title when the text starts with an ordinary body sentence', () => {
    expect(meta(BODY).title).toBeNull();
  });

  it('skips a kicker line above the headline', () => {
    expect(meta('Ukraine-Krieg', 'Kim schickt weitere Soldaten nach Russland', 'Stand: 30.04.2025 14:05 Uhr', '', BODY).title).toBe('Kim schickt weitere Soldaten nach Russland');
  });

  it('accepts a question or a quote as a headline', () => {
    expect(meta('Wie viele Soldaten hat Kim geschickt?', '', BODY).title).toBe('Wie viele Soldaten hat Kim geschickt?');
    expect(meta('Selenskyj: „Wir werden antworten.“', '', BODY).title).toBe('Selenskyj: „Wir werden antworten.“');
  });

  it('keeps a headline with a slash that is not a breadcrumb', () => {
    expect(meta('Nordkorea / Russland: Eine gefährliche Allianz', '', BODY).title).toBe('Nordkorea / Russland: Eine gefährliche Allianz');
  });

  it('skips meta lines and breadcrumbs before the headline', () => {
    expect(meta('Startseite > Politik > Ausland', '28.04.2025', TITLE, '', BODY).title).toBe(TITLE);
  });
});

describe('more meta-line shapes of other outlets', () => {
  const body = [
    'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt. Die Truppen sollen in Kursk eingesetzt werden.',
    '',
    'Das Verteidigungsministerium in Seoul machte keine weiteren Angaben zu der Zahl der Soldaten.',
  ].join('\n');
  it.each([
    ['Autor: Max Muster | Quelle: t-online', 't-online', null],
    ['Von Max Muster (AFP)', null, 'AFP'],
    ['Text: Max Muster / SDA', null, 'SDA'],
  ])('reads the byline "%s" as a byline (outlet %s, agency %s), never as the title', (line, outlet, agency) => {
    const m = inferMetadata(`Titel der Meldung\n${line}\n\n${body}`);
    expect(m).toMatchObject({ title: 'Titel der Meldung', outlet, agency });
  });

  it('reads an English-style date line "Published: 3 November 2024" to the day', () => {
    expect(inferMetadata(`Titel der Meldung\nPublished: 3 November 2024\n\n${body}`).published).toMatchObject({ iso: '2024-11-03', precision: 'day' });
  });

  it('prefers "Erstellt" over "Zuletzt aktualisiert" on one line', () => {
    const m = inferMetadata(`Titel der Meldung\nErstellt: 02.11.2024, 08:00 Uhr | Zuletzt aktualisiert: 03.11.2024, 17:45 Uhr\n\n${body}`);
    expect(m.published).toMatchObject({ iso: '2024-11-02T08:00', precision: 'minute' });
  });

  it('takes agencies from datelines and closing tags, and no outlet from a source the text cites', () => {
    expect(inferMetadata(`Titel der Meldung\n\nSeoul (AFP/dpa) - ${body}`).agency).toBe('AFP, dpa');
    expect(inferMetadata(`Titel der Meldung\n\n${body} (APA)`).agency).toBe('APA');
    expect(inferMetadata(`Titel der Meldung\n\n${body} Das berichtet die «Tagesschau».`).outlet).toBeNull();
  });
});
