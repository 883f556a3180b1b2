import { describe, expect, it } from 'vitest';
import {
  findFigures as findFiguresWith,
  mayHoldFigure,
  toFigure,
  type FigureMention as Mention,
} from '../../src/language/de/figures/index.ts';
import { allGoodFixtures, allSeeds, seed } from '../corpus/helpers.ts';
import { seedStory } from '../helpers/seed.ts';

/** The seed story's sides, as production compiles them from corpus/places.json and corpus/sides.json. */
const SIDES = (await seedStory()).sides;
/** The side the seed story's casualty and troop measures ask for. */
const FOCUS = 'north-korea';

/** A figure with `northKorean`: does it count the focus side (true), clearly another side or civilians (false), or unclear (null)? */
type FigureMention = Mention & { northKorean: boolean | null };

/** The figures of a sentence with the seed story's sides, as /estimate extracts them. */
function findFigures(sentence: string): FigureMention[] {
  return findFiguresWith(sentence, SIDES).map((f) => ({ ...f, northKorean: f.side === null ? null : f.side === FOCUS }));
}

/** The sentences of every seed article, loaded and split as in production. */
function seedSentences(): string[] {
  return allSeeds().flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)));
}

/** The sentence of a seed article (loaded and split as in production) that contains `phrase`. */
function corpusSentence(nameStart: string, phrase: string): string {
  const found = seed(nameStart)
    .paragraphs.flatMap((p) => p.sentences.map((x) => x.text))
    .filter((s) => s.includes(phrase));
  if (found.length !== 1) throw new Error(`expected one sentence with "${phrase}", found ${found.length}`);
  return found[0]!;
}

/** The only figure of a sentence. */
function only(sentence: string): FigureMention {
  const figs = findFigures(sentence);
  expect(figs, `figures of: ${sentence}`).toHaveLength(1);
  return figs[0]!;
}

function bounds(f: FigureMention): [number | null, number | null, string | null] {
  return [f.min, f.max, f.qualifier];
}

/** The figures of a sentence counting `amount` soldiers. */
function countOf(amount: string): FigureMention[] {
  return findFigures(`Gezählt wurden ${amount} Soldaten.`);
}

describe('findFigures: numbers as written', () => {
  it.each([
    ['10.000', 10000],
    ['1.500', 1500],
    ["12'000", 12000],
    ['12’000', 12000],
    ['10 000', 10000],
    ['10\u202F000', 10000],
    ['10\u00A0000', 10000],
    ['1.500.000', 1500000],
    ['3000', 3000],
    ['1,5 Millionen', 1500000],
    ['2,3 Mio.', 2300000],
    ['30 Tausend', 30000],
    ['eins', 1],
    ['zwölf', 12],
    ['zwoelf', 12],
    ['zwanzig', 20],
    ['dreißig', 30],
    ['dreissig', 30],
    ['einundzwanzig', 21],
    ['hundert', 100],
    ['einhundert', 100],
    ['zweihundert', 200],
    ['zweihundertfünfzig', 250],
    ['tausend', 1000],
    ['Tausend', 1000],
    ['dreitausend', 3000],
    ['zehntausend', 10000],
    ['zwölftausend', 12000],
    ['hunderttausend', 100000],
    ['dreitausendfünfhundert', 3500],
    ['acht Millionen', 8000000],
    ['eine Million', 1000000],
    ['eine halbe Million', 500000],
    ['anderthalb Millionen', 1500000],
    ['zwei Milliarden', 2000000000],
    ['ein Dutzend', 12],
    ['zwei Dutzend', 24],
  ])('reads %s as %d', (text, value) => {
    expect(countOf(text).map((f) => [f.text, f.min, f.max, f.qualifier])).toEqual([[`${text} Soldaten`, value, value, null]]);
  });

  it.each(['zweite', 'erste', 'eine', 'ein', 'F-16'])('reads no number in %j', (text) => {
    expect(countOf(text)).toEqual([]);
  });

  it('reads vague plurals as a lower bound of one unit', () => {
    expect(countOf('Dutzende').map(bounds)).toEqual([[12, null, 'vage']]);
    expect(countOf('Hunderte').map(bounds)).toEqual([[100, null, 'vage']]);
    expect(countOf('Tausende').map(bounds)).toEqual([[1000, null, 'vage']]);
    expect(countOf('Zehntausende').map(bounds)).toEqual([[10000, null, 'vage']]);
    expect(countOf('einige Hundert').map(bounds)).toEqual([[100, null, 'vage']]);
    expect(countOf('acht Millionen').map(bounds)).toEqual([[8000000, 8000000, null]]);
  });

  it('reads single number words only as whole cardinals', () => {
    expect(countOf('Achtung')).toEqual([]);
    expect(countOf('zweiten')).toEqual([]);
    expect(countOf('neunzig').map(bounds)).toEqual([[90, 90, null]]);
  });
});

