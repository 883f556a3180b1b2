/**
 * Recognisers for the non-article lines of a pasted news page that carry
 * metadata: date lines, source lines (`Quelle: ntv.de, gut/AFP`), copyright
 * lines, bylines, URL lines, datelines (`Seoul (Reuters) - `) and closing
 * agency tags (`(jal/dpa)`). Each returns the signals the line gives, never
 * more than it says.
 *
 * @module
 */

import { findDates, type DateHit } from './dates.ts';
import { SENTENCE_STARTERS } from '../language/de/index.ts';
import { MONTH_RE_SOURCE, PHOTO_CREDIT_WORD, agenciesIn, agencyName, wordCount } from './patterns.ts';

/** What kind of metadata line a line is. */
export type MetaKind = 'date' | 'source' | 'copyright' | 'byline' | 'url';

/** Words that say a line's clock time is an update or the page's state, not a date. */
const TIME_ONLY = /^(?:stand|aktualisiert|update|updated|zuletzt\s+aktualisiert|letzte\s+aktualisierung|publiziert|veröffentlicht|veroeffentlicht|erstellt)\s*(?::|am|um)?\s*(?:(?:heute|gestern)\s*,?\s*)?(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?$/i;

/** A reading-time note inside a byline or date line: `Lesedauer: 3 Min.`, `2 Min. Lesezeit`. */
const READING_TIME = /(?:(?:lesedauer|lesezeit)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*(?:lesedauer|lesezeit))/gi;

/** Labels of a republication or aggregator byline (`Ein Artikel von`, `Story by`, `Geschichte von`). */
const BYLINE_LABEL = /^(?:ein\s+(?:artikel|bericht|beitrag|text)\s+(?:von|aus)|story\s+by|geschichte\s+von|artikel\s+von|bericht\s+von|beitrag\s+von)\s*:?$/i;

/** Whether a line is only a byline label (`Ein Artikel von`), with the name on the next line. */
export function isBylineLabel(t: string): boolean {
  return BYLINE_LABEL.test(t.trim());
}

/** A line recognised as metadata, with the signals it gives. */
export interface MetaLine {
  kind: MetaKind;
  /** Why the cleaner drops it (`date line`, `source line`, ...). */
  reason: string;
  /** Dates written in the line, offsets relative to the trimmed line. */
  dates: DateHit[];
  /** The outlet the line names as the article's publisher, if any. */
  outlet: string | null;
  /** Agencies the line names as the article's source. */
  agencies: string[];
  /** The article's own address, when the line is just a URL. */
  url: string | null;
  /** True when the line is a photo credit/copyright (gives no article source). */
  photo: boolean;
}

const SOURCE_LABEL = /^(?:quelle|quellen|source|sources)\s*:\s*/i;
const MATERIAL = /^mit\s+material\s+(?:von|der|des)\b\s*(.*)$/i;
const COPYRIGHT_AT = /(?:\(c\)|©|\bcopyright\b)/i;
const URL_LINE = /^(?:(?:url|link|quelle|source)\s*:\s*)?<?(https?:\/\/[^\s<>]+?)>?$/i;
/**
 * A broadcaster's note on when the text went out: `Diese Nachricht wurde am
 * 28.04.2025 im Programm Deutschlandfunk gesendet.`, `Über dieses Thema
 * berichtete BR24 am 05.11.2024 um 14:00 Uhr.`
 */
const BROADCAST_NOTE =
  /^(?:(?:diese[rs]?|der)\s+(?:nachricht|meldung|beitrag|sendung|text)\s+wurde\s+(.{4,40}?)\s+im\s+(?:radio|fernseh)?programm\s+(?:von\s+)?(.{2,40}?)\s+(?:gesendet|ausgestrahlt)(?:\s+und\s+online\s+gestellt)?|(?:über|ueber)\s+dieses\s+thema\s+berichtet(?:e)?\s*:?\s+(.{2,40}?)\s+(am\s+.{4,40}))\.?$/i;

const META_WORDS = new Set(
  (
    'stand publiziert veröffentlicht veroeffentlicht aktualisiert update updated erstellt geändert geaendert zuletzt erschienen ' +
    'datum date am um uhr artikel anhören anhoeren vorlesen lesezeit lesedauer min minuten minute audio letzte änderung ' +
    'heute gestern vor stunden stunde tagen tag published posted on at mez mesz cet cest ca von ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so'
  ).split(/\s+/),
);

/**
 * Recognise a metadata line. `text` is the trimmed line. Returns null for
 * anything that reads as article text.
 */
export function analyzeMetaLine(text: string): MetaLine | null {
  const t = text.trim();
  if (!t || t.length > 320) return null;
  const base = { dates: [] as DateHit[], outlet: null, agencies: [] as string[], url: null, photo: false };

  const url = URL_LINE.exec(t);
  if (url) return { ...base, kind: 'url', reason: 'address line', url: url[1]! };

  if (SOURCE_LABEL.test(t)) {
    const value = t.replace(SOURCE_LABEL, '');
    return { ...base, kind: 'source', reason: 'source line', ...parseSourceValue(value) };
  }
  const material = MATERIAL.exec(t);
  if (material && wordCount(t) <= 14) {
    return { ...base, kind: 'source', reason: 'source line', agencies: agenciesIn(material[1]!.replace(/\bnachrichtenagentur(?:en)?\b/gi, '')) };
  }
  if (/^(?:\(c\)|©|copyright\b)/i.test(t) && wordCount(t) <= 25) {
    return { ...base, kind: 'copyright', reason: 'copyright line', ...parseCopyright(t) };
  }
  if (/^alle rechte vorbehalten\.?$|^all rights reserved\.?$/i.test(t)) {
    return { ...base, kind: 'copyright', reason: 'copyright line' };
  }
  if (TIME_ONLY.test(t)) return { ...base, kind: 'date', reason: 'update time' };
  const programme = PROGRAMME_NOTE.exec(t);
  if (programme) {
    const parts = programme[1]!.split(/\s*\|\s*/).filter(Boolean);
    const dates = findDates(programme[1]!).map((d) => ({ ...d, role: 'broadcast' as const }));
    const names = parts.filter((x) => findDates(x).length === 0 && !/^\d{1,2}[:.]\d{2}(?:\s*uhr)?$/i.test(x));
    const name = names.at(-1) ?? null;
    const outlet = name && (looksLikeOutlet(name) || /^[\p{L}\d][\p{L}\d.&-]{1,30}$/u.test(name)) ? name : null;
    return { ...base, kind: 'date', reason: 'broadcast note', dates, outlet };
  }
  const credit = parseCreditLine(t);
  if (credit) return { ...base, kind: 'source', reason: 'credit line', ...credit };
  const signed = parseSignedSourceLine(t);
  if (signed) return { ...base, kind: 'source', reason: 'source line', ...signed };
  const aggregator = parseAggregatorHeader(t);
  if (aggregator) return { ...base, kind: aggregator.dates.length ? 'date' : 'byline', reason: 'aggregator header', ...aggregator };
  const dated = parseDatedByline(t);
  if (dated) return { ...base, kind: 'date', reason: 'byline with date', ...dated };
  const note = BROADCAST_NOTE.exec(t);
  if (note) {
    const dates = findDates(t).map((d) => ({ ...d, role: 'published' as const }));
    const outlet = (note[2] ?? note[3] ?? '').trim();
    if (dates.length) return { ...base, kind: 'date', reason: 'broadcast note', dates, outlet: looksLikeOutlet(outlet) ? outlet : null };
  }
  const byline = parseByline(t);
  if (byline) {
    // `Von Max Muster | Stand: 28.04.2025` is a byline and a date line at once.
    const dates = findDates(t);
    return dates.length
      ? { ...base, kind: 'date', reason: 'date line', dates, ...byline }
      : { ...base, kind: 'byline', reason: 'byline', ...byline };
  }

  // Date lines: dates plus meta words, optionally followed by a source or copyright tail.
  const tailAt = firstIndex(t, [/\b(?:quelle|source)\s*:/i, COPYRIGHT_AT]);
  const head = tailAt >= 0 ? t.slice(0, tailAt) : t;
  const tail = tailAt >= 0 ? t.slice(tailAt) : '';
  if (/^\d{1,2}[:.]\d{2}(?:\s*uhr)?$/i.test(t)) return { ...base, kind: 'date', reason: 'timestamp' };
  // A date line has at most 15 words before its date or at most two words besides dates and date
  // vocabulary: a long line of running text never is one (and reading its dates is the costly part).
  if ((!/\d/.test(head) && !/^(?:heute|gestern)\b/i.test(head)) || wordCount(head) > 40) return null;
  // A sentence of more than eight words is never a date line, whatever its dates (see below): skip reading them.
  const sentenceEnd = /[.!?]["“”»«]?\s*$/.test(head.trim());
  if (sentenceEnd && wordCount(head) > 8) return null;
  const dates = findDates(head);
  if (dates.length === 0 && !/^(?:heute|gestern|vor\s+\d+\s+(?:minuten|stunden|tagen))\b/i.test(head)) return null;
  if (readsAsRunningText(head, dates)) return null;
  let rest = head;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const leftover = rest
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[\s|·•,;:()/–—-]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .filter((w) => !META_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  // A line led by a full date (`28.04.2025, 10.15 Uhr • aus DER SPIEGEL 18/2025`) is a date line too.
  const lead = head.slice(0, dates[0]?.start ?? 0).split(/[\s|·•,;:()/–—-]+/).filter((w) => w && !META_WORDS.has(w.toLowerCase()));
  const dateLed = !!dates[0] && dates[0].precision !== 'year' && lead.length === 0 && wordCount(head) <= 15 && !sentenceEnd;
  if (!dateLed && leftover.length > 2) return null;
  const signals = tail ? (SOURCE_LABEL.test(tail.replace(/^\s+/, '')) ? parseSourceValue(tail.replace(/^\s*\S+\s*:\s*/, '')) : parseCopyright(tail)) : {};
  // `dpa-AFX · 13.03.2025, 08:45 Uhr`: an agency named beside the date is the text's source.
  const tokens = rest
    .split(/[\s|·•,;:()/–—]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .filter((w) => !META_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  const named = !tail && tokens.length ? tokens.map((w) => agencyName(w)).filter((a): a is string => !!a) : [];
  const agencies = named.length && named.length === tokens.length ? [...new Set(named)] : [];
  return { ...base, kind: 'date', reason: 'date line', dates, ...(agencies.length ? { agencies } : {}), ...signals };
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** Prepositions date lines put before a date (`Ausgabe vom 4. Dezember 2024`, `Erschienen im Juni 2025`). */
const DATE_PREPOSITIONS = new Set(['vom', 'im', 'am', 'um', 'ab']);

/**
 * Whether a line with dates reads as running text rather than as a date line:
 * - it closes a bracket or quote it never opened (the tail of `(APA,
 *   27.6.2025)` or of a quotation broken over two lines);
 * - a date is joined to a lowercase word with nothing between them (`27. März
 *   2025 die Truppen`, `am 14.07.2024 den`, `Euro seit April 2023`);
 * - it holds three or more lowercase words besides dates and date vocabulary
 *   (`März 2025 in Brüssel, als die Minister …`), or any when it starts in
 *   lowercase (`gestern knapp.`).
 * Date lines set off what follows the date (`28.04.2025, 10.15 Uhr • aus DER SPIEGEL`).
 */
function readsAsRunningText(head: string, dates: DateHit[]): boolean {
  if (count(head, /\)/g) > count(head, /\(/g)) return true;
  if (count(head, /"/g) % 2 === 1 || count(head, /[„“”]/g) % 2 === 1 || count(head, /[«»]/g) % 2 === 1) return true;
  const isMeta = (w: string): boolean => META_WORDS.has(w.toLowerCase().replace(/\.$/, ''));
  for (const d of dates) {
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(head.slice(d.end))?.[1];
    const before = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+$/u.exec(head.slice(0, d.start))?.[1];
    if ((next && !isMeta(next)) || (before && !isMeta(before) && !DATE_PREPOSITIONS.has(before))) return true;
  }
  let rest = head;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  // Agency names written in lowercase (`dpa-AFX · 13.03.2025`) are not running text.
  const words = rest
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[\s|·•,;:()/–—]+/)
    .filter((w) => w && !agencyName(w));
  const lowercase = words.flatMap((w) => w.split('-')).filter((w) => /^\p{Ll}/u.test(w) && !isMeta(w));
  const first = head.trimStart().split(/[\s|·•,;:()/–—]+/)[0] ?? '';
  return lowercase.length >= (/^\p{Ll}/u.test(first) && !agencyName(first) ? 1 : 3);
}

function firstIndex(s: string, res: RegExp[]): number {
  let best = -1;
  for (const re of res) {
    const m = re.exec(s);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** `Dieses Thema im Programm: Das Erste | tagesschau | 12.03.2025 | 20:00 Uhr`: when the programme aired the story. */
const PROGRAMME_NOTE = /^(?:dieses|das)\s+thema\s+im\s+programm\s*:\s*(.+)$/i;

/** Tokens of a list of agencies and author codes (`sda/dpa/brum`, `red, APA`). */
function codeTokens(s: string): string[] {
  return s
    .replace(/^\(|\)$/g, '')
    .split(/\s*[/,;&|+]\s*|\s+und\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

const isCode = (x: string): boolean => /^[a-zäöü]{2,5}$/.test(x);

/**
 * A credit line of initials and sources: `red, ORF.at/Agenturen`, `red,
 * APA`, `mst, Keystone-SDA`: an editor's code, then the outlet's domain
 * and the agencies the text draws on.
 */
function parseCreditLine(t: string): { outlet: string | null; agencies: string[] } | null {
  const m = /^((?:red|[a-zäöü]{2,4})(?:\s*[/,]\s*[a-zäöü]{2,4})*)\s*,\s*(.{2,60})$/u.exec(t);
  if (!m || wordCount(t) > 8) return null;
  const tokens = codeTokens(m[2]!);
  let outlet: string | null = null;
  const agencies: string[] = [];
  for (const x of tokens) {
    const a = agencyName(x);
    if (a) {
      if (!agencies.includes(a)) agencies.push(a);
    } else if (/^agentur(?:en)?$/i.test(x) || isCode(x)) {
      continue;
    } else if (!outlet && /^(?:www\.)?[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.[a-z]{2,}$/iu.test(x)) {
      outlet = x;
    } else {
      return null;
    }
  }
  return outlet || agencies.length ? { outlet, agencies } : null;
}

/**
 * A source line signed with agency codes after a semicolon or bar:
 * `SRF 4 News, 12.03.2025, 17:00 Uhr ; sda/dpa/abc`. The programme and its
 * air time are not the article's outlet and publication date (the page's own
 * lines say those); the codes name the agencies.
 */
function parseSignedSourceLine(t: string): { outlet: null; agencies: string[]; dates: DateHit[] } | null {
  if (!/[;|]/.test(t)) return null;
  const m = /^(.{2,80}?)\s*[;|]\s*([^;|]{2,40})$/.exec(t);
  if (!m || wordCount(t) > 14) return null;
  const tokens = codeTokens(m[2]!);
  if (tokens.length === 0 || !tokens.every((x) => agencyName(x) || isCode(x))) return null;
  const agencies = agenciesIn(m[2]!);
  if (!agencies.length) return null;
  const dates = findDates(m[1]!);
  if (!dates.length || /[.!?]$/.test(m[1]!)) return null;
  return { outlet: null, agencies, dates: dates.map((d) => ({ ...d, role: 'broadcast' as const })) };
}

/**
 * An aggregator's header naming the outlet whose article it republishes:
 * `by Kurier · 12.03.2025, 14:05 · from MSN`, `Story by Keystone-SDA • vor 3
 * Std.`, `Geschichte von t-online • 2 Min. Lesezeit`. The outlet is the one
 * after `by`/`von`; the site after `from`/`via` is the aggregator, not the
 * outlet.
 */
function parseAggregatorHeader(t: string): { outlet: string | null; agencies: string[]; dates: DateHit[] } | null {
  if (!/^(?:(?:story|article|geschichte|artikel|bericht|beitrag)\s+)?(?:by|von)\s/i.test(t) || wordCount(t) > 25 || /[.!?]$/.test(t.replace(READING_TIME, '').replace(/\b(?:std|min)\.$/i, '').trim())) return null;
  const segments = t.split(/\s+[•·|]\s+|\s+[–—]\s+/);
  const by = /^(?:(?:story|article|geschichte|artikel|bericht|beitrag)\s+)?(?:by|von)\s+(.{2,40})$/i;
  const from = /^(?:from|via|aus|auf|bei|gefunden\s+(?:auf|bei))\s+(.{2,40})$/i;
  const first = by.exec(segments[0]!.trim());
  if (!first) return null;
  const labelled = /^(?:story|article|geschichte|artikel|bericht|beitrag)\s/i.test(segments[0]!.trim());
  const hasFrom = segments.some((x) => from.test(x.trim()));
  if (!labelled && !hasFrom) return null;
  const rest = segments.slice(1).map((x) => x.trim());
  const dates: DateHit[] = [];
  for (const x of rest) {
    if (from.test(x) || READING_TIME.test(x) || /^vor\s+\d+\s*\p{L}+\.?$/iu.test(x) || /^\d+\s*(?:std|min|h|tag|tage)\.?$/i.test(x)) {
      READING_TIME.lastIndex = 0;
      continue;
    }
    READING_TIME.lastIndex = 0;
    const d = findDates(x);
    if (d.length) {
      dates.push(...d.map((h) => ({ ...h, role: 'published' as const })));
      continue;
    }
    return null;
  }
  const name = first[1]!.trim();
  const agencies = agenciesIn(name);
  if (agencies.length) return { outlet: null, agencies, dates };
  return looksLikeOutlet(name) ? { outlet: name, agencies: [], dates } : null;
}

/**
 * A byline that also carries the date (and perhaps a reading time): `Von afp
 * 12.03.2025 - 14:05 Uhr Lesedauer: 3 Min.`, `Von Max Muster 12.03.2025,
 * 08:00 Uhr`. The byline is read without the dates.
 */
function parseDatedByline(t: string): { outlet: string | null; agencies: string[]; dates: DateHit[] } | null {
  if (!/^(?:von|by)\s/i.test(t) || wordCount(t) > 20) return null;
  const dates = findDates(t);
  if (!dates.length) return null;
  let rest = t;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest
    .replace(READING_TIME, ' ')
    .replace(/\b(?:uhr|am|um|aktualisiert|stand|veröffentlicht|publiziert)\b:?/gi, ' ')
    .replace(/\s*[|·•,–—-]\s*(?=[|·•,–—-]|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s|·•,–—-]+$/, '');
  const byline = parseByline(rest);
  return byline ? { ...byline, dates } : null;
}

/** Parse the value of a `Quelle:` line: `ntv.de, gut/AFP`, `dpa`, `(c) Copyright Thomson Reuters 2025`. */
export function parseSourceValue(value: string): { outlet: string | null; agencies: string[]; photo: boolean } {
  const v = value.trim();
  if (COPYRIGHT_AT.test(v)) return parseCopyright(v);
  if (PHOTO_CREDIT_WORD.test(v) && !agencyName(v)) return { outlet: null, agencies: [], photo: true };
  let outlet: string | null = null;
  const agencies: string[] = [];
  for (const item of v.split(/\s*[,;]\s*|\s+(?:und|and)\s+/)) {
    const clean = item.replace(/[.)\]]+$/, '').replace(/^[([]+/, '').trim();
    if (!clean) continue;
    const found = agenciesIn(clean);
    if (found.length) {
      for (const a of found) if (!agencies.includes(a)) agencies.push(a);
      continue;
    }
    if (!outlet && looksLikeOutlet(clean)) outlet = clean;
  }
  return { outlet, agencies, photo: false };
}

/** A publication name: a domain (`ntv.de`) or a short capitalised name (`Neue Zürcher Zeitung`). */
function looksLikeOutlet(s: string): boolean {
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(s)) return true;
  if (/^[a-zäöü]{1,4}$/.test(s)) return false; // author code like "gut"
  if (/^[a-z][a-z0-9]*-[a-z0-9-]{2,}$/.test(s)) return true; // a lowercase brand: `t-online`, `n-tv`
  if (/https?:|@/.test(s)) return false;
  const words = s.split(/\s+/);
  return words.length <= 5 && /^[\p{Lu}\d]/u.test(s) && !/[.!?]$/.test(s);
}

/** Parse a copyright notice: `(c) Copyright Thomson Reuters 2025. Click ...`, `© dpa-infocom, dpa:...`. */
export function parseCopyright(text: string): { outlet: string | null; agencies: string[]; photo: boolean } {
  const at = text.search(COPYRIGHT_AT);
  let s = at >= 0 ? text.slice(at) : text;
  for (;;) {
    const next = s.replace(/^\s*(?:\(c\)|©|copyright\b)\s*/i, '').replace(/^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*/, '');
    if (next === s) break;
    s = next;
  }
  const holder = s
    .split(/\s+[-–|]\s+|[,;|(]|\.(?:\s|$)/)[0]!
    .replace(/\s+(?:19|20)\d{2}\s*$/, '')
    .replace(/\s+(?:AG|GmbH|Ltd\.?|Inc\.?|SA|S\.A\.)\s*$/i, '')
    .replace(/\s*(?:alle rechte vorbehalten|all rights reserved).*$/i, '')
    .trim();
  if (!holder) return { outlet: null, agencies: [], photo: false };
  const agencies = agenciesIn(holder);
  // `© APA/AFP/Marco Porcu`: agencies plus a photographer's name is a photo credit.
  const parts = holder.split(/\s*\/\s*/);
  if (parts.length >= 2 && parts.some((x) => /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+$/u.test(x) && !agenciesIn(x).length)) {
    return { outlet: null, agencies: [], photo: true };
  }
  if (agencies.length) {
    // `© SZ/dpa/saul`: an outlet's initials or domain beside the agency (never a photographer's name)
    const outlet = holder.split(/\s*\/\s*/).find((t) => !agenciesIn(t).length && (/^\p{Lu}{2,6}$/u.test(t) || /^[a-z0-9-]+\.[a-z]{2,}$/i.test(t)));
    return { outlet: outlet ?? null, agencies, photo: false };
  }
  if (PHOTO_CREDIT_WORD.test(holder) || holder.includes('/')) return { outlet: null, agencies: [], photo: true };
  return { outlet: looksLikeOutlet(holder) ? holder : null, agencies: [], photo: false };
}

const NAME = String.raw`(?:(?:Dr\.|Prof\.)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|de|der|zu)?\s*\p{Lu}[\p{L}'’.-]*){0,3}`;
const VON_BYLINE = new RegExp(
  String.raw`^(?:[Vv]on:?|By|Text:?|Autor(?:in)?:|Ein\s+(?:Artikel|Bericht|Kommentar|Gastbeitrag)\s+von)\s+${NAME}(?:\s*(?:,|und|&)\s*${NAME})*` +
    String.raw`(?:\s*(?:,|\||/|–|-)\s*(.{1,60})|\s*\(([^()]{1,40})\))?$`,
  'u',
);

/** Bylines: `Von Max Muster, tagesschau.de`, `Keystone-SDA`, `dpa/AFP`, `Autorin: Erika Muster`. */
function parseByline(t: string): { outlet: string | null; agencies: string[] } | null {
  // A line that is only agency names and author codes: "Keystone-SDA", "(dpa)", "sda/dpa/jal".
  const tokens = t.replace(/^\(|\)$/g, '').split(/\s*[/,;&|]\s*|\s+und\s+/);
  if (tokens.length <= 5 && tokens.every((x) => agencyName(x) || /^[a-zäöü]{2,4}$/.test(x))) {
    const agencies = agenciesIn(t.replace(/^\(|\)$/g, ''));
    if (agencies.length) return { outlet: null, agencies };
  }
  // `Von afp`, `By Reuters`: an agency named in lowercase after the byline word.
  const agencyOnly = /^(?:von|by)\s+(.{2,40})$/i.exec(t);
  if (agencyOnly) {
    const tokens = codeTokens(agencyOnly[1]!);
    if (tokens.length && tokens.every((x) => agencyName(x) || agencyName(x.toUpperCase()) || isCode(x))) {
      const agencies = [...new Set(tokens.map((x) => agencyName(x) ?? agencyName(x.toUpperCase())).filter((x): x is string => !!x))];
      if (agencies.length) return { outlet: null, agencies };
    }
  }
  if (wordCount(t) > 14 || /[!?]$/.test(t) || (/\.$/.test(t) && !/\b(?:Dr|Prof)\.$/.test(t))) return null;
  const m = VON_BYLINE.exec(t);
  if (!m) return null;
  const tail = (m[1] ?? m[2] ?? '').trim();
  if (!tail) return { outlet: null, agencies: [] };
  // `Autor: Max Muster | Quelle: t-online`
  if (SOURCE_LABEL.test(tail)) {
    const { outlet, agencies } = parseSourceValue(tail.replace(SOURCE_LABEL, ''));
    return { outlet, agencies };
  }
  const agencies = agenciesIn(tail);
  if (agencies.length) return { outlet: null, agencies };
  const domain = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/i.exec(tail);
  if (domain) return { outlet: domain[1]!.toLowerCase(), agencies: [] };
  // A republication byline: `Anna Berger / Kurier` (the outlet after a slash).
  const slash = /\s\/\s*([^/]{2,40})$/.exec(t);
  if (slash && slash[1]!.trim() === tail && looksLikeOutlet(tail) && wordCount(tail) <= 3 && !ROLE_WORD.test(tail)) return { outlet: tail, agencies: [] };
  return { outlet: null, agencies: [] };
}

/** A journalist's role or desk after a byline's slash, not an outlet. */
const ROLE_WORD = /\b(?:korrespondent|redakteur|reporter|autor|redaktion|ressort|chef|leiter|mitarbeiter|volont)/i;

/** A dateline at the start of a paragraph: `Seoul (Reuters) - `, `Moskau/Minsk – `. */
export interface Dateline {
  /** Length of the dateline including the dash and following spaces. */
  length: number;
  text: string;
  agencies: string[];
}

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:\s|\s?/\s?)\p{Lu}[\p{L}.'’-]*){0,2}`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*\d{1,2}\.\s*${MONTH_RE_SOURCE}(?:\s+\d{4})?)?\s*(?:\(([^()]{1,40})\)\s*)?[-–—]\s+(?=[\p{Lu}„"«»\d])`,
  'u',
);

/**
 * Recognise a dateline at the start of a paragraph. With an agency in
 * parentheses it is always a dateline; a bare place (`Moskau/Minsk – `)
 * only when `allowBare` (the first paragraphs of an article).
 */
export function matchDateline(paragraph: string, allowBare: boolean): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  if (SENTENCE_STARTERS.has(place.split(/[\s/]/)[0]!)) return null;
  const inner = m[2];
  let agencies: string[] = [];
  if (inner !== undefined) {
    const tokens = inner.split(/\s*[/,;]\s*/);
    if (!tokens.every((x) => agencyName(x) || /^[a-zäöü]{2,4}$/.test(x))) return null;
    agencies = agenciesIn(inner);
    if (!agencies.length) return null;
  } else if (!allowBare || wordCount(paragraph.slice(m[0].length)) < 6) {
    return null;
  }
  return { length: m[0].length, text: m[0].trim(), agencies };
}

/** True when the text's last character before trailing white space is `)`. */
function endsWithParen(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && text[i] === ')';
}

/**
 * A closing tag at the end of a paragraph: `(jal/dpa)`, `(dpa/AFP)`, `(sda)`,
 * `(APA, Reuters, 28.4.2025)`, `(red, 28.4.2025)`: agencies, author codes
 * and at most a date. Gives the agencies and the date it names.
 */
export function matchAgencyTag(paragraph: string): { start: number; text: string; agencies: string[]; dates: DateHit[] } | null {
  if (!endsWithParen(paragraph)) return null; // (most lines: no need to run the pattern over them)
  const m = /\s*\(([^()]{1,60})\)\s*$/.exec(paragraph);
  if (!m) return null;
  const inner = m[1]!;
  const tokens = inner.split(/\s*[/,;]\s*/);
  const dates: DateHit[] = [];
  let codes = 0;
  for (const x of tokens) {
    if (agencyName(x)) continue;
    if (/^[a-zäöü]{2,4}$/.test(x)) {
      codes++;
      continue;
    }
    const d = findDates(x);
    if (d.length === 1 && d[0]!.start === 0 && d[0]!.end === x.length && d[0]!.precision !== 'year') {
      dates.push(d[0]!);
      continue;
    }
    return null;
  }
  const agencies = agenciesIn(inner);
  if (!agencies.length && !(dates.length === 1 && codes > 0)) return null;
  if (dates.length > 1) return null;
  return { start: m.index, text: m[0].trim(), agencies, dates: dates.map((d) => ({ ...d, role: 'unlabelled' as const })) };
}

/** The outlet named by a web address: `https://www.tagesschau.de/...` -> `tagesschau.de`. */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}
