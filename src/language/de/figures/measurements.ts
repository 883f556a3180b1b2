/**
 * Measurements that are never counts: a number with a unit of area, length,
 * money, time, temperature, weight or volume after it (`8500 Hektaren`,
 * `15 Millionen Euro`, `zwei Tagen`, `minus sechs Grad`, `80 km/h`), a
 * percentage, an age (`71 Jahre alt`, `46-jährig`), or a magnitude named
 * before it (`der Stärke 7,4`, `eine Magnitude von 6,1`, `die Stärken 6.1
 * und 4.5`). A count question never gets one of these.
 *
 * All words are folded with `foldSpelledOut` (`../fold.ts`).
 *
 * @module
 */
import type { Token } from './tokens.ts';
import type { Quantity } from './types.ts';

/** A measurement unit read off the tokens. */
export interface MeasurementUnit {
  quantity: Exclude<Quantity, 'count'>;
  /** First and last token of the unit (inclusive), when it follows the number; null for a magnitude (named before). */
  first: number | null;
  last: number | null;
  /** The unit as the answer shows it (`Hektar`, `Euro`, `km/h`, `%`, `magnitude`). */
  label: string;
}

/** Unit words after a number (folded, without a dot), by quantity; the label is the word as written. */
const UNIT_WORDS: ReadonlyMap<string, Exclude<Quantity, 'count' | 'magnitude' | 'age'>> = new Map([
  ...['prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', '%', 'promille'].map((w) => [w, 'percent'] as const),
  ...[
    'hektar', 'hektaren', 'ha', 'quadratkilometer', 'quadratkilometern', 'qkm', 'km²', 'km2', 'quadratmeter', 'quadratmetern',
    'm²', 'm2', 'fussballfeld', 'fussballfelder', 'fussballfeldern', 'fussballfeldes', 'acres', 'ar',
  ].map((w) => [w, 'area'] as const),
  ...['kilometer', 'kilometern', 'km', 'meter', 'metern', 'zentimeter', 'zentimetern', 'cm', 'millimeter', 'millimetern', 'meilen', 'seemeilen'].map(
    (w) => [w, 'length'] as const,
  ),
  ...['stundenkilometer', 'stundenkilometern', 'kmh', 'knoten', 'mph'].map((w) => [w, 'speed'] as const),
  ...[
    'euro', 'eur', '€', 'franken', 'chf', 'fr', 'dollar', 'us-dollar', 'usd', '$', 'pfund', 'rubel', 'yuan', 'yen', 'won',
    'griwna', 'hrywnja', 'hrywnjas', 'zloty', 'kronen', 'cent', 'rappen', 'lira', 'lek', 'denar', 'denare',
  ].map((w) => [w, 'money'] as const),
  ...[
    'sekunde', 'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate',
    'monaten', 'jahr', 'jahre', 'jahren', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten', 'jahrhundert', 'jahrhunderte', 'naechte', 'naechten',
  ].map((w) => [w, 'duration'] as const),
  ...['grad', '°', '°c'].map((w) => [w, 'temperature'] as const),
  ...['tonne', 'tonnen', 'kilogramm', 'kg', 'gramm', 'zentner'].map((w) => [w, 'weight'] as const),
  ...['liter', 'litern', 'kubikmeter', 'kubikmetern', 'm³', 'barrel', 'hektoliter'].map((w) => [w, 'volume'] as const),
]);

/** Currency signs and codes before a number: `€ 15 Mio.`, `CHF 3 Mio.`, `$5`. */
const CURRENCY_BEFORE: ReadonlySet<string> = new Set(['€', '$', 'chf', 'eur', 'usd', 'fr', 'us-$', 'sfr']);

/** Words that name a magnitude right before its number (`Stärke 7,4`, `Magnitude von 6,1`). */
const MAGNITUDE_WORD = /^(?:staerke|staerken|magnitude|magnituden|momentmagnitude)$/;
/** `7,4 auf der Richterskala`. */
const RICHTER = /^(?:richterskala|richter-skala|richter)$/;
/** Nouns whose strength a magnitude is: quakes and shocks (`Nachbeben`, `Hauptbebens`, `Erdstoß`). */
export const QUAKE_NOUN = /(?:beben|bebens|erdstoss|erdstosses|erdstoesse|stoss|stosses|erschuetterung|erschuetterungen)$/;
/** Words that may stand between a magnitude word and its number. */
const MAGNITUDE_LINK: ReadonlySet<string> = new Set(['von', 'mit', 'auf', 'um', 'bei']);
/** Countable things measured in time units: `zwei Tage` is a duration, `drei Tage nach` too. */
const AGE_AFTER = /^(?:alt|alte|alter|altes|alten|altem)$/;
/** `Personen` after `Fr.`? No: `Fr` is money only with a number after a sign, or `Fr.` directly after the number. */
const DOTTED_MONEY: ReadonlySet<string> = new Set(['fr', 'sfr']);

/** The folded word of a token without a trailing dot. */
function word(t: Token | undefined): string {
  return t ? t.fold.replace(/\.$/, '') : '';
}

/**
 * The measurement unit right after the number's last token `j - 1` (so
 * starting at `j`): `Hektar`, `Millionen Euro` (the scale is already part of
 * the number), `km/h`, `Kilometern pro Stunde`, `Grad Celsius`, `Jahre alt`.
 * Null when a counted noun or anything else follows.
 */
