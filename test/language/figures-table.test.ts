/**
 * A table of invented German news sentences and the figures a reporter reads
 * in them: value or range, qualifier, what is counted (kind, head noun,
 * quantity), where (place), whose (side) and how the sentence presents it
 * (modality). Every failure class of the /estimate issue has its rows:
 * magnitudes and point decimals, missing/trapped/evacuated/days/km that are
 * not deaths or buildings, forecasts and fears, a neighbouring country's
 * deaths, whose losses (the war's total, one side's claim about the other's,
 * bases of parts), and the many ways German says "killed".
 *
 * Each row lists every figure of its sentence, in order; only the fields
 * given are checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures, type FigureMention } from '../../src/language/de/figures/index.ts';
import { compileSides, type SideInput, type SideLexicon } from '../../src/language/de/sides.ts';
import { PROJECT_ROOT } from '../../src/system/paths.ts';
import { seedStory } from '../helpers/seed.ts';

/** The countries and regions of corpus/places.json, plus a few towns a story would add to its sides. */
function worldSides(): SideLexicon {
  const file = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'corpus/places.json'), 'utf8')) as { places: SideInput[] };
  const towns: Record<string, string[]> = {
    albania: ['Pogradec', 'Korça'],
    'north-macedonia': ['Struga', 'Ohrid'],
    italy: ['Sardinien', 'Oristano'],
    greece: ['Kreta', 'Rhodos'],
    turkey: ['Antakya', 'Gaziantep'],
    syria: ['Aleppo', 'Idlib'],
  };
  return compileSides([...file.places, ...Object.entries(towns).map(([id, names]) => ({ id, en: id, names, adjectives: {}, demonyms: [] }))]);
}

const WORLD = worldSides();
/** The sides of a war (the seed story's parties), for whose-losses rows. */
const WAR = (await seedStory()).sides;

type Expected = Partial<Pick<FigureMention, 'text' | 'min' | 'max' | 'qualifier' | 'kind' | 'quantity' | 'head' | 'place' | 'side' | 'modality' | 'unit' | 'about' | 'base' | 'past'>>;
type Row = [sentence: string, ...figures: Expected[]];

/** Checks that the sentence holds exactly these figures, in order. */
function check(sides: SideLexicon, [sentence, ...expected]: Row): void {
  const found = findFigures(sentence, sides);
  const shown = JSON.stringify(found.map((f) => [f.text, f.min, f.max, f.kind, f.quantity, f.place, f.side, f.modality]));
  expect(found.length, `${sentence}\n${shown}`).toBe(expected.length);
  expected.forEach((e, i) => expect(found[i], `${sentence}\nfigure ${i + 1}: ${shown}`).toMatchObject(e));
  for (const f of found) expect(sentence.slice(f.index, f.end)).toBe(f.text);
}

const count = (kind: string | null, more: Expected = {}): Expected => ({ quantity: 'count', kind, ...more });

