/**
 * German wording of replies: dates as a German reader writes them
 * ("Mittwoch, 4. Dezember 2024"), numbers with a point for thousands and a
 * comma for decimals ("10.000", "3,5 Millionen"), German labels and notices.
 * Quotes are never touched.
 *
 * @module
 */
import { sourceLabel } from '../wording.ts';
import type { ErrorContext, ErrorId } from '../errors.ts';
import { isWhenMessage, type Message, type SectionId } from '../messages.ts';
import type { DateRef, Figure } from '../model.ts';
import { attributionLine, ctx as s, isoParts } from './common.ts';
import type { UiWords, Words } from './types.ts';
import { dateRefDe, whenMessageDe } from './when-de.ts';
import { estimateMessageDe } from './estimate-de.ts';

const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** What an argument is, as the handlers name it in English, in German. */
const WHAT: Record<string, string> = {
  'a paragraph id': 'eine Absatz-Kennung',
  'search words': 'Suchwörter',
  'an event (a catalogue slug or free words)': 'ein Ereignis (Katalog-Kennung oder freie Wörter)',
  'a measure (a catalogue slug or free words)': 'eine Größe (Katalog-Kennung oder freie Wörter)',
  text: 'Text',
};
const what = (c: ErrorContext): string => WHAT[s(c, 'what')] ?? 'etwas';

