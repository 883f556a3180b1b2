/**
 * The words around a match, and whether a bare four-digit number is a year
 * (`Invasion in der Ukraine 2022`) or a count (`3000 Soldaten`, `rund 2000`).
 *
 * @module
 */

const WORD = /[\p{L}\p{N}§%.']+/gu;

/** The words right before an offset, nearest last. */
export function wordsBefore(sentence: string, index: number, n: number): string[] {
  const words = sentence.slice(Math.max(0, index - 80), index).match(WORD) ?? [];
  return words.slice(-n);
}

/** The words right after an offset, nearest first (punctuation stops the list). */
export function wordsAfter(sentence: string, index: number, n: number): string[] {
  const rest = sentence.slice(index, index + 80);
  const out: string[] = [];
  const re = /\s*([\p{L}\p{N}§%]+)/uy;
  let pos = 0;
  while (out.length < n) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) break;
    out.push(m[1]!);
    pos = re.lastIndex;
  }
  return out;
}

export const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'jeden', 'jedem', 'jeder', 'jedes', 'kein', 'keine', 'diesen', 'dieser', 'dieses',
]);

/** Words before a number that make it a quantity (`mehr als 2000`, `die ersten 1500`). */
const QUANTIFIERS = new Set([
  'über', 'unter', 'rund', 'etwa', 'ca.', 'circa', 'zirka', 'mindestens', 'höchstens', 'maximal', 'knapp',
  'fast', 'beinahe', 'nahezu', 'annähernd', 'insgesamt', 'weitere', 'weiteren', 'weiterer', 'zusätzliche',
  'zusätzlichen', 'ersten', 'letzten', 'nur', 'lediglich', 'zu', 'je', 'pro', 'gut', 'exakt', 'genau',
  'nr.', 'nummer', 'artikel', 'art.', 'paragraf', 'paragraph', '§', 'seite', 's.', 'resolution', 'flug',
  'linie', 'kapitel', 'band', 'platz', 'rang', 'stufe', 'höhe', 'tiefe', 'kilometer', 'km', 'auf',
]);

/** Capitalised words after a number that it counts, beyond the plural-looking ones. */
export const COUNTED = new Set([
  'mann', 'euro', 'dollar', 'us-dollar', 'won', 'rubel', 'franken', 'yen', 'yuan', 'pfund', 'stück', 'mal',
  'prozent', 'grad', 'kilo', 'hektar', 'quadratkilometer', 'tote', 'todesopfer', 'personen', 'leute',
]);

const UNITS_LOWER = new Set(['km', 'm', 'kg', 't', 'ha', 'mm', 'cm', 'qm', 'mio', 'mrd', 'prozent', 'mal']);

/** Years that are round enough to be counts (2000 Soldaten) when the context is ambiguous. */
export function isRound(n: number): boolean {
  return n % 50 === 0;
}

/**
 * Whether a bare four-digit number (1900-2099) at [start, end) is a year.
 * Not a year: after a quantifier (`mehr als`, `rund`, `die ersten`), before a
 * unit or a counted noun (`2000 Soldaten`, `2000 Mann`, `2000 km`, `2000 %`),
 * or, for round numbers, before an inflected adjective and a noun
 * (`2000 schwedische Soldaten`).
 */
export function looksLikeYear(sentence: string, start: number, end: number): boolean {
  const n = Number(sentence.slice(start, end));
  const before = wordsBefore(sentence, start, 2).map((w) => w.toLowerCase());
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  // `bis zu 2000` counts; `im Vergleich zu 2023` is a year.
  if (prev && QUANTIFIERS.has(prev) && (prev !== 'zu' || prev2 === 'bis')) return false;
  if (prev === 'als' && prev2 && /^(mehr|weniger|eher)$/.test(prev2)) return false;
  if (/^\s*%/.test(sentence.slice(end))) return false;
  const after = wordsAfter(sentence, end, 2);
  const next = after[0];
  if (!next) return true;
  if (UNITS_LOWER.has(next.toLowerCase()) && /^\p{Ll}/u.test(next)) return false;
  if (/^\p{Lu}/u.test(next)) {
    if (COUNTED.has(next.toLowerCase())) return false;
    // Plural-looking nouns (`Soldaten`, `Geschosse`, `Kilometer`) are counted; names (`Oslo`, `Wladiwostok`) are not.
    return !/(?:en|er|e|n|s|el)$/.test(next);
  }
  const second = after[1];
  if (
    second && /^\p{Lu}/u.test(second) && !DETERMINERS.has(next) && /^\p{Ll}\p{L}*(?:e|en|em|er|es)$/u.test(next) &&
    !/^(?:seine|ihre|unsere|keine|eine|meine|deren|dessen)$/.test(next)
  ) {
    return !isRound(n);
  }
  return true;
}