/** Numbers as written: German and Swiss separators, point and comma decimals, number words, vague amounts. */
const NUMBERS: Row[] = [
  ['Beim Beben starben 1.240 Menschen.', count('killed', { min: 1240, max: 1240, head: 'menschen' })],
  ["Rund 12'500 Menschen wurden obdachlos.", count('evacuated', { min: 12500, max: 12500, qualifier: 'rund' })],
  ['Rund 12’500 Menschen wurden evakuiert.', count('evacuated', { min: 12500 })],
  ['Es starben 1 240 Menschen.', count('killed', { min: 1240 })],
  ['Mehr als 1,5 Millionen Menschen wurden evakuiert.', count('evacuated', { min: 1500000, max: null, qualifier: 'mehr als' })],
  ['Zwölf Menschen wurden verletzt.', count('wounded', { min: 12, max: 12 })],
  ['Dreiundzwanzig Menschen kamen ums Leben.', count('killed', { min: 23 })],
  ['Tausende Menschen mussten ihre Häuser verlassen.', count('evacuated', { min: 1000, max: null, qualifier: 'vage' })],
  ['Mehrere Hundert Menschen werden noch vermisst.', count('missing', { min: 100, max: null, qualifier: 'vage' })],
  ['Einige Tausend Menschen leben in Notunterkünften.', count('evacuated', { min: 1000, qualifier: 'vage' })],
  ['Zehntausende Menschen sind obdachlos.', count('evacuated', { min: 10000, qualifier: 'vage' })],
  ['Dutzende Menschen wurden verletzt.', count('wounded', { min: 12, qualifier: 'vage' })],
  ['Zwischen 300 und 400 Menschen starben.', count('killed', { min: 300, max: 400, qualifier: 'zwischen' })],
  ['2.000 bis 3.000 Häuser wurden zerstört.', count('destroyed', { min: 2000, max: 3000, head: 'haeuser' })],
  ['Bis zu 600 Menschen sind verschüttet.', count('trapped', { min: null, max: 600, qualifier: 'bis zu' })],
  ['Mindestens 94 Menschen kamen ums Leben.', count('killed', { min: 94, max: null, qualifier: 'mindestens' })],
  ['Fast 5000 Menschen wurden verletzt.', count('wounded', { min: null, max: 5000, qualifier: 'fast' })],
  ['Knapp 300 Menschen gelten als vermisst.', count('missing', { max: 300, qualifier: 'knapp' })],
  ['Etwa 120 Gebäude wurden zerstört.', count('destroyed', { min: 120, max: 120, qualifier: 'etwa' })],
  ['Ca. 2500 Menschen wurden in Sicherheit gebracht.', count('evacuated', { min: 2500, qualifier: 'ca.' })],
  ['Die Zahl der Toten stieg auf 1870.', count('killed', { min: 1870, max: 1870, unit: 'Toten' })],
  ['Die Zahl der Todesopfer ist auf 2340 gestiegen.', count('killed', { min: 2340 })],
  ['Die Zahl der Toten stieg auf 1.500.', count('killed', { min: 1500 })],
  ['Das Hauptbeben hatte eine Stärke von 7.4.', { quantity: 'magnitude', min: 7.4, max: 7.4, kind: 'magnitude' }],
  ['Ein Beben der Stärke 7.7 erschütterte Myanmar.', { quantity: 'magnitude', min: 7.7, text: '7.7' }],
  ['Das Beben erreichte eine Magnitude von 7.0.', { quantity: 'magnitude', min: 7, max: 7, text: '7.0' }],
  ['Die stärksten Nachbeben erreichten die Stärken 6.4 und 4.5.', { quantity: 'magnitude', min: 6.4, about: 'nachbeben' }, { quantity: 'magnitude', min: 4.5, about: 'nachbeben' }],
  ['Ein Erdbeben der Stärke 7,9 erschütterte die Region.', { quantity: 'magnitude', min: 7.9 }],
  ['Das Beben hatte die Stärke 6,8 auf der Richterskala.', { quantity: 'magnitude', min: 6.8 }],
  ['Die Aktie fiel um 2.5 Prozent.', { quantity: 'percent', min: 2.5, unit: '%' }],
  ['Der Schaden beträgt 1.25 Milliarden Franken.', { quantity: 'money', min: 1250000000 }],
  ['Es wurden 1.000 Zelte aufgebaut.', count(null, { min: 1000, head: 'zelte' })],
  ['Die Feuerwehr zählte 7.000 Einsätze.', count(null, { min: 7000 })],
  ['In der Nacht fielen die Temperaturen auf minus acht Grad.', { quantity: 'temperature', min: -8, max: -8 }],
];

