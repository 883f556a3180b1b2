/**
 * The `estimate.*` messages worded in English and German, from invented
 * structure: a claim's claimant, amount (bounds as given), what it counts,
 * places, sources with their dates (or title, or id), latest and earlier
 * figures, forecasts; headings, cuts and notices. The English wording is
 * what the JSON's `summary` and `notice` say.
 */
import { describe, expect, it } from 'vitest';
import type { EstimateClaim, EstimateSource, Message } from '../../src/reply/messages.ts';
import type { Figure } from '../../src/reply/model.ts';
import { spell } from '../../src/reply/say.ts';
import { wordsFor } from '../../src/reply/words/index.ts';
import { COUNT_KINDS } from '../../src/language/de/figures/index.ts';
import { KIND_LABELS } from '../../src/reply/words/estimate-en.ts';
import { KIND_LABELS_DE } from '../../src/reply/words/estimate-de.ts';

const EN = wordsFor('en');
const DE = wordsFor('de');

function figure(f: Partial<Figure>): Figure {
  return { text: '12000 Soldaten', min: 12000, max: 12000, qualifier: null, unit: 'Soldaten', kind: 'troops-sent', quantity: 'count', modality: 'counted', ...f } as Figure;
}

const agency: EstimateSource = { outlet: 'Hafenkurier', agency: 'dpa', title: 'Schiffe sitzen fest', article: 'hafenkurier-schiffe', published: '2025-02-18T14:52' };
const titled: EstimateSource = { outlet: null, agency: null, title: 'Nach dem Sturm: Wie die Helfer im Hafen die Nacht erlebten', article: 'sturm-helfer', published: null };
const bare: EstimateSource = { outlet: null, agency: null, title: null, article: 'notiz-17', published: '2025-02' };

function claim(c: Partial<EstimateClaim>): Message {
  return {
    id: 'estimate.claim',
    claimant: null,
    figure: figure({}),
    places: [],
    forecast: null,
    sources: [agency],
    articles: 1,
    quotes: 1,
    latest: false,
    earlier: [],
    earlierMore: 0,
    ...c,
  };
}

const both = (m: Message) => [EN.message(m), DE.message(m)];

