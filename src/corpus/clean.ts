/**
 * Rule-based cleaning of an article as pasted from a news page: which lines
 * are the title (and its kicker), subheadings and quotable paragraphs, and
 * which are junk (reader comments, navigation, mastheads and teasers, photo
 * captions and credits, share/audio/ad lines, consent notices, breadcrumbs) or
 * metadata (date markers, date, source, copyright, byline lines). Live-blog
 * time stamps and day separators are kept as the entries' stamps, summary
 * boxes are flagged. The rules look at the shape of lines, not at particular
 * outlets' wording, so they carry over to pages never seen.
 *
 * Every kept span is an exact slice of the raw text.
 *
 * @module
 */

import type { DroppedBlock, Heading } from './types.ts';
import { splitLines, type Line } from './lines.ts';
import { analyzeMetaLine, isBylineLabel, matchAgencyTag, matchDateline, type MetaLine } from './meta-lines.ts';
import { PHOTO_CREDIT_WORD, agenciesIn, agencyName, endsMidClause, endsSentence, hasAtMostWords, isAllCaps, wordCount } from './patterns.ts';
import { isMonthWord, splitSentences } from '../language/de/index.ts';
import { matchDateMarker, type DateHit } from './dates.ts';
import {
  hasBankDetails,
  isBadge,
  isLiveBlogNote,
  isNewsletterPromotion,
  isPriceLine,
  isRubricLine,
  isSubscriptionPromotion,
  isSummaryHeading,
  isUiControl,
  matchDaySeparator,
  matchEditorCodes,
  matchSignature,
  matchTimeStamp,
  type TimeStamp,
} from './page-shapes.ts';

/** Where a metadata signal sits relative to the article text. */
export type Zone = 'header' | 'body' | 'footer';

/** A piece of metadata evidence found while cleaning. */
export interface Signal {
  kind: MetaLine['kind'] | 'dateline' | 'agency-tag' | 'masthead';
  /** The rule that recognised the line (`date line`, `date marker`, `byline with date`, `masthead`, ...). */
  reason: string;
  /** 1-based line number. */
  line: number;
  zone: Zone;
  text: string;
  dates: DateHit[];
  outlet: string | null;
  agencies: string[];
  url: string | null;
}

/** A quotable paragraph span found by the cleaner. */
export interface CleanParagraph {
  text: string;
  start: number;
  end: number;
  /** 1-based line number of the paragraph's first line. */
  line: number;
  heading: string | null;
  /** The live-blog entry stamp the paragraph falls under (see {@link LiveBlogStamp}). */
  stamp?: LiveBlogStamp;
  /** True in the outlet's own summary box. */
  summary?: boolean;
}

/** A live-blog entry's time stamp and the day separator above it, as the cleaner found them. */
export interface LiveBlogStamp {
  clock: string;
  text: string;
  line: number;
  /** The day separator (`Mittwoch, 9. Juli`) the entry falls under, if any. */
  day: { day: number; month: number; year: number | null } | null;
}