/** Measurements that are never counts: percent, area, length, speed, money, durations, ages, years. */
const MEASUREMENTS_ROWS: Row[] = [
  ['Die Flammen haben rund 8500 Hektaren Wald vernichtet.', { quantity: 'area', min: 8500, unit: 'Hektaren' }],
  ['Das entspricht 138 Quadratkilometern.', { quantity: 'area', min: 138 }],
  ['Das entspricht einer Fläche von fast 12\'000 Fussballfeldern.', { quantity: 'area', max: 12000 }],
  ['Die Verwerfung ist auf einer Länge von rund 70 Kilometern aufgerissen.', { quantity: 'length', min: 70 }],
  ['Die Bruchzone ist etwa 85 Kilometer lang.', { quantity: 'length', min: 85 }],
  ['Das Epizentrum lag in einer Tiefe von zwölf Kilometern.', { quantity: 'length', min: 12 }],
  ['Der Wind erreichte bis zu 90 Kilometer pro Stunde.', { quantity: 'speed', max: 90 }],
  ['Böen von bis zu 80 km/h fachten die Flammen an.', { quantity: 'speed', max: 80, unit: 'km/h' }],
  ['Die EU stellt 15 Millionen Euro Soforthilfe bereit.', { quantity: 'money', min: 15000000, unit: 'Euro' }],
  ['Der Bund gibt drei Millionen Franken für die Nothilfe.', { quantity: 'money', min: 3000000, unit: 'Franken' }],
  ['Die Weltbank schätzt den Schaden auf 6,5 Milliarden Euro.', { quantity: 'money', min: 6500000000, modality: 'estimated' }],
  ['Die Versicherer rechnen mit 400 bis 700 Millionen Euro.', { quantity: 'money', min: 400000000, max: 700000000, modality: 'projected' }],
  ['Die Aktie brach um 62 Prozent ein.', { quantity: 'percent', min: 62, unit: '%' }],
  ['Rund 62 Prozent der Fläche waren Wald.', { quantity: 'percent', min: 62 }],
  ['Der Notstand gilt zunächst für 30 Tage.', { quantity: 'duration', min: 30 }],
  ['Die Retter suchten nach mehr als 50 Stunden noch immer.', { quantity: 'duration', min: 50 }],
  ['Nach vier Stunden Arbeit konnte das Team einen Mann befreien.', { quantity: 'duration', min: 4 }],
  ['Wir haben in zwei Tagen elf Tote geborgen.', { quantity: 'duration', min: 2 }, count('recovered', { min: 11 })],
  ['Die Helfer blieben drei Wochen im Einsatz.', { quantity: 'duration', min: 3 }],
  ['Ein 71 Jahre alter Hirte kam ums Leben.', { quantity: 'age', min: 71 }],
  ['Die Polizei nahm einen 46-jährigen Mann fest.', { quantity: 'age', min: 46, text: '46-jährigen' }],
  ['Ein 72-Jähriger wurde nach 90 Stunden gerettet.', { quantity: 'age', min: 72 }, { quantity: 'duration', min: 90 }],
  ['Im Jahr 1999 starben bei einem Beben 2.300 Menschen.', count('killed', { min: 2300 })],
  ['Zuletzt hatte 1994 ein Beben der Stärke 5,8 die Region getroffen; damals starben 14 Menschen.', { quantity: 'magnitude', min: 5.8, past: true }, count('killed', { min: 14, past: true })],
  ['Damals waren drei Menschen ums Leben gekommen.', count('killed', { min: 3, past: true })],
  ['Die Temperaturen sind auf 31 Grad gesunken.', { quantity: 'temperature', min: 31 }],
  ['Im Landesinneren wurden bis zu 44 Grad gemessen.', { quantity: 'temperature', max: 44 }],
  ['Der Lkw hatte 40 Tonnen Zement geladen.', { quantity: 'weight', min: 40 }],
  ['Das Unternehmen erzielte 2023 einen Umsatz von 780 Millionen Euro.', { quantity: 'money', min: 780000000 }],
  ['Die Papiere notierten bei 0,97 Euro.', { quantity: 'money', min: 0.97 }],
  ['Das Feuer ist zu 80 Prozent eingedämmt.', { quantity: 'percent', min: 80 }],
  ['Die Inflation lag bei 2,5.'],
  ['Die Quote liegt bei vier bis sechs Prozent.', { quantity: 'percent', min: 4, max: 6 }],
];

