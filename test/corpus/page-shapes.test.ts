/**
 * The line shapes of issue 13 one by one, and the texts they must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.ts';
import { gluedKickerEnd } from '../../src/corpus/clean.ts';
import { implausiblePublication, matchDateMarker } from '../../src/corpus/dates.ts';
import {
  isNewsletterPromotion,
  isRubricLine,
  isSubscriptionPromotion,
  isUiControl,
  matchDaySeparator,
  matchEditorCodes,
  matchSignature,
  matchTimeStamp,
} from '../../src/corpus/page-shapes.ts';
import type { Article } from '../../src/corpus/types.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const parse = (...lines: string[]): Article => parseArticle(lines.join('\n'), { id: 'x', file: 'articles/x.txt', now: NOW });
const texts = (a: Article) => a.paragraphs.map((p) => p.text);

const TITLE = 'Stadtrat beschließt neues Parkkonzept für die Innenstadt';
const P1 = 'Der Stadtrat hat am Dienstag ein neues Parkkonzept beschlossen. Die Gebühren steigen ab Juli um einen Euro pro Stunde.';
const P2 = 'Die Opposition stimmte dagegen. Sie hält die Erhöhung für zu hoch und verlangt mehr Kurzparkzonen.';
const P3 = 'Das Konzept soll nach zwei Jahren überprüft werden. Dann will die Stadt auch über Anwohnerparken entscheiden.';

describe('line shapes', () => {
  it('reads a date marker at the start of a line, alone or before text', () => {
    expect(matchDateMarker(' date 2025-02 Erdbeben: Zahl der Toten steigt')).toMatchObject({ hit: { iso: '2025-02', precision: 'month' }, length: 14 });
    expect(matchDateMarker('date 2025-02-18')).toMatchObject({ hit: { iso: '2025-02-18', precision: 'day' } });
    expect(matchDateMarker('Das date 2025-02')).toBeNull();
    expect(matchDateMarker('date 2025')).toBeNull();
  });

  it('rejects placeholder, early and future publication dates', () => {
    expect(implausiblePublication('1970-01-01T01:00', NOW)).toMatch(/placeholder/);
    expect(implausiblePublication('1987-03-12', NOW)).toMatch(/before 1990/);
    expect(implausiblePublication('2027-01', NOW)).toMatch(/after today/);
    expect(implausiblePublication('2026-12-03T23:50', NOW)).toBeNull();
    expect(implausiblePublication('2025-02', NOW)).toBeNull();
  });

  it('reads live-blog time stamps but not dates, counts or running text', () => {
    expect(matchTimeStamp('14:32 Uhr')).toMatchObject({ clock: '14:32', rest: '' });
    expect(matchTimeStamp('14.05 Uhr: Die Stadt hat die Räumung angeordnet.')).toMatchObject({ clock: '14:05', rest: 'Die Stadt hat die Räumung angeordnet.' });
    expect(matchTimeStamp('9 Uhr: Der Wetterdienst warnt.')).toMatchObject({ clock: '09:00' });
    expect(matchTimeStamp('+++ 18:40 Uhr: Kundgebung beendet +++')).toMatchObject({ clock: '18:40', rest: 'Kundgebung beendet' });
    expect(matchTimeStamp('+++ 07:55 Pegel erreicht Höchststand +++')).toMatchObject({ clock: '07:55', rest: 'Pegel erreicht Höchststand' });
    expect(matchTimeStamp('14.03.2025')).toBeNull();
    expect(matchTimeStamp('10 Tote bei Unfall')).toBeNull();
    expect(matchTimeStamp('12 Uhr mittags begann die Sitzung.')).toBeNull();
    expect(matchTimeStamp('14:32 Die Polizei kam.')).toBeNull();
  });

  it('reads day separators', () => {
    expect(matchDaySeparator('Mittwoch, 6. August')).toEqual({ day: 6, month: 8, year: null });
    expect(matchDaySeparator('Di., 5. August 2025')).toEqual({ day: 5, month: 8, year: 2025 });
    expect(matchDaySeparator('Am 6. August begann es.')).toBeNull();
  });

  it('finds editor codes and signatures glued to the last sentence', () => {
    expect(matchEditorCodes('Ein Mitarbeiter wurde getötet./kro/DP/zb')).toEqual({ start: 30, text: '/kro/DP/zb' });
    expect(matchEditorCodes('Mehr unter example.com/de/ab')).toBeNull();
    expect(matchEditorCodes('Der Preis stieg um 3/4.')).toBeNull();
    expect(matchSignature('Das ist der Text. (Regina Muster, 16.1.2025)')).toMatchObject({ name: 'Regina Muster', dates: [{ iso: '2025-01-16' }] });
    expect(matchSignature('Das sagte er (SPD, 2025).')).toBeNull();
  });

  it('splits a kicker ending in a participle off the headline, never a sentence', () => {
    const t = 'Erste Schäden gemeldet Hamburg: Sturm deckt Dächer ab';
    expect(t.slice(gluedKickerEnd(t))).toBe('Hamburg: Sturm deckt Dächer ab');
    expect(gluedKickerEnd('Merzinger-Pleite erreicht Oberösterreich: 640 Jobs betroffen')).toBe(-1);
    expect(gluedKickerEnd('Erdbeben auf dem Balkan: Experten befürchten bis zu 10.000 Tote')).toBe(-1);
    expect(gluedKickerEnd('Ukraine-Krieg: Selenskyj: Neue Verluste')).toBe(-1);
  });

  it('knows rubric lines and UI controls, not content that starts like them', () => {
    expect(isRubricLine('Politik')).toBe(true);
    expect(isRubricLine('News › Ausland')).toBe(true);
    expect(isRubricLine('Politik in Bern')).toBe(false);
    for (const ui of ['Zum Inhalt springen', 'Alle akzeptieren', 'Neueste zuerst', 'Newsblog aktualisieren', 'Liveblog', 'Postings: 87', 'Audio herunterladen (2,3 MB | MP3)', 'Symbol austria']) {
      expect(isUiControl(ui), ui).toBe(true);
    }
    expect(isUiControl('Symbolpolitik nennt die Opposition das.')).toBe(false);
    expect(isUiControl('Live-Musik gibt es am Samstag auf dem Marktplatz.')).toBe(false);
  });

  it('knows promotions, not news about mail or subscriptions', () => {
    expect(isNewsletterPromotion('Nichts mehr verpassen: Der Stadt-Newsletter kommt jeden Morgen kostenlos in Ihr Postfach. Jetzt anmelden!')).toBe(true);
    expect(isNewsletterPromotion('Das Wichtigste aus der Wirtschaft – jeden Morgen in Ihrer Mailbox.')).toBe(true);
    expect(isNewsletterPromotion('Die Behörde informiert täglich per E-Mail über die Lage.')).toBe(false);
    expect(isSubscriptionPromotion('Jetzt testen: alle Artikel für 1 Euro im ersten Monat')).toBe(true);
    expect(isSubscriptionPromotion('Das Abo kostet künftig 12 Euro pro Monat.')).toBe(false);
  });
});

describe('pages', () => {
  it('keeps a chronology\'s day headings and a time-led sentence outside live blogs', () => {
    const a = parse(TITLE, '', '4. Dezember', P1, '', '14.30 Uhr: Die Sitzung wurde unterbrochen, weil die Technik ausfiel.', '', P2);
    expect(a.headings.map((h) => h.text)).toEqual(['4. Dezember']);
    expect(texts(a)).toContain('14.30 Uhr: Die Sitzung wurde unterbrochen, weil die Technik ausfiel.');
    expect(a.paragraphs.every((p) => p.time === undefined)).toBe(true);
  });

  it('keeps body text that mentions mail, subscriptions or symbols', () => {
    const body = ['Die Behörde informiert täglich per E-Mail über die Lage.', 'Das Abo kostet künftig 12 Euro pro Monat.', 'Symbolpolitik nennt die Opposition das.'];
    const a = parse(TITLE, '', P1, '', ...body.flatMap((b) => [b, '']), P2);
    for (const b of body) expect(texts(a)).toContain(b);
  });

  it('takes the date marker glued to the headline, and the page\'s own more precise date over it', () => {
    const a = parse(' date 2025-03 ' + TITLE, '12.03.2025, 08:15 Uhr', '', P1, '', P2, '', P3);
    expect(a.title).toBe(TITLE);
    expect(a.published).toMatchObject({ iso: '2025-03-12T08:15', precision: 'minute' });
    expect(a.provenance.rejected).toEqual([expect.objectContaining({ text: '2025-03', rule: 'date marker' })]);
  });

  it('takes a caption glued behind the date marker for a caption, not the title', () => {
    const a = parse(' date 2025-03 Ein Parkhaus in der Innenstadt', 'Foto: Max Muster / dpa', TITLE, '', P1, '', P2);
    expect(a.title).toBe(TITLE);
    expect(a.published?.iso).toBe('2025-03');
    expect(a.dropped.map((d) => d.reason)).toEqual(['date marker', 'photo caption', 'photo credit']);
    const b = parse(' date 2025-03 Ein Parkhaus in der Innenstadt (Foto: Max Muster / dpa)', TITLE, '', P1, '', P2);
    expect(b.title).toBe(TITLE);
  });

  it('keeps the page\'s own date and warns when the marker disagrees with it', () => {
    const a = parse(' date 2025-02 ' + TITLE, '12.03.2025, 08:15 Uhr', '', P1, '', P2);
    expect(a.published?.iso).toBe('2025-03-12T08:15');
    expect(a.problems.map((p) => p.message)).toEqual([expect.stringMatching(/date marker 2025-02 disagrees/)]);
  });

  it('takes a placeholder date for nothing, and the next date line instead', () => {
    const a = parse(TITLE, '01.01.1970', 'Aktualisiert: 12.03.2025, 08:15 Uhr', '', P1, '', P2);
    expect(a.published?.iso).toBe('2025-03-12T08:15');
    expect(a.problems).toHaveLength(1);
  });

  it('never takes a navigation line, a skip link or a consent button as the title', () => {
    for (const nav of [['Startseite', 'Politik', 'Ausland'], ['Zum Inhalt springen'], ['Alle akzeptieren', 'Einstellungen'], ['Liveblog'], ['Neueste zuerst']]) {
      const a = parse(...nav, TITLE, '', P1, '', P2);
      expect(a.title, nav.join('/')).toBe(TITLE);
    }
  });

  it('dates live-blog entries that cross midnight, newest first, from an update date', () => {
    const a = parse(TITLE, 'Stand: 12.03.2025, 01:10 Uhr', '', '01:10 Uhr', P1, '', '23:40 Uhr', P2, '', '22:05 Uhr', P3);
    expect(a.paragraphs.map((p) => p.time?.iso)).toEqual(['2025-03-12T01:10', '2025-03-11T23:40', '2025-03-11T22:05']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('keeps live-blog entry times without a day when the page is undated', () => {
    const a = parse(TITLE, '', '10:15 Uhr', P1, '', '09:30 Uhr', P2);
    expect(a.paragraphs.map((p) => [p.time?.clock, p.time?.iso])).toEqual([['10:15', null], ['09:30', null]]);
  });
});
