/**
 * German vocabulary shared by the language modules, in one place: month and
 * weekday names, number words, and the small word lists of sentence
 * splitting. Words are listed as German texts write them (`Jänner`, `zwölf`,
 * `dreißig`); each module derives the regular expressions and folded look-up
 * sets it needs from these lists (the date finder, the figure reader, the
 * claimant parser, the sentence splitter, the corpus date reader), so a
 * spelling added here is known everywhere. The small readers below
 * ({@link monthOf}, {@link weekdayOf}, {@link parseNumberWord}) are the only
 * way words become numbers.
 *
 * English names for labels (`December`, `Saturday`) are output wording and
 * live with the labels, not here.
 *
 * @module
 */
import { foldSpelledOut } from './fold.ts';

// ---------------------------------------------------------------------------
// Months

/** The twelve month names; month number = index + 1. */
const MONTH_NAMES: readonly string[] = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

/** Other full spellings: Austrian `Jänner` and `Feber`, ASCII `Maerz`. */
const MONTH_VARIANTS: Readonly<Record<string, number>> = { Jänner: 1, Feber: 2, Maerz: 3 };

/**
 * Abbreviations, listed without their dot (`Dez.`, `Sept.`, Austrian `Jän.`).
 * Whether the dot is required is the reader's decision: running text needs
 * it (`Jan` alone is too often a first name), a date line does not.
 */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1, Jän: 1, Feb: 2, Febr: 2, Mär: 3, Mrz: 3, Apr: 4, Jun: 6, Jul: 7,
  Aug: 8, Sep: 9, Sept: 9, Okt: 10, Nov: 11, Dez: 12,
};

/** Every full month word (names and variants), as written. */
export const MONTH_WORDS: readonly string[] = [...MONTH_NAMES, ...Object.keys(MONTH_VARIANTS)];

const MONTH_BY_LOWERCASE: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((w, i): [string, number] => [w.toLowerCase(), i + 1]),
  ...Object.entries(MONTH_VARIANTS).map(([w, m]): [string, number] => [w.toLowerCase(), m]),
  ...Object.entries(MONTH_ABBREVIATIONS).map(([w, m]): [string, number] => [w.toLowerCase(), m]),
]);

/**
 * The month number (1-12) of a month name, variant or abbreviation, in any
 * letter case, with or without an abbreviation's dot (`Dezember`, `Jänner`,
 * `Dez.`, `sept`); null for any other word.
 */
export function monthOf(word: string): number | null {
  return MONTH_BY_LOWERCASE.get(word.replace(/\.$/, '').toLowerCase()) ?? null;
}

/** True when the word is a month name, variant or abbreviation (see {@link monthOf}). */
export function isMonthWord(word: string): boolean {
  return monthOf(word) !== null;
}

// ---------------------------------------------------------------------------
// Weekdays

/** Weekday names with their number (0 = Sunday ... 6 = Saturday); `Sonnabend` is the northern Saturday. */
export const WEEKDAY_NAMES: Readonly<Record<string, 0 | 1 | 2 | 3 | 4 | 5 | 6>> = {
  Sonntag: 0, Montag: 1, Dienstag: 2, Mittwoch: 3, Donnerstag: 4, Freitag: 5, Samstag: 6, Sonnabend: 6,
};

const WEEKDAY_BY_LOWERCASE: ReadonlyMap<string, 0 | 1 | 2 | 3 | 4 | 5 | 6> = new Map(
  Object.entries(WEEKDAY_NAMES).map(([w, d]) => [w.toLowerCase(), d]),
);