/** What is counted, and what was done to it: killed, injured, missing, trapped, rescued, evacuated, buildings. */
const DONE_TO: Row[] = [
  ['In Albanien kamen mindestens 94 Menschen ums Leben.', count('killed', { min: 94, done: 'ums leben' } as Expected)],
  ['Bei dem Beben starben mehr als 1100 Menschen.', count('killed', { min: 1100 })],
  ['Das Beben forderte mindestens 1.240 Menschenleben.', count('killed', { min: 1240 })],
  ['Bei dem Anschlag wurden 12 Menschen getötet.', count('killed', { min: 12 })],
  ['Die Behörden meldeten 480 Tote.', count('killed', { min: 480, head: 'tote' })],
  ['Das Innenministerium spricht von mindestens 120 Toten.', count('killed', { min: 120 })],
  ['Die Zahl der Erdbebentoten stieg auf 2000.', count('killed', { min: 2000 })],
  ['Mehr als 1100 Tote, Hunderte Vermisste: Die Lage bleibt dramatisch.', count('killed', { min: 1100 }), count('missing', { min: 100 })],
  ['Rund 6000 Menschen wurden verletzt, mehr als 300 gelten noch als vermisst.', count('wounded', { min: 6000 }), count('missing', { min: 300 })],
  ['Hunderte werden noch vermisst.', count('missing', { min: 100 })],
  ['Noch mehr als 900 Schwerverletzte werden behandelt.', count('wounded', { min: 900 })],
  ['Mehr als 4.200 Menschen wurden verletzt.', count('wounded', { min: 4200 })],
  ['Zwölf Menschen wurden verletzt, darunter sieben Feuerwehrleute.', count('wounded', { min: 12 }), count('wounded', { min: 7 })],
  ['Unter den Trümmern werden noch Hunderte Menschen vermutet.', count('trapped', { min: 100, modality: 'estimated' })],
  ['Unter den eingestürzten Häusern werden noch Hunderte Verschüttete befürchtet.', count('trapped', { min: 100, modality: 'feared' })],
  ['Rund 200 Menschen sind in ihren Häusern eingeschlossen.', count('trapped', { min: 200 })],
  ['Rettungsmannschaften bargen 57 Menschen lebend aus den Trümmern.', count('rescued', { min: 57 })],
  ['Sie bargen nach Angaben der Vereinten Nationen insgesamt 212 Menschen lebend aus den Trümmern.', count('rescued', { min: 212 })],
  ['Die Feuerwehr rettete 35 Menschen.', count('rescued', { min: 35 })],
  ['Über 8000 Menschen wurden evakuiert.', count('evacuated', { min: 8000 })],
  ['Rund 85\'000 Menschen sind nach Schätzungen des Roten Kreuzes obdachlos geworden.', count('evacuated', { min: 85000, modality: 'estimated' })],
  ['Mehr als 60.000 Menschen sind in Notunterkünften untergebracht.', count('evacuated', { min: 60000 })],
  ['Rund 7.000 Menschen wurden in Sicherheit gebracht.', count('evacuated', { min: 7000 })],
  ['Zeitweise mussten mehr als 9000 Menschen ihre Häuser verlassen.', count('evacuated', { min: 9000 })],
  ['Rund 1800 Menschen, darunter viele Urlauber, mussten Campingplätze verlassen.', count('evacuated', { min: 1800 })],
  ['Rund 1800 Menschen mussten die Nacht außerhalb ihrer Unterkünfte verbringen.', count('evacuated', { min: 1800 })],
  ['Mindestens 2.300 Gebäude stürzten ein, Tausende weitere wurden beschädigt.', count('destroyed', { min: 2300 }), count('damaged', { min: 1000 })],
  ['Rund 4100 Gebäude wurden zerstört oder so schwer beschädigt, dass sie abgerissen werden müssen.', count('destroyed', { min: 4100 })],
  ['Mindestens 40 Häuser sind ausgebrannt.', count('destroyed', { min: 40, head: 'haeuser' })],
  ['Mindestens 55 Häuser und landwirtschaftliche Gebäude brannten nieder.', count('destroyed', { min: 55 })],
  ['Etwa 120 Gebäude wurden zerstört, darunter 64 Wohnhäuser.', count('destroyed', { min: 120 }), count('destroyed', { min: 64 })],
  ['In Struga und Ohrid wurden sechs Bauunternehmer festgenommen.', count('captured', { min: 6 })],
  ['Die Polizei verhaftete 14 Plünderer.', count('captured', { min: 14 })],
  ['Die Türkei schickte 200 Rettungskräfte, Griechenland 120, Italien 90.', count('deployed', { min: 200, side: 'turkey' }), count('deployed', { min: 120, side: 'greece' }), count('deployed', { min: 90, side: 'italy' })],
  ['Insgesamt kämpfen rund 1200 Feuerwehrleute mit 14 Flugzeugen gegen die Flammen.', count('deployed', { min: 1200 }), count(null, { min: 14, head: 'flugzeugen' })],
  ['Sechs Löschflugzeuge und vier Hubschrauber waren im Einsatz.', count(null, { min: 6, head: 'loeschflugzeuge' }), count(null, { min: 4 })],
  ['Die Rettungskette ist mit 85 Personen und acht Suchhunden gelandet.', count('deployed', { min: 85 }), count(null, { min: 8 })],
  ['Seit Montag registrierten Seismologen mehr als 300 Nachbeben.', count(null, { min: 300, head: 'nachbeben' })],
  ['Rund 40 Österreicher hielten sich in der Region auf.', count(null, { min: 40 })],
  ['Rund 12\'500 Obdachlose übernachteten in 340 Zelten.', count('evacuated', { min: 12500 }), count(null, { min: 340, head: 'zelten' })],
  ['Für die übrigen rund 1.050 Beschäftigten soll eine Transfergesellschaft starten.', count(null, { min: 1050, head: 'beschaeftigten' })],
  ['Merzinger beschäftigt weltweit rund 3.400 Menschen, davon 2.150 in Deutschland.', count(null, { min: 3400 }), count(null, { min: 2150, head: 'menschen', place: 'germany' })],
  ['Hunderte Schafe und Ziegen seien in den Flammen verendet.', count(null, { min: 100, head: 'schafe' })],
];

