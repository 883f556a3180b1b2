/**
 * Folding German words for comparison. There are two conventions, and which
 * one to use depends on how the other side of the comparison is written:
 *
 * - {@link foldForMatching}: text against text typed or written by people —
 *   search terms, index terms, names and aliases. Umlauts lose their dots
 *   (`ä` -> `a`), so `Außenministerium`, `Aussenministerium` and a query typed
 *   without umlauts meet, and foreign diacritics go (`Erdoğan` -> `erdogan`).
 * - {@link foldSpelledOut}: text against rule vocabulary written in ASCII
 *   spelling — umlauts are spelled out (`ä` -> `ae`), so the pattern
 *   `getoetet` matches `getötet` and Swiss/ASCII `getoetet`, and `dreißig`
 *   meets `dreissig`. Also the slug of article file names.
 *
 * Both lowercase and turn `ß` into `ss`. They are not interchangeable:
 * `Bär` is `bar` for matching but `baer` spelled out, so a word list must be
 * folded with the convention of the code that looks it up.
 *
 * Both are on hot paths (every token of a large corpus), so the common case —
 * ASCII letters, umlauts and `ß` only — avoids `String.prototype.normalize`.
 *
 * @module
 */

/** Only ASCII, German umlauts and `ß`: folding needs no Unicode normalisation. */
const GERMAN_ONLY = /^[\x00-\x7f\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df]*$/;
const LOWER_UMLAUTS = /[äöüß]/g;
const MATCH_FOLD: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
const SPELLED_FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Folds for matching what people write or type: lowercase, umlauts without
 * dots (`ä` -> `a`), `ß` -> `ss`, every other diacritic removed.
 * `Außenministerium` -> `aussenministerium`, `Pérez` -> `perez`.
 *
 * Used for index and query terms (the analyser), glossary and catalogue keys,
 * autocomplete, and claimant names and aliases.
 */
export function foldForMatching(s: string): string {
  if (GERMAN_ONLY.test(s)) return s.toLowerCase().replace(LOWER_UMLAUTS, (c) => MATCH_FOLD[c]!);
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Outside ASCII after spelling out umlauts: maybe a letter with a diacritic. */
const NON_ASCII = /[^\x00-\x7f]/;
/** A letter other than `a`-`z`, or a combining mark (text in decomposed form). */
const OTHER_LETTER = /[^\P{L}a-z]|\p{M}/u;

/**
 * Folds for rule vocabulary written in ASCII spelling: lowercase, umlauts
 * spelled out (`ä` -> `ae`, `ö` -> `oe`, `ü` -> `ue`), `ß` -> `ss`; a word
 * with other letters outside `a`-`z` (`Pérez`, decomposed umlauts) is also
 * decomposed (NFKD) and stripped of its diacritics. `Verstärkung` ->
 * `verstaerkung`, `dreißig` -> `dreissig`, `zwölf` -> `zwoelf`.
 *
 * Punctuation and symbols are left as they are (`…` stays `…`).
 *
 * Used for figure extraction (its patterns are written `getoetet`,
 * `fuenf`) and for article ids made from file names.
 */
export function foldSpelledOut(s: string): string {
  const f = s.toLowerCase().replace(LOWER_UMLAUTS, (c) => SPELLED_FOLD[c]!);
  if (!NON_ASCII.test(f) || !OTHER_LETTER.test(f)) return f;
  return f.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