/** The weekday (0 = Sunday ... 6 = Saturday) of a weekday name in any letter case; null for any other word. */
export function weekdayOf(word: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 | null {
  return WEEKDAY_BY_LOWERCASE.get(word.toLowerCase()) ?? null;
}

// ---------------------------------------------------------------------------
// Years

/** Nouns of a calendar year: a number right after them is a year (`im Jahr 2024`, `Baujahr 1998`). */
export const YEAR_NOUNS: readonly string[] = [
  'Jahr', 'Jahre', 'Jahres', 'Jahren', 'Jahrgang', 'Baujahr', 'Kalenderjahr', 'Haushaltsjahr',
];

// ---------------------------------------------------------------------------
// Numbers

/** Units as they start compounds (`einundzwanzig`, `einhundert`); alone, one is `eins`. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};

/** Ten to nineteen. */
export const TEEN_WORDS: Readonly<Record<string, number>> = {
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19,
};

/** The tens. */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/**
 * Scale words that multiply the number before them (`acht Millionen`,
 * `zwei Dutzend`, `30 Tausend`), with their factor.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundert: 100, tausend: 1e3, Dutzend: 12, Million: 1e6, Millionen: 1e6, Milliarde: 1e9, Milliarden: 1e9,
};

/** Scale words abbreviated with a dot (`2,3 Mio.`), listed without it. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { Tsd: 1e3, Mio: 1e6, Mrd: 1e9 };

/**
 * Vague plurals and their **lower bound**: one unit, never more.
 *
 * Literally `Tausende` means "at least two thousand", but newsrooms use these
 * plurals loosely (`Dutzende` for twenty, `Zehntausende` for fifteen thousand),
 * and the bot must never overstate a figure, so the bound is the unit itself:
 * `Dutzende` >= 12, `Hunderte` >= 100, `Tausende` >= 1000, `Zehntausende` >= 10000.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  Dutzende: 12, Dutzenden: 12, Hunderte: 100, Hunderten: 100, Tausende: 1e3, Tausenden: 1e3,
  Zehntausende: 1e4, Zehntausenden: 1e4, Hunderttausende: 1e5, Hunderttausenden: 1e5,
  Millionen: 1e6, Milliarden: 1e9,
};

/** Forms of the article `ein`: one, but only before a scale word (`eine Million`, `ein Dutzend`). */
export const ARTICLE_ONE: readonly string[] = ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'];

/** A look-up table keyed by {@link foldSpelledOut} (`zwölf` -> `zwoelf`). */
function spelledOut<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table).map(([w, v]) => [foldSpelledOut(w), v]));
}

const UNITS = spelledOut(UNIT_WORDS);
const TEENS = spelledOut(TEEN_WORDS);
const TENS = spelledOut(TENS_WORDS);
const ARTICLE_FORMS: ReadonlySet<string> = new Set(ARTICLE_ONE);
const UNIT_PATTERN = [...UNITS.keys()].join('|');
const COMPOUND_BELOW_100 = new RegExp(`^(${UNIT_PATTERN})und([a-z]+)$`);
const FRACTION = new RegExp(`^(${UNIT_PATTERN}|zehn)einhalb$`);
/** Inside a compound: `zweihundert`, `dreitausend`. */
const HUNDRED = 'hundert';
const THOUSAND = 'tausend';

function below100(s: string): number | null {
  if (s === 'eins') return 1;
  if (s !== 'ein' && UNITS.has(s)) return UNITS.get(s)!;
  if (TEENS.has(s)) return TEENS.get(s)!;
  if (TENS.has(s)) return TENS.get(s)!;
  const m = COMPOUND_BELOW_100.exec(s);
  if (m && TENS.has(m[2]!)) return UNITS.get(m[1]!)! + TENS.get(m[2]!)!;
  return null;
}

function below1000(s: string): number | null {
  const h = s.indexOf(HUNDRED);
  if (h < 0) return below100(s);
  const pre = s.slice(0, h);
  const rest = s.slice(h + HUNDRED.length).replace(/^und/, '');
  const mult = pre === '' ? 1 : (UNITS.get(pre) ?? null);
  if (mult === null) return null;
  if (rest === '') return mult * 100;
  const r = below100(rest);
  return r === null ? null : mult * 100 + r;
}

function wholeNumber(s: string): number | null {
  const t = s.indexOf(THOUSAND);
  if (t < 0) return below1000(s);
  const pre = s.slice(0, t);
  const rest = s.slice(t + THOUSAND.length).replace(/^und/, '');
  const mult = pre === '' || pre === 'ein' ? 1 : below1000(pre);
  if (mult === null) return null;
  if (rest === '') return mult * 1000;
  const r = below1000(rest);
  return r === null ? null : mult * 1000 + r;
}