/** Forecasts, fears and possibilities are not counts. */
const MODALITY: Row[] = [
  ['Experten befürchten bis zu 10.000 Tote.', count('killed', { max: 10000, modality: 'feared' })],
  ['„Wir befürchten, dass am Ende bis zu 10.000 Menschen ums Leben gekommen sein könnten“, sagte die Seismologin.', count('killed', { max: 10000, modality: 'feared' })],
  ['Die WHO befürchtet, dass die Zahl der Toten noch auf über 3000 steigen könnte.', count('killed', { min: 3000, modality: 'feared' })],
  ['Der Geophysiker sagte, die Zahl der Toten könne „leider in die Tausende gehen“.', count('killed', { min: 1000, qualifier: 'vage', modality: 'hypothetical' })],
  ['Nach ihrem Schätzmodell liegt die Zahl der Todesopfer zwischen 1.000 und 10.000.', count('killed', { min: 1000, max: 10000, modality: 'projected' })],
  ['Nach ihrem Schätzmodell liegt die Zahl der Todesopfer mit einer Wahrscheinlichkeit von 35 Prozent zwischen 1.000 und 10.000.', { quantity: 'percent', min: 35 }, count('killed', { min: 1000, max: 10000, modality: 'projected' })],
  ['Die Zahl der Toten könnte auf 5000 steigen.', count('killed', { min: 5000, modality: 'hypothetical' })],
  ['Bis zu 600 Menschen könnten noch unter den Trümmern verschüttet sein.', count('trapped', { max: 600, modality: 'hypothetical' })],
  ['Die Behörden erwarten bis zu 20.000 Evakuierte.', count('evacuated', { max: 20000, modality: 'projected' })],
  ['Voraussichtlich werden 3000 Menschen evakuiert.', count('evacuated', { min: 3000, modality: 'projected' })],
  ['Die Gewerkschaft warnte vor dem Verlust von bis zu 800 Stellen.', count(null, { max: 800, modality: 'feared' })],
  ['Im Zuge einer Sanierung könnten bis zu 1.000 Arbeitsplätze auf dem Spiel stehen.', count(null, { max: 1000, modality: 'feared' })],
  ['Wenn kein Investor gefunden wird, könnten 800 Stellen wegfallen.', count(null, { min: 800, modality: 'hypothetical' })],
  ['Beim Autozulieferer sollen 950 von 2150 Arbeitsplätzen wegfallen.', count(null, { min: 950, modality: 'planned' }), count(null, { min: 2150, base: true, modality: 'counted' })],
  ['Bis 2028 will das Unternehmen 60 Millionen Euro investieren.', { quantity: 'money', min: 60000000, modality: 'planned' }],
  ['Die Zahl der Toten stieg auf 2340; die WHO befürchtet, dass sie auf über 3000 steigen könnte.', count('killed', { min: 2340, modality: 'counted' }), { min: 3000, modality: 'feared' }],
  ['Nach ersten Schätzungen erfasste das Feuer mehr als 1000 Hektar Wald.', { quantity: 'area', min: 1000, modality: 'estimated' }],
  ['Die verbrannte Fläche wird auf 3000 Hektaren geschätzt.', { quantity: 'area', min: 3000, modality: 'estimated' }],
  ['Bis zum Abend konnten 57 Menschen lebend geborgen werden.', count('rescued', { min: 57, modality: 'counted' })],
  ['Die Zahl der Opfer dürfte auf über 500 steigen.', count('killed-or-wounded', { min: 500, modality: 'hypothetical' })],
  ['Laut Prognose werden bis zu 2000 Menschen ihre Häuser verlieren.', count('evacuated', { max: 2000, modality: 'projected' })],
  ['Mehr als 1.500 Menschen seien verletzt worden, sagte der Sprecher.', count('wounded', { min: 1500, modality: 'counted' })],
];

