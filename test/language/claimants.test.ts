import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileClaimantDirectory,
  findParagraphClaimants,
  type Claimant,
  type ClaimantDirectory,
} from '../../src/language/de/claimants/index.ts';
import { splitSentences } from '../../src/language/de/index.ts';
import type { Article } from '../../src/corpus/types.ts';
import { claimantsData, type ClaimantsFile } from '../../src/corpus/catalogue/index.ts';
import { fixture, seed } from '../corpus/helpers.ts';
import { seedStory } from '../helpers/seed.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const snapshot = await seedStory();
/** The directory production uses: the bundled claimants.json with the places' adjectives, compiled by the snapshot. */
const directory: ClaimantDirectory = snapshot.claimants;

/** A directory compiled as the snapshot does, from other claimants data (the bundled places and sides stay). */
function directoryWith(claimants: Omit<ClaimantsFile, 'version'>): ClaimantDirectory {
  return compileClaimantDirectory(claimantsData({ ...snapshot.catalogue, claimants: { version: 1, ...claimants } }));
}

const DPA = 'dpa-nordkorea-soldaten-an-der-front-waren-kims-idee';
const KEYSTONE = 'keystone-sda-russland-bestaetigt-beteiligung-nordkoreanischer-soldaten';
const KURSK = 'kursk-russland-setzt-nordkoreaner-ein';
const NTV = 'ntv-2024-12-05-kiew-russland-haelt-kims-soldaten-in-zweiter-reihe';
const REUTERS = 'reuters-2025-04-nordkorea-bestaetigt-truppenentsendung';

/** How many earlier paragraphs production passes (src/answers/claimants.ts). */
const EARLIER_PARAGRAPHS = 4;

/** The sentences of each body paragraph of an article, as the corpus loader gives them. */
function paragraphsOf(article: Article): string[][] {
  return article.paragraphs.map((p) => p.sentences.map((s) => s.text));
}

/** The body paragraphs of a seed article (loaded with the production loader). */
function paragraphs(name: string): string[][] {
  return paragraphsOf(seed(name));
}

interface Located {
  /** The paragraph's sentences. */
  sentences: string[];
  /** Index of the sentence in its paragraph. */
  i: number;
  /** The earlier paragraphs production passes, nearest last. */
  previousParagraphs: string[][];
}

/** Every sentence of an article with its paragraph and the earlier paragraphs. */
function locatedIn(paras: string[][]): Located[] {
  return paras.flatMap((sentences, p) =>
    sentences.map((_, i) => ({ sentences, i, previousParagraphs: paras.slice(Math.max(0, p - EARLIER_PARAGRAPHS), p) })),
  );
}

function sentencesOf(article: string): Located[] {
  return locatedIn(paragraphs(article));
}

function locateIn(paras: string[][], start: string, where: string): Located {
  const hit = locatedIn(paras).find((s) => (s.sentences[s.i] ?? '').startsWith(start));
  if (!hit) throw new Error(`no sentence starting "${start}" in ${where}`);
  return hit;
}

function locate(article: string, start: string): Located {
  return locateIn(paragraphs(article), start, article);
}

/** What production runs: the claimants of a whole paragraph, given the paragraphs before it. */
function claimantAt({ sentences, i, previousParagraphs }: Located, withNext = true, dir = directory): Claimant | null {
  // Without the next sentences: the paragraph as if it ended with this sentence.
  const paragraph = withNext ? sentences : sentences.slice(0, i + 1);
  return findParagraphClaimants(paragraph, previousParagraphs, dir)[i] ?? null;
}

function claimantIn(article: string, start: string, withNext = true): Claimant | null {
  return claimantAt(locate(article, start), withNext);
}

/**
 * A paragraph of my own: the claimant of sentence `i` (default: the last).
 * The sentences must be the ones the production splitter gives for the
 * paragraph text (checked), so that the case is what production would run.
 */
function claimantOf(
  sentences: string[],
  i = sentences.length - 1,
  previousParagraphs: string[][] = [],
  dir = directory,
): Claimant | null {
  expect(splitSentences(sentences.join(' ')).map((s) => s.text)).toEqual(sentences);
  return claimantAt({ sentences, i, previousParagraphs }, true, dir);
}

/** A directory without known actors: only the German vocabulary and the places' adjectives. */
function builtinOnly(): ClaimantDirectory {
  return directoryWith({ actors: [] });
}

const display = (c: Claimant | null): string | null => c?.display ?? null;

