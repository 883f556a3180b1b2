/**
 * Claimants in German: every claimant the reader finds has a German form next
 * to its English one (`Claimant.displayDe`, `Answer.claimantDe`), built from
 * the same structure — catalogued names and roles from `claimants.json`
 * (nameDe, roleDe), collective sources from identity adjectives and German
 * source nouns, lists with `und`, `unter Berufung auf` for the source cited.
 * Invented sentences; the English form stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { claimantsData } from '../../src/corpus/catalogue/index.ts';
import { compileClaimantDirectory, findParagraphClaimants } from '../../src/language/de/claimants/index.ts';
import { BUILTIN_LABELS_DE, BUILTIN_ROLE_NOUNS, BUILTIN_SOURCE_NOUNS, BUILTIN_STANDALONE, DOC_NOUNS } from '../../src/language/de/claimants/lexicon.ts';
import { splitSentences } from '../../src/language/de/index.ts';
import { seedStory } from '../helpers/seed.ts';

const story = await seedStory();
const directory = story.claimants;

/** The claimant of a one-sentence paragraph, in both languages. */
function claimantOf(sentence: string): { en: string; de: string } | null {
  const c = findParagraphClaimants(splitSentences(sentence).map((s) => s.text), [], directory)[0];
  return c ? { en: c.display, de: c.displayDe } : null;
}

describe('claimants worded in German', () => {
  const cases: [string, string, string][] = [
    ['Nach ukrainischen und westlichen Schätzungen sind inzwischen 900 Kämpfer gefallen.', 'Ukrainian and Western estimates', 'ukrainische und westliche Schätzungen'],
    ['Laut Polizei wurden vier Menschen verletzt.', 'police', 'Polizei'],
    ['Die Staatsagentur KCNA meldete unter Berufung auf die Regierungspartei, das Manöver sei beendet.', 'KCNA (North Korean state media), citing the ruling party', 'KCNA (nordkoreanische Staatsmedien), unter Berufung auf die Regierungspartei'],
    ['Ein Sprecher sagte, man prüfe die Angaben.', 'unnamed spokesperson', 'Sprecher (ohne Namen)'],
    ['Berichten zufolge wurden 40 Häuser zerstört.', 'unnamed reports', 'Berichte ohne genannte Quelle'],
    ['Ein ukrainischer Kommandeur sagte, die Lage sei ruhig.', 'Ukrainian commander', 'ukrainischer Kommandeur'],
    ['Nach Angaben des Innenministeriums starben zwölf Menschen.', 'interior ministry', 'Innenministerium'],
    ['Das Pentagon und die Nato teilten mit, die Übung sei abgesagt.', 'Pentagon (US Department of Defense) and Nato', 'Pentagon (US-Verteidigungsministerium) und Nato'],
    ['Ein Sprecher des Pentagons sagte, die Zahl sei höher.', 'Pentagon spokesperson', 'Sprecher (Pentagon)'],
    ['In einer Mitteilung aus Moskau hieß es, die Lage sei unter Kontrolle.', 'statement from Moscow', 'Erklärung aus Moskau'],
    ['Russlands Staatsmedien berichteten von 300 Toten.', "Russia's state media", 'Staatsmedien (Russland)'],
    ['Nach offiziellen Angaben kamen 14 Menschen ums Leben.', 'official sources', 'offizielle Quellen'],
    ['Scholz sagte, Deutschland helfe.', 'Scholz (German chancellor)', 'Scholz (deutscher Bundeskanzler)'],
    ['Der Kremlsprecher Peskow sagte, man wisse nichts davon.', 'Peskow (Kremlin spokesman)', 'Peskow (Kremlsprecher)'],
    ['Nach Angaben aus Regierungskreisen wurden 50 Soldaten verlegt.', 'government sources', 'Regierungskreise'],
    ['Nach italienischen Medienberichten gab es drei Tote.', 'Italian media reports', 'italienische Medienberichte'],
    // an unknown person keeps the German role as written, in both languages
    ['Der Sprecher des Roten Kreuzes, Jan Beispielmann, sagte, es fehle an Zelten.', 'Jan Beispielmann (Sprecher des Roten Kreuzes)', 'Jan Beispielmann (Sprecher des Roten Kreuzes)'],
  ];
  for (const [sentence, en, de] of cases) {
    it(`${sentence} -> ${de}`, () => {
      expect(claimantOf(sentence)).toEqual({ en, de });
    });
  }

  it('lists three identities with commas and "und"', () => {
    expect(claimantOf('Nach ukrainischen, südkoreanischen und westlichen Regierungsangaben sind 500 Soldaten verlegt worden.')).toEqual({
      en: 'Ukrainian, South Korean and Western governments',
      de: 'ukrainische, südkoreanische und westliche Regierungen',
    });
  });

  it('a moderator gives German names, roles and labels in claimants.json; without them the English stays (never a guess)', () => {
    const dir = compileClaimantDirectory(
      claimantsData({
        ...story.catalogue,
        claimants: {
          version: 1,
          actors: [
            { id: 'harbour-office', name: 'harbour office', nameDe: 'Hafenamt', kind: 'government', aliases: ['Hafenamt'] },
            { id: 'beispiel', name: 'Beispiel', role: 'harbour master', roleDe: 'Hafenmeister', kind: 'person', aliases: ['Mara Beispiel'] },
            { id: 'ohne', name: 'Ohnedeutsch', role: 'chief pilot', kind: 'person', aliases: ['Olaf Ohnedeutsch'] },
          ],
          sourceNouns: { Lotsenangaben: 'pilots' },
          labelsDe: { pilots: 'Lotsen' },
        },
      }),
    );
    const of = (s: string) => findParagraphClaimants([s], [], dir)[0];
    expect(of('Laut Hafenamt liefen zwei Schiffe auf Grund.')).toMatchObject({ display: 'harbour office', displayDe: 'Hafenamt' });
    expect(of('Mara Beispiel sagte, der Hafen bleibe geschlossen.')).toMatchObject({ display: 'Beispiel (harbour master)', displayDe: 'Beispiel (Hafenmeister)' });
    expect(of('Olaf Ohnedeutsch sagte, der Hafen bleibe geschlossen.')).toMatchObject({ display: 'Ohnedeutsch (chief pilot)', displayDe: 'Ohnedeutsch (chief pilot)' });
    expect(of('Nach Lotsenangaben liefen zwei Schiffe auf Grund.')).toMatchObject({ display: 'pilots', displayDe: 'Lotsen' });
  });
});