/** Where: the place the clause names, and a neighbouring country's figures. */
const PLACES: Row[] = [
  ['In Nordmazedonien kamen 870 Menschen ums Leben, in Albanien 260.', count('killed', { min: 870, place: 'north-macedonia' }), count('killed', { min: 260, place: 'albania', head: 'menschen' })],
  ['Allein in Nordmazedonien seien 1460 Menschen ums Leben gekommen, in Albanien 410, teilten die Behörden mit.', count('killed', { min: 1460, place: 'north-macedonia' }), count('killed', { min: 410, place: 'albania' })],
  ['Im Bezirk Pogradec kamen mindestens 38 Menschen ums Leben.', count('killed', { min: 38, place: 'albania' })],
  ['Bei dem Erdbeben in Nordmazedonien und Albanien starben mindestens 1.540 Menschen.', count('killed', { min: 1540, place: null, side: null })],
  ['Im Grenzgebiet zwischen Nordmazedonien und Albanien ist die Zahl der Todesopfer auf 1.130 gestiegen.', count('killed', { min: 1130, place: null })],
  ['Auch in Griechenland kamen bei Waldbränden fünf Menschen ums Leben.', count('killed', { min: 5, place: 'greece' })],
  ['In der Türkei starben bei dem Beben mehr als 50.000 Menschen, in Syrien rund 6000.', count('killed', { min: 50000, place: 'turkey' }), count('killed', { min: 6000, place: 'syria' })],
  ['Auf der albanischen Seite der Grenze starben 94 Menschen.', count('killed', { min: 94, place: 'albania' })],
  ['Auf Sardinien wurden mehr als 8000 Menschen evakuiert.', count('evacuated', { min: 8000, place: 'italy' })],
  ['Im Westen Sardiniens hat das Feuer rund 13.800 Hektar zerstört.', { quantity: 'area', min: 13800, place: 'italy' }],
  ['Die Zahl der Todesopfer in Nordmazedonien ist auf 480 gestiegen.', count('killed', { min: 480, place: 'north-macedonia' })],
  ['In Kreta und auf Rhodos mussten 2000 Touristen ihre Hotels verlassen.', count('evacuated', { min: 2000, place: 'greece' })],
  ['In Antakya wurden 300 Gebäude zerstört.', count('destroyed', { min: 300, place: 'turkey' })],
  ['Rund 6000 Menschen wurden verletzt.', count('wounded', { min: 6000, place: null })],
  ['Rettungsteams aus mehr als 20 Ländern sind im Einsatz.', count(null, { min: 20, place: null })],
  ['Zwei Löschflugzeuge kamen aus Frankreich und zwei aus Griechenland.', count(null, { min: 2, place: null }), count(null, { min: 2, place: null })],
];