/** Expected claimant of every body sentence of each seed article, read off the articles. */
const SEED: Record<string, Array<[string, string | null]>> = {
  [DPA]: [
    ['Kreml-Chef Wladimir Putin ist überzeugt', "Putin (Russia's president)"],
    ['Es soll Kims Initiative gewesen sein', null],
    ['Im Herbst dieses Jahres sorgte', null], // after the dateline 'Moskau/Pjöngjang –', which the loader strips
    ['Doch US-Geheimdienste kamen', 'US intelligence'],
    ['Es soll eine Initiative Nordkoreas gewesen sein, berichte die New York Times.', 'New York Times (US newspaper)'],
    ['Trotz dieser Erkenntnis soll der russische Präsident', 'US officials'],
    ['Laut ukrainischen und westlichen Schätzungen', 'Ukrainian and Western estimates'],
    ['Diese Truppen wurden überwiegend', null],
    ['US-Beamte gehen nicht davon aus', 'US officials'],
    ['Vielmehr scheine es so', 'US officials'],
    ['Dabei denkt Kim offenbar', null],
    ['Der nationale Sicherheitssprecher des Weißen Hauses', 'Kirby (White House national security spokesman)'],
    ['Weiter sei es „natürlich', 'Kirby (White House national security spokesman)'],
    ['Laut dem Bericht sollen', 'New York Times (US newspaper)'],
    ['Verwundete sollen direkt', 'New York Times (US newspaper)'],
    ['US-Regierungsvertreter betonten', 'US government officials'],
    ['Diese Zusammenarbeit ermöglichte', null],
    ['Nordkorea könnte nach Einschätzung des südkoreanischen Geheimdienstes', 'NIS (South Korean intelligence)'],
    ['Der Geheimdienst NIS sehe Anzeichen', 'Yonhap (South Korean news agency), citing NIS'],
    ['Sie berief sich dabei', 'Yonhap (South Korean news agency)'],
    ['Weitere Einzelheiten sind nicht bekannt.', null],
    ['Der Geheimdienst geht demnach zudem davon aus', 'NIS (South Korean intelligence)'],
    ['Auch Kiew und Washington gehen', 'Kyiv and Washington'],
    ['Die unter der russischen Fahne kämpfenden Nordkoreaner', "Selenskyj (Ukraine's president)"],
    ['Diese nicht unabhängig überprüfbare Schätzung nannte', "Selenskyj (Ukraine's president)"],
    ['„Nach vorläufigen Angaben übersteigt', "Selenskyj (Ukraine's president)"],
    ['Daraus entwickle sich die Gefahr', "Selenskyj (Ukraine's president)"],
    ['„Wir werden darauf eine Antwort haben“, sagte Selenskyj.', "Selenskyj (Ukraine's president)"],
    ['Offizielle russische Stellen oder Medien haben sich bisher nicht', null],
  ],
  [KEYSTONE]: [
    ['Russland hat erstmals den Einsatz', 'Russia'],
    ['Selenskyj warf das Russland', "Selenskyj (Ukraine's president)"],
    ['Russland hat erstmals eingeräumt', 'Russia'],
    ['Die Soldaten aus Nordkorea hätten einen bedeutenden Beitrag', 'Gerassimow (Russian chief of staff)'],
    ['Der ukrainische Präsident Wolodymyr Selenskyj hatte Nordkorea', "Selenskyj (Ukraine's president)"],
    ['Offiziell bestätigt hatte das Russland bis heute nicht.', null],
    ['Die Beteiligung der Soldaten aus Nordkorea', null],
    ['Dagegen betonte Gerassimow', 'Gerassimow (Russian chief of staff)'],
    ['In dem Abkommen gibt es', null],
    ['Ein öffentlich bekanntes Beistandsgesuch', null],
    ['Ausserdem hat Russland die Ukraine angegriffen.', null],
    ['Generalstab lobt', null],
    ['«Die Soldaten und Offiziere der koreanischen Volksarmee', 'Gerassimow (Russian chief of staff)'],
    ['Der Kremlchef gratulierte', null],
    ['Das Abenteuer Kiews sei gescheitert, sagte Putin.', "Putin (Russia's president)"],
    ['Die ukrainischen Truppen waren Anfang August', null],
    ['Nun verkündigte Russland', 'Russia'],
    ['Eine Bestätigung aus Kiew gab es zunächst nicht.', null],
  ],
  [KURSK]: [
    ['Die Ukraine meldet den Einsatz', 'Ukraine'],
    ['Laut dem ukrainischen Präsidenten Selenskyj setzt', "Selenskyj (Ukraine's president)"],
    ['Russland hat seine militärische Zusammenarbeit', null],
    ['Nach Informationen des südkoreanischen Geheimdienstes NIS', 'NIS (South Korean intelligence)'],
    ['Laut «Tagesschau» sind die ersten 1500 Soldaten', 'Tagesschau (German broadcaster)'],
    ['Diese Soldaten wurden in russische Uniformen', null],
    ['Die militärische Kooperation zwischen Russland und Nordkorea', null],
    ['Dieser sieht gegenseitige militärische Unterstützung', 'ZDF (German broadcaster)'],
    ['Nordkorea hat die russische Armee bereits', null],
    ['Insgesamt sollen seit August 2023', null],
    ['Die Entsendung nordkoreanischer Soldaten könnte', null],
    ['Russland zeigt damit', null],
    ['Die genauen Einsatzmöglichkeiten', null],
    ['Laut «Deutschlandfunk» könnten sie', 'Deutschlandfunk (German broadcaster)'],
    ['Das US-Aussenministerium hat die Anwesenheit', 'US State Department'],
    ['Sprecher Vedant Patel erklärte', 'Patel (US State Department spokesman)'],
    ['Die Situation wirft Fragen', null],
    ['Die enge Zusammenarbeit der beiden Länder', null],
  ],
  [NTV]: [
    ['Über zehntausend nordkoreanische Soldaten sollen', null],
    ['An vorderster Front kommen sie', null],
    ['Laut dem ukrainischen Präsidenten Selenskyj sind dennoch', "Selenskyj (Ukraine's president)"],
    ['Nordkoreanische Soldaten werden auf Beobachtungsposten', 'National Resistance Center (Ukrainian military)'],
    ['Pjöngjang habe zwischen 10.000 und 12.000', 'National Resistance Center (Ukrainian military)'],
    ['"Vielleicht sind sie nicht', 'Andrii Tscherniak (Sprecher)'],
    ['Die nordkoreanischen Truppen soll den Angaben zufolge', null],
    ['Ihr Einsatz hat es dem Kreml Berichten zufolge', 'unnamed reports'],
    ['In einem Gespräch mit Kyodo News hatte', "Selenskyj (Ukraine's president)"],
    ['Gleichzeitig teilte er mit', "Selenskyj (Ukraine's president)"],
    ['Indes ist das im Juni vereinbarte', null],
    ['Beide Seiten hätten in einem letzten Schritt', 'KCNA (North Korean state media)'],
    ['Auch das russische Außenministerium bestätigte', 'Russian foreign ministry'],
    ['Der Vertrag sei "ab dem 4. Dezember 2024', 'statement from Moscow'],
    ['Nordkoreas Machthaber Kim Jong Un und Russlands Präsident', null],
    ['Putin nannte das Abkommen', "Putin (Russia's president)"],
    ['Im November ratifizierten beide Länder', null],
    ['Die Vereinbarung sieht unter anderem', null],
    ['Zudem verpflichtet sie Moskau', null],
    ['Russland und Nordkorea hatten sich', null],
    ['Der Westen wirft dem international isolierten Nordkorea', 'the West'],
    ['Ukrainischen, südkoreanischen und westlichen Regierungsangaben zufolge', 'Ukrainian, South Korean and Western governments'],
  ],
  [REUTERS]: [
    ['Nach monatelangen Vorwürfen', 'North Korea'], // after the dateline 'Seoul (Reuters) -', which the loader strips
    ['Machthaber Kim Jong Un habe diese Entsendung', 'KCNA (North Korean state media), citing the ruling party'],
    ['Die Soldaten hätten geholfen', 'KCNA (North Korean state media), citing the ruling party'],
    ['Putin sprach in einer Erklärung Kim seinen Dank', null],
    ['Die US-Regierung, die auf ein Ende', 'US government'],
    ['Russland habe durch die Ausbildung', 'US government'],
    ['Länder wie Nordkorea, deren Unterstützung', 'Sprecher des Außenministeriums'],
    ['Südkorea bezeichnete die Bestätigung', 'South Korea'],
    ['Russland hatte am Samstag erstmals bestätigt', 'Russia'],
    ['Die Ukraine und ihre westlichen Verbündeten werfen', 'Ukraine and Western allies'],
    ['Die Regierung in Moskau hatte', 'Russian government'],
    ['Die Ukraine hatte dies zurückgewiesen', 'Ukraine'],
    ['Die Zentrale Militärkommission der nordkoreanischen Arbeiterpartei', 'KCNA (North Korean state media), citing Central Military Commission'],
    ['Kim habe die Soldaten als', 'KCNA (North Korean state media), citing Central Military Commission'],
    ['Nordkorea betrachte es als Ehre', 'KCNA (North Korean state media), citing Central Military Commission'],
    ['Nordkorea ist international weitgehend isoliert.', null],
    ['Wegen seines Atom- und Raketenprogramms', null],
    ['Putin erklärte laut Mitteilung', "Putin (Russia's president)"],
    ['Man schätze dies sehr.', "Putin (Russia's president)"],
    ['Nordkorea hat nach ukrainischen Angaben', 'Ukrainian sources'],
    ['Darunter seien 3000 Soldaten', 'Ukrainian sources'],
    ['Nordkorea hat südkoreanischen Angaben zufolge', 'South Korean sources'],
    ['Bei einem Luftangriff auf die ukrainische Hauptstadt', 'Ukrainian military sources'],
    ['Bei dem Angriff wurden mindestens zwölf Menschen getötet', null],
  ],
};