describe('findFigures on the seed articles', () => {
  it('reads "Über zehntausend nordkoreanische Soldaten sollen ... bereitstehen" as at least 10000 troops sent', () => {
    const f = only(corpusSentence('ntv', 'Über zehntausend'));
    expect(f).toMatchObject({
      text: 'Über zehntausend nordkoreanische Soldaten',
      min: 10000,
      max: null,
      qualifier: 'über',
      unit: 'Soldaten',
      kind: 'troops-sent',
      subject: 'soldiers',
      northKorean: true,
    });
  });

  it('reads "zwischen 10.000 und 12.000 Soldaten ... entsandt" as a range of troops sent by Pjöngjang', () => {
    const f = only(corpusSentence('ntv', 'zwischen 10.000 und 12.000'));
    expect(f).toMatchObject({
      text: 'zwischen 10.000 und 12.000 Soldaten',
      min: 10000,
      max: 12000,
      qualifier: 'zwischen',
      unit: 'Soldaten',
      kind: 'troops-sent',
      northKorean: true,
    });
  });

  it('reads "entsandte Nordkorea zudem mehr als 10.000 Soldaten nach Russland" as troops sent', () => {
    const f = only(corpusSentence('ntv', 'mehr als 10.000 Soldaten'));
    expect(bounds(f)).toEqual([10000, null, 'mehr als']);
    expect(f.kind).toBe('troops-sent');
    expect(f.northKorean).toBe(true);
  });

  it('reads "insgesamt etwa 14.000 Soldaten nach Russland entsandt" as approximately 14000 troops sent', () => {
    const f = only(corpusSentence('reuters', 'etwa 14.000'));
    expect(f).toMatchObject({ text: 'etwa 14.000 Soldaten', min: 14000, max: 14000, qualifier: 'etwa', kind: 'troops-sent', northKorean: true });
  });

  it('reads "3000 Soldaten als Verstärkung zum Ersatz von Verlusten" as reinforcements, not casualties', () => {
    const f = only(corpusSentence('reuters', 'Verstärkung zum Ersatz'));
    expect(f).toMatchObject({ text: '3000 Soldaten', min: 3000, max: 3000, qualifier: null, kind: 'reinforcements', subject: 'soldiers' });
  });

  it('reads the NIS sentence as two figures: at least 100 killed and up to a thousand wounded', () => {
    const figs = findFigures(corpusSentence('dpa', 'mindestens 100 nordkoreanische'));
    expect(figs.map((f) => [f.text, f.min, f.max, f.qualifier, f.kind, f.northKorean])).toEqual([
      ['mindestens 100 nordkoreanische Soldaten', 100, null, 'mindestens', 'killed', true],
      ['bis zu tausend weitere Soldaten', null, 1000, 'bis zu', 'wounded', true],
    ]);
  });

  it('reads "mehr als 3000 Mann verloren, die getötet oder verwundet wurden" as killed or wounded', () => {
    const f = only(corpusSentence('dpa', 'mehr als 3000 Mann'));
    expect(f).toMatchObject({ text: 'mehr als 3000 Mann', min: 3000, max: null, unit: 'Mann', kind: 'killed-or-wounded', subject: 'soldiers', northKorean: true });
  });

  it('reads "übersteigt die Zahl der getöteten und verwundeten nordkoreanischen Soldaten ... 3000" as at least 3000 killed or wounded', () => {
    const s = corpusSentence('dpa', 'übersteigt die Zahl');
    const f = only(s);
    expect(f).toMatchObject({ min: 3000, max: null, qualifier: 'übersteigt', unit: 'Soldaten', kind: 'killed-or-wounded', subject: 'soldiers', northKorean: true });
    expect(f.text.startsWith('übersteigt')).toBe(true);
    expect(f.text.endsWith('3000')).toBe(true);
  });

  it('reads the headline "Nordkoreaner ... bereits mehr als 3000 Soldaten verloren" as killed or wounded', () => {
    // A subheading of the dpa article: the loader keeps it out of the quotable body text, so it is given as written.
    const f = only('Laut Selenskyj sollen Nordkoreaner im Ukraine-Krieg bereits mehr als 3000 Soldaten verloren haben');
    expect(f).toMatchObject({ min: 3000, kind: 'killed-or-wounded', northKorean: true });
  });

  it('reads "mindestens 10.000 Soldaten nach Russland" (schickte der nordkoreanische Führer) as troops sent', () => {
    const f = only(corpusSentence('dpa', 'mindestens 10.000 Soldaten'));
    expect(f).toMatchObject({ min: 10000, max: null, qualifier: 'mindestens', kind: 'troops-sent', northKorean: true });
  });

  it("reads the Swiss \"bereits 12'000 Soldaten zur Unterstützung ... entsandt\" as exactly 12000 troops sent", () => {
    const f = only(corpusSentence('kursk', "12'000"));
    expect(f).toMatchObject({ text: "12'000 Soldaten", min: 12000, max: 12000, qualifier: null, kind: 'troops-sent' });
    // The sentence names only South Korea's intelligence, not the sender.
    expect(f.northKorean).toBeNull();
  });

  it('reads "die ersten 1500 Soldaten bereits angekommen" as troops arrived', () => {
    const f = only(corpusSentence('kursk', 'ersten 1500'));
    expect(f).toMatchObject({ text: '1500 Soldaten', min: 1500, max: 1500, kind: 'troops-arrived' });
  });

  it('reads "mehr als acht Millionen Artillerie- und Raketengeschosse ... geliefert" as munitions, and skips "seit August 2023"', () => {
    const f = only(corpusSentence('kursk', 'acht Millionen'));
    expect(f).toMatchObject({
      text: 'mehr als acht Millionen Artillerie- und Raketengeschosse',
      min: 8000000,
      max: null,
      qualifier: 'mehr als',
      unit: 'Artillerie- und Raketengeschosse',
      kind: 'munitions',
      subject: 'munitions',
    });
  });

  it('never presents the victims of the air strike on Kyiv as North Korean casualties', () => {
    const figs = findFigures(corpusSentence('reuters', 'mindestens zwölf Menschen'));
    expect(figs.map((f) => [f.text, f.min, f.max, f.kind, f.subject, f.northKorean])).toEqual([
      ['mindestens zwölf Menschen', 12, null, 'killed', 'people', false],
      ['mehr als 90', 90, null, 'wounded', 'people', false],
    ]);
  });

  it('never takes the losses of the side a clause opens with (Russia, Ukraine) for North Korean ones', () => {
    expect(only('Russland hat nach britischen Angaben seit Kriegsbeginn mehr als 700.000 Soldaten verloren.')).toMatchObject({
      min: 700000, kind: 'killed-or-wounded', northKorean: false,
    });
    expect(only('Die Ukraine verlor nach eigenen Angaben 50 Soldaten.').northKorean).toBe(false);
    expect(only('Nordkorea hat in Kursk rund 4000 Soldaten verloren.').northKorean).toBe(true);
    const [moscow, pyongyang] = findFigures('Moskau verlor nach Angaben Kiews 1000 Soldaten, Nordkorea 300.');
    expect(moscow!.northKorean).toBe(false);
    expect(pyongyang!.northKorean).not.toBe(false);
  });

  it('names the side a figure counts, from the data: the opening subject, the counted noun, civilians, the own side', () => {
    expect(only('Russland hat nach britischen Angaben seit Kriegsbeginn mehr als 700.000 Soldaten verloren.').side).toBe('russia');
    expect(only('Die Ukraine verlor nach eigenen Angaben 50 Soldaten.').side).toBe('ukraine');
    expect(only('Bei dem Angriff starben 14 Zivilisten.').side).toBe('civilians');
    expect(only('Die Armee verlor 300 eigene Soldaten.').side).toBe('own');
    expect(only('Russland verlegte 5000 Soldaten in die Nähe von Nordkorea.').side).toBe('russia');
    // a side that only says or estimates the figure is its source, not its owner
    expect(only('Russland spricht von 300 Toten.').side).toBeNull();
    expect(only("Die ukrainische Regierung spricht von rund 14'000 Soldaten.").side).toBeNull();
    expect(only('Rund 200 französische Soldaten wurden verlegt.').side).toBe('france');
    expect(only('Schweden hat 300 Soldaten verloren.').side).toBe('sweden');
    // a place of the story is never the counted noun
    expect(findFigures('Zwischen 2022 und 2024 lieferte Nordkorea Granaten.').map((f) => f.unit)).not.toContain('Nordkorea');
  });

  it('knows no side without data: the same sentences give no side with an empty lexicon', () => {
    for (const sentence of ['Russland hat seit Kriegsbeginn mehr als 700.000 Soldaten verloren.', 'Rund 200 französische Soldaten wurden verlegt.']) {
      expect(findFiguresWith(sentence).map((f) => f.side)).toEqual([null]);
    }
  });

  it('reads "Zehntausende weitere Soldaten zu locken" as a vague lower bound', () => {
    const f = only(corpusSentence('ntv', 'Zehntausende'));
    expect(f).toMatchObject({ text: 'Zehntausende weitere Soldaten', min: 10000, max: null, qualifier: 'vage', unit: 'Soldaten', kind: null });
  });

  it('reads "Dutzende Ortschaften" as a vague count of places with no kind', () => {
    const f = only(corpusSentence('keystone', 'Dutzende Ortschaften'));
    expect(f).toMatchObject({ min: 12, max: null, qualifier: 'vage', unit: 'Ortschaften', kind: null, subject: 'other', northKorean: null });
  });

  it('finds nothing in "der 11. Luftlandebrigade", "Ukraine 2022", dates, times and comment ids', () => {
    expect(findFigures(corpusSentence('ntv', '11. Luftlandebrigade'))).toEqual([]);
    expect(findFigures(corpusSentence('ntv', 'Ukraine 2022'))).toEqual([]);
    expect(findFigures('05.12.2024, 11:58 Uhr Artikel anhören')).toEqual([]); // the ntv date line (metadata, not body text)
    expect(findFigures(corpusSentence('ntv', '4. Dezember 2024'))).toEqual([]);
    expect(findFigures(corpusSentence('kursk', 'im Juni 2024'))).toEqual([]);
    expect(findFigures('User #1698 (nicht angemeldet)')).toEqual([]);
    expect(findFigures('Am 100. Tag')).toEqual([]);
    expect(findFigures(' date 2025-04 Quelle: (c) Copyright Thomson Reuters 2025.')).toEqual([]);
  });

  it('keeps every figure of the corpus a verbatim slice of its sentence, and finds no dates or years', () => {
    let count = 0;
    for (const s of seedSentences()) {
      for (const f of findFigures(s)) {
        count++;
        expect(s.slice(f.index, f.end)).toBe(f.text);
        expect(f.min ?? f.max).not.toBeNull();
        expect([f.min, f.max]).not.toContain(2022);
        expect([f.min, f.max]).not.toContain(2023);
        expect([f.min, f.max]).not.toContain(2024);
        expect([f.min, f.max]).not.toContain(2025);
        expect(f.text).not.toMatch(/\d\.\d{1,2}\.|\d:\d|#/);
      }
    }
    expect(count).toBeGreaterThan(15);
  });

  it('gives a kind to exactly the counts of troops, casualties and shells in the body text of the corpus', () => {
    const kinds: string[] = [];
    for (const s of seedSentences()) {
      for (const f of findFigures(s)) if (f.kind) kinds.push(`${f.min ?? ''}..${f.max ?? ''} ${f.kind}`);
    }
    expect(kinds.sort()).toEqual(
      [
        '10000.. troops-sent', // mindestens 10.000 (dpa)
        '100.. killed',
        '..1000 wounded',
        '3000.. killed-or-wounded', // mehr als 3000 Mann
        '3000.. killed-or-wounded', // übersteigt ... 3000
        '12000..12000 troops-sent',
        '1500..1500 troops-arrived',
        '8000000.. munitions',
        '10000.. troops-sent', // Über zehntausend
        '10000..12000 troops-sent',
        '10000.. troops-sent', // mehr als 10.000
        '14000..14000 troops-sent',
        '3000..3000 reinforcements',
        '12.. killed', // Kyiv
        '90.. wounded', // Kyiv
      ].sort(),
    );
  });
});

describe('findFigures: number formats and qualifiers in other phrasings', () => {
  it.each<[string, string, number | null, number | null, string | null]>([
    ['Nach Schätzungen des Pentagons sind rund 4.000 nordkoreanische Soldaten getötet oder verwundet worden.', 'rund 4.000 nordkoreanische Soldaten', 4000, 4000, 'rund'],
    ['Rund 1,5 Millionen Granaten hat Pjöngjang bereits geliefert.', 'Rund 1,5 Millionen Granaten', 1500000, 1500000, 'rund'],
    ['Die Ukraine meldet knapp 300 Gefangene.', 'knapp 300 Gefangene', null, 300, 'knapp'],
    ['Mehr als 600 Nordkoreaner sollen ums Leben gekommen sein.', 'Mehr als 600 Nordkoreaner', 600, null, 'mehr als'],
    ["Laut Armeeangaben hat Nordkorea über 11'000 Mann in die Region verlegt.", "über 11'000 Mann", 11000, null, 'über'],
    ['Laut Schätzungen fielen 2.000 bis 3.000 Soldaten.', '2.000 bis 3.000 Soldaten', 2000, 3000, 'bis'],
    ['Es sollen 10.000-12.000 Soldaten sein.', '10.000-12.000 Soldaten', 10000, 12000, 'bis'],
    ['Es sollen 10.000 – 12.000 Soldaten sein.', '10.000 – 12.000 Soldaten', 10000, 12000, 'bis'],
    ['Zwei bis drei Millionen Geschosse seien verschifft worden.', 'Zwei bis drei Millionen Geschosse', 2000000, 3000000, 'bis'],
    ['Bis Ende 2024 seien 2,3 Mio. Schuss Munition geliefert worden.', '2,3 Mio. Schuss Munition', 2300000, 2300000, null],
    ['Kiew zählte 12 000 Angreifer.', '12 000 Angreifer', 12000, 12000, null],
    ['Nordkorea will bis zu 30\u202F000 weitere Soldaten schicken.', 'bis zu 30\u202F000 weitere Soldaten', null, 30000, 'bis zu'],
    ['Es wurden höchstens 500 Soldaten verlegt.', 'höchstens 500 Soldaten', null, 500, 'höchstens'],
    ['Weniger als 200 Soldaten kehrten zurück.', 'Weniger als 200 Soldaten', null, 200, 'weniger als'],
    ['Es kämpfen ca. 11.000 Nordkoreaner in Kursk.', 'ca. 11.000 Nordkoreaner', 11000, 11000, 'ca.'],
    ['Es kämpfen circa 11.000 Nordkoreaner in Kursk.', 'circa 11.000 Nordkoreaner', 11000, 11000, 'circa'],
    ['Nahezu 5000 Soldaten sind ausgefallen.', 'Nahezu 5000 Soldaten', null, 5000, 'nahezu'],
    ['Fast 1000 Soldaten wurden verletzt.', 'Fast 1000 Soldaten', null, 1000, 'fast'],
    ['Annähernd 2000 Soldaten sollen gefallen sein.', 'Annähernd 2000 Soldaten', 2000, 2000, 'annähernd'],
    ['Gut 3000 Soldaten seien bereits an der Front.', 'Gut 3000 Soldaten', 3000, null, 'gut'],
    ['Wenigstens 40 Soldaten starben.', 'Wenigstens 40 Soldaten', 40, null, 'wenigstens'],
    ['Maximal 800 Soldaten stehen bereit.', 'Maximal 800 Soldaten', null, 800, 'maximal'],
    ['Es sind weit mehr als 5000 Soldaten.', 'weit mehr als 5000 Soldaten', 5000, null, 'mehr als'],
    ['Es sind 5000 oder mehr Soldaten.', '5000 oder mehr Soldaten', 5000, null, 'oder mehr'],
    ['Einige hundert nordkoreanische Soldaten wurden gefangen genommen.', 'Einige hundert nordkoreanische Soldaten', 100, null, 'vage'],
    ['Tausende Nordkoreaner kämpfen an der Front.', 'Tausende Nordkoreaner', 1000, null, 'vage'],
    ['Kim schickte ein Dutzend Generäle.', 'ein Dutzend Generäle', 12, 12, null],
    ['Mehr als 2000 wurden getötet.', 'Mehr als 2000', 2000, null, 'mehr als'],
  ])('reads %j', (sentence, text, min, max, qualifier) => {
    const f = findFigures(sentence).find((x) => x.text === text);
    expect(f, JSON.stringify(findFigures(sentence).map((x) => x.text))).toBeDefined();
    expect(bounds(f!)).toEqual([min, max, qualifier]);
    expect(sentence.slice(f!.index, f!.end)).toBe(text);
  });

  it.each([
    'Am 05.12.2024 um 11:58 Uhr meldete das Ministerium neue Zahlen.',
    'Der Vertrag trat am 4. Dezember 2024 in Kraft.',
    'Der Vertrag wurde im Juni 2024 unterzeichnet und ist seit August 2023 in Vorbereitung.',
    'Zwischen 2022 und 2024 lieferte Nordkorea Munition.',
    'Die Ukraine hat die F-16 und die Su-34 erwähnt.',
    'Die UN-Resolution 2231 und die Resolution 1718 wurden verletzt.',
    'Die Soldaten der 155. Brigade stehen in zweiter Reihe.',
    'Die zweite Reihe und die erste Gruppe sind gemeint.',
    'Über 2024 hinaus bleibt das Abkommen gültig.',
    'Um 12 Uhr begann der Angriff.',
    'Im Jahr 2023 begann die Lieferung, Stand 2025.',
    'Kim Jong Un traf Putin.',
    'Das Treffen fand am 19.6. statt.',
    'Die 5G-Netze und 155-mm-Granaten wurden genannt.',
  ])('finds no figure in %j', (sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });

  it('keeps a figure that ends a sentence ("auf 3000.") apart from an ordinal ("der 11.")', () => {
    expect(findFigures('Die Zahl der Toten stieg auf 3000.').map((f) => f.min)).toEqual([3000]);
    expect(findFigures('Sie unterstehen der 11. Luftlandebrigade.')).toEqual([]);
  });

  it('counts a year-like number as a figure when a counted noun follows', () => {
    expect(findFigures('Nordkorea schickte 2000 Soldaten.').map((f) => f.min)).toEqual([2000]);
    expect(findFigures('Seit 2022 sind 300 Soldaten gefallen.').map((f) => f.min)).toEqual([300]);
  });

  it('reads percentages as figures of unit "%", a measurement of kind "percent", never a count', () => {
    const f = only('Rund 30 Prozent der Soldaten sind verletzt.');
    expect(f).toMatchObject({ min: 30, max: 30, unit: '%', kind: 'percent', quantity: 'percent', subject: 'other' });
  });
});

describe('findFigures: what a figure counts', () => {
  it.each<[string, string, string | null]>([
    ['Laut Schätzungen fielen 2.000 bis 3.000 Soldaten.', '2.000 bis 3.000 Soldaten', 'killed'],
    ['Mehr als 600 Nordkoreaner sollen ums Leben gekommen sein.', 'Mehr als 600 Nordkoreaner', 'killed'],
    ['Die Ukraine meldet knapp 300 Gefangene.', 'knapp 300 Gefangene', 'captured'],
    ['Kiew zufolge wurden 40 nordkoreanische Soldaten gefangen genommen.', '40 nordkoreanische Soldaten', 'captured'],
    ['Die Nordkoreaner erlitten Verluste von etwa 4000 Mann.', 'etwa 4000 Mann', 'killed-or-wounded'],
    ['Es gab 3000 Tote und Verletzte unter den nordkoreanischen Soldaten.', '3000 Tote und Verletzte', 'killed-or-wounded'],
    ['Nordkorea hat 5000 Soldaten in die Region Kursk verlegt.', '5000 Soldaten', 'troops-sent'],
    ['In Kursk sind 11.000 nordkoreanische Soldaten stationiert.', '11.000 nordkoreanische Soldaten', 'troops-sent'],
    ['Die erste Gruppe von rund 3000 Soldaten sei eingetroffen.', 'rund 3000 Soldaten', 'troops-arrived'],
    ['Insgesamt 1.500 bis 2.000 Soldaten sollen als Verstärkung eintreffen.', '1.500 bis 2.000 Soldaten', 'reinforcements'],
    ['Trotz hoher Verluste schickte Pjöngjang weitere 3000 Soldaten.', '3000 Soldaten', 'troops-sent'],
    ['Nordkorea hat seit August 2023 fast 13.000 Container mit Munition nach Russland geschickt.', 'fast 13.000 Container mit Munition', 'munitions'],
    ['Nordkorea lieferte zudem 50 ballistische Raketen an Russland.', '50 ballistische Raketen', 'munitions'],
    ['Russland setzte 100 nordkoreanische Haubitzen ein.', '100 nordkoreanische Haubitzen', 'weapons'],
    ['Auf Satellitenbildern sind 200 Panzer zu sehen.', '200 Panzer', 'weapons'],
    ['Nordkorea hat zwei Länder besucht.', 'zwei Länder', null],
    ['Die Front ist 1000 Kilometer lang.', '1000 Kilometer', 'length'],
  ])('reads the kind of %j', (sentence, text, kind) => {
    const f = findFigures(sentence).find((x) => x.text === text);
    expect(f, JSON.stringify(findFigures(sentence).map((x) => x.text))).toBeDefined();
    expect(f!.kind).toBe(kind);
  });

  it('reads each figure from its own clause when one sentence holds figures of different kinds', () => {
    const figs = findFigures('Seoul zufolge sind 1.100 nordkoreanische Soldaten getötet worden, 2700 weitere wurden verwundet und 30 gefangen genommen.');
    expect(figs.map((f) => [f.min, f.kind, f.subject])).toEqual([
      [1100, 'killed', 'soldiers'],
      [2700, 'wounded', 'soldiers'],
      [30, 'captured', 'soldiers'],
    ]);
  });

  it('shares one verb between coordinated figures ("100 Soldaten und 20 Offiziere wurden getötet")', () => {
    expect(findFigures('Mindestens 100 Soldaten und 20 Offiziere wurden getötet.').map((f) => f.kind)).toEqual(['killed', 'killed']);
  });

  it('tells troops sent from troops arrived in one sentence', () => {
    const figs = findFigures('Von den 12.000 entsandten Soldaten sind 1500 angekommen.');
    expect(figs.map((f) => [f.min, f.kind, f.subject])).toEqual([
      [12000, 'troops-sent', 'soldiers'],
      [1500, 'troops-arrived', 'soldiers'],
    ]);
  });

  it('reads "darunter 300 Tote" as part of the North Korean figure before it', () => {
    const figs = findFigures('Seoul schätzt, dass 1.100 nordkoreanische Soldaten getötet oder verwundet wurden, darunter 300 Tote.');
    expect(figs.map((f) => [f.min, f.kind, f.subject, f.northKorean])).toEqual([
      [1100, 'killed-or-wounded', 'soldiers', true],
      [300, 'killed', 'soldiers', true],
    ]);
  });

  it('reads "Die Zahl der Toten liegt bei etwa 1.000" with the counted noun before the number', () => {
    const f = only('Die Zahl der Toten unter den Soldaten liegt bei etwa 1.000.');
    expect(f).toMatchObject({ text: 'etwa 1.000', min: 1000, max: 1000, unit: 'Toten', kind: 'killed', subject: 'soldiers' });
  });
});

describe('findFigures: bases, shares and unclear persons', () => {
  it('gives no kind to the base of a share ("ein Drittel der 11.000 Soldaten wurde getötet")', () => {
    const figs = findFigures('Ein Drittel der 11.000 Soldaten wurde getötet.');
    expect(figs.map((f) => [f.min, f.kind])).toEqual([[11000, null]]);
    const pct = findFigures('Rund 40 Prozent der 12.000 Soldaten wurden verwundet.');
    expect(pct.map((f) => [f.min, f.unit, f.kind])).toEqual([
      [40, '%', 'percent'],
      [12000, 'Soldaten', null],
    ]);
  });

  it('reads "2.000 der rund 11.000 Soldaten" as 2000 wounded soldiers out of a base of 11000', () => {
    const figs = findFigures('Laut NIS sind bereits 2.000 der rund 11.000 Soldaten verwundet worden.');
    expect(figs.map((f) => [f.text, f.unit, f.kind, f.subject])).toEqual([
      ['2.000', 'Soldaten', 'wounded', 'soldiers'],
      ['rund 11.000 Soldaten', 'Soldaten', null, 'soldiers'],
    ]);
  });

  it('does not take a place inside "die Zahl der in Kursk getöteten Nordkoreaner" for the counted noun', () => {
    const f = only('Die Zahl der in Kursk getöteten Nordkoreaner stieg auf über 1000.');
    expect(f).toMatchObject({ min: 1000, max: null, unit: 'Nordkoreaner', kind: 'killed', northKorean: true });
  });

  it('drops a fractional count of persons ("1,500 Soldaten": 1.5 or an English 1500) rather than guess', () => {
    expect(findFigures('Es waren 1,500 Soldaten.')).toEqual([]);
    expect(findFigures('Die Inflation lag bei 2,5 Prozent.').map((f) => f.min)).toEqual([2.5]);
  });

  it('reads the separable verb "trafen ... ein" as arrival', () => {
    expect(only('Im Oktober 2024 trafen die ersten 3.000 Soldaten in Wladiwostok ein.').kind).toBe('troops-arrived');
  });

  it('leaves the subject of "Tote" unknown when nothing says soldiers or civilians', () => {
    const figs = findFigures('Der NIS geht von rund 300 Toten und 2.700 Verletzten aus.');
    expect(figs.map((f) => [f.min, f.kind, f.subject, f.northKorean])).toEqual([
      [300, 'killed', null, null],
      [2700, 'wounded', null, null],
    ]);
  });

  it('reads "die Zahl der nordkoreanischen Verluste auf rund 4700, darunter etwa 600 Tote" as North Korean soldiers', () => {
    const figs = findFigures('Der Generalstab schätzt die Zahl der nordkoreanischen Verluste auf rund 4700, darunter etwa 600 Tote.');
    expect(figs.map((f) => [f.text, f.unit, f.kind, f.subject, f.northKorean])).toEqual([
      ['rund 4700', 'Verluste', 'killed-or-wounded', 'soldiers', true],
      ['etwa 600 Tote', 'Tote', 'killed', 'soldiers', true],
    ]);
  });
});

describe('findFigures: North Korean or not', () => {
  it.each<[string, string, boolean | null]>([
    ['Bei einem Raketenangriff mit einer Rakete aus Nordkorea wurden 12 Menschen getötet.', '12 Menschen', false],
    ['Nach dem Raketenangriff auf Charkiw zählten die Behörden 8 Tote.', '8 Tote', false],
    ['Bei dem russischen Angriff auf Kiew im Krieg gab es 12 Tote.', '12 Tote', false],
    ['Etwa 200 Zivilisten wurden verletzt.', 'Etwa 200 Zivilisten', false],
    ['Die ukrainische Armee tötete 200 russische Soldaten.', '200 russische Soldaten', false],
    ['Die Ukraine verlor 3000 eigene Soldaten.', '3000 eigene Soldaten', false],
    ['Russland setzt 3000 Soldaten aus Nordkorea ein.', '3000 Soldaten', true],
    ['Im Kampf um Kursk gab es nach Angaben Kiews 300 Tote auf nordkoreanischer Seite.', '300 Tote', true],
    ['Nach Angaben des ukrainischen Geheimdienstes verloren die Nordkoreaner etwa 4000 Mann.', 'etwa 4000 Mann', true],
    ['Kim Jong Un schickte weitere 3000 Soldaten.', '3000 Soldaten', true],
    ['Rund 1,5 Millionen Granaten hat Pjöngjang bereits geliefert.', 'Rund 1,5 Millionen Granaten', true],
    // Russia moved its own soldiers: the clause names Russia as the actor
    ['Russland verlegte 5000 Soldaten in die Nähe von Nordkorea.', '5000 Soldaten', false],
    ['Laut Schätzungen fielen 2.000 bis 3.000 Soldaten.', '2.000 bis 3.000 Soldaten', null],
  ])('says %j', (sentence, text, northKorean) => {
    const f = findFigures(sentence).find((x) => x.text === text);
    expect(f, JSON.stringify(findFigures(sentence).map((x) => x.text))).toBeDefined();
    expect(f!.northKorean).toBe(northKorean);
  });

  it('passes "nordkoreanisch" on to "weitere Soldaten" later in the sentence', () => {
    const f = only('Russland behandle die nordkoreanischen Soldaten gut, um Tausende weitere Soldaten anzulocken.');
    expect(f.northKorean).toBe(true);
  });
});

describe('toFigure', () => {
  it('keeps exactly the fields of the shared Figure type', () => {
    const f = only('Nordkorea hat etwa 14.000 Soldaten entsandt.');
    expect(toFigure(f)).toEqual({
      text: 'etwa 14.000 Soldaten',
      min: 14000,
      max: 14000,
      qualifier: 'etwa',
      unit: 'Soldaten',
      kind: 'troops-sent',
      quantity: 'count',
      modality: 'counted',
      place: null,
    });
  });
});

describe('mayHoldFigure', () => {
  it('is true for every sentence of the seeds and fixtures in which findFigures finds a figure', () => {
    let withFigures = 0;
    for (const a of [...allSeeds(), ...allGoodFixtures()]) {
      for (const p of a.paragraphs) {
        for (const s of p.sentences) {
          if (findFigures(s.text).length === 0) continue;
          withFigures++;
          expect(mayHoldFigure(s.text), s.text).toBe(true);
        }
      }
    }
    expect(withFigures).toBeGreaterThan(40);
  });

  it.each([
    ['fünf Soldaten', true],
    ['fuenf Soldaten', true],
    ['Dreizehn Tote', true],
    ['Hunderte Verletzte', true],
    ['einige Mio. Schuss', true],
    ['In der Nacht helfen sie.', false],
    ['Keine Zahl hier.', false],
  ])('says %j: %s', (text, expected) => {
    expect(mayHoldFigure(text)).toBe(expected);
  });
});