describe('the catalogue has a German form for every claimant it knows', () => {
  it('every actor of claimants.json with a role has a German role, and every actor with an English common-noun name a German name', () => {
    const missing: string[] = [];
    for (const a of story.catalogue.claimants.actors) {
      if (a.role && !a.roleDe) missing.push(`${a.id}: roleDe`);
      // a name in lower case, or starting with an English article or adjective, is English words, not a proper name
      // (unless German text writes it so: `dpa`)
      const english = /^(the |[a-z])|^(Russian|Ukrainian|North Korean|South Korean|German|US) /.test(a.name) && !a.aliases.includes(a.name);
      if (english && !a.nameDe) missing.push(`${a.id}: nameDe`);
    }
    expect(missing).toEqual([]);
  });

  it('every compiled actor shows German readers its German form', () => {
    const english = directory.actors.filter((a) => a.role && a.displayDe.includes(a.role) && a.role !== a.displayDe);
    expect(english.map((a) => a.id)).toEqual([]);
  });

  it('every English label of the built-in vocabulary and of claimants.json has a German one', () => {
    const labels = new Set([
      ...Object.values(BUILTIN_SOURCE_NOUNS),
      ...Object.values(BUILTIN_STANDALONE),
      ...Object.values(BUILTIN_ROLE_NOUNS),
      ...DOC_NOUNS.values(),
      ...Object.values(story.catalogue.claimants.sourceNouns ?? {}),
      ...Object.values(story.catalogue.claimants.standaloneSources ?? {}),
      ...Object.values(story.catalogue.claimants.roleNouns ?? {}),
      'official sources',
    ]);
    const known = { ...BUILTIN_LABELS_DE, ...(story.catalogue.claimants.labelsDe ?? {}) };
    expect([...labels].filter((l) => !(l in known))).toEqual([]);
    expect([...labels].every((l) => directory.labelsDe.get(l) === known[l])).toBe(true);
  });
});

describe('claimants read a paragraph only as far as they need', () => {
  it('give every sentence of a seed paragraph the same claimant from the paragraph up to the next sentence as from all of it', () => {
    // `answers/claimants.ts` reads a paragraph only up to the sentence after the one quoted: a claimant
    // depends on the sentences before it and the one right after it, never on later ones
    const differ: string[] = [];
    let checked = 0;
    for (const article of story.articles) {
      article.paragraphs.forEach((p, pi) => {
        const texts = p.sentences.map((s) => s.text);
        if (texts.length < 3) return;
        const previous = article.paragraphs.slice(Math.max(0, pi - 4), pi).map((q) => q.sentences.map((s) => s.text));
        const full = findParagraphClaimants(texts, previous, directory);
        for (let k = 0; k + 2 < texts.length; k++) {
          const part = findParagraphClaimants(texts.slice(0, k + 2), previous, directory);
          checked++;
          for (let j = 0; j <= k; j++) if (JSON.stringify(part[j]) !== JSON.stringify(full[j])) differ.push(`${p.id} #${j} (up to ${k + 1})`);
        }
      });
    }
    // invented paragraphs where a sentence is attributed by the one after it, or continues the one before
    const invented = [
      'Die Brücke bleibt bis Freitag gesperrt. Dies teilte die Stadt mit. Umleitungen sind ausgeschildert. Die Polizei bittet um Geduld.',
      'Laut Feuerwehr brannten rund 40 Hektar Wald. Die Löscharbeiten sollen bis in die Nacht dauern. Ein Sprecher sagte, die Lage sei unter Kontrolle. Das bestätigte auch der Bürgermeister.',
    ];
    for (const text of invented) {
      const texts = splitSentences(text).map((s) => s.text);
      const full = findParagraphClaimants(texts, [], directory);
      for (let k = 0; k + 2 < texts.length; k++) {
        const part = findParagraphClaimants(texts.slice(0, k + 2), [], directory);
        checked++;
        for (let j = 0; j <= k; j++) if (JSON.stringify(part[j]) !== JSON.stringify(full[j])) differ.push(`${text.slice(0, 20)} #${j} (up to ${k + 1})`);
      }
    }
    expect(findParagraphClaimants(splitSentences(invented[0]!).map((s) => s.text), [], directory)[0]).not.toBeNull();
    expect(checked).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });
});