/**
 * Lines of the seed articles that end like a sentence but are no body text:
 * the loader drops them, so they are never quoted and never attributed.
 */
const NOT_BODY: Array<[string, string]> = [
  [KEYSTONE, 'Putin gratuliert zum «Sieg»'], // a subheading
  [KEYSTONE, 'Mal Gucken was der kleine Zarensky'], // a reader comment
  [KEYSTONE, 'Strände & Co.'], // page navigation
  [NTV, 'Nordkoreas Machthaber Kim posiert'], // a picture caption
];

describe('claimants of the seed articles', () => {
  it.each(NOT_BODY)('in %s, leaves "%s" out of the body text (never attributed)', (article, start) => {
    expect(readFileSync(`${root}corpus/stories/kursk/articles/${article}.txt`, 'utf8')).toContain(start);
    expect(sentencesOf(article).filter((s) => (s.sentences[s.i] ?? '').includes(start))).toEqual([]);
  });


  for (const [article, table] of Object.entries(SEED)) {
    describe(article, () => {
      it('lists every body sentence of the article in the expectation table', () => {
        const unlisted = sentencesOf(article)
          .map((s) => s.sentences[s.i] ?? '')
          .filter((s) => !table.some(([start]) => s.startsWith(start)));
        expect(unlisted).toEqual([]);
      });
      it.each(table)('attributes "%s" to %s', (start, expected) => {
        expect(display(claimantIn(article, start))).toBe(expected);
      });
    });
  }

  it('cuts the attribution phrase verbatim from the sentence, or marks an inherited one with index -1', () => {
    let own = 0;
    let inherited = 0;
    for (const article of Object.keys(SEED)) {
      for (const located of sentencesOf(article)) {
        const sentence = located.sentences[located.i] ?? '';
        const c = claimantAt(located);
        if (!c) continue;
        if (c.index >= 0) {
          own++;
          expect(sentence.slice(c.index, c.index + c.text.length)).toBe(c.text);
        } else {
          inherited++;
          const others = [...located.sentences.filter((_, k) => k !== located.i), ...located.previousParagraphs.flat()];
          expect(others.some((o) => o.includes(c.text))).toBe(true);
        }
      }
    }
    expect(own).toBeGreaterThan(50);
    expect(inherited).toBeGreaterThan(10);
  });
});