describe('an /estimate claim in both languages', () => {
  it('claimant, amount, what it counts, source and date', () => {
    const m = claim({ claimant: { en: 'harbour office', de: 'Hafenamt' } });
    expect(both(m)).toEqual([
      '• harbour office: 12,000 troops sent — Hafenkurier / dpa, 18 February 2025, 14:52',
      '• Hafenamt: 12.000 entsandte Soldaten — Hafenkurier / dpa, 18. Februar 2025, 14:52 Uhr',
    ]);
  });

  it('bounds as given: a range, "mehr als", "etwa", "bis zu", a vague amount', () => {
    const cases: [Partial<Figure>, string, string][] = [
      [{ min: 10000, max: 12000 }, '10,000–12,000 troops sent', '10.000–12.000 entsandte Soldaten'],
      [{ min: 3000, max: null, qualifier: null, kind: 'killed-or-wounded' }, 'more than 3,000 killed or wounded', 'mehr als 3.000 Tote oder Verletzte'],
      [{ min: 14000, max: 14000, qualifier: 'etwa' }, 'about 14,000 troops sent', 'etwa 14.000 entsandte Soldaten'],
      [{ min: null, max: 1000, qualifier: null, kind: 'killed' }, 'up to 1,000 killed', 'bis zu 1.000 Tote'],
      [{ min: 100, max: null, qualifier: 'mindestens', kind: 'wounded' }, 'at least 100 wounded', 'mindestens 100 Verletzte'],
    ];
    for (const [f, en, de] of cases) {
      const [e, d] = both(claim({ figure: figure(f) }));
      expect(e).toContain(`• ${en} — `);
      expect(d).toContain(`• ${de} — `);
    }
  });

  it('a magnitude, a unit as written, millions as words', () => {
    const magnitude = figure({ text: 'Stärke 7,4', min: 7.4, max: 7.4, quantity: 'magnitude', kind: null, unit: null });
    expect(both(claim({ figure: magnitude })).map((l) => l.split(' — ')[0])).toEqual(['• magnitude 7.4', '• Stärke 7,4']);
    const area = figure({ text: '8500 Hektaren', min: 8500, max: 8500, qualifier: 'rund', quantity: 'area', kind: null, unit: 'Hektaren' });
    expect(both(claim({ figure: area })).map((l) => l.split(' — ')[0])).toEqual(['• about 8,500 Hektaren', '• rund 8.500 Hektaren']);
    const money = figure({ text: '6,5 Milliarden Euro', min: 6_500_000_000, max: 6_500_000_000, quantity: 'money', kind: null, unit: 'Euro' });
    expect(both(claim({ figure: money })).map((l) => l.split(' — ')[0])).toEqual(['• 6.5 billion Euro', '• 6,5 Milliarden Euro']);
  });

  it('places in both languages; a source named by its title in the language\'s quotes, else its id; dates as precise as known', () => {
    const m = claim({
      figure: figure({ kind: 'killed', min: 1820, max: 1820 }),
      places: [
        { en: 'North Macedonia', de: 'Nordmazedonien' },
        { en: 'Albania', de: 'Albanien' },
      ],
      sources: [titled],
    });
    expect(both(m)).toEqual([
      '• 1,820 killed in North Macedonia and Albania — "Nach dem Sturm: Wie die Helfer im Hafen die Nac…", undated',
      '• 1.820 Tote in Nordmazedonien und Albanien — „Nach dem Sturm: Wie die Helfer im Hafen die Nac…“, ohne Datum',
    ]);
    expect(both(claim({ sources: [bare] })).map((l) => l.split(' — ')[1])).toEqual(['notiz-17, February 2025', 'notiz-17, Februar 2025']);
  });

  it('one article quoted twice; several articles, the first four named', () => {
    expect(both(claim({ quotes: 2 })).map((l) => l.split(' — ')[1])).toEqual([
      'Hafenkurier / dpa, 18 February 2025, 14:52 (2 quotes)',
      'Hafenkurier / dpa, 18. Februar 2025, 14:52 Uhr (2 Zitate)',
    ]);
    const many = claim({ sources: [agency, titled, bare, agency], articles: 6, quotes: 6 });
    const [en, de] = both(many);
    expect(en).toMatch(/ — reported by 6 articles: Hafenkurier \/ dpa, 18 February 2025, 14:52; "Nach dem Sturm.*; notiz-17, February 2025; Hafenkurier \/ dpa, 18 February 2025, 14:52; …$/);
    expect(de).toMatch(/ — gemeldet in 6 Artikeln: Hafenkurier \/ dpa, 18\. Februar 2025, 14:52 Uhr; „Nach dem Sturm.*; notiz-17, Februar 2025; .*; …$/);
  });

  it('the latest figure of a claimant with its earlier ones on a second line', () => {
    const m = claim({
      claimant: { en: 'Ukrainian sources', de: 'ukrainische Quellen' },
      latest: true,
      earlier: [
        { figure: figure({ min: 11000, max: 11000 }), source: bare },
        { figure: figure({ min: 10000, max: null }), source: titled },
      ],
      earlierMore: 3,
    });
    expect(both(m)).toEqual([
      '• Ukrainian sources: 12,000 troops sent — Hafenkurier / dpa, 18 February 2025, 14:52 · latest\n' +
        '  earlier: 11,000 troops sent (notiz-17, February 2025); more than 10,000 troops sent ("Nach dem Sturm: Wie die Helfer im Hafen die Nac…", undated); and 3 more',
      '• ukrainische Quellen: 12.000 entsandte Soldaten — Hafenkurier / dpa, 18. Februar 2025, 14:52 Uhr · neueste\n' +
        '  zuvor: 11.000 entsandte Soldaten (notiz-17, Februar 2025); mehr als 10.000 entsandte Soldaten („Nach dem Sturm: Wie die Helfer im Hafen die Nac…“, ohne Datum); dazu 3 weitere',
    ]);
  });

  it('a forecast with its modality', () => {
    const m = claim({ forecast: 'feared', figure: figure({ kind: 'killed', min: null, max: 10000, modality: 'feared' }) });
    expect(both(m).map((l) => l.split(' — ')[0])).toEqual(['• feared: up to 10,000 killed', '• befürchtet: bis zu 10.000 Tote']);
    const could = claim({ forecast: 'hypothetical', figure: figure({ kind: 'killed', modality: 'hypothetical' }) });
    expect(both(could).map((l) => l.split(' — ')[0])).toEqual(['• could: 12,000 killed', '• möglich: 12.000 Tote']);
  });
});

describe('what a count counts, in both languages', () => {
  it('every kind of count has an English and a German label', () => {
    expect(COUNT_KINDS.filter((k) => !KIND_LABELS[k] || !KIND_LABELS_DE[k])).toEqual([]);
  });
});

describe('/estimate headings and notices in both languages', () => {
  const title = { en: 'People killed', de: 'Tote' };
  const albania = { en: 'Albania', de: 'Albanien' };
  const lines: [Message, string, string][] = [
    [{ id: 'estimate.head', measure: { title, place: null }, figures: 8, articles: 4 }, 'People killed: 8 figures from 4 articles, latest first (not merged):', 'Tote: 8 Zahlen aus 4 Artikeln, neueste zuerst (nicht zusammengefasst):'],
    [{ id: 'estimate.head', measure: { title, place: albania }, figures: 1, articles: 1 }, 'People killed in Albania: 1 figure from 1 article, latest first (not merged):', 'Tote in Albanien: 1 Zahl aus 1 Artikel, neueste zuerst (nicht zusammengefasst):'],
    [
      { id: 'estimate.head', measure: { words: 'Hektar' }, figures: 2, articles: 1 },
      '"Hektar" (no catalogue measure; figures in the best-matching sentences): 2 figures from 1 article, latest first (not merged):',
      '„Hektar“ (keine Größe aus dem Katalog; Zahlen aus den am besten passenden Sätzen): 2 Zahlen aus 1 Artikel, neueste zuerst (nicht zusammengefasst):',
    ],
    [{ id: 'estimate.only-forecasts' }, '• no counted figure, only forecasts', '• keine gezählte Zahl, nur Prognosen'],
    [{ id: 'estimate.forecasts' }, 'Forecasts and fears (not counts):', 'Prognosen und Befürchtungen (keine Zählungen):'],
    [{ id: 'estimate.counted' }, 'Counted:', 'Gezählt:'],
    [{ id: 'estimate.more', figures: 1 }, '… and 1 more figure below.', '… und 1 weitere Zahl unten.'],
    [{ id: 'estimate.more', figures: 4 }, '… and 4 more figures below.', '… und 4 weitere Zahlen unten.'],
    [{ id: 'estimate.quoted', quotes: 52, shown: 40 }, '52 quotes in all; the first 40 are quoted below.', '52 Zitate insgesamt; die ersten 40 stehen unten.'],
    [{ id: 'estimate.nothing', measure: { title, place: albania } }, 'Nothing in the corpus gives a figure for "People killed" in Albania.', 'Nichts im Korpus nennt eine Zahl für „Tote“ in Albanien.'],
    [{ id: 'estimate.nothing', measure: { words: 'xyzzy' } }, 'Nothing in the corpus gives a figure for "xyzzy".', 'Nichts im Korpus nennt eine Zahl für „xyzzy“.'],
    [
      { id: 'estimate.place-as-word', title, place: albania, words: 'Albanien' },
      'No figure of "People killed" is about Albania as a place; figures whose paragraph names "Albanien" come first.',
      'Keine Zahl für „Tote“ betrifft Albanien als Ort; Zahlen, deren Absatz „Albanien“ nennt, stehen zuerst.',
    ],
    [{ id: 'estimate.no-forecast' }, 'No source gives a forecast or fear for this; these are the counted figures.', 'Keine Quelle nennt dafür eine Prognose oder Befürchtung; das hier sind die gezählten Zahlen.'],
  ];
  for (const [m, en, de] of lines) {
    it(`${m.id}: ${en}`, () => expect(both(m)).toEqual([en, de]));
  }

  it('a summary is its messages, one per line', () => {
    const say: Message[] = [lines[0]![0], claim({}), { id: 'estimate.more', figures: 2 }];
    expect(spell(say, DE).split('\n')).toHaveLength(3);
    expect(spell(say)).toBe(`${EN.message(say[0]!)}\n${EN.message(say[1]!)}\n${EN.message(say[2]!)}`);
  });
});