const ERRORS: Record<ErrorId, (c: ErrorContext) => string> = {
  ArgumentEmpty: (c) => `Bitte ${what(c)} eingeben; das Feld ist leer.`,
  ArgumentTooLong: (c) => `Das ist zu lang (${s(c, 'length')} Zeichen, höchstens ${s(c, 'max')}). Besser ein paar Stichwörter.`,
  ArgumentNoLetters: (c) => `Die Eingabe enthält weder Buchstaben noch Ziffern, also nichts, was sich als ${what(c)} nachschlagen ließe.`,
  ArgumentType: (c) => `Diese Option hat den falschen Typ (erwartet: ${what(c)}); es wurde nichts nachgeschlagen.`,
  UnknownCommand: (c) => `Unbekannter Befehl „/${s(c, 'command')}“. Befehle: ${s(c, 'known')}.`,
  UnknownParagraph: (c) =>
    `Kein Absatz „${s(c, 'id')}“ in diesem Korpus. ${
      c.article ? `Artikel „${s(c, 'article')}“ hat die Absätze #p1 bis #p${s(c, 'paragraphs')}.` : 'Absatz-Kennungen sehen aus wie „<Artikel>#p3“; jede Antwort nennt eine.'
    }`,
  UnknownStory: (c) => `Kein Thema „${s(c, 'story')}“ in diesem Korpus. Themen: ${s(c, 'known')}.`,
  ReloadBusy: (c) => `Es läuft schon ein Neuladen (seit ${s(c, 'seconds')} s). Bitte danach noch einmal versuchen.`,
  ReloadFailed: (c) => `Neuladen fehlgeschlagen: ${s(c, 'why')}. Korpus ${s(c, 'version')} bleibt in Betrieb.`,
  ReloadNoArticle: (c) =>
    `Neuladen fehlgeschlagen: kein Artikel ließ sich laden${c.first ? ` (erstes Problem: ${s(c, 'first')})` : ''}. Korpus ${s(c, 'version')} bleibt in Betrieb.`,
  ReloadUnavailable: () => 'Neuladen ist hier nicht möglich.',
  UploadRejected: (c) => `${s(c, 'why')} Es wurde nichts geändert; Korpus ${s(c, 'version')} bleibt in Betrieb.`,
  UploadNeedsStory: (c) => `Dieses Korpus hat mehrere Themen: Bitte angeben, zu welchem der Artikel gehört (story: ${s(c, 'known')}). Es wurde nichts geändert.`,
  AttachmentRejected: (c) => s(c, 'why'),
  EngineRestarting: () => 'Die Antwort-Engine startet nach einem Fehler neu; bitte gleich noch einmal fragen.',
  InternalError: (c) => `Beim Beantworten ist etwas schiefgegangen (Ref. ${s(c, 'ref')}). Der Bot läuft weiter; bitte noch einmal versuchen oder die Ref. melden.`,
};

const ui: UiWords = {
  date: 'Datum',
  figure: 'Zahl',
  section: 'Abschnitt',
  before: 'Davor',
  after: 'Danach',
  thisParagraph: 'Dieser Absatz',
  startOfArticle: '(Anfang des Artikels)',
  endOfArticle: '(Ende des Artikels)',
  tryInstead: 'Stattdessen versuchen',
  corpus: (v) => `Korpus ${v}`,
  noAnswer: 'Keine Antwort.',
  page: (i, n) => `Seite ${i}/${n}`,
  verbatim: 'Zitate sind wörtlich; Zusammenhang mit „Absatz zeigen“ prüfen',
  showParagraph: (n) => `Absatz ${n} zeigen`,
  previous: 'Zurück',
  moreSources: 'Weitere Quellen',
  cut: '(gekürzt: „Absatz zeigen“ für den Rest)',
  claim: 'Angabe von:',
  published: 'veröffentlicht',
  undatedArticle: 'Artikel ohne Datum',
  outletUnknown: 'Medium unbekannt',
  undated: 'ohne Datum',
  untitled: '(ohne Titel)',
};

const plain = new Intl.NumberFormat('de-DE');
const decimals = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** `12.000`; whole millions as words (`8 Millionen`, `3,5 Millionen`, `1 Million`) as German reporters write them. */
function number(n: number): string {
  if (Math.abs(n) >= 1_000_000 && n % 10_000 === 0) {
    if (Math.abs(n) >= 1_000_000_000 && n % 10_000_000 === 0) {
      const b = n / 1_000_000_000;
      return `${decimals.format(b)} ${b === 1 ? 'Milliarde' : 'Milliarden'}`;
    }
    const m = n / 1_000_000;
    return `${decimals.format(m)} ${m === 1 ? 'Million' : 'Millionen'}`;
  }
  return plain.format(n);
}

/**
 * The amount in German, bounds as given: the qualifier is the source's own
 * word (`mehr als 3.000`, `rund 14.000`, `bis zu 1.000`), a range stays a
 * range (`10.000–12.000`), a vague amount says so.
 */
function amount(f: Figure): string {
  const q = f.qualifier?.toLowerCase() ?? null;
  if (f.min !== null && f.max !== null && f.min !== f.max) return `${number(f.min)}–${number(f.max)}`;
  if (f.min !== null && f.max !== null) return q ? `${q} ${number(f.min)}` : number(f.min);
  if (f.min !== null) {
    if (q === 'vage') return `mindestens ${number(f.min)} (vage: „${f.text}“)`;
    return `${q ?? 'mehr als'} ${number(f.min)}`;
  }
  if (f.max !== null) return `${q ?? 'bis zu'} ${number(f.max)}`;
  return 'eine nicht genannte Zahl';
}

/** `Mittwoch, 4. Dezember 2024` for an ISO day (weekday from the calendar). */
function day(y: number, m: number, d: number, withWeekday = true): string {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const text = `${d}. ${MONTHS[m - 1]} ${y}`;
  return withWeekday ? `${WEEKDAYS[wd]}, ${text}` : text;
}

function published(iso: string | null): string {
  if (!iso) return ui.undated;
  const p = isoParts(iso);
  if (!p) return iso;
  if (p.m === null) return String(p.y);
  if (p.d === null) return `${MONTHS[p.m - 1]} ${p.y}`;
  const text = day(p.y, p.m, p.d, false);
  return p.time ? `${text}, ${p.time} Uhr` : text;
}

/** `1 Artikel`, `2 Absätze`. */
const count = (n: number, one: string, many: string): string => `${plain.format(n)} ${n === 1 ? one : many}`;

const PRECISION: Record<string, string> = { minute: 'Minute', day: 'Tag', month: 'Monat', year: 'Jahr' };

function message(m: Message): string {
  if (isWhenMessage(m)) return whenMessageDe(m);
  switch (m.id) {
    case 'text':
      return m.text;
    case 'blank':
      return '';
    case 'none':
      return 'keine';
    case 'search.found':
      return `${count(m.paragraphs, 'Absatz', 'Absätze')} aus ${count(m.articles, 'Artikel', 'Artikeln')} ${m.paragraphs === 1 ? 'passt' : 'passen'} zu „${m.query}“.`;
    case 'search.nothing':
      return `Nichts im Korpus passt zu „${m.query}“.`;
    case 'source.position':
      return `Absatz ${m.index} von ${m.count} in „${m.title}“.`;
    case 'stories.apart':
      return `„${m.query}“ passt zu ${m.count} Themen; jedes wird für sich mit seinen besten Zitaten beantwortet, das passendste zuerst (mit story: die ganze Antwort eines Themas):`;
    case 'stories.story':
      return `${m.title.de}:`;
    case 'stories.nothing':
      return 'Nichts in diesem Thema beantwortet das.';
    case 'corpus.summary':
      return (
        `${m.stories > 1 ? `${count(m.stories, 'Thema', 'Themen')}, ` : ''}${count(m.articles, 'Artikel', 'Artikel')}, ` +
        `${count(m.paragraphs, 'Absatz', 'Absätze')}, ${m.undated} ohne Datum, ${count(m.warnings, 'Warnung', 'Warnungen')}` +
        `${m.skipped ? ` (${count(m.skipped, 'Datei', 'Dateien')} übersprungen)` : ''}; Korpusversion ${m.version}.`
      );
    case 'corpus.story':
      return (
        `${m.story} — „${m.title.de}“ — ${count(m.articles, 'Artikel', 'Artikel')}, ${count(m.paragraphs, 'Absatz', 'Absätze')}, ` +
        `${m.undated} ohne Datum, ${count(m.warnings, 'Warnung', 'Warnungen')}`
      );
    case 'corpus.article':
      return (
        (m.story ? `${m.story}: ` : '') +
        [
          m.article,
          m.title ? `„${m.title}“` : '(ohne Titel)',
          m.published ? `${m.published.iso} (${PRECISION[m.published.precision] ?? m.published.precision})` : 'ohne Datum',
          sourceLabel(m.source) ?? ui.outletUnknown,
          count(m.paragraphs, 'Absatz', 'Absätze'),
        ].join(' — ')
      );
    case 'problem':
      return `${m.severity === 'error' ? 'übersprungen' : 'Warnung'}: ${m.where}: ${m.text}`;
    case 'reload.same':
      return `Neu geladen: nichts geändert (Korpus ${m.version}, ${count(m.articles, 'Artikel', 'Artikel')}).`;
    case 'reload.changed':
      return (
        `Neu geladen: Korpus ${m.before} → ${m.after}: ${m.added} hinzugefügt, ${m.removed} entfernt, ` +
        `${m.changed} geändert, ${m.unchanged} unverändert; jetzt ${count(m.articles, 'Artikel', 'Artikel')}.`
      );
    case 'reload.story':
      return `${m.story} (${m.title.de}): ${count(m.articles, 'Artikel', 'Artikel')}${m.articles !== m.was ? ` (vorher ${m.was})` : ''}`;
    case 'reload.saved':
      return `${m.file} gespeichert${m.shortened ? ' (Name gekürzt)' : ''}.`;
    case 'reload.replaced':
      return `${m.file} ersetzt${m.shortened ? ' (Name gekürzt)' : ''}; der alte Text liegt unter ${m.trashed.join(', ')}.`;
    default:
      return estimateMessageDe(m, { amount, published });
  }
}

const SECTIONS: Record<SectionId, string> = {
  stories: 'Themen',
  articles: 'Artikel',
  undated: 'Artikel ohne Datum',
  warnings: 'Warnungen',
  added: 'Hinzugefügt',
  removed: 'Entfernt',
  changed: 'Geändert',
};

/** German wording. */
export const DE: Words = {
  lang: 'de',
  ui,
  number,
  amount,
  figure: (f: Figure) => `${amount(f)} („${f.text}“)`,
  published,
  dateRef: dateRefDe,
  source: (a) => sourceLabel(a) ?? ui.outletUnknown,
  attribution: (a) => attributionLine(a, ui, published, a.claimantDe ?? a.claimant),
  error: (id, c) => ERRORS[id](c),
  message,
  section: (id) => SECTIONS[id],
};
