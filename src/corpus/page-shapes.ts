/**
 * Line shapes of news-page furniture that the cleaner recognises beyond the
 * basic ones in `clean.ts`: site navigation and rubric words, skip links,
 * consent buttons, live-blog controls, day separators and entry time stamps,
 * share-price boxes, bank details of donation boxes, engagement counters,
 * summary-box headings, editor codes and author signatures glued to the last
 * sentence. General vocabulary of news pages (German and some English), not
 * lines of particular articles.
 *
 * @module
 */

import { MONTH_RE_SOURCE, wordCount } from './patterns.ts';
import { findDates, type DateHit } from './dates.ts';
import { monthOf } from '../language/de/index.ts';

/**
 * Names of site sections (rubrics) and generic navigation entries. A line made
 * only of these, above the text, is navigation: never a title or kicker.
 */
const RUBRIC_WORDS: ReadonlySet<string> = new Set(
  (
    'startseite home homepage news nachrichten aktuell aktuelles neueste politik inland ausland international ' +
    'welt deutschland österreich oesterreich schweiz europa wirtschaft finanzen börse boerse aktien märkte maerkte ' +
    'unternehmen geld panorama chronik gesellschaft leben kultur sport wissen wissenschaft digital technik tech ' +
    'gesundheit reise mobilität auto meinung kommentare debatte analyse hintergrund region regional regionales ' +
    'lokal lokales bundesländer bundeslaender community video videos podcast podcasts audio bilder fotos ' +
    'menü menue menu suche navigation service themen ressorts top topthemen ticker liveblog liveticker ' +
    'newsblog live eilmeldung breaking exklusiv plus premium e-paper epaper wetter verkehr klima umwelt karriere ' +
    'bildung medien leute people unterhaltung lifestyle stars royals web vermischtes magazin zeitgeschehen ' +
    'nachrichtenticker newsticker ratgeber verbraucher immobilien krypto konjunktur branchen versicherungen ' +
    'fonds etf etfs devisen rohstoffe anleihen zertifikate'
  ).split(/\s+/),
);

/** Whether a line is nothing but rubric or navigation words (`Politik`, `News`, `Ausland`, `Aktien`). */
export function isRubricLine(t: string): boolean {
  const words = t
    .replace(/[›»>|/·•]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => RUBRIC_WORDS.has(w.toLowerCase().replace(/[:.,]$/, '')));
}

/** Skip links, consent buttons and banners, live-blog controls: UI text, never content. */
const UI_CONTROL =
  /^(?:zum\s+(?:haupt)?inhalt(?:\s+springen)?|direkt\s+zum\s+inhalt|zur\s+navigation|navigation\s+(?:überspringen|ueberspringen|öffnen|schließen)|menü\s+(?:öffnen|schließen)|suche\s+(?:öffnen|schließen)|(?:alle\s+)?(?:akzeptieren|ablehnen)|(?:alle\s+)?cookies\s+(?:akzeptieren|ablehnen|zulassen)|akzeptieren\s+und\s+(?:weiter|schließen)|zustimmen(?:\s+und\s+weiter)?|einverstanden|einstellungen(?:\s+verwalten)?|auswahl\s+(?:speichern|bestätigen)|nur\s+(?:notwendige|essenzielle)\s+cookies(?:\s+akzeptieren)?|(?:datenschutz|privatsphäre|privatsphaere|cookie)-?einstellungen|(?:live(?:blog|ticker)|newsblog|ticker|seite)?\s*aktualisieren|(?:neueste|älteste|aelteste|neuste)\s+(?:zuerst|oben|einträge\s+zuerst)|automatisch\s+aktualisieren|(?:\d+\s+)?neue[rn]?\s+(?:einträge?|eintraege?|beiträge?|beitraege?|meldungen?)(?:\s+anzeigen)?|alle\s+(?:einträge|beiträge)(?:\s+anzeigen)?|kommentare|kommentieren|liveblog|liveticker|newsblog|live-?ticker|live|ticker|highlights|chronologisch|zum\s+(?:liveblog|newsblog|liveticker|ticker)\b.{0,40}|zur(?:ück|ueck)\s+zum\s+(?:liveblog|newsblog|ticker|artikel)|(?:audio|video|podcast|mp3)\s+(?:herunterladen|download|speichern)\b.{0,40}|(?:postings|kommentare|reaktionen|shares|likes|aufrufe|views)\s*:?\s*\d[\d.']*|\d[\d.']*\s+(?:postings|mal\s+gelesen|aufrufe)|(?:logo|icon|symbol)(?:\s*:)?(?:\s+[\p{L}-]+){0,2})$/iu;

/** Whether a line is UI text: a skip link, consent button, live-blog control, download link or counter. */
export function isUiControl(t: string): boolean {
  return t.length <= 80 && UI_CONTROL.test(t);
}

/** A line naming the page's own brand, `<Name> Plus Logo`, `Krone Plus`-style badges. */
export function isBadge(t: string): boolean {
  return /^[\p{Lu}][\p{L}.-]{1,20}(?:\s+[\p{Lu}][\p{L}.-]{1,20})?\s+(?:plus|premium|pur|\+)(?:\s+logo)?$/iu.test(t);
}

