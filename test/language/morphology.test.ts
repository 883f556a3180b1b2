/**
 * The German lemmatiser (src/language/de/morphology.ts) and clause reading
 * (readClause, word patterns in src/language/de/clauses.ts): every form of a
 * verb and the nouns made from it lead to one key; a clause says whether it
 * states, plans, asks or negates.
 */
import { describe, expect, it } from 'vitest';
import { matchesWordPattern, readClause, wordPattern } from '../../src/language/de/clauses.ts';
import { eventWords, findEventWords, sentenceWords } from '../../src/language/de/events.ts';
import { nounLemmas, verbForms, verbLemmas } from '../../src/language/de/morphology.ts';

describe('verb lemmas', () => {
  it.each([
    ['ausgebrochen', 'ausbrechen'],
    ['ausbrach', 'ausbrechen'],
    ['auszubrechen', 'ausbrechen'],
    ['ausgebrochene', 'ausbrechen'],
    ['gegründet', 'grunden'],
    ['gründete', 'grunden'],
    ['erlag', 'erliegen'],
    ['beschloss', 'beschliessen'],
    ['stattfand', 'stattfinden'],
    ['unterzeichnet', 'unterzeichnen'],
    ['festgenommen', 'festnehmen'],
    ['eingedämmt', 'eindammen'],
    ['ratifizierten', 'ratifizieren'],
    ['vorgedrungen', 'vordringen'],
    ['eingerückt', 'einrucken'],
    ['überfallen', 'uberfallen'],
    ['gescheitert', 'scheitern'],
    ['gesichert', 'sichern'],
    ['entstand', 'entstehen'],
    ['verloren', 'verlieren'],
  ])('%s -> %s', (form, lemma) => {
    expect(verbLemmas(form)).toContain(lemma);
  });

  it('joins the particle that closes the clause (sagte … ab, stockte … auf, trafen … ein)', () => {
    expect(verbLemmas('sagte', 'ab')).toContain('absagen');
    expect(verbLemmas('stockte', 'auf')).toContain('aufstocken');
    expect(verbLemmas('trafen', 'ein')).toContain('eintreffen');
    expect(verbLemmas('trafen')).not.toContain('eintreffen');
  });

  it('generates the forms that find a verb in the index (brach, ausgebrochen, zeichnete … unter is not a form)', () => {
    expect(verbForms('ausbrechen')).toEqual(expect.arrayContaining(['ausgebrochen', 'brach', 'ausbrach', 'auszubrechen']));
    expect(verbForms('unterzeichnen')).toEqual(expect.arrayContaining(['unterzeichnet', 'unterzeichnete']));
    expect(verbForms('eindammen')).toContain('eingedammt');
  });
});

describe('noun lemmas', () => {
  it.each([
    ['Ausbruch', 'ausbrechen'],
    ['Brandausbruch', 'ausbrechen'],
    ['Gründung', 'grunden'],
    ['Festnahme', 'festnehmen'],
    ['Abflug', 'abfliegen'],
    ['Rücktritt', 'zurucktreten'],
    ['Rückeroberung', 'zuruckerobern'],
    ['Einmarsch', 'einmarschieren'],
    ['Ratifizierung', 'ratifizieren'],
    ['Ankunft', 'ankommen'],
    ['Evakuierten', 'evakuieren'],
    ['Beben', 'beben'],
  ])('%s -> %s', (noun, lemma) => {
    expect(nounLemmas(noun)).toContain(lemma);
  });

  it('never reads "Fall", "Zug" or "Gang" as a verb', () => {
    expect(nounLemmas('Fall')).toEqual([]);
    expect(nounLemmas('Zug')).toEqual([]);
    expect(nounLemmas('Gang')).toEqual([]);
  });
});

describe('event words in a sentence', () => {
  it('finds "brach … aus" for "ausgebrochen", as the clause\'s verb', () => {
    const ev = eventWords(['ausgebrochen']);
    const s = 'Das Feuer brach am Montag in einem Waldstück aus.';
    expect(findEventWords(sentenceWords(s), ev)[0]).toMatchObject({ role: 'predicate', index: s.indexOf('brach') });
  });

  it('the verb "vereinbart" never makes the noun "Vereinbarung" an event', () => {
    const ev = eventWords(['vereinbart']);
    expect(findEventWords(sentenceWords('Die Vereinbarung sieht gegenseitige Hilfe vor.'), ev)).toEqual([]);
  });

  it('a noun in a prepositional phrase and a compound are weaker roles', () => {
    const ev = eventWords(['Beben']);
    expect(findEventWords(sentenceWords('Bei dem Beben starben 40 Menschen.'), ev)[0]?.role).toBe('pp');
    expect(findEventWords(sentenceWords('Das Nachbeben war schwächer.'), ev)[0]?.role).toBe('compound');
  });
});

describe('reading a clause', () => {
  const read = (s: string, at: string) => readClause(s, s.indexOf(at));
  it.each([
    ['Das Feuer ist am Montag ausgebrochen.', 'ausgebrochen', 'fact', 'perfect'],
    ['Die Konferenz soll im März stattfinden.', 'März', 'planned', 'future'],
    ['Er soll das Feuer am 4. August gelegt haben.', 'August', 'fact', 'past'],
    ['Das Abkommen muss noch ratifiziert werden.', 'ratifiziert', 'planned', 'future'],
    ['Die erste Versammlung findet am 30. Jänner statt.', 'Jänner', 'planned', 'future'],
    ['Ob und wann der Brand gelöscht ist, ist offen.', 'gelöscht', 'question', 'perfect'],
    ['Russland hat die Entsendung nicht bestätigt.', 'bestätigt', 'negated', 'perfect'],
    ['Nicht nur Russland hat die Entsendung bestätigt.', 'bestätigt', 'fact', 'perfect'],
  ])('"%s" at "%s": %s, %s', (s, at, mood, tense) => {
    expect(read(s, at)).toMatchObject({ mood, tense });
  });

  it('marks partial events and intentions reported in the past', () => {
    expect(read('Das Feuer ist zu 80 Prozent eingedämmt.', 'eingedämmt').partial).toBe(true);
    expect(read('Die Regierung wollte am Mittwoch den Notstand ausrufen.', 'Notstand').intended).toBe(true);
  });
});

describe('word patterns', () => {
  it('matches words in order, with gaps, prefixes and alternatives', () => {
    expect(matchesWordPattern('Die ersten Soldaten sind gefallen.', wordPattern('erste* … gefallen'))).toBe(true);
    expect(matchesWordPattern('Das Abkommen muss noch ratifiziert werden.', wordPattern('muss|müssen … ratifiziert werden'))).toBe(true);
    expect(matchesWordPattern('Das Abkommen wurde ratifiziert.', wordPattern('muss|müssen … ratifiziert werden'))).toBe(false);
    expect(() => wordPattern('…')).toThrow();
  });
});