describe('patterns named in the brief, on the seed sentences', () => {
  it('takes "Laut dem ukrainischen Präsidenten Selenskyj" as the phrase and Selenskyj as the claimant', () => {
    const c = claimantIn(NTV, 'Laut dem ukrainischen Präsidenten Selenskyj sind dennoch');
    expect(c).toMatchObject({ name: 'Selenskyj', role: "Ukraine's president", text: 'Laut dem ukrainischen Präsidenten Selenskyj', index: 0 });
  });

  it('names Gerassimow, not Putin, for a statement made "bei einer Videoschalte mit Präsident Wladimir Putin"', () => {
    const c = claimantIn(KEYSTONE, 'Die Soldaten aus Nordkorea hätten');
    expect(c?.name).toBe('Gerassimow');
    expect(c?.text).toBe('sagte der Chef des russischen Generalstabs, Waleri Gerassimow');
  });

  it('attributes a quote followed by ", schrieb Selenskyj auf X" to Selenskyj', () => {
    const c = claimantIn(DPA, '„Nach vorläufigen Angaben übersteigt');
    expect(c).toMatchObject({ name: 'Selenskyj', text: 'schrieb Selenskyj' });
  });

  it('resolves "Der Geheimdienst geht demnach" to the NIS named in the previous paragraph', () => {
    const c = claimantIn(DPA, 'Der Geheimdienst geht demnach');
    expect(c).toMatchObject({ name: 'NIS', text: 'Der Geheimdienst geht', index: 0 });
    const alone = locate(DPA, 'Der Geheimdienst geht demnach');
    expect(claimantOf([alone.sentences[alone.i] ?? ''])).toBeNull();
  });

  it('continues the National Resistance Center into the Konjunktiv sentence "Pjöngjang habe ..."', () => {
    const c = claimantIn(NTV, 'Pjöngjang habe zwischen');
    expect(c).toMatchObject({ name: 'National Resistance Center', index: -1, basis: 'continuation' });
    expect(c?.text).toBe('berichtet das vom ukrainischen Militär geführte Nationale Widerstandszentrum');
  });

  it('does not continue an attribution into an indicative sentence', () => {
    expect(claimantIn(KURSK, 'Diese Soldaten wurden in russische Uniformen')).toBeNull();
    expect(claimantIn(KEYSTONE, 'Die ukrainischen Truppen waren Anfang August')).toBeNull();
  });

  it('continues Selenskyj across a paragraph break into "Daraus entwickle sich ..."', () => {
    expect(claimantIn(DPA, 'Daraus entwickle sich')).toMatchObject({ name: 'Selenskyj', index: -1 });
  });

  it('takes the claim "Beide Seiten hätten ..., berichtete die nordkoreanische Nachrichtenagentur KCNA am Mittwoch" as KCNA\'s', () => {
    const c = claimantIn(NTV, 'Beide Seiten hätten');
    expect(c).toMatchObject({ name: 'KCNA', text: 'berichtete die nordkoreanische Nachrichtenagentur KCNA' });
  });

  it('takes the outermost attribution and notes whom it cites (KCNA citing the ruling party)', () => {
    const c = claimantIn(REUTERS, 'Machthaber Kim Jong Un habe');
    expect(c).toMatchObject({ name: 'KCNA', citing: 'the ruling party' });
    const yonhap = claimantIn(DPA, 'Der Geheimdienst NIS sehe');
    expect(yonhap).toMatchObject({ name: 'Yonhap', citing: 'NIS (South Korean intelligence)' });
  });

  it('makes Russia the claimant of what "Russland hatte am Samstag erstmals bestätigt, dass ..." confirms', () => {
    expect(claimantIn(REUTERS, 'Russland hatte am Samstag erstmals bestätigt')).toMatchObject({ name: 'Russia', text: 'Russland hatte' });
  });

  it('gives no claimant when a confirmation is denied ("Offiziell bestätigt hatte das Russland bis heute nicht")', () => {
    expect(claimantIn(KEYSTONE, 'Offiziell bestätigt hatte das Russland')).toBeNull();
  });

  it('keeps the signing of the treaty and its ratification as the article\'s own statements', () => {
    expect(claimantIn(NTV, 'Nordkoreas Machthaber Kim Jong Un und Russlands Präsident')).toBeNull();
    expect(claimantIn(NTV, 'Im November ratifizierten beide Länder')).toBeNull();
  });

  it('falls back to an unknown speaker\'s name with the German role as written', () => {
    expect(claimantIn(NTV, '"Vielleicht sind sie nicht')).toMatchObject({ name: 'Andrii Tscherniak', role: 'Sprecher' });
  });

  it('attributes a sentence to the source named in the next sentence only when the next sentence is given', () => {
    expect(claimantIn(DPA, 'Die unter der russischen Fahne kämpfenden', true)).toMatchObject({ name: 'Selenskyj', basis: 'following', index: -1 });
    expect(claimantIn(DPA, 'Die unter der russischen Fahne kämpfenden', false)).toBeNull();
  });

  it('leaves "den Angaben zufolge" unattributed when the text before names two sources', () => {
    // the previous paragraph cites the National Resistance Center and its spokesman Tscherniak
    expect(claimantIn(NTV, 'Die nordkoreanischen Truppen soll den Angaben zufolge')).toBeNull();
  });
});

