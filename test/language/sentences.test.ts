import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/language/de/index.ts';
import { seed } from '../corpus/helpers.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps an ordinal with its noun: "der 11. Luftlandebrigade"', () => {
    expect(texts('Die Truppen sind der 11. Luftlandebrigade Russlands unterstellt. Sie bewachen Gebiete.')).toEqual([
      'Die Truppen sind der 11. Luftlandebrigade Russlands unterstellt.',
      'Sie bewachen Gebiete.',
    ]);
  });

  it('keeps a date together: "ab dem 4. Dezember 2024" and "am 4.12. 2024"', () => {
    expect(texts('Der Vertrag gilt ab dem 4. Dezember 2024. Das bestätigte Moskau.')).toEqual([
      'Der Vertrag gilt ab dem 4. Dezember 2024.',
      'Das bestätigte Moskau.',
    ]);
    expect(texts('Er trat am 4.12. 2024 in Kraft. Danach folgte nichts.')).toHaveLength(2);
  });

  it('ends the sentence after a number when a new sentence follows: "auf 12. Danach"', () => {
    expect(texts('Die Zahl der Toten stieg auf 12. Danach sank sie wieder.')).toEqual([
      'Die Zahl der Toten stieg auf 12.',
      'Danach sank sie wieder.',
    ]);
    expect(texts('Die Zahl lag bei 12. Russland bestreitet das.')).toHaveLength(2);
  });

  it('keeps initials in names: "John F. Kirby"', () => {
    expect(texts('Sprecher John F. Kirby sagte das am Montag. Es gab keine Fragen.')).toEqual([
      'Sprecher John F. Kirby sagte das am Montag.',
      'Es gab keine Fragen.',
    ]);
  });

  it('does not split after abbreviations: Dr., z. B., Mio., u. a.', () => {
    expect(texts('Dr. Kim Min-su leitet die Klinik. Sie behandelt z. B. Verwundete. Das kostet 3 Mio. Euro im Jahr. Es kamen u. a. Ärzte.')).toEqual([
      'Dr. Kim Min-su leitet die Klinik.',
      'Sie behandelt z. B. Verwundete.',
      'Das kostet 3 Mio. Euro im Jahr.',
      'Es kamen u. a. Ärzte.',
    ]);
  });

  it('ends a sentence after "Mio." when a new sentence starts', () => {
    expect(texts('Die Hilfe betrug 3 Mio. Danach kam nichts mehr.')).toHaveLength(2);
  });

  it('continues after a quoted question when a lowercase word follows', () => {
    expect(texts('„Wer hat das angeordnet?“ fragte der Abgeordnete. Niemand antwortete.')).toEqual([
      '„Wer hat das angeordnet?“ fragte der Abgeordnete.',
      'Niemand antwortete.',
    ]);
  });

  it('keeps quoted speech with several sentences intact: „…“, "…" and «…»', () => {
    expect(texts('Er sagte: „Wir kommen. Wir siegen.“ Dann ging er.')).toEqual(['Er sagte: „Wir kommen. Wir siegen.“', 'Dann ging er.']);
    expect(texts('Sie riefen "Ja. Nein." und gingen. Danach war Ruhe.')).toEqual(['Sie riefen "Ja. Nein." und gingen.', 'Danach war Ruhe.']);
    expect(texts('«Gut. Sehr gut», sagte Gerassimow. Putin nickte.')).toEqual(['«Gut. Sehr gut», sagte Gerassimow.', 'Putin nickte.']);
  });

  it('does not let an unclosed quotation mark swallow the rest of the text', () => {
    expect(texts('Er sprach von „Helden. Das war alles. Dann ging er.')).toHaveLength(3);
  });

  it('treats line breaks inside a hard-wrapped paragraph as spaces', () => {
    expect(texts('Die Staatsagentur berichtete\nvon einer Gedenkfeier. Kim nahm\nteil.')).toEqual([
      'Die Staatsagentur berichtete\nvon einer Gedenkfeier.',
      'Kim nahm\nteil.',
    ]);
  });

  it('trims sentences and gives offsets into the original string plus the offset', () => {
    const text = '  Erster Satz.   Zweiter Satz.  ';
    const out = splitSentences(text, 100);
    expect(out).toEqual([
      { text: 'Erster Satz.', start: 102, end: 114 },
      { text: 'Zweiter Satz.', start: 117, end: 130 },
    ]);
    for (const s of out) expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });

  it('splits the seed sentences with "der 11.", "ab dem 4. Dezember 2024" and "John F. Kirby" whole', () => {
    const all = [seed('ntv-'), seed('dpa-')].flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
    expect(all).toContain(
      'Die nordkoreanischen Truppen soll den Angaben zufolge der 11. Luftlandebrigade Russlands unterstellt sein und Gebiete bewachen, in denen russische Truppen konzentriert sind.',
    );
    expect(all).toContain(
      'Der Vertrag sei "ab dem 4. Dezember 2024, dem Tag des Austauschs der Ratifizierungsschreiben, in Kraft", hieß es in einer Mitteilung aus Moskau.',
    );
    expect(all.some((s) => s.startsWith('Der nationale Sicherheitssprecher des Weißen Hauses, John F. Kirby, sagte letzte Woche: „Wir haben gesehen,') && s.endsWith('teilnehmen sollen.“'))).toBe(true);
    expect(all).toContain('Weitere Einzelheiten sind nicht bekannt.');
  });

  it('splits sentences glued without a space, keeping each a verbatim slice', () => {
    const text = 'Das Ministerium hat die Zahl bestätigt.Der Sprecher nannte keine Einzelheiten. Im Jahr 2024.Danach kam nichts.';
    const split = splitSentences(text, 10);
    expect(split.map((s) => s.text)).toEqual([
      'Das Ministerium hat die Zahl bestätigt.',
      'Der Sprecher nannte keine Einzelheiten.',
      'Im Jahr 2024.',
      'Danach kam nichts.',
    ]);
    for (const s of split) expect(text.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });

  it('does not split glued text inside a quotation, after an abbreviation or in a domain', () => {
    expect(texts('Er sagte: „Wir kommen.Sofort.“ Dann ging er.')).toHaveLength(2);
    expect(texts('Die Kosten betragen 3 Mio.Euro für das Projekt.')).toHaveLength(1);
    expect(texts('Laut ntv.de ist das so.')).toHaveLength(1);
  });
});