/** A raw slice of the text with its line: title and kicker. */
export interface Span {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** The result of {@link cleanArticle}. */
export interface CleanResult {
  title: Span | null;
  /** The kicker above (or glued before) the headline, without a closing colon. */
  kicker: Span | null;
  headings: Heading[];
  paragraphs: CleanParagraph[];
  dropped: DroppedBlock[];
  signals: Signal[];
}

type Kind = 'blank' | 'junk' | 'meta' | 'body' | 'text' | 'short' | 'title' | 'heading';

/** A logical line: one raw line, or several joined (a hard-wrapped paragraph). */
interface Item {
  first: Line;
  last: Line;
  /** Text from the first line's first to the last line's last non-space character. */
  text: string;
  start: number;
  end: number;
  kind: Kind;
  reason?: string;
  meta?: MetaLine;
  credit?: boolean;
  caption?: boolean;
  nav?: boolean;
  /** An engagement counter (`9 Interaktionen`): opens a teaser list at the end of a page. */
  counter?: boolean;
  /** A Markdown heading line (never joined with its neighbours). */
  markdown?: boolean;
  /** A live-blog time stamp (the item is the stamp itself). */
  stamp?: TimeStamp;
  /** A live-blog day separator (the item is the separator). */
  day?: { day: number; month: number; year: number | null };
  /** A list item (`• …`). */
  bullet?: boolean;
  /** The site's name above its navigation. */
  masthead?: boolean;
}

// --- Line shapes -----------------------------------------------------------

/** Start of a reader-comment section: it and everything after it is dropped. */
const COMMENTS_START =
  /^(?:kommentare|leserkommentare|\d+\s+kommentare?|kommentare\s*\(\d+\)|(?:jetzt\s+)?kommentieren|kommentar\s+schreiben|diskutieren\s+sie\s+mit.*|zur\s+diskussion|leserbriefe|leserdebatte|(?:deine|ihre)\s+meinung(?:\s+z(?:ä|ae)hlt)?|forum|user\s*#\s*\d+.*|.{1,60}\(nicht\s+angemeldet\)|comments?)$/i;

/** A heading that opens a block of links to other articles. */
const NAV_MARKER =
  /^(?:weiterlesen\s*:|mehr\s+zum\s+thema|zum\s+thema|mehr\s+(?:in|aus|zu|zum|zur|von|über|ueber)\s+[\p{L}\d -]{2,40}|lesen\s+sie\s+(?:auch|mehr|hier)|das\s+k(?:ö|oe)nnte\s+(?:sie|dich|euch)\s+(?:auch\s+)?interessieren|auch\s+interessant|(?:ebenfalls\s+)?interessant|empfehlungen?|unsere\s+empfehlungen?|empfohlene\s+artikel|weitere\s+(?:artikel|meldungen|nachrichten|themen|news)|verwandte\s+(?:artikel|themen)|(?:ä|ae)hnliche\s+artikel|passend\s+zum\s+thema|meistgelesen|meistgelesene\s+artikel|top[- ]?themen|top[- ]?news|aktuelle\s+nachrichten|neueste\s+artikel|alle\s+(?:artikel|news|meldungen|nachrichten)\s+(?:zu|zum|zur|über|ueber).*|schlagworte|themen|tags|mehr\s+artikel|mehr\s+news|zur\s+[\p{L}-]*startseite|zur(?:ü|ue)ck\s+zur\s+[\p{L}-]*startseite|links|weiterf(?:ü|ue)hrende\s+links|weitere\s+(?:artikel|meldungen|nachrichten|news|beitr(?:ä|ae)ge)\s+(?:zu|zum|zur|(?:ü|ue)ber|aus|von)\s+.{1,50}|aktien\s+in\s+diesem\s+artikel|(?:im\s+)?artikel\s+erw(?:ä|ae)hnte\s+(?:aktien|werte)|mehr\s+(?:news|nachrichten|artikel|meldungen|infos|videos|beitr(?:ä|ae)ge)\s+(?:zu|zum|zur|(?:ü|ue)ber|aus)\b.{0,50}|lesen\s+sie\s+mehr\s+zum\s+thema|n(?:ä|ae)chster\s+artikel|vorheriger\s+artikel)\s*:?$/iu;

/** Inline teaser: `Lesen Sie auch: <headline>`. */
const INLINE_TEASER = /^(?:lesen\s+sie\s+(?:auch|mehr|hier)|mehr\s+(?:dazu|zum\s+thema)|mehr\s+(?:news|nachrichten|artikel|infos?)\s+(?:zu|zum|zur|über|ueber|aus)\b[^:]{0,40}|auch\s+interessant|siehe\s+auch|zum\s+thema)\s*:\s*\S/i;

/** Page furniture: share, print, audio, ads, newsletter, engagement counters. */
const UI_PHRASE =
  /(?:weiterlesen|mehr\s+lesen|mehr\s+anzeigen|weniger\s+anzeigen|(?:artikel|beitrag|text)\s+(?:anh(?:ö|oe)ren|h(?:ö|oe)ren|vorlesen|teilen|drucken|merken|verschenken)|anh(?:ö|oe)ren|vorlesen|player\s+schlie(?:ß|ss)en|audio(?:\s+abspielen)?|video(?:\s+abspielen)?|zum\s+(?:audio|video)|teilen|share|drucken|print|merken|speichern|zur\s+merkliste(?:\s+hinzuf(?:ü|ue)gen)?|merkliste|link\s+kopieren|bild\s+\d+\s+von\s+\d+|\d+\s*\/\s*\d+|wie\s+hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag|text)\s+gefallen\s*\??|war\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+hilfreich\s*\??|per\s+e-?mail(?:\s+(?:teilen|versenden))?|e-?mail|facebook|twitter|twittern|tweeten|x|whatsapp|telegram|linkedin|xing|pinterest|threads|bluesky|flipboard|feedback|newsletter(?:\s+abonnieren)?|jetzt\s+abonnieren|abonnieren|anmelden|einloggen|registrieren|anzeige|werbung|advertisement|sponsored|gesponsert|schlie(?:ß|ss)en|bild\s+vergr(?:ö|oe)(?:ß|ss)ern|zur\s+bildergalerie|bildergalerie|galerie|\d+\s+bilder|\d+\s+(?:interaktionen|reaktionen|likes?|shares?|kommentare?)|(?:lesezeit|lesedauer):?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*(?:lesezeit|lesedauer)|(?:artikel|beitrag|text)\s+zum\s+(?:h(?:ö|oe)ren|anh(?:ö|oe)ren|vorlesen)|\d+\s*min(?:uten|\.)?|nach\s+oben|zum\s+seitenanfang|inhaltsverzeichnis|zur(?:ü|ue)ck|play|pause)/iu;
const UI_LINE = new RegExp(
  `^(?:${UI_PHRASE.source})\\s*:?(?:\\s*[|·•,/]?\\s*(?:${UI_PHRASE.source})\\s*:?)*$|^(?:newsletter|jetzt\\s+abonnieren|icon:).{0,80}$`,
  'iu',
);

/** Label of an embedded post or video (`Empfohlener externer Inhalt`). */
const EMBED_LABEL =
  /^(?:empfohlener\s+(?:externer|redaktioneller)\s+inhalt|externer?\s+inhalte?|eingebettete[rs]?\s+inhalte?|inhalte?\s+(?:nachladen|anzeigen|laden|aktivieren))\s*:?$/i;

/** Wording of the consent notice that stands in for an embedded post (cookies, third parties, privacy settings). */
const CONSENT_MARKERS = [
  /externe[nr]?\s+inhalte?/i,
  /drittplattform|drittanbieter/i,
  /personenbezogene\s+daten/i,
  /datenschutz(?:erkl(?:ä|ae)rung|-?einstellungen|hinweise?)/i,
  /einverstanden,?\s+dass/i,
  /mit\s+einem\s+klick/i,
  /(?:anzeigen|einblenden)\s+lassen|wieder\s+ausblenden/i,
  /\bcookies?\b/i,
  /privatsph(?:ä|ae)re/i,
  /(?:inhalte|werbung|anzeigen)\s+(?:zu\s+)?personalisieren|zugriffe\s+(?:zu\s+)?analysieren|nutzungserlebnis|tracking/i,
  /(?:alle\s+)?akzeptieren|zustimmen\b|verarbeitung\s+ihrer\s+daten/i,
  /einwilligung\s+(?:widerrufen|erteilen)|zustimmung\s+(?:widerrufen|erteilen)/i,
];

/** Any consent marker (one pass over the line before counting them one by one). */
const CONSENT_ANY = new RegExp(CONSENT_MARKERS.map((r) => r.source).join('|'), 'i');

/** Two or more consent markers in a line (stops at the second: this runs on every line of every article). */
function isConsentNotice(t: string): boolean {
  if (!CONSENT_ANY.test(t)) return false;
  let found = 0;
  for (const re of CONSENT_MARKERS) if (re.test(t) && ++found >= 2) return true;
  return false;
}

/** A note from the editors about the article, not news: `Transparenzhinweis:`, `Korrekturhinweis:`, `Hinweis der Redaktion:`. */
const EDITORIAL_NOTE =
  /^\*?\s*(?:werbehinweis|risikohinweis|haftungsausschluss|disclaimer|transparenzhinweis|korrekturhinweis|hinweis\s+der\s+redaktion|anmerkung\s+der\s+redaktion|redaktioneller\s+hinweis|in\s+eigener\s+sache|offenlegung|korrektur|hinweis)\s*:/i;

/** A call to the reader: newsletters, apps, social accounts, subscriptions. */
const PROMOTION =
  /^(?:jetzt\b.{0,60}\b(?:abonnieren|herunterladen|downloaden|testen|registrieren|anmelden|weiterlesen|lesen)\b|folgen\s+sie\s+uns\b|abonnieren\s+sie\b|laden\s+sie\s+(?:sich\s+)?(?:jetzt\s+)?(?:die|unsere)\s+\S*\s*app\b|hier\s+(?:geht\s+es|gelangen\s+sie|finden\s+sie\s+alle)\b|melden\s+sie\s+sich\b.{0,40}\b(?:newsletter|an)\b|(?:unser|der)\s+\S*newsletter\b|sie\s+m(?:ö|oe)chten\s+keine\b)/i;

/** An ad label; the lines right under it are ad headlines. */
const AD_LABEL = /^(?:anzeige|werbung|advertisement|sponsored|gesponsert)\s*:?$/i;

/** A standalone photo credit: `(Foto: picture alliance/dpa/KCNA)`, `Bild: Keystone`, `Foto: IMAGO/...`. */
const CREDIT_LINE =
  /^\(?\s*(?:foto|fotos|bild|bilder|bildquelle|bildrechte|quelle\s+foto|fotoquelle|foto\s*&\s*video|video|grafik|illustration|karte|image|images|photo|photos|credit|credits)\s*:\s*[^()]{1,140}\)?$/i;

/** Caption text ending in an inline credit: `... (Foto: KCNA)` or `... - Name, Agency Pool Photo via AP`. */
const CAPTION_CREDIT_PAREN = /\((?:foto|fotos|bild|bilder|photo|grafik|video|quelle)\s*:\s*[^()]{1,120}\)\s*$/i;
const CAPTION_CREDIT_INLINE = /\b(?:foto|bild|fotos|photo)\s*:\s*[^.!?]{1,100}$/i;

/**
 * Offset of an inline credit at the end of a caption, after a space or glued
 * to the caption's last punctuation (`… im Einsatz.Bild: Keystone`), or -1.
 */
function inlineCreditWord(t: string): number {
  if (!/(?:foto|bild|photo)s?\s*:/i.test(t)) return -1;
  const m = CAPTION_CREDIT_INLINE.exec(t);
  if (!m || m.index === 0) return -1;
  const before = t[m.index - 1]!;
  return /\s/.test(before) ? m.index - 1 : /[.!?…"“”»«)]/.test(before) ? m.index : -1;
}
const CAPTION_CREDIT_DASH = /\s[-–—|]\s+([^.!?]{2,120})$/;
const CAPTION_CREDIT_COPY = /\s©\s*[^.!?]{1,100}$/;

/** A caption's own label: `Ein Soldat in Bern (Symbolbild).`, `Kim Jong Un (Archivfoto)`. */
const CAPTION_LABEL = /\((?:symbol|archiv|illustrations|agentur|handout|pressefoto|screenshot)(?:bild|foto|photo)?(?:\s+vom\s+[^()]{1,30})?\)[.\s]*(?:\([^()]{2,80}\)[.\s]*|©[^()]{2,80})?$|\((?:archiv|symbol)(?:bild|foto)?\s*[,:][^()]{1,60}\)[.\s]*$/i;

/** A caption's own label at its start: `Legende: Helfer suchen in den Trümmern.`, `Bildunterschrift: …`. */
const CAPTION_LEGEND = /^(?:legende|bildlegende|bildunterschrift|fotolegende|bu)\s*:\s*\S/i;

/** A caption's position marks: `Anna Muster (l.) und Max Beispiel (r.)`, `(M.)`, `(v. l.)`. */
const POSITION_MARK = /\((?:l|r|m|li|re|mi|v\.\s?l|v\.\s?r|links|rechts|mitte|hinten|vorne)\.?\)/i;

/** A role line under a byline: `Korrespondent in Brüssel`, `Redakteurin Politik`. */
const BYLINE_ROLE = /^(?:[\p{L}-]+\s+){0,2}(?:korrespondent|auslandskorrespondent|redakteur|chefredakteur|ressortleiter|reporter|autor|volont(?:ä|ae)r|journalist|mitarbeiter|leiter|chef)(?:in|innen|en)?\b/iu;

/** Lowercase words that occur in photo credits (`picture alliance`, `Pool Photo via AP`). */
const CREDIT_LOWERCASE = /^(?:via|von|und|and|for|of|the|by|de|van|picture|alliance|images?|photos?|fotos?|pool|archiv)$/;

/** A word a photo credit may contain: a name, an agency (`dpa`), credit vocabulary (`picture alliance`). */
const isCreditWord = (w: string): boolean => /^[\p{Lu}\d(©]/u.test(w) || CREDIT_LOWERCASE.test(w) || agencyName(w) !== null || PHOTO_CREDIT_WORD.test(w);

function isCreditTail(tail: string): boolean {
  if (!PHOTO_CREDIT_WORD.test(tail)) return false;
  const words = tail.split(/[\s,/|]+/).filter((w) => /[\p{L}\d]/u.test(w));
  const caps = words.filter(isCreditWord);
  return words.length > 0 && words.length <= 14 && caps.length / words.length >= 0.7;
}

/** Offset where an inline credit at the end of a line starts (`(Foto: …)`, `Foto: …`, `© …`, ` - … via AP`), or -1. */
function inlineCreditStart(t: string): number {
  const paren = CAPTION_CREDIT_PAREN.exec(t);
  if (paren) return paren.index;
  const word = inlineCreditWord(t);
  if (word >= 0) return word;
  const copy = CAPTION_CREDIT_COPY.exec(t);
  if (copy) return copy.index;
  const m = CAPTION_CREDIT_DASH.exec(t);
  return m && isCreditTail(m[1]!) ? m.index : -1;
}

function isCaptionWithCredit(t: string): boolean {
  return inlineCreditStart(t) >= 0;
}

/**
 * Whether a line is caption text followed by its own credit
 * (`Präsident Biden bei einer Übung (Foto: IMAGO/ITAR-TASS)`, `Ein Soldat im
 * Kanton Bern © IMAGO`): the text before the credit describes the picture
 * rather than naming a photographer or agency. Such a line is the whole caption.
 */
function hasCaptionText(t: string): boolean {
  const at = inlineCreditStart(t);
  if (at <= 0) return false;
  const prefix = t.slice(0, at).replace(/[\s.,;:|/–—-]+$/, '');
  if (!/\p{L}/u.test(prefix)) return false;
  const words = prefix.split(/[\s,/|]+/).filter((w) => /\p{L}/u.test(w));
  if (words.some((w) => !isCreditWord(w))) return true;
  // Only capitalised words: a credit (`Sputnik/Pool`, `Reuters`) or a name (`Kim Jong Un`).
  return !PHOTO_CREDIT_WORD.test(prefix) && !/[/|]/.test(prefix) && agenciesIn(prefix).length === 0;
}

/**
 * A bare credit line, nothing but the credit: `picture alliance / dpa | Kay
 * Nietfeld`, `IMAGO/ITAR-TASS`. A line with caption text before its credit is
 * not one (see {@link hasCaptionText}).
 */
function isBareCredit(t: string): boolean {
  // (the cheap tests first: most lines are longer, and have none of these marks)
  return (
    hasAtMostWords(t, 10) &&
    /[/|©]|\bvia\s+\p{Lu}|^(?:imago|getty|keystone|picture alliance|epa|ap photo)/iu.test(t) &&
    !hasCaptionText(t) &&
    !endsSentence(t) &&
    isCreditTail(t)
  );
}

/** Breadcrumbs and section labels: `Russland,`, `Startseite > Politik > Ausland`. */
function isBreadcrumb(t: string): boolean {
  if (wordCount(t) <= 3 && /,$/.test(t)) return true;
  if (!/^[^.!?]{1,80}$/.test(t)) return false;
  const arrows = t.match(/\s[>›»]\s/g)?.length ?? 0;
  const bars = t.match(/\s[/|]\s/g)?.length ?? 0;
  return (arrows >= 1 || bars >= 2) && t.split(/\s[>›»/|]\s/).every((p) => wordCount(p) <= 3);
}

/** Fewer than two UTF-16 units of letters (no letter, or one letter of one unit), without copying the line. */
function fewerThanTwoLetters(t: string): boolean {
  const m = /\p{L}/u.exec(t);
  if (!m) return true;
  return m[0].length === 1 && !/\p{L}/u.test(t.slice(m.index + 1));
}

/** Text of a line without a closing agency tag or editor codes (`…nach./tav/ngu/he`), for judging its shape. */
function shapeText(t: string): string {
  const codes = matchEditorCodes(t);
  const s = codes ? t.slice(0, codes.start) : t;
  const tag = matchAgencyTag(s);
  return tag ? s.slice(0, tag.start).trimEnd() : s;
}

/** Function words of running text (a headline or a menu rarely has several). */
const RUNNING_TEXT_WORDS = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|im|in|am|an|auf|aus|bei|nach|mit|von|vom|zum|zur|und|sich|wurden|wurde|sind|hat|haben)(?![\p{L}])/gu;

/** A sentence whose full stop was lost: eight words or more, capitalised, with two or more function words of running text. */
function cutSentence(t: string): boolean {
  return wordCount(t) >= 8 && /^\p{Lu}/u.test(t) && (t.match(RUNNING_TEXT_WORDS)?.length ?? 0) >= 2;
}

function textKind(t: string): 'body' | 'text' | 'short' {
  const s = shapeText(t);
  if (endsSentence(s)) return 'body';
  if (/[,;:–-]$/.test(s)) return 'text';
  if (wordCount(s) <= 20 && s.length <= 180) return 'short';
  return 'text';
}

/** A list item: `- `, `* `, `• `, `1. `. */
const BULLET = /^(?:[-*•·▪–]\s|\d{1,2}[.)]\s)/;

/** A list item, but not a day of the month (`23. Juli die …` continues a sentence). */
function isListItem(t: string): boolean {
  if (!BULLET.test(t)) return false;
  const m = /^\d{1,2}\.\s+(\S+)/.exec(t);
  return !(m && isMonthWord(m[1]!.replace(/[,;:]$/, '')));
}

/** A kicker ending in a colon on its own line above the headline: `Krieg in der Ukraine:` over `Bern meldet …`. */
function isColonKicker(a: Item, b: Item): boolean {
  return a.first === a.last && /:$/.test(a.text) && wordCount(a.text) <= 6 && b.kind === 'short' && wordCount(b.text) >= 3;
}

/** Text of the last line of an item without a closing agency tag. */
const lastShape = (it: Item): string => shapeText(it.last.trimmed);

const isContent = (k: Kind): boolean => k === 'body' || k === 'text' || k === 'short';

// --- The cleaner -----------------------------------------------------------

/**
 * Clean an article's text.
 *
 * @param raw the whole decoded file text
 * @param fromLine 0-based index of the first line to read (after a header)
 */
export function cleanArticle(raw: string, fromLine = 0): CleanResult {
  const lines = splitLines(raw).slice(fromLine);
  const items = classifyLines(lines);
  reclaimDateContinuations(items);
  markHeaderNavigation(items);
  markBylineBlocks(items);
  joinWrappedLines(raw, items);
  const kicker = applyContextRules(items);
  return assemble(raw, items, kicker);
}

function lineItem(l: Line, kind: Kind, extra: Partial<Item> = {}): Item {
  return { first: l, last: l, text: l.trimmed, start: l.tStart, end: l.tEnd, kind, ...extra };
}

/** Part of a line (`from`..`to`, offsets in the line), as a line of its own. */
function subLine(l: Line, from: number, to: number): Line {
  const text = l.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const tStart = l.start + from + lead;
  return { number: l.number, start: l.start + from, end: l.start + to, text, trimmed, tStart, tEnd: tStart + trimmed.length };
}

/**
 * Whether a `Kommentare` line is a button in the share bar at the top of the
 * page rather than the start of the reader comments: no count, next to other
 * buttons, with at most the lead above it.
 */
function isCommentsButton(t: string, items: Item[], next: Line | undefined, bodySeen: number): boolean {
  if (/\d/.test(t) || bodySeen > 2 || wordCount(t) > 2) return false;
  const prev = items.at(-1);
  const prevUi = !!prev && prev.kind === 'junk' && /page furniture/.test(prev.reason ?? '');
  const nextUi = !!next && !!next.trimmed && (UI_LINE.test(next.trimmed) || isUiControl(next.trimmed));
  return prevUi || nextUi;
}

/** Local classification of each line, plus the reader-comments cut. */
function classifyLines(lines: Line[]): Item[] {
  const items: Item[] = [];
  let seenText = false;
  let bodySeen = 0;
  let inComments = false;
  let bylineLabel = false;
  // Two or more time stamps make the page a live blog: a stamp then starts an entry.
  const liveBlog = lines.filter((l) => matchTimeStamp(l.text) !== null).length >= 2;
  lines.forEach((line, i) => {
    let l = line;
    if (!l.trimmed) {
      items.push(lineItem(l, 'blank'));
      return;
    }
    if (!inComments && seenText && COMMENTS_START.test(l.trimmed) && isCommentsButton(l.trimmed, items, lines[i + 1], bodySeen)) {
      items.push(lineItem(l, 'junk', { reason: 'page furniture (UI control)' }));
      return;
    }
    if (inComments || (seenText && COMMENTS_START.test(l.trimmed))) {
      inComments = true;
      items.push(lineItem(l, 'junk', { reason: 'reader comments' }));
      return;
    }
    // A scraper's date marker, alone or before the headline, a caption or the first sentence.
    const marker = matchDateMarker(l.text);
    // `date 2025-04 Quelle: (c) Copyright …`: one meta line, the marker's date with a source tail.
    const rest = marker ? analyzeMetaLine(l.text.slice(marker.length).trim()) : null;
    if (marker && rest && (rest.kind === 'source' || rest.kind === 'copyright')) {
      const whole = analyzeMetaLine(l.trimmed);
      if (whole) {
        items.push(lineItem(l, 'meta', { reason: 'date marker', meta: { ...whole, reason: 'date marker' } }));
        return;
      }
    }
    if (marker) {
      const ml = subLine(l, 0, marker.length);
      const hit = { ...marker.hit, start: marker.hit.start - (ml.tStart - ml.start), end: marker.hit.end - (ml.tStart - ml.start) };
      const meta: MetaLine = { kind: 'date', reason: 'date marker', dates: [hit], outlet: null, agencies: [], url: null, photo: false };
      items.push(lineItem(ml, 'meta', { reason: 'date marker', meta }));
      if (marker.length >= l.text.trimEnd().length) return;
      l = subLine(l, marker.length, l.text.length);
    }
    // A live-blog time stamp starting an entry: the stamp apart, the rest (heading or text) classified alone.
    const stamp = liveBlog ? matchTimeStamp(l.text) : null;
    if (stamp) {
      items.push(lineItem(subLine(l, 0, stamp.length), 'junk', { reason: 'live-blog entry time', stamp }));
      if (!stamp.rest) return;
      l = subLine(l, stamp.length, stamp.length + stamp.rest.length);
    }
    const t = l.trimmed;
    if (isBylineLabel(t)) {
      items.push(lineItem(l, 'junk', { reason: 'byline' }));
      bylineLabel = true;
      return;
    }
    if (bylineLabel) {
      bylineLabel = false;
      const byline = analyzeMetaLine(`Von ${t}`);
      if (byline && (byline.kind === 'byline' || byline.kind === 'date') && wordCount(t) <= 8) {
        items.push(lineItem(l, 'meta', { reason: 'byline', meta: { ...byline, reason: 'byline' } }));
        return;
      }
    }
    const item = classifyLine(l, liveBlog);
    if (item.kind === 'body' || item.kind === 'text') {
      seenText = true;
      if (item.kind === 'body') bodySeen++;
    }
    // Above the text, an all-caps label of a few words is a section or rubric (`POLITIK`, `UKRAINE-KRIEG`).
    else if (!seenText && item.kind === 'short' && !item.markdown && wordCount(t) <= 3 && isAllCaps(t)) {
      item.kind = 'junk';
      item.reason = 'section label';
    }
    // A role line right under a byline (`Korrespondent in Brüssel`) belongs to the byline.
    const prev = items.at(-1);
    if (item.kind === 'short' && prev?.meta?.kind === 'byline' && wordCount(t) <= 6 && BYLINE_ROLE.test(t)) {
      item.kind = 'junk';
      item.reason = 'byline';
    }
    items.push(item);
  });
  return items;
}

function classifyLine(l: Line, liveBlog = false): Item {
  const t = l.trimmed;
  // Markdown headings: `# Title`, `## Subheading` (the marks are not part of the text).
  const md = /^(#{1,6})\s+(?=\S)/.exec(t);
  if (md) {
    const text = t.slice(md[0].length).replace(/\s+#+$/, '');
    const start = l.tStart + md[0].length;
    return { first: l, last: l, text, start, end: start + text.length, kind: 'short', markdown: true };
  }
  if (fewerThanTwoLetters(t) && !/\d{2}/.test(t)) return lineItem(l, 'junk', { reason: 'fragment' });
  if (isUiControl(t) || isBadge(t)) return lineItem(l, 'junk', { reason: 'page furniture (UI control)' });
  if (NAV_MARKER.test(t)) return lineItem(l, 'junk', { reason: 'navigation', nav: true });
  if (hasBankDetails(t)) return lineItem(l, 'junk', { reason: 'bank details (donation box)' });
  if (isPriceLine(t)) return lineItem(l, 'junk', { reason: 'share-price box' });
  if (isLiveBlogNote(t)) return lineItem(l, 'junk', { reason: 'editorial note (live blog)' });
  // A live blog's day separator (`Mittwoch, 9. Juli`); with a year it is read as a date line too
  // (below). Outside live blogs a yearless day line is a subheading (a chronology's `4. Dezember`).
  const day = matchDaySeparator(t);
  if (day && day.year === null && liveBlog) return lineItem(l, 'junk', { reason: 'live-blog day', day });
  if (INLINE_TEASER.test(t) && wordCount(t) <= 25) return lineItem(l, 'junk', { reason: 'teaser link' });
  if (EMBED_LABEL.test(t)) return lineItem(l, 'junk', { reason: 'embedded content' });
  if (t.length <= 600 && isConsentNotice(t)) return lineItem(l, 'junk', { reason: 'embedded content notice' });
  if (EDITORIAL_NOTE.test(t)) return lineItem(l, 'junk', { reason: 'editorial note' });
  if ((PROMOTION.test(t) && wordCount(t) <= 25) || isNewsletterPromotion(t) || isSubscriptionPromotion(t)) return lineItem(l, 'junk', { reason: 'promotion' });
  if (UI_LINE.test(t)) {
    const counter = /^\d+\s+(?:interaktionen|reaktionen|kommentare?|likes?|shares?)$/i.test(t);
    return lineItem(l, 'junk', { reason: 'page furniture (share/audio/ad/counter)', nav: counter, counter });
  }
  if (CREDIT_LINE.test(t) || isBareCredit(t)) return lineItem(l, 'junk', { reason: 'photo credit', credit: true });
  const meta = analyzeMetaLine(t);
  if (meta) return lineItem(l, 'meta', { reason: meta.photo ? 'photo credit' : meta.reason, meta, credit: meta.photo, ...(day ? { day } : {}) });
  if (isCaptionWithCredit(t)) return lineItem(l, 'junk', { reason: 'photo caption', caption: true });
  if (CAPTION_LEGEND.test(t) && t.length <= 400) return lineItem(l, 'junk', { reason: 'photo caption', caption: true });
  if (t.length <= 300 && /\([^()]{1,6}\)/.test(t) && POSITION_MARK.test(t) && sentenceCount(t) <= 2) return lineItem(l, 'junk', { reason: 'photo caption', caption: true });
  if (CAPTION_LABEL.test(t) && t.length <= 300 && sentenceCount(t) <= 2) return lineItem(l, 'junk', { reason: 'photo caption', caption: true });
  if (isBreadcrumb(t)) return lineItem(l, 'junk', { reason: 'breadcrumb' });
  return lineItem(l, textKind(t), isListItem(t) ? { bullet: true } : {});
}

/** Index of the first body item (a sentence, or long running text): the header zone ends there. */
function headerEnd(items: Item[]): number {
  const i = items.findIndex((it) => it.kind === 'body' || (it.kind === 'text' && wordCount(it.text) > 30));
  return i < 0 ? items.length : i;
}

/** A site name as a masthead writes it: `Blick`, `SRF`, `ORF.at`, `t-online`. */
const BRAND = /^(?:[\p{Lu}\d][\p{L}\d.&-]{1,24}|[a-z][a-z\d]{2,20}|[\p{L}\d-]{2,30}\.[a-z]{2,4}|[a-z][a-z\d]*-[a-z\d-]{2,20})$/u;

/** A site name that cannot be a region or rubric: an acronym (`SRF`, `SALZBURG24`, `VOL.AT`), a domain, a hyphenated brand. */
const STRONG_BRAND = /^(?:[\p{Lu}\d][\p{Lu}\d.&-]{1,24}|[\p{L}\d-]{2,30}\.[a-z]{2,4}|[a-z][a-z\d]*-[a-z\d-]{2,20})$/u;

/**
 * Navigation above the headline: rubric lines (`Politik`, `Aktien`), the
 * site's name above its navigation (the masthead, kept as a signal of the
 * outlet), and runs of two or more adjacent one- or two-word lines
 * (breadcrumbs such as `Bayern` / `Oberland`). Only in the header zone, above
 * the first body sentence.
 */
function markHeaderNavigation(items: Item[]): void {
  const end = headerEnd(items);
  const navLike = (it: Item): boolean => it.kind === 'junk' && (it.reason === 'navigation' || it.reason === 'section label' || /page furniture/.test(it.reason ?? ''));
  for (let i = 0; i < end; i++) {
    const it = items[i]!;
    if (isContent(it.kind) && !it.markdown && it.first === it.last && isRubricLine(it.text)) drop(it, 'navigation');
  }
  // The masthead: the page's first line of content, a site name right above navigation.
  const first = items.findIndex((it) => it.kind !== 'blank' && !(it.kind === 'junk' && /UI control|embedded content notice|fragment/.test(it.reason ?? '')));
  if (first >= 0 && first < end) {
    const it = items[first]!;
    const next = items[first + 1];
    // A strong brand (`SRF`, `ORF.at`, `SALZBURG24`, `t-online`) above any navigation line; a plain
    // word (`Blick`) only above a rubric (`Home`, `News`): a region name (`Tirol`) is not a masthead.
    const strong = STRONG_BRAND.test(it.text);
    const nextNav = !!next && (next.reason === 'navigation' || (strong && (navLike(next) || (next.kind === 'short' && wordCount(next.text) <= 2))));
    // A name of up to three capitalised words (`KBS WORLD Radio`) only above a rubric.
    const multi = /^[\p{Lu}\d][\p{L}\d.&-]*(?:\s+[\p{Lu}\d][\p{L}\d.&-]*){1,2}$/u.test(it.text) && next?.reason === 'navigation';
    const candidate = (isContent(it.kind) && !it.markdown) || it.reason === 'section label';
    if (candidate && (BRAND.test(it.text) || multi) && !/^\d+$/.test(it.text) && nextNav) {
      drop(it, 'masthead');
      it.masthead = true;
    }
  }
  // Runs of adjacent short lines of one or two words.
  let run: Item[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const x of run) if (isContent(x.kind)) drop(x, 'navigation');
    run = [];
  };
  for (let i = 0; i < end; i++) {
    const it = items[i]!;
    const short = (isContent(it.kind) && !it.markdown && it.kind === 'short' && wordCount(it.text) <= 2 && !/:$/.test(it.text)) || navLike(it) || it.masthead;
    if (short) run.push(it);
    else flush();
  }
  flush();
}

/** A person's name alone on a line: `Regina Muster`, `Dr. Anna Beispiel`. */
const NAME_LINE = /^(?:(?:Dr\.|Prof\.)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|de|der|zu)?\s*\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** A line of capitalised words only: a programme or desk under the author (`SWR Aktuell Baden-Württemberg`). */
const CAPS_WORDS = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&.'’-]*){0,4}$/u;

/**
 * Author lines without `Von` next to a date line or byline in the header:
 * a name right above or below it (`Regina Muster` over `16. Jänner 2025,
 * 14:32`), and the programme or desk lines under the name. The headline
 * itself (the first content line) is never taken.
 */
function markBylineBlocks(items: Item[]): void {
  // The header, or at most the first two paragraphs (some outlets put the author and date under the lead).
  let bodies = 0;
  let end = items.findIndex((it) => it.kind === 'body' && ++bodies > 2);
  if (end < 0) end = items.length;
  const firstContent = items.findIndex((it) => isContent(it.kind));
  const nameLike = (x: Item): boolean => x.kind === 'short' && !x.markdown && x.first === x.last && NAME_LINE.test(x.text) && !/\d/.test(x.text);
  for (let i = 0; i < end; i++) {
    const it = items[i]!;
    if (it.kind !== 'meta' || (it.meta?.kind !== 'date' && it.meta?.kind !== 'byline')) continue;
    for (let j = i - 1; j >= 0 && j !== firstContent; j--) {
      const x = items[j]!;
      if (x.kind === 'meta') continue;
      if (!nameLike(x)) break;
      drop(x, 'byline');
    }
    let names = 0;
    for (let j = i + 1; j < end; j++) {
      const x = items[j]!;
      if (x.kind === 'meta' || (x.kind === 'junk' && x.reason === 'byline')) continue;
      if (nameLike(x)) {
        drop(x, 'byline');
        names++;
        continue;
      }
      if (names > 0 && x.kind === 'short' && !x.markdown && CAPS_WORDS.test(x.text) && !/\d{3}/.test(x.text)) {
        drop(x, 'byline');
        continue;
      }
      break;
    }
  }
}

/** `… am 26.` or `… bis Ende` on one line and `Oktober 2024 …` on the next: a date broken over two lines. */
function splitsDate(line: string, next: string): boolean {
  return /(?:^|\s)(?:\d{1,2}\.|Anfang|Mitte|Ende|Beginn)$/.test(line) && isMonthWord(next.split(/\s+/)[0]!.replace(/[,;:.]$/, ''));
}

/**
 * A date line (`März 2025.`, `27.6.2025)`) right under a line that stops
 * mid-clause (`… aus Bern am`, `… (APA, Reuters,`, `… am 26.` before
 * `Oktober 2024`) is the rest of that sentence, broken over two lines: it
 * becomes text again. Date lines proper sit under headlines and bylines,
 * which do not end in a preposition, an article, a conjunction or a comma.
 */
function reclaimDateContinuations(items: Item[]): void {
  items.forEach((it, i) => {
    if (it.kind !== 'meta' || it.meta?.kind !== 'date') return;
    const prev = prevAdjacent(items, i);
    if (!prev || !isContent(prev.kind) || prev.markdown) return;
    const last = lastShape(prev);
    if (!splitsDate(last, it.text) && (endsSentence(last) || !endsMidClause(last))) return;
    it.kind = textKind(it.text);
    it.reason = undefined;
    it.meta = undefined;
    it.credit = undefined;
  });
}

/**
 * Join the lines of a paragraph that was broken over several lines. A line
 * that does not end a sentence continues on the next line when the next
 * starts in lowercase, when it ends with a comma/colon/dash or mid-clause
 * (`… erst am`), or when it is too long to be a heading. A list item starts
 * its own line unless the line above stops mid-clause. In a hard-wrapped file
 * (lines cut at a fixed width), a line continues whenever the next line's
 * first word would not have fitted on it.
 */
function joinWrappedLines(raw: string, items: Item[]): void {
  const width = wrapWidth(items);
  const firstContent = items.findIndex((it) => isContent(it.kind));
  // Lines right under a navigation heading or an ad label are a list of
  // headlines: there the width alone does not join them.
  let inNavList = false;
  for (let i = 0; i + 1 < items.length; ) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (a.nav || (a.kind === 'junk' && AD_LABEL.test(a.text))) inNavList = true;
    else if (a.kind === 'blank' || !isContent(a.kind)) inNavList = false;
    if (!isContent(a.kind) || !isContent(b.kind) || a.markdown || b.markdown || (i === firstContent && isColonKicker(a, b))) {
      i++;
      continue;
    }
    const lastLine = a.last.trimmed;
    const sentenceEnd = endsSentence(shapeText(lastLine)) && !splitsDate(lastLine, b.text);
    const midClause = !sentenceEnd && endsMidClause(shapeText(lastLine));
    // A list item stays apart unless the line above stops on a word, comma or open bracket.
    if (isListItem(b.text) && !(midClause && /[\p{L}\d,(]$/u.test(lastLine))) {
      i++;
      continue;
    }
    const nextWord = b.text.split(/\s+/)[0] ?? '';
    const wrapped = width > 0 && !inNavList && lastLine.length + 1 + nextWord.length > width;
    const continues =
      wrapped ||
      (!sentenceEnd &&
        (/^\p{Ll}/u.test(b.text) ||
          /[,;:–-]$/.test(lastLine) ||
          midClause ||
          splitsDate(lastLine, b.text) ||
          (a.kind === 'text' && wordCount(a.text) > 20)));
    if (!continues) {
      i++;
      continue;
    }
    a.last = b.last;
    a.end = b.end;
    a.text = raw.slice(a.start, a.end);
    items.splice(i + 1, 1);
    // Re-judge the joined item by its last line: body if it ends a sentence.
    a.kind = endsSentence(shapeText(b.last.trimmed)) ? 'body' : 'text';
  }
}

/**
 * The column a hard-wrapped file is wrapped at, or 0 when lines are not
 * hard-wrapped (one paragraph per line, as pasted from the web).
 */
function wrapWidth(items: Item[]): number {
  const inBlock: number[] = [];
  // Lines that visibly break a sentence: no sentence end, and the next line
  // starts in lowercase or this one stops mid-clause. A list of headlines
  // (teasers, tags) has lines of similar length but none of these.
  // The width is the longest such line: a headline list in the file may have longer lines.
  const breaks: number[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (!isContent(a.kind) || !isContent(b.kind) || a.markdown) continue;
    inBlock.push(a.first.trimmed.length);
    const t = shapeText(a.first.trimmed);
    if (!endsSentence(t) && (/^\p{Ll}/u.test(b.text) || endsMidClause(t))) breaks.push(a.first.trimmed.length);
  }
  if (inBlock.length < 3 || breaks.length < 2 || breaks.length / inBlock.length < 0.25) return 0;
  const width = Math.max(...breaks);
  if (width > 100 || width < 40) return 0;
  const near = inBlock.filter((n) => n >= width - 25).length;
  return near >= 3 && near / inBlock.length >= 0.6 ? width : 0;
}

function nextIndex(items: Item[], from: number, pred: (it: Item) => boolean): number {
  for (let i = from; i < items.length; i++) if (pred(items[i]!)) return i;
  return -1;
}

function prevAdjacent(items: Item[], i: number): Item | null {
  const prev = items[i - 1];
  return prev && prev.kind !== 'blank' ? prev : null;
}

function drop(it: Item, reason: string): void {
  it.kind = 'junk';
  it.reason = reason;
}

const sentenceCount = (t: string): number => splitSentences(t).length;

/** Whether two items are on consecutive lines (no blank line between them). */
function adjacent(items: Item[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (items[k]!.kind === 'blank') return false;
  return true;
}

/**
 * The title: the first content line when it reads as a headline; a kicker
 * above it (a short line, or one ending in a colon) is dropped as the kicker.
 * Returns the kicker item, if any.
 */
function selectTitle(items: Item[]): Item | null {
  let kicker: Item | null = null;
  let ti = nextIndex(items, 0, (it) => isContent(it.kind));
  if (ti >= 0) {
    const ni = nextIndex(items, ti + 1, (it) => it.kind !== 'blank');
    if (ni >= 0 && isColonKicker(items[ti]!, items[ni]!)) {
      drop(items[ti]!, 'kicker');
      kicker = items[ti]!;
      ti = ni;
    }
  }
  if (ti < 0 || !isHeadline(items[ti]!)) return kicker;
  let title = items[ti]!;
  const ni = nextIndex(items, ti + 1, (it) => it.kind !== 'blank' && it.kind !== 'junk' && it.kind !== 'meta');
  const next = ni >= 0 ? items[ni]! : null;
  // A kicker (`Ukraine-Krieg`, `Sturm über Norddeutschland`) on its own line above the headline:
  // up to three words, or up to six right above it.
  const words = wordCount(title.text);
  const kickerShape = !kicker && !title.text.includes(':') && !/[.!?]["“”»«]?$/.test(title.text) && (words <= 3 || (words <= 6 && adjacent(items, ti, ni)));
  if (next && kickerShape && next.kind === 'short' && wordCount(next.text) > words && wordCount(next.text) >= 3) {
    drop(title, 'kicker');
    kicker = title;
    title = next;
  }
  title.kind = 'title';
  return kicker;
}

/** Rules that need neighbours: captions, alt texts, teaser blocks, title, headings. Returns the kicker. */
function applyContextRules(items: Item[]): Item | null {
  const firstContent = nextIndex(items, 0, (it) => isContent(it.kind));

  // Captions: the line right above a standalone photo credit.
  items.forEach((it, i) => {
    if (!it.credit) return;
    const prev = prevAdjacent(items, i);
    // The first line of the page is the headline, not a caption – unless a headline follows the credit
    // (` date 2025-02 <caption>` / `Foto: …` / `<headline>`).
    const ni = nextIndex(items, i + 1, (x) => x.kind !== 'blank' && x.kind !== 'junk' && x.kind !== 'meta');
    const next = ni >= 0 ? items[ni]! : null;
    const headlineBelow = !!next && next.kind === 'short' && !next.markdown && wordCount(next.text) >= 3 && isHeadline(next);
    if (prev && isContent(prev.kind) && (items.indexOf(prev) !== firstContent || (headlineBelow && !/[:]$/.test(prev.text))) && prev.end - prev.start <= 300 && sentenceCount(prev.text) <= 2) {
      drop(prev, 'photo caption');
      prev.caption = true;
    }
  });
  // A caption under its credit, when the credit has none above it: one short sentence set off by a blank line.
  items.forEach((it, i) => {
    if (!it.credit) return;
    const prev = prevAdjacent(items, i);
    if (prev && (prev.caption || isContent(prev.kind))) return;
    const next = items[i + 1];
    const after = items[i + 2];
    if (next && isContent(next.kind) && next.first === next.last && sentenceCount(next.text) === 1 && wordCount(next.text) <= 15 && (!after || after.kind === 'blank')) {
      drop(next, 'photo caption');
      next.caption = true;
    }
  });
  // A newsletter box: a `Newsletter` label, up to two short lines, and a call (`Jetzt anmelden`) closing it.
  items.forEach((it, i) => {
    if (it.kind !== 'junk' || !/^newsletter\s*:?$/i.test(it.text)) return;
    const inside: Item[] = [];
    for (let j = i + 1; j < items.length && j <= i + 3; j++) {
      const x = items[j]!;
      if (x.kind === 'junk') {
        if (inside.length) for (const y of inside) drop(y, 'promotion');
        return;
      }
      if (!isContent(x.kind) || x.markdown || wordCount(x.text) > 25) return;
      inside.push(x);
    }
  });
  // An ad's text right under its label (`Werbung` over `Jetzt Aktien handeln …*`).
  items.forEach((it, i) => {
    if (it.kind !== 'junk' || !AD_LABEL.test(it.text)) return;
    const next = items[i + 1];
    const after = items[i + 2];
    const alone = !after || !isContent(after.kind);
    if (next && alone && isContent(next.kind) && !next.markdown && !(next.kind === 'body' && wordCount(next.text) > 20)) drop(next, 'advertisement');
  });
  // The title of an embedded video or audio, right under its label (`Video: 2 min`).
  items.forEach((it, i) => {
    if (it.kind !== 'junk' || !/^(?:video|audio|podcast)\b/i.test(it.text)) return;
    const ni = nextIndex(items, i + 1, (x) => x.kind !== 'blank');
    const next = ni >= 0 ? items[ni]! : null;
    if (next && next.kind === 'short' && !next.markdown && wordCount(next.text) <= 12) drop(next, 'video or audio title');
  });
  // Alt text: a few words right above a caption (`Russland Putin`).
  items.forEach((it, i) => {
    if (!it.caption && !it.credit) return;
    const prev = prevAdjacent(items, i);
    if (prev && prev.kind === 'short' && wordCount(prev.text) <= 5 && items.indexOf(prev) !== firstContent) drop(prev, 'image alt text');
  });

  // Teaser blocks: after a navigation heading or an engagement counter, the
  // headlines of other articles up to the next real paragraph. Source and
  // copyright lines, bylines and agency lines (`ala/dpa/Reuters`) are kept (they
  // describe this article); teaser dates are not.
  // A counter alone (no navigation heading) does not take a following sentence
  // that reads as body text: a counter can sit between paragraphs.
  items.forEach((it, i) => {
    if (!it.nav) return;
    let first = true;
    for (let j = i + 1; j < items.length; j++) {
      const x = items[j]!;
      if (x.kind === 'blank') continue;
      if (x.nav) break;
      const words = wordCount(x.text);
      // A teaser headline may be a question or an exclamation (`Wie sicher sind Häuser?`).
      const headline = x.kind === 'body' && x.first === x.last && /[?!]["“”»«]?$/.test(x.text) && words <= 15 && sentenceCount(x.text) === 1;
      if ((x.kind === 'body' || x.kind === 'text') && words > (first ? 12 : 6) && !headline) break;
      if (first && it.counter && readsAsBodySentence(x)) break;
      if (x.kind === 'meta' && x.meta?.kind !== 'date') break;
      if (x.kind !== 'junk') drop(x, 'navigation/teaser block');
      first = false;
    }
  });

  // Labels whose value the page put on the next line (`Beitragslänge:` over `1 min`, `Datum:` over a date).
  items.forEach((it, i) => {
    if (!isContent(it.kind) || it.first !== it.last || !/:$/.test(it.text) || wordCount(it.text) > 2) return;
    const ni = nextIndex(items, i + 1, (x) => x.kind !== 'blank');
    const next = ni >= 0 ? items[ni]! : null;
    if (next && (next.kind === 'junk' || next.kind === 'meta')) drop(it, 'label');
  });

  const kicker = selectTitle(items);

  // The bullets of the outlet's own summary box are text, not a list of headlines.
  items.forEach((it, i) => {
    if (!isContent(it.kind) || !isSummaryHeading(it.text) || it.first !== it.last) return;
    for (let j = i + 1; j < items.length; j++) {
      const x = items[j]!;
      if (x.kind === 'blank' && j === i + 1) continue;
      if (!isContent(x.kind) || !x.bullet) break;
      if (x.kind === 'short') x.kind = 'text';
    }
  });

  // Lists of short headlines: three or more short lines with no text between them.
  let run: Item[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const x of run) drop(x, 'list of short headlines');
    run = [];
  };
  for (const it of items) {
    if (it.kind === 'short') run.push(it);
    else if (it.kind === 'body' || it.kind === 'text' || it.kind === 'title') flush();
  }
  flush();

  // Question subheadings (`Wie viele Soldaten hat Schweden geschickt?`): a short
  // single question on its own line, not quoted speech, followed by text.
  items.forEach((it, i) => {
    if (it.kind !== 'body' || it.first !== it.last || !/\?$/.test(it.text) || /^[„"«»‚'“]/.test(it.text)) return;
    if (wordCount(it.text) > 12 || sentenceCount(it.text) !== 1) return;
    const ni = nextIndex(items, i + 1, (x) => x.kind !== 'blank' && x.kind !== 'junk' && x.kind !== 'meta');
    const next = ni >= 0 ? items[ni]! : null;
    if (next && (next.kind === 'body' || next.kind === 'text')) it.kind = 'heading';
  });

  // Short lines with no text after them are navigation, not subheadings; but the
  // article's last sentences, pasted without their full stop (`… nach Russland
  // gebracht`), right after the text, are text.
  const lastText = items.findLastIndex((it) => it.kind === 'body' || it.kind === 'text');
  let previous: Item | null = null;
  items.forEach((it, i) => {
    if (it.kind === 'short') {
      if (i > lastText) {
        if (previous && (previous.kind === 'body' || previous.kind === 'text') && cutSentence(it.text)) it.kind = 'text';
        else drop(it, 'navigation (no article text follows)');
      } else it.kind = 'heading';
    }
    if (it.kind !== 'blank') previous = it;
  });
  return kicker;
}

/**
 * Whether a short paragraph reads as a body sentence rather than a teaser
 * headline: it ends with a full stop (headlines end bare, or with `?`/`!`),
 * has at least four words and some lowercase words besides its first.
 */
function readsAsBodySentence(it: Item): boolean {
  if (it.kind !== 'body') return false;
  const t = shapeText(it.text);
  if (!/[.…]["“”»«'’)]*$/.test(t) || !endsSentence(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.slice(1).filter((w) => /^[„"«»‚(]?\p{Ll}/u.test(w)).length >= 2;
}

/** Whether the first content line reads as a headline rather than a body sentence. */
function isHeadline(it: Item): boolean {
  const t = it.first === it.last ? it.text : '';
  if (!t) return false;
  if (matchDateline(t, true)) return false;
  const words = wordCount(t);
  if (it.kind === 'short') return true;
  if (words > 30) return false;
  // A long headline without final punctuation.
  if (it.kind === 'text' && !/[,;:–-]$/.test(t)) return true;
  if (/[?!]["“”»«]?$/.test(t) && sentenceCount(t) === 1) return true;
  // `Scholz: „Wir werden antworten.“`
  return /^[^„"«»]{2,60}:\s*[„"«»].*[.!?]["“”»«]$/.test(t) && words <= 20;
}

/** A past participle (`gemeldet`, `angegriffen`, `evakuiert`): how a kicker glued before a headline ends. */
const PARTICIPLE = /^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$|^\p{Ll}{3,}iert$/u;

/**
 * Where the headline starts in a title line that has its kicker glued before
 * it: `Erste Schäden gemeldet Hamburg: Sturm deckt Dächer ab` -> the offset of
 * `Hamburg`. The kicker is a phrase ending in a participle, the headline a
 * label of one to three capitalised words and a colon. -1 when the line has no
 * such shape (one colon only; `Firmenpleite erreicht Oberösterreich: …`
 * is a sentence, not a kicker).
 */
export function gluedKickerEnd(t: string): number {
  const colon = t.indexOf(': ');
  if (colon < 0 || t.indexOf(':', colon + 1) >= 0) return -1;
  const words = [...t.slice(0, colon).matchAll(/\S+/g)];
  if (words.length < 3 || words.length > 9 || !/^\p{Lu}/u.test(words[0]![0])) return -1;
  for (let k = words.length - 2; k >= 1; k--) {
    const w = words[k]![0];
    if (!/^\p{Ll}/u.test(w)) continue;
    const label = words.slice(k + 1);
    if (label.length > 3 || !label.every((x) => /^\p{Lu}/u.test(x[0]))) return -1;
    if (!PARTICIPLE.test(w) || k < 1) return -1;
    return label[0]!.index!;
  }
  return -1;
}

/** Build the result: paragraphs (datelines, agency tags, editor codes and signatures cut off), headings, dropped blocks, signals. */
function assemble(raw: string, items: Item[], kickerItem: Item | null): CleanResult {
  const paragraphs: CleanParagraph[] = [];
  const headings: Heading[] = [];
  const signals: Signal[] = [];
  let title: Span | null = null;
  let kicker: Span | null = null;
  if (kickerItem) {
    const text = raw.slice(kickerItem.start, kickerItem.end).replace(/\s*:$/, '');
    kicker = { text, start: kickerItem.start, end: kickerItem.start + text.length, line: kickerItem.first.number };
  }
  let heading: string | null = null;
  let stamp: LiveBlogStamp | null = null;
  let day: LiveBlogStamp['day'] = null;
  /** In a summary box: waiting for its first paragraph, inside its bullets, or not. */
  let summary: 'start' | 'bullets' | null = null;

  const firstPara = items.findIndex((it) => it.kind === 'body' || it.kind === 'text');
  const lastPara = items.findLastIndex((it) => it.kind === 'body' || it.kind === 'text');
  const zoneOf = (i: number): Zone => (firstPara < 0 || i < firstPara ? 'header' : i > lastPara ? 'footer' : 'body');

  const drops: (DroppedBlock & { start: number; end: number })[] = [];
  const addDropped = (start: number, end: number, line: number, reason: string): void => {
    drops.push({ text: raw.slice(start, end), start, end, line, reason });
  };

  items.forEach((it, i) => {
    const text = raw.slice(it.start, it.end);
    switch (it.kind) {
      case 'blank':
        return;
      case 'junk':
        addDropped(it.start, it.end, it.first.number, it.reason ?? 'junk');
        if (it.day) {
          day = it.day;
          stamp = null;
          summary = null;
        }
        if (it.stamp) {
          stamp = { clock: it.stamp.clock, text: it.stamp.text, line: it.first.number, day };
          summary = null;
        }
        if (it.masthead) {
          signals.push({ kind: 'masthead', reason: 'masthead', line: it.first.number, zone: 'header', text, dates: [], outlet: text, agencies: [], url: null });
        }
        return;
      case 'meta': {
        addDropped(it.start, it.end, it.first.number, it.reason ?? 'metadata');
        if (it.day) {
          // A date line that is also a live blog's day separator (`Dienstag, 8. Juli 2025`).
          day = it.day;
          stamp = null;
        }
        const m = it.meta!;
        if (!m.photo) {
          signals.push({ kind: m.kind, reason: it.reason ?? m.reason, line: it.first.number, zone: zoneOf(i), text, dates: m.dates, outlet: m.outlet, agencies: m.agencies, url: m.url });
        }
        return;
      }
      case 'title': {
        const cut = kicker ? -1 : gluedKickerEnd(text);
        if (cut > 0) {
          const k = text.slice(0, cut).trimEnd();
          kicker = { text: k, start: it.start, end: it.start + k.length, line: it.first.number };
          title = { text: text.slice(cut), start: it.start + cut, end: it.end, line: it.first.number };
        } else {
          title = { text, start: it.start, end: it.end, line: it.first.number };
        }
        return;
      }
      case 'heading':
        heading = text;
        headings.push({ text, start: it.start, end: it.end, beforeParagraph: paragraphs.length });
        summary = isSummaryHeading(text) ? 'start' : null;
        return;
      default: {
        let start = it.start;
        let end = it.end;
        const dl = matchDateline(text, paragraphs.length < 3);
        if (dl) {
          addDropped(start, start + dl.text.length, it.first.number, 'dateline');
          signals.push({ kind: 'dateline', reason: 'dateline', line: it.first.number, zone: 'body', text: dl.text, dates: [], outlet: null, agencies: dl.agencies, url: null });
          start += dl.length;
        }
        const bullet = /^[•·▪*–-]\s+/.exec(raw.slice(start, end));
        if (bullet) start += bullet[0].length;
        const zone: Zone = i === lastPara ? 'footer' : 'body';
        const tag = matchAgencyTag(raw.slice(start, end));
        if (tag) {
          addDropped(end - tag.text.length, end, it.last.number, 'agency tag');
          signals.push({ kind: 'agency-tag', reason: 'agency tag', line: it.last.number, zone, text: tag.text, dates: tag.dates, outlet: null, agencies: tag.agencies, url: null });
          end = start + tag.start;
        }
        const codes = matchEditorCodes(raw.slice(start, end));
        if (codes) {
          addDropped(start + codes.start, end, it.last.number, 'editor codes');
          end = start + codes.start;
        }
        const signature = matchSignature(raw.slice(start, end));
        if (signature) {
          addDropped(start + signature.start, end, it.last.number, 'author signature');
          signals.push({ kind: 'agency-tag', reason: 'author signature', line: it.last.number, zone, text: signature.text, dates: signature.dates, outlet: null, agencies: [], url: null });
          end = start + signature.start;
        }
        while (start < end && /\s/.test(raw[start]!)) start++;
        while (end > start && /\s/.test(raw[end - 1]!)) end--;
        if (end <= start) return;
        const p: CleanParagraph = { text: raw.slice(start, end), start, end, line: it.first.number, heading };
        if (stamp) p.stamp = stamp;
        if (summary === 'start' || (summary === 'bullets' && it.bullet)) {
          p.summary = true;
          summary = it.bullet ? 'bullets' : null;
        } else {
          summary = null;
        }
        paragraphs.push(p);
      }
    }
  });
  return { title, kicker, headings, paragraphs, dropped: mergeDropped(raw, drops), signals };
}

/** Merge consecutive dropped lines with the same reason into one block. */
function mergeDropped(raw: string, drops: (DroppedBlock & { start: number; end: number })[]): DroppedBlock[] {
  const out: (DroppedBlock & { start: number; end: number })[] = [];
  for (const d of drops) {
    const prev = out.at(-1);
    if (prev && prev.reason === d.reason && d.start >= prev.end && raw.slice(prev.end, d.start).trim() === '') {
      prev.end = d.end;
      prev.text = raw.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...d });
  }
  return out.map(({ text, line, reason }) => ({ text, line, reason }));
}