/** Whose: the war's total, one side's claim about the other's losses, bases of parts, `darunter`. */
const WHOSE: Row[] = [
  ['Seit Kriegsbeginn sind mehr als eine Million Soldaten getötet oder verwundet worden.', count('killed-or-wounded', { min: 1000000, side: 'all' })],
  ['Auf beiden Seiten sollen bereits 500.000 Soldaten gefallen sein.', count('killed', { min: 500000, side: 'all' })],
  ['Russland hat nach britischen Angaben seit Kriegsbeginn mehr als 700.000 Soldaten verloren.', count('killed-or-wounded', { min: 700000, side: 'russia' })],
  ['Die ukrainische Armee tötete nach eigenen Angaben 200 russische Soldaten.', count('killed', { min: 200, side: 'russia' })],
  ['Kiew zufolge verlor Russland in Kursk 40.000 Soldaten.', count('killed-or-wounded', { min: 40000, side: 'russia' })],
  ['Russland verlor nach Angaben Kiews 1000 Soldaten, Nordkorea 300.', count('killed-or-wounded', { min: 1000, side: 'russia' }), count('killed-or-wounded', { min: 300, side: 'north-korea' })],
  ['Von den 11.000 bis 12.000 Soldaten seien 300 gefallen.', count(null, { min: 11000, max: 12000, base: true }), count('killed', { min: 300, head: 'soldaten' })],
  ['Von den rund 11.000 nordkoreanischen Soldaten seien 300 gefallen.', count(null, { min: 11000, base: true, side: 'north-korea' }), count('killed', { min: 300, side: 'north-korea' })],
  ['Von den 12.000 entsandten Soldaten sind 1500 angekommen.', count('troops-sent', { min: 12000, base: true }), count('troops-arrived', { min: 1500 })],
  ['Seoul schätzt, dass 1.100 nordkoreanische Soldaten getötet oder verwundet wurden, darunter 300 Gefallene.', count('killed-or-wounded', { min: 1100, side: 'north-korea', modality: 'estimated' }), count('killed', { min: 300, side: 'north-korea' })],
  ['Nordkorea hat rund 4000 Soldaten verloren, darunter etwa 600 Tote.', count('killed-or-wounded', { min: 4000, side: 'north-korea' }), count('killed', { min: 600, side: 'north-korea' })],
  ['Laut NIS sind bereits 2.000 der rund 11.000 Soldaten verwundet worden.', count('wounded', { min: 2000 }), count(null, { min: 11000, base: true })],
  ['Bei dem Angriff auf Kiew wurden 12 Menschen getötet.', count('killed', { min: 12, side: 'civilians' })],
  ['Etwa 200 Zivilisten wurden verletzt.', count('wounded', { min: 200, side: 'civilians' })],
  ['Die Ukraine verlor 3000 eigene Soldaten.', count('killed-or-wounded', { min: 3000, side: 'ukraine' })],
  ['Im Kampf um Kursk gab es nach Angaben Kiews 300 Tote auf nordkoreanischer Seite.', count('killed', { min: 300, side: 'north-korea' })],
  ['Ein Drittel der 11.000 Soldaten wurde getötet.', count(null, { min: 11000 })],
  ['Nordkorea will bis zu 30.000 weitere Soldaten schicken.', count('troops-sent', { max: 30000, side: 'north-korea', modality: 'planned' })],
  ['Nach ukrainischen Angaben haben die Nordkoreaner bereits mehr als 3000 Mann verloren.', count('killed-or-wounded', { min: 3000, side: 'north-korea' })],
];