describe('transliterations and inflections', () => {
  it.each([
    ['Laut Selenskyj sind 3000 Soldaten gefallen.', 'Selenskyj'],
    ['Laut Selenskij sind 3000 Soldaten gefallen.', 'Selenskyj'],
    ['Selensky zufolge sind 3000 Soldaten gefallen.', 'Selenskyj'],
    ['Nach Angaben Zelenskys sind 3000 Soldaten gefallen.', 'Selenskyj'],
    ['Zelenskyy sagte, 3000 Soldaten seien gefallen.', 'Selenskyj'],
    ['„Die Soldaten sind gut ausgebildet“, sagte Gerasimow.', 'Gerassimow'],
    ['Kim Jong-un erklärte, man werde Russland helfen.', 'Kim Jong Un'],
    ['Kim Jong Un erklärte, man werde Russland helfen.', 'Kim Jong Un'],
    ['Nach Angaben des Nationalen Nachrichtendienstes wurden 100 Soldaten getötet.', 'NIS'],
    ['Das US-Außenministerium bestätigte die Zahl.', 'US State Department'],
    ['Das US-Aussenministerium bestätigte die Zahl.', 'US State Department'],
    ['Wie das Pentagon mitteilte, sind 10.000 Soldaten in Kursk.', 'Pentagon'],
    ['Nach Angaben des Weißen Hauses sind 10.000 Soldaten in Kursk.', 'White House'],
  ])('recognises "%s" as %s', (sentence, name) => {
    expect(claimantOf([sentence])?.name).toBe(name);
  });
});