export function unitAfter(toks: readonly Token[], j: number): MeasurementUnit | null {
  const t = toks[j];
  if (!t) return null;
  const w = word(t);
  // `km/h`
  if (w === 'km' && toks[j + 1]?.text === '/' && word(toks[j + 2]) === 'h') return { quantity: 'speed', first: j, last: j + 2, label: 'km/h' };
  let quantity = UNIT_WORDS.get(w);
  if (!quantity) return null;
  if (DOTTED_MONEY.has(w) && toks[j + 1]?.text !== '.') return null;
  let last = j;
  if (toks[j + 1]?.text === '.' && (w === 'fr' || w === 'sfr' || w === 'km' || w === 'kg' || w === 'cm' || w === 'ha')) last = j + 1;
  // `Kilometern pro Stunde`
  if (quantity === 'length' && word(toks[j + 1]) === 'pro' && /^(?:stunde|h)$/.test(word(toks[j + 2]))) {
    quantity = 'speed';
    last = j + 2;
  }
  // `Grad Celsius`
  if (quantity === 'temperature' && word(toks[j + 1]) === 'celsius') last = j + 1;
  // `71 Jahre alt`, `ein 71 Jahre alter Hirte`
  if (quantity === 'duration' && /^jahr/.test(w) && AGE_AFTER.test(word(toks[j + 1]))) return { quantity: 'age', first: j, last: j + 1, label: 'years' };
  // `Tonnen Munition` is a count of munitions (read as a counted noun), not a weight
  if (quantity === 'weight' && /munition|geschoss|granat/.test(word(toks[j + 1]))) return null;
  return { quantity, first: j, last, label: quantity === 'percent' && /^(?:%|prozent)$/.test(w) ? '%' : t.text.replace(/\.$/, '') };
}

/**
 * A measurement named before the number's first token `i`: a magnitude
 * (`der Stärke 7,4`, `einer Stärke von 7.4`, `die Stärken 6.1`, `Magnitude
 * 6,1`), money after a currency sign (`€ 15 Mio.`, `CHF 3 Mio.`), an age
 * (`im Alter von 71`). Also `7,4 auf der Richterskala` (after the number).
 */
export function unitBefore(toks: readonly Token[], i: number, last: number): MeasurementUnit | null {
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  if (p1 && MAGNITUDE_WORD.test(word(p1))) return { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
  if (p1 && p2 && MAGNITUDE_LINK.has(word(p1)) && MAGNITUDE_WORD.test(word(p2))) return { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
  // `die Magnitude des Hauptbebens mit 7,3`
  if (p1 && MAGNITUDE_LINK.has(word(p1))) {
    for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
      const w = word(toks[k]);
      if (MAGNITUDE_WORD.test(w)) return { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
      if (toks[k]!.type !== 'word' || !/^(?:des|der|dem|den|hauptbebens|bebens|erdbebens|nachbebens|\w*bebens?)$/.test(w)) break;
    }
  }
  const a1 = toks[last + 1];
  const a2 = toks[last + 2];
  const a3 = toks[last + 3];
  if (word(a1) === 'auf' && word(a2) === 'der' && RICHTER.test(word(a3))) return { quantity: 'magnitude', first: null, last: null, label: 'magnitude' };
  if (p1 && (CURRENCY_BEFORE.has(word(p1)) || (p1.text === '.' && p2 && DOTTED_MONEY.has(word(p2))))) {
    return { quantity: 'money', first: null, last: null, label: p1.text === '.' ? p2!.text : p1.text };
  }
  if (p1 && p2 && word(p1) === 'von' && word(p2) === 'alter') return { quantity: 'age', first: null, last: null, label: 'years' };
  return null;
}

/** True for `minus` right before the number (`minus sechs Grad`). */
export function isNegative(toks: readonly Token[], i: number): boolean {
  return word(toks[i - 1]) === 'minus';
}

/**
 * The thing a magnitude measures: the nearest quake noun before the figure
 * in the sentence (`Ein Nachbeben der Stärke 6,1` -> `nachbeben`; `Seither
 * erschütterten zahlreiche Nachbeben die Region, die stärksten erreichten die
 * Stärken 6.1` -> `nachbeben`), else null.
 */
export function quakeBefore(toks: readonly Token[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.type === 'word' && QUAKE_NOUN.test(t.fold) && t.text[0] !== t.text[0]!.toLowerCase()) return t.fold;
  }
  return null;
}

/** Unit and lead words of every measurement, for finding candidate paragraphs (as written). */
export const MEASUREMENT_WORDS: Readonly<Record<Exclude<Quantity, 'count'>, readonly string[]>> = {
  magnitude: ['Stärke', 'Magnitude', 'Richterskala', 'Beben'],
  percent: ['Prozent', 'Prozentpunkte'],
  area: ['Hektar', 'Hektaren', 'Quadratkilometer', 'Quadratkilometern', 'Quadratmeter', 'Fußballfelder', 'Fussballfeldern'],
  length: ['Kilometer', 'Kilometern', 'Meter', 'Metern', 'km'],
  speed: ['km/h', 'Stundenkilometer', 'Stunde'],
  money: ['Euro', 'Franken', 'Dollar', 'Millionen', 'Milliarden', 'Mio', 'Mrd', 'CHF', 'EUR'],
  duration: ['Stunden', 'Tage', 'Tagen', 'Wochen', 'Monate', 'Jahre', 'Jahren'],
  age: ['Jahre', 'alt', 'Alter', 'jährig', 'Jährige', 'Jähriger'],
  temperature: ['Grad', 'Celsius'],
  weight: ['Tonnen', 'Kilogramm'],
  volume: ['Liter', 'Kubikmeter'],
};