/** The many ways German says "killed" — and what is not a death. */
const KILLED_WORDS: Row[] = [
  ['14 Menschen starben.', count('killed', { min: 14 })],
  ['14 Menschen sind gestorben.', count('killed', { min: 14 })],
  ['14 Menschen kamen ums Leben.', count('killed', { min: 14 })],
  ['14 Menschen wurden getötet.', count('killed', { min: 14 })],
  ['Es gab 14 Tote.', count('killed', { min: 14 })],
  ['Das Unglück forderte 14 Todesopfer.', count('killed', { min: 14 })],
  ['Die Lawine kostete 14 Menschen das Leben.', count('killed', { min: 14 })],
  ['14 Soldaten fielen im Kampf.', count('killed', { min: 14 })],
  ['14 Menschen kamen in den Flammen um.', count('killed', { min: 14 })],
  ['Ein Feuerwehrmann erlag seinen Verletzungen; insgesamt gibt es 14 Tote.', count('killed', { min: 14 })],
  ['Die Helfer fanden 14 Leichen.', count('killed', { min: 14 })],
  ['14 Menschen wurden verletzt.', count('wounded', { min: 14 })],
  ['14 Menschen werden vermisst.', count('missing', { min: 14 })],
  ['14 Menschen sind verschüttet.', count('trapped', { min: 14 })],
  ['14 Menschen wurden lebend gerettet.', count('rescued', { min: 14 })],
  ['14 Menschen wurden evakuiert.', count('evacuated', { min: 14 })],
  ['14 Menschen wurden festgenommen.', count('captured', { min: 14 })],
  ['14 Tote wurden aus den Trümmern geborgen.', count('recovered', { min: 14 })],
  ['14 Menschen blieben unverletzt.', count(null, { min: 14 })],
  ['14 Häuser wurden zerstört.', count('destroyed', { min: 14 })],
];

/** Dates, times, ordinals, identifiers: no figure at all. */
const NONE: Row[] = [
  ['Das Beben ereignete sich am 17.02.2025 um 4.17 Uhr.'],
  ['Am 7.4. trat der Krisenstab zusammen.'],
  ['Die Soldaten der 155. Brigade stehen in zweiter Reihe.'],
  ['Die UN-Resolution 2231 wurde verletzt.'],
  ['Das Beben von 1994 war schwächer.'],
  ['Seit 2009 hat es dort nicht mehr gebrannt.'],
  ['Das Spendenkonto lautet DE12 3705 0198.'],
];

describe('findFigures table: sentence -> figures (value, range, qualifier, what, where, whose, modality)', () => {
  const groups: [string, SideLexicon, Row[]][] = [
    ['numbers as written', WORLD, NUMBERS],
    ['measurements are never counts', WORLD, MEASUREMENTS_ROWS],
    ['what is counted and what was done to it', WORLD, DONE_TO],
    ['forecasts and fears are not counts', WORLD, MODALITY],
    ['where', WORLD, PLACES],
    ['whose', WAR, WHOSE],
    ['the ways German says killed', WORLD, KILLED_WORDS],
    ['no figure', WORLD, NONE],
  ];
  it('has at least 150 rows', () => {
    expect(groups.reduce((n, [, , rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(150);
  });
  for (const [name, sides, rows] of groups) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r] as const))('%s', (_s, row) => check(sides, row));
    });
  }
});