describe('other phrasings', () => {
  it.each([
    ['Nach Angaben des ukrainischen Generalstabs wurden 200 nordkoreanische Soldaten getötet.', 'Ukrainian general staff'],
    ['„Wir haben keine Beweise“, so Selenskij.', "Selenskyj (Ukraine's president)"],
    ['Kremlsprecher Dmitri Peskow sagte, Russland werde darauf reagieren.', 'Peskow (Kremlin spokesman)'],
    ['Der Sprecher des Pentagons, Pat Ryder, erklärte am Dienstag, die Truppen seien an der Front.', 'Pat Ryder (Sprecher des Pentagons)'],
    ['US-Verteidigungsminister Lloyd Austin sagte am Rande eines Treffens in Brüssel, es gebe Verluste.', 'Austin (US defense secretary)'],
    ['Laut südkoreanischen Medienberichten sind 1500 Soldaten eingetroffen.', 'South Korean media reports'],
    ['Die Angaben wurden vom Pentagon bestätigt.', 'Pentagon (US Department of Defense)'],
    ['Bei einem Treffen mit Selenskyj sagte Blinken, die USA stünden an der Seite Kiews.', 'Blinken (US secretary of state)'],
    ['Nach Angaben aus Regierungskreisen in Seoul sind weitere Einheiten unterwegs.', 'government sources'],
    ['Experten gehen davon aus, dass die Verluste höher sind.', 'experts'],
    ['Die Nachrichtenagentur Tass meldete unter Berufung auf das Verteidigungsministerium, die Region sei befreit.', 'Tass (Russian state news agency)'],
    ['Nach Selenskyjs Angaben wurden 3000 Soldaten getötet oder verwundet.', "Selenskyj (Ukraine's president)"],
    ['Nach US-Angaben wurden bereits 8000 Soldaten in Kursk stationiert.', 'US sources'],
    ['Gustav Gressel, Militärexperte beim ECFR, sagte, die Truppen seien schlecht ausgebildet.', 'Gustav Gressel (Militärexperte beim ECFR)'],
    ['Laut dem Institut für Kriegsstudien setzt Russland die Soldaten in Angriffswellen ein.', 'ISW (US think tank)'],
    ['Nach Erkenntnissen westlicher Geheimdienste sind es mehr als 11.000 Soldaten.', 'Western intelligence'],
    ['Ein Sprecher der ukrainischen Armee sagte, 30 Nordkoreaner seien getötet worden.', 'Ukrainian military spokesperson'],
    ['Trotz der Verluste kämpfen die Soldaten weiter, sagte ein ukrainischer Kommandeur.', 'Ukrainian commander'],
    ['Russische Militärblogger berichten von schweren Verlusten.', 'Russian military bloggers'],
    ['Südkoreas Geheimdienst NIS geht von 300 Toten aus.', 'NIS (South Korean intelligence)'],
    ['In Kiew sagte Selenskyj am Montag, die Lage sei schwierig.', "Selenskyj (Ukraine's president)"],
    ['Einem Bericht der «Washington Post» zufolge sind die Verluste hoch.', 'Washington Post (US newspaper)'],
    ['Die ukrainische Armee hat nach eigenen Angaben 20 Nordkoreaner getötet.', 'Ukrainian military'],
    ['Russland und Nordkorea bestreiten die Entsendung von Soldaten nach Kursk.', 'Russia and North Korea'],
    ['Laut Angaben der Vereinten Nationen wurden 12 Zivilisten getötet.', 'UN'],
    ['Die Lage ist ernst, erklärte der Gouverneur der Region Kursk, Alexej Smirnow.', 'Alexej Smirnow (Gouverneur der Region Kursk)'],
    ['Am Montag sagte der Sprecher des ukrainischen Außenministeriums, Heorhij Tychyj, dass Nordkorea Kriegspartei sei.', 'Heorhij Tychyj (Sprecher des ukrainischen Außenministeriums)'],
    ['In einer Erklärung des Kremls hieß es, die Zusammenarbeit sei legitim.', 'Kremlin'],
    ['Zuvor hatte die Zeitung «Kommersant» berichtet, dass 500 Soldaten eingetroffen seien.', 'Kommersant (Zeitung)'],
    ['Die Nachrichtenagentur KCNA zitierte Kim Jong Un mit den Worten, man werde Russland unterstützen.', 'KCNA (North Korean state media), citing Kim Jong Un'],
    ['Die Zahl könnte höher liegen, räumte ein Sprecher des Kremls ein.', 'Kremlin spokesperson'],
    ['Es sei nicht klar, ob die Soldaten gefallen seien, sagte ein Sprecher.', 'unnamed spokesperson'],
    ['Berlin (dpa) - Nordkorea hat nach Angaben südkoreanischer Stellen erstmals eingeräumt, dass Soldaten gefallen sind.', 'South Korean authorities, citing North Korea'],
    ['Südkoreas Geheimdienst meldet eine neue Truppenentsendung.', 'NIS (South Korean intelligence)'],
    ['• Kiew spricht von über 3800 getöteten oder verwundeten Nordkoreanern.', 'Kyiv'],
    ['Kiew, Moskau und Washington sagten, die Lage sei ernst.', 'Kyiv, Moscow and Washington'],
    ['Der Botschafter Russlands sagte, die Lage sei ernst.', "Russia's ambassador"],
    ['Nordkoreas Staatsmedien berichteten über die Feier.', "North Korea's state media"],
    ['Das sagte ein hochrangiger US-Beamter der Nachrichtenagentur AP.', 'US official'],
    ['Wie aus einem Bericht des ISW hervorgeht, kämpfen die Soldaten in kleinen Gruppen.', 'ISW (US think tank)'],
    ['Nordkorea habe keine Truppen entsandt, hatte die Regierung in Pjöngjang noch im Oktober erklärt.', 'North Korean government'],
    ['Die Soldaten kämpfen nach Angaben der Nachrichtenagentur Reuters in Kursk.', 'Reuters (news agency)'],
    ['Es gibt laut UN-Angaben keine Hinweise darauf.', 'UN'],
    ['Laut ISW-Analysten setzt Russland die Nordkoreaner in Angriffswellen ein.', 'ISW (US think tank)'],
    ['Das berichtet der «Spiegel» unter Berufung auf Geheimdienstkreise.', 'Spiegel, citing intelligence sources'],
    ['Die Zahl der nach Russland entsandten Soldaten schätzt der NIS auf rund 11.000.', 'NIS (South Korean intelligence)'],
    ['Die Zahl der Soldaten in Russland schätzt der NIS auf rund 11.000.', 'NIS (South Korean intelligence)'],
    ['Nach Angaben des Verteidigungsministeriums in Moskau sind es 10.000.', 'Russian defence ministry'],
    ['Das Pentagon bezifferte die Zahl am Montag auf etwa 10.000.', 'Pentagon (US Department of Defense)'],
    ['Die Verluste wurden vom Pentagon auf 1000 beziffert.', 'Pentagon (US Department of Defense)'],
    [
      'Ukrainische Angaben gehen deutlich weiter: Präsident Wolodymyr Selenskyj hatte Anfang Januar von mehr als 3800 getöteten Nordkoreanern gesprochen.',
      "Selenskyj (Ukraine's president)",
    ],
  ])('attributes "%s" to %s', (sentence, expected) => {
    expect(display(claimantOf([sentence]))).toBe(expected);
  });

  it('never takes a country named inside a phrase about something else for the source', () => {
    // "nach Russland" belongs to the soldiers, not to the figure's source
    expect(display(claimantOf(['Die Zahl der nach Russland entsandten Soldaten schätzt man auf rund 11.000.']))).toBeNull();
    expect(display(claimantOf(['Das Fazit: Die Soldaten aus Nordkorea kämpfen weiter.']))).toBeNull();
  });

  it('attributes the sentence before "Das teilte das Ministerium mit." to the ministry', () => {
    const para = ['Die Zahl der Toten ist auf 40 gestiegen.', 'Das teilte das ukrainische Verteidigungsministerium am Montag mit.'];
    expect(claimantOf(para, 0)).toMatchObject({ name: 'Ukrainian defence ministry', basis: 'following', index: -1 });
  });

  it('resolves "er" and "sie" to the previous speaker of the matching gender', () => {
    const para = ['Außenministerin Annalena Baerbock sagte in Berlin, Nordkorea sei Kriegspartei.', '„Das ist ein Bruch des Völkerrechts“, fügte sie hinzu.'];
    expect(claimantOf(para)?.name).toBe('Annalena Baerbock');
    const yonhap = ['Die Nachrichtenagentur Yonhap meldete 100 Tote.', 'Er berief sich auf den Geheimdienst.'];
    expect(claimantOf(yonhap)).toBeNull();
    expect(claimantOf(['„Das ist eine Eskalation“, sagte sie.'])).toBeNull();
  });

  it('resolves "Der Präsident sagte" to the president mentioned just before', () => {
    const para = ['Selenskyj traf sich am Montag mit Rutte.', 'Der Präsident sagte, die Lage an der Front sei angespannt.'];
    expect(claimantOf(para)?.name).toBe('Selenskyj');
    expect(claimantOf(['Nach dem Treffen sagte der Präsident, er sei zufrieden.'])).toBeNull();
  });

  it('continues a quotation-only sentence with the speaker of the sentence before', () => {
    const para = ['Selenskyj schrieb auf Telegram: „Wir haben zwei Soldaten gefangen genommen.“', '„Sie werden jetzt befragt.“'];
    expect(claimantOf(para)).toMatchObject({ name: 'Selenskyj', index: -1 });
  });

  it('continues "soll" sentences after a report but not after an opinion', () => {
    const report = ['Laut Yonhap sind 100 Soldaten gefallen.', 'Weitere 1000 sollen verletzt worden sein.'];
    expect(claimantOf(report)?.name).toBe('Yonhap');
    const opinion = ['Putin ist überzeugt, dass Russland gewinnt.', 'Es soll Kims Idee gewesen sein.'];
    expect(claimantOf(opinion)).toBeNull();
  });
});

