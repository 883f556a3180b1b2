/**
 * German wording of `/estimate` summaries and notices (the `estimate.*`
 * messages): measure titles, places and claimants from their German forms,
 * amounts and dates as `de.ts` writes them (`mehr als 3.000`, `18. Februar
 * 2025, 14:52 Uhr`). Quotes and article titles are never touched.
 *
 * @module
 */
import type { Modality } from '../../language/de/figures/index.ts';
import type { EstimateClaim, EstimateMeasure, EstimateSource } from '../messages.ts';
import type { Figure } from '../model.ts';
import { sourceLabel } from '../wording.ts';
import type { EstimateMessage } from './estimate-en.ts';

/** What a figure of a catalogue kind counts, in German (a noun or participle after the amount). */
export const KIND_LABELS_DE: Readonly<Record<string, string>> = {
  killed: 'Tote',
  wounded: 'Verletzte',
  'killed-or-wounded': 'Tote oder Verletzte',
  missing: 'Vermisste',
  trapped: 'Eingeschlossene',
  rescued: 'lebend Gerettete',
  recovered: 'geborgene Leichen',
  evacuated: 'Evakuierte oder Vertriebene',
  captured: 'Gefangene oder Festgenommene',
  deployed: 'im Einsatz',
  'troops-sent': 'entsandte Soldaten',
  'troops-arrived': 'eingetroffene Soldaten',
  reinforcements: 'Verstärkung',
  munitions: 'Munition',
  weapons: 'Waffen',
  destroyed: 'zerstört',
  damaged: 'beschädigt',
};

/** Forecast modalities as the German summary labels them. */
export const FORECAST_LABELS_DE: Readonly<Record<Modality, string>> = {
  counted: 'gezählt',
  estimated: 'geschätzt',
  feared: 'befürchtet',
  projected: 'erwartet',
  hypothetical: 'möglich',
  planned: 'geplant',
};

/** What the German wording takes from `de.ts`: amounts and publication dates as German readers write them. */
export interface GermanFigures {
  amount(f: Figure): string;
  published(iso: string | null): string;
}

/** `mehr als 3.000 Tote oder Verletzte`, `Stärke 7,4`, `etwa 8.500 Hektaren` (a unit as the article wrote it). */
export function describeFigureDe(f: Figure, g: GermanFigures): string {
  const quantity = f.quantity ?? 'count';
  const amount = g.amount(f);
  if (quantity === 'magnitude') return `Stärke ${amount}`;
  if (quantity !== 'count') return `${amount} ${f.unit ?? ''}`.trim();
  const what = f.kind ? (KIND_LABELS_DE[f.kind] ?? f.kind) : (f.unit ?? '');
  return `${amount} ${what}`.trim();
}

/** `Reuters`, `ntv.de / AFP`, or the article's title shortened in German quotes, or its id. */
function sourceName(s: EstimateSource): string {
  const label = sourceLabel(s);
  if (label) return label;
  if (s.title) return `„${s.title.length > 48 ? `${s.title.slice(0, 47).trimEnd()}…` : s.title}“`;
  return s.article;
}

/** A list as German writes it: `A, B und C`. */
export function listDe(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One `estimate.*` message in German. */
export function estimateMessageDe(m: EstimateMessage, g: GermanFigures): string {
  const withDate = (s: EstimateSource) => `${sourceName(s)}, ${g.published(s.published)}`;
  const measureLabel = (x: EstimateMeasure) =>
    'words' in x ? `„${x.words}“ (keine Größe aus dem Katalog; Zahlen aus den am besten passenden Sätzen)` : `${x.title.de}${x.place ? ` in ${x.place.de}` : ''}`;
  const measureAsked = (x: EstimateMeasure) => ('words' in x ? `„${x.words}“` : `„${x.title.de}“${x.place ? ` in ${x.place.de}` : ''}`);
  const claimSources = (c: EstimateClaim) =>
    c.articles === 1
      ? `${withDate(c.sources[0]!)}${c.quotes > 1 ? ` (${c.quotes} Zitate)` : ''}`
      : `gemeldet in ${c.articles} Artikeln: ${c.sources.map(withDate).join('; ')}${c.articles > c.sources.length ? '; …' : ''}`;
  switch (m.id) {
    case 'estimate.head':
      return `${measureLabel(m.measure)}: ${count(m.figures, 'Zahl', 'Zahlen')} aus ${count(m.articles, 'Artikel', 'Artikeln')}, neueste zuerst (nicht zusammengefasst):`;
    case 'estimate.claim': {
      const who = m.claimant ? `${m.claimant.de}: ` : '';
      const tag = m.forecast ? `${FORECAST_LABELS_DE[m.forecast]}: ` : '';
      const where = m.places.length ? ` in ${listDe(m.places.map((p) => p.de))}` : '';
      let line = `• ${tag}${who}${describeFigureDe(m.figure, g)}${where} — ${claimSources(m)}${m.latest ? ' · neueste' : ''}`;
      if (m.earlier.length) {
        const earlier = m.earlier.map((e) => `${describeFigureDe(e.figure, g)} (${withDate(e.source)})`);
        line += `\n  zuvor: ${earlier.join('; ')}${m.earlierMore ? `; dazu ${m.earlierMore} weitere` : ''}`;
      }
      return line;
    }
    case 'estimate.only-forecasts':
      return '• keine gezählte Zahl, nur Prognosen';
    case 'estimate.forecasts':
      return 'Prognosen und Befürchtungen (keine Zählungen):';
    case 'estimate.counted':
      return 'Gezählt:';
    case 'estimate.more':
      return `… und ${count(m.figures, 'weitere Zahl', 'weitere Zahlen')} unten.`;
    case 'estimate.quoted':
      return `${m.quotes} Zitate insgesamt; die ersten ${m.shown} stehen unten.`;
    case 'estimate.nothing':
      return `Nichts im Korpus nennt eine Zahl für ${measureAsked(m.measure)}.`;
    case 'estimate.place-as-word':
      return `Keine Zahl für „${m.title.de}“ betrifft ${m.place.de} als Ort; Zahlen, deren Absatz „${m.words}“ nennt, stehen zuerst.`;
    case 'estimate.no-forecast':
      return 'Keine Quelle nennt dafür eine Prognose oder Befürchtung; das hier sind die gezählten Zahlen.';
    case 'estimate.free-words':
      return `„${m.query}“ ist keine Größe aus dem Katalog: Das sind die Zahlen aus den Sätzen, die am besten zu den Wörtern passen; bitte prüfen, was jede zählt.`;
  }
}
