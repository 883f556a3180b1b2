/**
 * Cleaning rules that depend on the neighbouring lines: date lines versus
 * sentences broken before a date, list items versus days of the month,
 * captions with their own credit, hard-wrap detection and engagement counters.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.ts';
import { analyzeMetaLine } from '../../src/corpus/meta-lines.ts';
import type { Article } from '../../src/corpus/types.ts';

const parse = (...lines: string[]): Article => parseArticle(lines.join('\n'), { id: 'x', file: 'articles/x.txt' });
const texts = (a: Article) => a.paragraphs.map((p) => p.text);
const flat = (a: Article) => a.paragraphs.map((p) => p.text.replace(/\s+/g, ' '));

const TITLE = 'Kim schickt weitere Soldaten';
const P1 = 'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt. Das teilte der Generalstab am Montag mit.';
const P2 = 'Die Ukraine bestätigte die Angaben zunächst nicht. Ein Sprecher in Kiew sagte, man prüfe die Berichte noch.';
const P3 = 'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter rechnen mit neuen Angaben in den kommenden Tagen.';

describe('date lines versus running text', () => {
  it.each([
    ['27. März 2025 die Truppen in den Gebieten, die', 'a date running into a lowercase word'],
    ['am 14.07.2024 den ersten Bericht', 'a date after "am" running into a lowercase word'],
    ['Euro seit April 2023.', 'a date after a preposition of running text'],
    ['März 2025 in Brüssel, als die Minister über die Lage berieten und am', 'a clause around a date'],
    ['gestern knapp.', 'a relative date followed by a lowercase word'],
    ['27.6.2025)', 'a date closing a bracket opened on the line above'],
    ['Oktober 2024 Verhandlungen“, sagte er', 'a date inside a quotation that started on the line above'],
  ])('does not read "%s" as a date line (%s)', (line) => {
    expect(analyzeMetaLine(line)).toBeNull();
  });

  it.each([
    '28.04.2025, 10.15 Uhr • aus DER SPIEGEL 18/2025',
    'Donnerstag, 5. Dezember 2024',
    'Ausgabe vom 4. Dezember 2024',
    'Erschienen im Juni 2025',
    'gestern, 10:15 Uhr',
    'Aktualisiert am 28.04.2025-10:15',
  ])('still reads "%s" as a date line', (line) => {
    expect(analyzeMetaLine(line)).toMatchObject({ kind: 'date' });
  });
});

describe('lines that start with a date inside a sentence', () => {
  it('keeps a hard-wrapped line that starts with a date and goes on as running text', () => {
    const lines = [
      'Die Außenminister der EU haben nach Angaben von Diplomaten erst am',
      '12. Februar 2025 in Brüssel über neue Sanktionen beraten, nachdem der',
      'ukrainische Präsident die Lage an der Front geschildert hatte.',
    ];
    const a = parse(TITLE, '', ...lines, '', P2);
    expect(texts(a)).toEqual([lines.join('\n'), P2]);
    expect(a.dropped.map((d) => d.reason)).not.toContain('date line');
  });

  it('keeps a running-text line led by "am <date>" at the start of a paragraph', () => {
    const lines = ['Am 4. November 2024 meldete der ukrainische Geheimdienst erste Gefechte', 'mit nordkoreanischen Einheiten im Gebiet Kursk.'];
    const a = parse(TITLE, '', P1, '', ...lines);
    expect(texts(a)).toEqual([P1, lines.join('\n')]);
  });

  it('keeps a bare date that ends a sentence broken after "seit" or after a day number', () => {
    const a = parse(TITLE, '', P1, '', 'Nordkoreanische Soldaten kämpfen nach Angaben aus Kiew bereits seit', 'Oktober 2024.', '', 'Die Meldung kam am 4.', 'November 2024.', '', P2);
    expect(flat(a)).toEqual([P1, 'Nordkoreanische Soldaten kämpfen nach Angaben aus Kiew bereits seit Oktober 2024.', 'Die Meldung kam am 4. November 2024.', P2]);
  });

  it('keeps a closing agency tag broken before its date as the tag, and reads the date from it', () => {
    const a = parse(TITLE, '', P1, '', 'Die Gespräche über einen Gefangenenaustausch sollen fortgesetzt werden. (APA, Reuters,', '27.6.2025)');
    expect(texts(a)).toEqual([P1, 'Die Gespräche über einen Gefangenenaustausch sollen fortgesetzt werden.']);
    expect(a.agency).toBe('APA, Reuters');
    expect(a.published).toMatchObject({ iso: '2025-06-27', precision: 'day' });
    expect(a.dropped.at(-1)).toMatchObject({ reason: 'agency tag', text: '(APA, Reuters,\n27.6.2025)' });
  });

  it('still reads a date line right under a headline that ends in a verb particle', () => {
    const a = parse('Nordkorea räumt Einsatz in Kursk ein', '28.04.2025, 10:15 Uhr', '', P1);
    expect(a.title).toBe('Nordkorea räumt Einsatz in Kursk ein');
    expect(a.published).toMatchObject({ iso: '2025-04-28T10:15', precision: 'minute' });
    expect(texts(a)).toEqual([P1]);
  });
});

describe('numbered lines versus days of the month', () => {
  it('joins a line starting with a day and a month to the unfinished sentence above', () => {
    const a = parse(TITLE, '', 'Der ukrainische Generalstab meldete erst am', '23. Juli die ersten Gefechte mit nordkoreanischen Einheiten.', '', P2);
    expect(flat(a)).toEqual(['Der ukrainische Generalstab meldete erst am 23. Juli die ersten Gefechte mit nordkoreanischen Einheiten.', P2]);
  });

  it('joins a numbered-looking line to a line that stops mid-clause', () => {
    const a = parse(TITLE, '', 'Das südkoreanische Parlament befasste sich am Dienstag in', '2. Lesung mit dem Abkommen zwischen Moskau und Pjöngjang.', '', P2);
    expect(flat(a)).toEqual(['Das südkoreanische Parlament befasste sich am Dienstag in 2. Lesung mit dem Abkommen zwischen Moskau und Pjöngjang.', P2]);
  });

  it('keeps the items of a real numbered list apart', () => {
    const a = parse(TITLE, '', P1, 'Kiew stellt drei Bedingungen:', '1. Abzug aller nordkoreanischen Soldaten aus Kursk.', '2. Austausch der Gefangenen.', '3. Neue Sanktionen gegen Pjöngjang.');
    expect(texts(a)).toEqual([P1, 'Kiew stellt drei Bedingungen:', '1. Abzug aller nordkoreanischen Soldaten aus Kursk.', '2. Austausch der Gefangenen.', '3. Neue Sanktionen gegen Pjöngjang.']);
  });
});

describe('captions that carry their own credit', () => {
  it('drops only the caption line, not the paragraph right above it', () => {
    const a = parse(TITLE, '', P1, 'Soldaten bei einer Übung nahe Pjöngjang (Foto: IMAGO/ITAR-TASS)', '', P2, 'Ein Soldat im Gebiet Kursk © IMAGO/ITAR-TASS', P3);
    expect(texts(a)).toEqual([P1, P2, P3]);
    expect(a.dropped.map((d) => d.reason)).toEqual(['photo caption', 'photo caption']);
  });

  it('takes a person\'s name before the credit for a caption too', () => {
    const a = parse(TITLE, '', P1, 'Kim Jong Un (Foto: KCNA)', P2);
    expect(texts(a)).toEqual([P1, P2]);
  });

  it('still drops the caption above a line that is nothing but a credit', () => {
    const a = parse(TITLE, '', P1, '', 'Kim Jong Un bei einer Parade in Pjöngjang', 'picture alliance / dpa | KCNA', '', P2);
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.dropped.map((d) => d.reason)).toEqual(['photo caption', 'photo credit']);
  });
});

describe('hard-wrap detection', () => {
  const teasers = [
    'Kim lässt neue Interkontinentalrakete in Pjöngjang testen',
    'Südkorea verstärkt die Überwachung an der Grenze zum Norden',
    'Was über die nordkoreanischen Soldaten in Kursk bekannt ist',
    'Selenskyj fordert mehr Luftabwehr von den westlichen Partnern',
  ];

  it('does not take adjacent teaser headlines in a file with blank lines for wrapped text', () => {
    const a = parse(TITLE, '', P1, '', P2, '', 'Mehr zum Thema', ...teasers, '', P3);
    expect(texts(a)).toEqual([P1, P2, P3]);
  });

  it('drops a list of headlines without a navigation heading as a list, not as one paragraph', () => {
    const a = parse(TITLE, '', P1, '', P2, '', ...teasers);
    expect(texts(a)).toEqual([P1, P2]);
  });

  it('does not join the headlines under a navigation heading inside a hard-wrapped file', () => {
    const a = parse(
      TITLE,
      '',
      'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach',
      'Russland geschickt. Das teilte der Generalstab am Montag mit,',
      'ohne eine genaue Zahl zu nennen. Die Ukraine bestätigte die',
      'Angaben zunächst nicht.',
      '',
      'Mehr zum Thema:',
      ...teasers,
      '',
      'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter',
      'rechnen mit neuen Angaben in den kommenden Tagen, auch aus',
      'Moskau und aus Pjöngjang.',
    );
    expect(flat(a)).toEqual([
      'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach Russland geschickt. Das teilte der Generalstab am Montag mit, ohne eine genaue Zahl zu nennen. Die Ukraine bestätigte die Angaben zunächst nicht.',
      'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter rechnen mit neuen Angaben in den kommenden Tagen, auch aus Moskau und aus Pjöngjang.',
    ]);
  });
});

describe('ad headlines in a hard-wrapped file', () => {
  it('drops the headlines under an ad label instead of joining them at the wrap width', () => {
    const a = parse(
      TITLE,
      '',
      'Nordkorea hat nach Angaben aus Seoul weitere Soldaten nach',
      'Russland geschickt. Das teilte der Generalstab am Montag mit,',
      'ohne eine genaue Zahl zu nennen. Die Ukraine bestätigte die',
      'Angaben zunächst nicht.',
      '',
      'Anzeige',
      'Kim lässt neue Interkontinentalrakete in Pjöngjang testen',
      'Südkorea verstärkt die Überwachung an der Grenze zum Norden',
      'Was über die nordkoreanischen Soldaten in Kursk bekannt ist',
      '',
      'Weitere Einzelheiten wurden zunächst nicht bekannt. Beobachter',
      'rechnen mit neuen Angaben in den kommenden Tagen, auch aus',
      'Moskau und aus Pjöngjang.',
    );
    expect(a.paragraphs).toHaveLength(2);
    expect(a.dropped.filter((d) => d.reason === 'list of short headlines')).toHaveLength(1);
  });
});

describe('engagement counters between paragraphs', () => {
  it('keeps a short body sentence after a counter', () => {
    const short = 'Die Gespräche sollen am Freitag in Genf fortgesetzt werden.';
    const a = parse(TITLE, '', P1, '', '9 Interaktionen', '', short, '', P2);
    expect(texts(a)).toEqual([P1, short, P2]);
  });

  it('still drops the teaser headlines that follow a counter', () => {
    const a = parse(TITLE, '', P1, '', P2, '', '14 Interaktionen', 'Kim testet neue Raketen', 'Warum schweigt Peking?', '3 Interaktionen', 'Im Iran');
    expect(texts(a)).toEqual([P1, P2]);
  });
});