/**
 * Value of one German cardinal number word: `zwölf` 12, `dreißig`/`dreissig` 30,
 * `einundzwanzig` 21, `zweihundert` 200, `zehntausend` 10000, `dreitausendfünfhundert` 3500.
 * Null for anything else, including the article `ein`/`eine`, ordinals (`zweite`)
 * and vague plurals (`Tausende`).
 */
export function parseNumberWord(word: string): number | null {
  return parseFoldedNumberWord(foldSpelledOut(word));
}

/** {@link parseNumberWord} of a word already {@link foldSpelledOut folded}. */
export function parseFoldedNumberWord(s: string): number | null {
  if (!/^[a-z]+$/.test(s) || ARTICLE_FORMS.has(s)) return null;
  return wholeNumber(s);
}

/**
 * `anderthalb` 1.5, `eineinhalb` 1.5, `zweieinhalb` 2.5, ... `zehneinhalb`
 * 10.5, for a word already {@link foldSpelledOut folded}; null for anything else.
 * Only meaningful before a scale word (`anderthalb Millionen`).
 */
export function fractionWord(folded: string): number | null {
  if (folded === 'anderthalb') return 1.5;
  const m = FRACTION.exec(folded);
  if (!m) return null;
  return (m[1] === 'zehn' ? 10 : UNITS.get(m[1]!)!) + 0.5;
}

// ---------------------------------------------------------------------------
// Sentence boundaries

/**
 * Capitalised words that typically start a new German sentence (articles,
 * pronouns, conjunctions, adverbs, prepositions). After `... auf 12.` such a word
 * means the number ended the sentence; a noun (`Luftlandebrigade`) means it was an ordinal.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einer Einem Einen Eines Kein Keine ' +
    'Er Sie Es Wir Ihr Ich Du Man Sein Seine Ihre Unsere Dies Diese Dieser Dieses Diesen Jene Jeder Jede Alle Viele Manche Beide ' +
    'Danach Dann Damit Daher Dabei Dazu Dagegen Darauf Darüber Deshalb Deswegen Dennoch Doch Aber Und Oder Sondern Denn Also ' +
    'Auch Zudem Außerdem Ausserdem Trotzdem Jedoch Allerdings Nun Jetzt Heute Gestern Morgen Bisher Zuvor Später Zuletzt Zunächst Schließlich Schliesslich ' +
    'Insgesamt Immerhin Offenbar Demnach Demzufolge Laut Nach Vor Bei Seit Mit Ohne Gegen Für Auf Aus Von Zu Zum Zur Am Im In An Um Über Unter Bis Ab Während Wegen Trotz ' +
    'Wie Was Wer Wo Wann Warum Weshalb Als Wenn Ob Weil Dass Da So Noch Schon Bereits Nicht Nur Mehr Weitere Weiter Andere ' +
    'Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Hier Dort Hinzu Stattdessen Gleichzeitig Indes Inzwischen Mittlerweile'
  ).split(/\s+/),
);

/** Lowercase determiners and contracted prepositions that announce an ordinal (`der 11.`, `am 4.`). */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set(
  (
    'der die das dem den des am im zum zur vom beim ins ans aufs ' +
    'ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner unser unsere unserem unseren ' +
    'jeder jede jedem jeden dieser diese diesem diesen dieses kein keine keinem keinen'
  ).split(/\s+/),
);

/** Abbreviations after which a sentence never ends (compared without the dot). */
export const ABBREVIATIONS_CONTINUE: ReadonlySet<string> = new Set(
  (
    'Dr Prof Nr St Str Hr Fr Hrn bzw ca vgl sog insb insbes ggf evtl inkl exkl bspw zzgl abzgl ' +
    'Gen Lt Oberstlt Maj Kpt Dipl Ing Mag Abs Bd Tel Co Jr Sr ' +
    'z u d o s v n a h e i'
  ).split(/\s+/),
);

/** Abbreviations that may also end a sentence (`... 3 Mio.`): continue unless a sentence starter follows. */
export const ABBREVIATIONS_MAYBE_END: ReadonlySet<string> = new Set(
  'Mio Mrd Tsd Mill Chr Jh Jhd usw etc Std Min Sek Uhr ff'.split(/\s+/),
);