/** Bank details of a donation box: `IBAN: DE12 3705 …`. */
export function hasBankDetails(t: string): boolean {
  return /\bIBAN\b\s*:?\s*[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,}/.test(t) || /\b(?:BIC|SWIFT)\s*:\s*[A-Z]{6}[A-Z0-9]{2,5}\b/.test(t);
}

/** A row of a share-price box: `Beispiel AG 187,40 EUR -2,30%`. */
export function isPriceLine(t: string): boolean {
  return /%\s*$/.test(t) && /\d(?:[\d.']*)(?:,\d+)?\s*(?:EUR|USD|CHF|GBP|JPY|€|\$|Pkt\.?|Punkte)\s*[+\-−±]?\s*\d+(?:[.,]\d+)?\s*%\s*$/.test(t) && wordCount(t) <= 10;
}

/** A promotion for the outlet's newsletter, app or subscription, in running words. */
export function isNewsletterPromotion(t: string): boolean {
  if (!/newsletter|postfach|mailbox|inbox|posteingang|e-?mail/i.test(t) || wordCount(t) > 40) return false;
  // Addressed to the reader's inbox: `… kommt jeden Morgen in Ihr Postfach`, `… in Ihrer Mailbox`.
  const inbox = /\b(?:in|ins)\s+ihr(?:e|em|er|en)?\s+(?:e-?mail-?)?(?:postfach|mailbox|inbox|posteingang)\b|\bper\s+e-?mail\s+(?:in\s+ihr|erhalten|abonnieren)|\b(?:kostenlos|gratis)\s+per\s+e-?mail\b/i.test(t);
  const newsletter = /newsletter/i.test(t);
  const call = /abonnieren|anmelden|registrieren|kostenlos|gratis|nichts\s+(?:mehr\s+)?verpassen|jeden\s+(?:morgen|abend|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|per\s+e-?mail/i.test(t);
  return inbox || (newsletter && call);
}

/** A promotion for a paid subscription (`Jetzt testen: alle Artikel für 1 Euro im ersten Monat`). */
export function isSubscriptionPromotion(t: string): boolean {
  return (
    /\b\d+(?:,\d+)?\s*(?:euro|€|franken|chf)\b/i.test(t) &&
    wordCount(t) <= 20 &&
    /\b(?:abo|abonnement|abonnieren|probeabo|digitalabo|plus|alle\s+artikel|zugang)\b/i.test(t) &&
    /\b\d+(?:,\d+)?\s*(?:euro|€|franken|chf)\b/i.test(t) &&
    /\b(?:jetzt|gratis|testen|im\s+ersten\s+monat|für\s+nur)\b/i.test(t)
  );
}

/** The heading of an outlet's own summary box: quotable text follows, ranked after the body. */
const SUMMARY_HEADING =
  /^(?:auf\s+einen\s+blick|zusammenfassung|zusammengefasst|das\s+wichtigste\s+(?:in\s+k(?:ü|ue)rze|im\s+(?:ü|ue)berblick|zuerst)|das\s+wichtigste|kurz\s+(?:zusammengefasst|gesagt|erkl(?:ä|ae)rt|gefasst)|in\s+k(?:ü|ue)rze|darum\s+geht'?s|die\s+wichtigsten\s+(?:fakten|punkte|infos|informationen|entwicklungen)(?:\s+im\s+(?:ü|ue)berblick)?|thema\s+in\s+kurzform|key\s+facts|tl;?dr)\s*:?$/i;

/** Whether a heading opens the outlet's own summary box (`Auf einen Blick`, `Das Wichtigste in Kürze`). */
export function isSummaryHeading(t: string): boolean {
  return SUMMARY_HEADING.test(t.trim());
}

/** Editor and desk codes glued after the last sentence: `…getötet./xx/DP/yy`, `…zugesagt./stw/ngu/jha`. */
const EDITOR_CODES = /([.!?…]["“”»«'’)]*)\s*((?:\/[A-Za-z]{1,4}){2,6}\/?)\s*$/;

/**
 * Editor codes at the end of a paragraph. Returns the offset where the codes
 * start (just after the sentence's final punctuation) and the codes, or null.
 */
export function matchEditorCodes(paragraph: string): { start: number; text: string } | null {
  if (!/\/[A-Za-z]{1,4}\/?\s*$/.test(paragraph)) return null;
  const m = EDITOR_CODES.exec(paragraph);
  if (!m) return null;
  const start = m.index + m[1]!.length;
  return { start, text: paragraph.slice(start).trim() };
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const SIGNATURE = new RegExp(String.raw`\s*\((${NAME_WORD}(?:\s+(?:von|van|de|der|zu)?\s*${NAME_WORD}){1,3})\s*,\s*([^()]{4,40})\)\s*$`, 'u');

/**
 * An author's signature closing the last paragraph: `(Regina Muster,
 * 16.1.2025)`. Returns where it starts, the name and the date it gives.
 */
export function matchSignature(paragraph: string): { start: number; text: string; name: string; dates: DateHit[] } | null {
  if (!/\d\)\s*$/.test(paragraph)) return null;
  const m = SIGNATURE.exec(paragraph);
  if (!m) return null;
  const dates = findDates(m[2]!);
  const d = dates[0];
  if (dates.length !== 1 || !d || d.start !== 0 || d.end < m[2]!.trim().length) return null;
  return { start: m.index, text: m[0].trim(), name: m[1]!, dates: [{ ...d, role: 'unlabelled' }] };
}

/** Weekday names as day separators write them. */
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\\.?';
const DAY_SEPARATOR = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:den\\s+)?(\\d{1,2})\\.\\s*(${MONTH_RE_SOURCE})(?:\\s+(\\d{4}))?$`, 'u');
const DAY_SEPARATOR_NUMERIC = new RegExp(`^${WEEKDAY},?\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?$`, 'u');

/**
 * A live blog's day separator: `Mittwoch, 9. Juli`, `Di., 8. Juli 2025`,
 * `Montag, 17.02.`. Returns the day and month, and the year when written.
 */
export function matchDaySeparator(t: string): { day: number; month: number; year: number | null } | null {
  const m = DAY_SEPARATOR.exec(t.trim());
  if (m) {
    const month = monthOf(m[2]!.replace(/\.$/, ''));
    if (!month) return null;
    return { day: Number(m[1]), month, year: m[3] ? Number(m[3]) : null };
  }
  const n = DAY_SEPARATOR_NUMERIC.exec(t.trim());
  if (n && Number(n[2]) >= 1 && Number(n[2]) <= 12) return { day: Number(n[1]), month: Number(n[2]), year: n[3] ? Number(n[3]) : null };
  return null;
}

/** A clock time as live blogs stamp entries. */
export interface TimeStamp {
  /** `HH:MM`. */
  clock: string;
  /** The stamp as written. */
  text: string;
  /** Length of the stamp with the separator and spaces after it (the text after it is the entry's). */
  length: number;
  /** Text following the stamp on the same line (`Kundgebung beendet`), without a closing `+++`. */
  rest: string;
}

const STAMP = /^(\+{2,3}\s*)?(\d{1,2})(?:[:.](\d{2}))?(\s*Uhr\b)?/u;

/**
 * A live-blog time stamp at the start of a line: `14:32 Uhr`, `14.32 Uhr:`,
 * `2 Uhr:`, `+++ 18:40 Uhr: Kundgebung beendet +++`, `+++ 14:26 Land …
 * +++`. A bare `14:32` counts only alone on its line or inside `+++`; an
 * hour without minutes only with `Uhr`. Never a date (`14.03.2025`).
 */
export function matchTimeStamp(line: string): TimeStamp | null {
  const t = line.trim();
  const m = STAMP.exec(t);
  if (!m) return null;
  const plus = !!m[1];
  const hour = Number(m[2]);
  const minute = m[3] === undefined ? 0 : Number(m[3]);
  const uhr = !!m[4];
  if (hour > 23 || minute > 59) return null;
  if (m[3] === undefined && !uhr) return null;
  const after = t.slice(m[0].length);
  // `14.03.2025` or `14.30-Uhr-Zug`: not a stamp.
  if (/^[.\d-]/.test(after) && !/^\s/.test(after) && after !== '') return null;
  const sep = /^\s*(?:[:|–—-]\s*|\+{2,3}\s*)?/.exec(after)![0];
  let rest = after.slice(sep.length);
  const closing = /\s*\+{2,3}\s*$/.exec(rest);
  if (closing) rest = rest.slice(0, closing.index);
  if (!rest) {
    if (!uhr && !plus && m[3] === undefined) return null;
  } else {
    // A stamp before text: `14:32 Uhr: Die Polizei …`, `+++ 14:26 Land Berlin … +++`.
    if (!uhr && !plus) return null;
    if (!/^[\p{Lu}„"«»‚'(\d]/u.test(rest)) return null;
  }
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const leading = line.length - line.trimStart().length;
  return { clock, text: m[0].trim(), length: leading + m[0].length + sep.length, rest };
}

/** A line that says the live blog ends or pauses (`Wir beenden den Liveblog für heute`): an editorial note. */
export function isLiveBlogNote(t: string): boolean {
  if (!/blog|ticker|vielen\s+dank/i.test(t)) return false;
  const n = wordCount(t);
  return (
    (n <= 12 &&
      (/\b(?:beenden|schließen|schliessen|pausieren|unterbrechen)\s+(?:den|unseren|diesen|hiermit\s+den)\s+(?:live-?blog|newsblog|live-?ticker|ticker)\b/i.test(t) ||
        /\b(?:live-?blog|newsblog|live-?ticker|ticker)\b.{0,40}\b(?:endet|beendet|geht\s+(?:morgen|weiter)|wird\s+(?:morgen|fortgesetzt))/i.test(t))) ||
    (n <= 25 && /^vielen\s+dank\s+f(?:ü|ue)r(?:s|\s+ihr(?:e)?)\s+(?:interesse|aufmerksamkeit|mitlesen)\b/i.test(t))
  );
}
