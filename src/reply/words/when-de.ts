/**
 * German wording of dates (from their structure, `DateRef.say`) and of
 * `/when` summaries and notices, as a German reader writes them:
 * "Mittwoch, 4. Dezember 2024", "Anfang August 2024", "Sommer 2024",
 * "ein Samstag im April 2025 (oder 29. März 2025)",
 * "gemeldet am Donnerstag, 5. Dezember 2024, 11:58 Uhr". Event titles come
 * from the catalogue's German titles; outlets, quotes and phrases stay as
 * written.
 *
 * @module
 */
import type { DatePart, DateSay, DateVague, DateOutside } from '../../language/de/dates/index.ts';
import type { WhenEarlier, WhenMessage, WhenSubject } from '../messages.ts';
import type { DateRef } from '../model.ts';

const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const SEASONS = { spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' } as const;
const ORDINALS = ['', 'erste', 'zweite', 'dritte', 'vierte'];
const NUMBER_WORDS = ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

const month = (m: number): string => MONTHS[m - 1] ?? String(m);
const weekday = (wd: number): string => WEEKDAYS[wd] ?? String(wd);

function parts(iso: string): { y: number; m: number; d: number; wd: number } {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** `4. Dezember 2024`. */
export function shortDay(iso: string): string {
  const p = parts(iso);
  return `${p.d}. ${month(p.m)} ${p.y}`;
}

/** `Mittwoch, 4. Dezember 2024`. */
export function longDay(iso: string): string {
  return `${weekday(parts(iso).wd)}, ${shortDay(iso)}`;
}

/** `4.–6. Dezember 2024`, `30. November – 1. Dezember 2024`, `30. Dezember 2024 – 2. Januar 2025`. */
function range(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${shortDay(from)} – ${shortDay(to)}`;
  if (a.m !== b.m) return `${a.d}. ${month(a.m)} – ${shortDay(to)}`;
  return `${a.d}.–${shortDay(to)}`;
}

/** `Anfang `, `Mitte `, `Ende ` before a month, season or year. */
function part(p: DatePart | undefined): string {
  return p === 'early' ? 'Anfang ' : p === 'mid' ? 'Mitte ' : p === 'late' ? 'Ende ' : '';
}

/** `n` as a word up to twelve (`zwei`), else digits. */
const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** `vor der Veröffentlichung` style offsets: `der Tag vor der Veröffentlichung`, `zwei Wochen nach der Veröffentlichung`. */
function offset(unit: 'day' | 'week' | 'month', n: number): string {
  const one = { day: 'der Tag', week: 'die Woche', month: 'der Monat' }[unit];
  if (n === 0) return `${one} der Veröffentlichung`;
  const many = { day: 'Tage', week: 'Wochen', month: 'Monate' }[unit];
  const amount = Math.abs(n) === 1 ? one : `${numberWord(Math.abs(n))} ${many}`;
  return `${amount} ${n < 0 ? 'vor' : 'nach'} der Veröffentlichung`;
}

function vague(v: DateVague): string {
  switch (v.kind) {
    case 'weekday':
      return v.night ? `die Nacht zu einem ${weekday(v.wd)}` : `ein ${weekday(v.wd)}`;
    case 'offset':
      return offset(v.unit, v.n);
    case 'weekend':
      return 'ein Wochenende';
    case 'fewDays':
      return 'wenige Tage vor der Veröffentlichung';
    case 'monthName':
      return `ein ${month(v.m)}`;
    case 'as':
      return germanDate(v.date);
  }
}

function outside(o: DateOutside): string {
  switch (o.kind) {
    case 'day':
      return `oder ${shortDay(o.day)}`;
    case 'as':
      return `oder ${germanDate(o.date)}`;
    case 'bound':
      return `oder ${o.edge === 'early' ? 'frühestens' : 'spätestens'} ${shortDay(o.day)}`;
  }
}

/** `am Donnerstag, 5. Dezember 2024, 11:58 Uhr`, `im April 2025`, `im Jahr 2025`: when something was reported. */
function reportedWhen(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) return iso;
  if (m[3]) return `am ${longDay(iso.slice(0, 10))}${m[4] ? `, ${m[4]} Uhr` : ''}`;
  return m[2] ? `im ${month(Number(m[2]))} ${m[1]}` : `im Jahr ${m[1]}`;
}

/** A date's structure in German words. */
export function germanDate(s: DateSay): string {
  switch (s.kind) {
    case 'day':
    case 'minute': {
      const base = s.kind === 'minute' ? `${longDay(s.day)}, ${s.time} Uhr` : longDay(s.day);
      return s.says === undefined ? base : `${base} (im Text steht ${weekday(s.says)}; Datum prüfen)`;
    }
    case 'daypart':
      return `${longDay(s.day)} (${s.phrase})`;
    case 'range':
      return range(s.from, s.to);
    case 'month':
      return `${part(s.part)}${month(s.m)} ${s.y}`;
    case 'season':
      return `${part(s.part)}${SEASONS[s.season]} ${s.season === 'winter' ? `${s.y}/${String(s.y + 1).slice(-2)}` : s.y}`;
    case 'winterOfYear':
      return `Winter ${s.y} (Januar–Februar oder Dezember)`;
    case 'year':
      return `${part(s.part)}${s.y}`;
    case 'years':
      return `${s.from}–${s.to}`;
    case 'decade':
      return `die ${s.start}er-Jahre`;
    case 'quarter':
      return `das ${ORDINALS[s.q]} Quartal ${s.y}`;
    case 'half':
      return `das ${ORDINALS[s.h]} Halbjahr ${s.y}`;
    case 'turnOfYear':
      return `der Jahreswechsel ${s.y}/${String(s.y + 1).slice(-2)}`;
    case 'night':
      return `die Nacht zum ${longDay(s.day)}`;
    case 'fewDays':
      return `wenige Tage vor der Veröffentlichung (etwa ${range(s.from, s.to)})`;
    case 'weekend':
      return `das Wochenende ${range(s.from, s.to)}`;
    case 'week': {
      const lead = s.part === 'early' ? 'Anfang der Woche' : s.part === 'mid' ? 'Mitte der Woche' : s.part === 'late' ? 'Ende der Woche' : 'die Woche';
      return `${lead} ab dem ${shortDay(s.monday)}`;
    }
    case 'either':
      return `${germanDate(s.first)} oder ${germanDate(s.second)}`;
    case 'within': {
      const period = s.m === null ? `im Jahr ${s.y}` : `im ${month(s.m)} ${s.y}`;
      return `${vague(s.what)} ${period}${s.or.length ? ` (${s.or.map(outside).join(', ')})` : ''}`;
    }
    case 'anchored':
      return `${longDay(s.day)} (der Tag ${s.before ? 'vor' : 'nach'} „${s.base}“)`;
    case 'anchoredToPublication':
      return `${longDay(s.day)} (der Tag ${s.before ? 'vor' : 'nach'} der Veröffentlichung)`;
    case 'anchoredUnresolved':
      return `der Tag ${s.before ? 'vor' : 'nach'} „${s.base}“ (${germanDate(s.baseSay)})`;
    case 'reported':
      return `gemeldet ${reportedWhen(s.iso)}`;
    case 'nextSentence':
      return `${germanDate(s.date)} (Datum im nächsten Satz)`;
    case 'unresolved':
      return `„${s.text}“ lässt sich nicht datieren (${s.why === 'coarse' ? 'das Datum des Artikels ist dafür zu ungenau' : 'Artikel ohne Datum'})`;
    case 'none':
      return 'kein Datum im Satz, und der Artikel ist undatiert';
  }
}

/** The span a coarse date covers, when the reply gives one: `29. März 2025 bis 26. April 2025`. */
function span(d: DateRef): string | null {
  if (!d.from || !d.to) return null;
  return d.from === d.to ? shortDay(d.from) : `${shortDay(d.from)} bis ${shortDay(d.to)}`;
}

/** A date without its structure (a reply made by other code): worded from its ISO value and span, as precise as it is known. */
function fromIso(d: DateRef): string {
  const iso = d.iso ?? '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) return span(d) ?? iso;
  if (m[3]) return m[4] ? `${longDay(iso.slice(0, 10))}, ${m[4]} Uhr` : longDay(iso);
  const range = span(d);
  if (m[2]) {
    if (range && d.basis !== 'reported' && d.precision !== 'month') return range;
    return `${month(Number(m[2]))} ${m[1]}${range && d.precision === 'month' && d.from && !d.from.startsWith(iso) ? ` (${range})` : ''}`;
  }
  return d.precision === 'year' ? m[1]! : (range ?? m[1]!);
}

/** A date in German: from its structure, else from its ISO value. */
export function dateDe(d: DateRef): string {
  if (d.say) return germanDate(d.say);
  if (d.basis === 'reported' && d.iso) return `gemeldet ${reportedWhen(d.iso)}`;
  if (d.iso === null) return d.text ? `„${d.text}“ lässt sich nicht datieren` : germanDate({ kind: 'none' });
  return fromIso(d);
}

/** An answer's date line: the date with the phrase it was read from (`Mittwoch, 4. Dezember 2024 („am Mittwoch“)`). */
export function dateRefDe(d: DateRef): string {
  const words = dateDe(d);
  if (d.basis === 'reported' || d.iso === null || !d.text) return words;
  return `${words} („${d.text}“)`;
}

const quotes = (n: number): string => `${n} ${n === 1 ? 'Zitat' : 'Zitate'}`;

function subject(s: WhenSubject): string {
  if (s.kind === 'event') return s.planned ? `${s.title.de} (geplant)` : s.title.de;
  return `„${s.query}“ (kein Katalog-Ereignis; ${s.by === 'clauses' ? 'Daten der Sätze, die es aussagen' : 'Daten der am besten passenden Sätze'})`;
}

/** `date` of a reported date without its `gemeldet`: `am Donnerstag, …`. */
const reportedDe = (d: DateRef): string => (d.say?.kind === 'reported' ? reportedWhen(d.say.iso) : dateDe(d));
const earlier = (e: WhenEarlier): string => `Aber ${e.source} meldete es früher: ${reportedDe(e.date)}.`;
const more = (n: number): string => `${n} ${n === 1 ? 'weiteres Zitat' : 'weitere Zitate'} ohne auflösbares Datum.`;

/** One line of a `/when` summary or notice in German. */
export function whenMessageDe(m: WhenMessage): string {
  switch (m.id) {
    case 'when.undated':
      return `${subject(m.subject)}: Kein Datum lässt sich auflösen; ${quotes(m.quotes)} mit der Zeitangabe, wie sie im Text steht (Artikel ohne Datum).`;
    case 'when.reported':
      return `${subject(m.subject)}: Keine Quelle datiert das Ereignis selbst; früheste Meldung ${reportedDe(m.earliest.date)} (${m.earliest.source}).${m.more ? ` ${more(m.more)}` : ''}`;
    case 'when.agree':
      return (
        `${subject(m.subject)}: ${dateDe(m.date)} (${m.agree} von ${m.dated} datierten Zitaten ${m.agree === 1 ? 'stimmt' : 'stimmen'} überein).` +
        `${m.earlier ? ` ${earlier(m.earlier)}` : ''}${m.more ? ` ${more(m.more)}` : ''}`
      );
    case 'when.differ':
      return `${subject(m.subject)}: Die Quellen nennen verschiedene Daten:`;
    case 'when.group':
      return `• ${dateDe(m.date)} — ${m.sources.join(', ')}`;
    case 'when.earlier':
      return earlier(m.earlier);
    case 'when.more':
      return more(m.quotes);
    case 'when.shown':
      return `(${m.total} Zitate belegen es; die ${m.shown} besten werden gezeigt.)`;
    case 'when.several':
      return `„${m.query}“ passt zu ${m.count} Ereignissen des Katalogs; jedes wird für sich beantwortet:`;
    case 'when.event':
      return `• ${m.first ? whenMessageDe(m.first) : `${m.title.de}: Im Korpus steht dazu nichts.`} (/when ${m.slug})`;
    case 'when.askOne':
      return `Alle Zitate gibt es mit der Frage nach einem einzelnen Ereignis: ${m.slugs.map((s) => `/when ${s}`).join(', ')}.`;
    case 'when.freeClauses':
      return `„${m.query}“ ist kein Ereignis des Katalogs: Das sind die Sätze, deren Satzteil „${m.event}“ aussagt, die besten zuerst, mit den Daten, die dazu gehören.`;
    case 'when.freeWords':
      return `„${m.query}“ ist kein Ereignis des Katalogs, und kein Satz im Korpus nennt es als Ereignis; das sind die Sätze, die am besten zu den Wörtern passen, mit ihren Daten.`;
    case 'when.nothing':
      return `Im Korpus steht nichts darüber, wann „${m.query}“ geschah.`;
    case 'when.nothingEvent':
      return `Im Korpus steht nichts darüber, wann es dazu kam: ${m.title.de}.`;
    case 'when.try':
      return `/${m.command} ${m.slug} (${m.title.de})`;
  }
}