describe('fixture articles in other outlets\' formats (invented texts, unseen while writing the rules)', () => {
  it.each([
    ['zeit-selenskyj-nennt-verluste.txt', 'Mehr als 3000 von ihnen seien', "Selenskyj (Ukraine's president)"],
    ['zeit-selenskyj-nennt-verluste.txt', 'Zuvor hatte der südkoreanische Geheimdienst NIS', 'NIS (South Korean intelligence)'],
    ['zeit-selenskyj-nennt-verluste.txt', '"Wir werden darauf eine Antwort haben", sagte er.', "Selenskyj (Ukraine's president)"],
    ['zeit-selenskyj-nennt-verluste.txt', 'Der Kreml hat sich bislang nicht', null],
    ['20min-nordkorea-schickt-weitere-soldaten.txt', 'Nordkorea hat nach Angaben des südkoreanischen Generalstabs', 'South Korean military'],
    ['20min-nordkorea-schickt-weitere-soldaten.txt', 'Die Verlegung habe im Dezember', 'unnamed spokesperson'],
    ['20min-nordkorea-schickt-weitere-soldaten.txt', '«Sie werden in Wellen nach vorne geschickt', "Selenskyj (Ukraine's president)"],
    ['20min-nordkorea-schickt-weitere-soldaten.txt', 'Der Kreml hat die Anwesenheit', 'Kremlin'],
    ['tagesschau-kim-raeumt-einsatz-ein.txt', 'Machthaber Kim Jong Un habe den Einsatz', 'KCNA (North Korean state media)'],
    ['tagesschau-kim-raeumt-einsatz-ein.txt', 'Nach Schätzungen des südkoreanischen Geheimdienstes NIS', 'NIS (South Korean intelligence)'],
    ['tagesschau-kim-raeumt-einsatz-ein.txt', 'Es ist das erste Mal', null],
    ['dpa-hard-wrapped-gefallene.md', 'Nach Einschätzung des Geheimdienstes NIS in Seoul', 'NIS (South Korean intelligence)'],
    ['dpa-hard-wrapped-gefallene.md', 'Die Zahl der Verwundeten liege', 'unnamed lawmaker'],
    ['dpa-hard-wrapped-gefallene.md', 'Laut Kiew werden die Nordkoreaner', 'Kyiv'],
    ['derstandard-kursk-befreit.txt', 'Russlands Generalstabschef Waleri Gerassimow hat', 'Gerassimow (Russian chief of staff)'],
    ['derstandard-kursk-befreit.txt', 'Der ukrainische Generalstab wies die Darstellung zurück', 'Ukrainian general staff'],
  ])('in %s attributes "%s" to %s', (file, start, expected) => {
    const located = locateIn(paragraphsOf(fixture(file)), start, file);
    expect(display(claimantAt(located))).toBe(expected);
  });
});

