/**
 * The words of a chart in English and German: its key, headings and notes,
 * what figures count, month names for the time axis. Numbers and dates come
 * from the reply wording of the language (`reply/words`); quotes never appear
 * in a chart.
 *
 * @module
 */
import type { Lang } from '../../reply/lang.ts';
import { KIND_LABELS_DE } from '../../reply/words/estimate-de.ts';
import { KIND_LABELS } from '../../reply/words/estimate-en.ts';
import { wordsFor, type Words } from '../../reply/words/index.ts';

/** What a chart says, in one language. */
export interface ChartWords {
  readonly reply: Words;
  /** The measure line under the title. */
  measureLine(measure: string): string;
  key: { reported: string; about: string; lower: string; upper: string; range: string; span: string };
  /** Heading of the legend. */
  claimants: string;
  coarse: string;
  undated: string;
  /** Time axis title. */
  published: string;
  publishedOrFigure: string;
  labelsLeftOut(hidden: number, total: number): string;
  more(n: number): string;
  leftOut(n: number): string;
  /** `N more: a; b` for series sharing the last colour. */
  others(n: number, names: string): string;
  vague: string;
  almost: string;
  /** Month abbreviations for the time axis. */
  months: readonly string[];
  /** What a figure of a catalogue kind counts (`killed`, `troops sent`). */
  kinds: Readonly<Record<string, string>>;
  /** The alt text's first sentence. */
  altHead(measure: string, title: string, dated: number, dates: number, undated: number): string;
}

const EN: ChartWords = {
  reply: wordsFor('en'),
  measureLine: (m) => `${m}: as reported, never merged`,
  key: {
    reported: '● as reported',
    about: '≈ about',
    lower: '▲ more than / at least',
    upper: '▼ up to / fewer than',
    range: '┃ range',
    span: '━ dated only to a month or year (drawn across it)',
  },
  claimants: 'Claimant, or the outlet when none is named:',
  coarse: 'Dated only to a month or year, not on the time axis:',
  undated: 'Undated, not on the time axis:',
  published: 'date published',
  publishedOrFigure: 'date published (or of the figure, for undated articles)',
  labelsLeftOut: (h, t) => `${h} of ${t} labels left out (they would cover others); the reply lists every figure.`,
  more: (n) => `… and ${n} more (see the reply)`,
  leftOut: (n) => `${n} figure${n === 1 ? '' : 's'} counting something else not drawn (see the reply).`,
  others: (n, names) => `${n} more: ${names}`,
  vague: 'vague',
  almost: 'almost',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  // the summary's words for each kind; `captured` alone, as a chart label is short
  kinds: { ...KIND_LABELS, captured: 'captured' },
  altHead: (m, t, n, d, u) =>
    `Chart: ${m} in "${t}", ${n} dated figure${n === 1 ? '' : 's'} at ${d} dates${u ? `, ${u} more listed apart` : ''}.`,
};

const DE: ChartWords = {
  reply: wordsFor('de'),
  measureLine: (m) => `${m}: wie gemeldet, nie zusammengefasst`,
  key: {
    reported: '● wie gemeldet',
    about: '≈ etwa',
    lower: '▲ mehr als / mindestens',
    upper: '▼ bis zu / weniger als',
    range: '┃ Spanne',
    span: '━ nur auf Monat oder Jahr datiert (über den ganzen Zeitraum)',
  },
  claimants: 'Wer die Zahl nennt (oder das Medium, wenn niemand genannt ist):',
  coarse: 'Nur auf Monat oder Jahr datiert, nicht auf der Zeitachse:',
  undated: 'Ohne Datum, nicht auf der Zeitachse:',
  published: 'Erscheinungsdatum',
  publishedOrFigure: 'Erscheinungsdatum (oder Datum der Zahl bei Artikeln ohne Datum)',
  labelsLeftOut: (h, t) => `${h} von ${t} Beschriftungen weggelassen (sie würden andere verdecken); die Antwort nennt jede Zahl.`,
  more: (n) => `… und ${n} weitere (siehe Antwort)`,
  leftOut: (n) => `${n} ${n === 1 ? 'Zahl, die' : 'Zahlen, die'} etwas anderes ${n === 1 ? 'zählt' : 'zählen'}, nicht gezeichnet (siehe Antwort).`,
  others: (n, names) => `${n} weitere: ${names}`,
  vague: 'vage',
  almost: 'fast',
  months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  kinds: { ...KIND_LABELS_DE, captured: 'Gefangene' },
  altHead: (m, t, n, d, u) => `Diagramm: ${m} in „${t}“, ${n} datierte ${n === 1 ? 'Zahl' : 'Zahlen'} an ${d} Daten${u ? `, ${u} weitere gesondert aufgeführt` : ''}.`,
};

/** The chart words of a language (English when none is given). */
export function chartWords(lang: Lang | null | undefined): ChartWords {
  return lang === 'de' ? DE : EN;
}
