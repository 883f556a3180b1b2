/**
 * Small data lists and text predicates shared by the corpus cleaner and the
 * metadata inference. Everything here is general German news-page vocabulary
 * (line shapes, agencies and function words), not lines of particular
 * articles. Month names, sentence starters and abbreviations come from the
 * German lexicon (`language/de`).
 *
 * @module
 */
import { ABBREVIATIONS_CONTINUE, MONTH_ABBREVIATIONS, MONTH_WORDS } from '../language/de/index.ts';

/**
 * News agencies that may be named as the source of an article, keyed by a
 * lowercase spelling, mapped to the canonical name. Agencies that are usually
 * only *cited* inside articles (KCNA, Yonhap, TASS) are deliberately absent:
 * meta lines naming them are photo credits or citations, not the article's source.
 */
const AGENCY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['dpa', 'dpa'],
  ['dpa-infocom', 'dpa'],
  ['deutsche presse-agentur', 'dpa'],
  ['dpa-afx', 'dpa-AFX'],
  ['afp', 'AFP'],
  ['agence france-presse', 'AFP'],
  ['reuters', 'Reuters'],
  ['thomson reuters', 'Reuters'],
  ['rtr', 'Reuters'],
  ['ap', 'AP'],
  ['associated press', 'AP'],
  ['the associated press', 'AP'],
  ['keystone-sda', 'Keystone-SDA'],
  ['keystone-ats', 'Keystone-ATS'],
  ['sda', 'SDA'],
  ['apa', 'APA'],
  ['kna', 'KNA'],
  ['epd', 'epd'],
  ['dts', 'dts'],
  ['sid', 'SID'],
  ['ddp', 'ddp'],
  ['afx', 'AFX'],
  ['awp', 'AWP'],
  ['ansa', 'ANSA'],
  ['belga', 'Belga'],
  ['anp', 'ANP'],
  ['efe', 'EFE'],
  ['bloomberg', 'Bloomberg'],
]);

/** Canonical agency name for a token (`dpa-infocom` -> `dpa`), or null when it is not an agency. */
export function agencyName(token: string): string | null {
  const t = token
    .trim()
    .replace(/^[([{]+|[)\]}.,;:]+$/g, '')
    .trim();
  if (!t) return null;
  // "AP" is only the agency in capitals; lowercase "ap" is an author code.
  if (t.toLowerCase() === 'ap' && t !== 'AP') return null;
  return AGENCY_ALIASES.get(t.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** All agencies named in a short source string (`gut/AFP`, `dpa und AFP`, `dpa-infocom`). */
export function agenciesIn(text: string): string[] {
  const found: string[] = [];
  const whole = agencyName(text);
  if (whole) return [whole];
  for (const part of text.split(/\s*(?:[/,;|&+]|\bund\b|\band\b)\s*/)) {
    const name = agencyName(part) ?? agencyName(part.replace(/\s+\d{4}$/, ''));
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Words that mark a photo credit rather than an article source. */
export const PHOTO_CREDIT_WORD =
  /\b(?:foto|fotos|photo|photos|bild|bilder|picture[- ]alliance|imago|getty(?:\s+images)?|keystone(?!-sda)|epa(?:-efe)?|pool|shutterstock|istock|photothek|sputnik|via\s+(?:ap|afp|reuters|dpa)|ap\s+photo|kcna)\b/i;

/**
 * Regex source matching a German month name, variant or abbreviation with an
 * optional dot, as date lines write them (`Dezember`, `Dez.`, `Dez`, `Jänner`).
 */
export const MONTH_RE_SOURCE = `(?:${[...MONTH_WORDS, ...Object.keys(MONTH_ABBREVIATIONS)]
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .join('|')})\\.?`;

/** Closing quotes and brackets that may follow sentence-final punctuation. */
const CLOSERS = '"“”»«\'’)\\]';
const SENTENCE_END = new RegExp(`[.!?…][${CLOSERS}]*$`);

/** True when the line ends a sentence: `.`, `!`, `?` or `…`, optionally followed by closing quotes/brackets. */
export function endsSentence(line: string): boolean {
  const t = line.trimEnd();
  if (!SENTENCE_END.test(t)) return false;
  // "Stände & Co." or "Dr." end in an abbreviation, not a sentence.
  const last = /(?:^|\s)(\p{L}{2,8})\.$/u.exec(t)?.[1];
  if (last && ABBREVIATIONS_CONTINUE.has(last)) return false;
  return true;
}

/**
 * Lowercase function words after which a German clause never ends: articles,
 * contracted and other prepositions that are never separable verb particles,
 * subordinating and coordinating conjunctions (`… erst am`, `… seit`, `… und`).
 * Words that can close a clause are deliberately absent: verb particles
 * (`ein`, `an`, `auf`, `aus`, `mit`, `nach`, `vor`, `zu`, `um`, `ab`, `bei`,
 * `durch`, `unter`: `räumt Einsatz ein`) and pronouns (`das`, `einer`, `eines`:
 * `Bern bestreitet das`).
 */
export const MID_CLAUSE_WORDS: ReadonlySet<string> = new Set(
  (
    'der die dem den des einem einen ' +
    'am im vom zum zur beim ins ans aufs ' +
    'seit bis von in für gegen zwischen während wegen trotz ohne innerhalb außerhalb ausserhalb ' +
    'und oder sowie sondern dass weil wenn ob obwohl nachdem bevor sodass als wie ' +
    'seine seinem seinen seiner ihre ihrem ihren diesem diesen'
  ).split(/\s+/),
);

/**
 * True when a line stops in the middle of a clause and must go on in the next
 * line: it ends with a comma, semicolon or dash, leaves a bracket open, or its
 * last word is one of {@link MID_CLAUSE_WORDS}. A colon is not counted (it
 * often introduces a list).
 */
export function endsMidClause(line: string): boolean {
  const t = line.trimEnd();
  if (/[,;–—-]$/.test(t)) return true;
  if ((t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0)) return true;
  const last = /(?:^|\s)(\p{Ll}+)$/u.exec(t)?.[1];
  return !!last && MID_CLAUSE_WORDS.has(last);
}

/** Word count of a line (whitespace-separated tokens containing a letter or digit). */
export function wordCount(line: string): number {
  // the line classifier asks again and again about the same line
  if (line === lastCounted.line) return lastCounted.count;
  const count = countWords(line, Infinity);
  lastCounted = { line, count };
  return count;
}
let lastCounted = { line: '', count: 0 };

const NON_SPACE_RUN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a line (runs of non-space holding a letter or digit), counted up to one more than `cap`. */
function countWords(line: string, cap: number): number {
  let count = 0;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(line); m !== null; m = NON_SPACE_RUN.exec(line)) {
    if (LETTER_OR_DIGIT.test(m[0]) && ++count > cap) break;
  }
  return count;
}

/** `wordCount(line) <= n`, reading only as many words as it takes (a long line is not split). */
export function hasAtMostWords(line: string, n: number): boolean {
  if (line === lastCounted.line) return lastCounted.count <= n;
  return countWords(line, n) <= n;
}

/** True when the line's letters are all capitals (at least 4 letters): `PUTIN DANKT KIM`. */
export function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