describe('sentences without a claimant stay null', () => {
  it.each([
    'Putin und Kim unterzeichneten im Juni einen Vertrag.',
    'Selenskyj besuchte am Montag die Front im Osten.',
    'Selenskyj sagte seine Reise nach Washington ab.',
    'Die Soldaten sollen nach Russland gebracht worden sein.',
    'Nach vorläufigen Angaben wurden zwölf Menschen getötet.',
    'Das Pentagon hat die Berichte bislang nicht bestätigt.',
    'Der Kreml bestätigte die Angaben nicht.',
    'Der russische Präsident Wladimir Putin hat die Entsendung nordkoreanischer Soldaten nicht bestritten.',
    'Der Kreml äußerte sich nicht zu den Berichten.',
    'Die Nachrichtenagentur KCNA veröffentlichte Bilder von der Zeremonie.',
    'Ein Bericht der New York Times wurde am Montag veröffentlicht.',
    'Die Soldaten, die laut Kiew schlecht ausgerüstet sind, kämpfen in Kursk.',
    'Nordkoreanische Truppen sollen laut einem Bericht schwere Verluste erlitten haben.',
    'Laut Geheimdienst sind es 12.000.',
    'Das geht aus Satellitenbildern hervor.',
    'Anwohner berichteten von Explosionen.',
    'Kim lobte die Soldaten als Helden.',
    'Wer hat das gesagt?',
    'Die Soldaten seien gut ausgebildet.',
  ])('finds no claimant in "%s"', (sentence) => {
    expect(claimantOf([sentence])).toBeNull();
  });

  it('never shortens a list of sources by dropping a nationality it does not know', () => {
    const sentence = 'Nach ukrainischen und transnistrischen Angaben sind es 3000.';
    expect(claimantOf([sentence], 0, [], builtinOnly())).toBeNull();
  });
});

describe('the directory', () => {
  it('names an unknown nationality once the moderator adds it to claimants.json', () => {
    expect(display(claimantOf(['Nach ukrainischen und moldauischen Angaben sind es 3000.']))).toBe('Ukrainian and Moldovan sources');
  });

  it('works without the data file: collective phrases resolve, named people keep only their name', () => {
    const d = builtinOnly();
    expect(claimantOf(['Nordkorea hat nach ukrainischen Angaben 14.000 Soldaten entsandt.'], 0, [], d)?.display).toBe('Ukrainian sources');
    expect(claimantOf(['Laut Wolodymyr Selenskyj sind 3000 Soldaten gefallen.'], 0, [], d)?.display).toBe('Wolodymyr Selenskyj');
    // a single unknown word is not taken for a name unless the text introduced it
    expect(claimantOf(['Laut Selenskyj sind 3000 Soldaten gefallen.'], 0, [], d)).toBeNull();
    expect(claimantOf(['Wolodymyr Selenskyj reiste nach Berlin.', 'Laut Selenskyj sind 3000 Soldaten gefallen.'], 1, [], d)?.display).toBe('Selenskyj');
  });

  it('does not take a bare common noun after "laut" for a person', () => {
    expect(claimantOf(['Laut Vertrag müssen beide Seiten helfen.'])).toBeNull();
    expect(claimantOf(['Laut Gesetz ist das verboten.'])).toBeNull();
  });

  it('lets a moderator add an actor with aliases and a role', () => {
    const d = directoryWith({
      actors: [{ id: 'kuleba', name: 'Kuleba', role: 'former Ukrainian foreign minister', kind: 'person', aliases: ['Dmytro Kuleba', 'Kuleba'] }],
    });
    expect(claimantOf(['Kuleba zufolge sind es 3000.'], 0, [], d)?.display).toBe('Kuleba (former Ukrainian foreign minister)');
  });

  // Invalid claimants.json files are rejected by the catalogue loader: test/corpus/catalogue.test.ts.

  it('accepts the shipped claimants.json with unique aliases', () => {
    expect(directory.actors.length).toBeGreaterThan(60);
  });
});
