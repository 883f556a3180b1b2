/**
 * English wording of `/estimate` summaries and notices (the `estimate.*`
 * messages): the English `summary` and `notice` of the JSON contract are
 * this wording of the structure.
 *
 * @module
 */
import type { Modality } from '../../language/de/figures/index.ts';
import type { EstimateClaim, EstimateMeasure, EstimateSource, Message } from '../messages.ts';
import type { Figure } from '../model.ts';
import { formatAmount, sourceLabel } from '../wording.ts';

/** The estimate messages (the rest of the union is worded in `en.ts`). */
export type EstimateMessage = Extract<Message, { id: `estimate.${string}` }>;

/** What a figure of a catalogue kind counts, in English. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  killed: 'killed',
  wounded: 'wounded',
  'killed-or-wounded': 'killed or wounded',
  missing: 'missing',
  trapped: 'trapped',
  rescued: 'rescued alive',
  recovered: 'bodies recovered',
  evacuated: 'evacuated or displaced',
  captured: 'captured or arrested',
  deployed: 'deployed',
  'troops-sent': 'troops sent',
  'troops-arrived': 'troops arrived',
  reinforcements: 'reinforcements',
  munitions: 'munitions',
  weapons: 'weapons',
  destroyed: 'destroyed',
  damaged: 'damaged',
};

/** The labels of forecast modalities, as the summary shows them. */
export const FORECAST_LABELS: Readonly<Record<Modality, string>> = {
  counted: 'counted',
  estimated: 'estimated',
  feared: 'feared',
  projected: 'projected',
  hypothetical: 'could',
  planned: 'planned',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A publication date as precise as known (`18 February 2025, 14:52`, `February 2025`), `undated` for null. */
export function formatWhen(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  return hh ? `${Number(d)} ${month} ${y}, ${hh}:${mm}` : `${Number(d)} ${month} ${y}`;
}

/** `more than 3,000 killed or wounded`, `magnitude 7.4`, `about 8,500 Hektaren`, `950 Arbeitsplätzen` — bounds as given, never averaged. */
export function describeFigure(f: Figure): string {
  const quantity = f.quantity ?? 'count';
  // `6,500 million` reads better as `6.5 billion`
  const amount = formatAmount(f).replace(/\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) million\b/g, (all, n: string) => {
    const v = Number(n.replace(/,/g, ''));
    return v >= 1000 ? `${Number((v / 1000).toFixed(3))} billion` : all;
  });
  if (quantity === 'magnitude') return `magnitude ${amount}`;
  if (quantity !== 'count') return `${amount} ${f.unit ?? ''}`.trim();
  const what = f.kind ? (KIND_LABELS[f.kind] ?? f.kind) : (f.unit ?? '');
  return `${amount} ${what}`.trim();
}

/** `Reuters`, `ntv.de / AFP`, or the article's title shortened (`"Nach dem Beben: Weidenbacher THW-Helfer …"`), or its id. */
export function sourceName(s: EstimateSource, open = '"', close = '"'): string {
  const label = sourceLabel(s);
  if (label) return label;
  if (s.title) return `${open}${s.title.length > 48 ? `${s.title.slice(0, 47).trimEnd()}…` : s.title}${close}`;
  return s.article;
}

/** `Reuters, February 2025`, `"Nach dem Beben: …", undated`. */
const sourceWithDate = (s: EstimateSource): string => `${sourceName(s)}, ${formatWhen(s.published)}`;

/** `1,820 killed in North Macedonia`. */
function claimFigure(c: EstimateClaim): string {
  const where = c.places.length ? ` in ${c.places.map((p) => p.en).join(' and ')}` : '';
  return `${describeFigure(c.figure)}${where}`;
}

/** `Reuters, February 2025` or `reported by 2 articles: …`; `(2 quotes)` for one article quoted twice. */
function claimSources(c: EstimateClaim): string {
  if (c.articles === 1) return `${sourceWithDate(c.sources[0]!)}${c.quotes > 1 ? ` (${c.quotes} quotes)` : ''}`;
  return `reported by ${c.articles} articles: ${c.sources.map(sourceWithDate).join('; ')}${c.articles > c.sources.length ? '; …' : ''}`;
}

function claimLine(c: EstimateClaim): string {
  const who = c.claimant ? `${c.claimant.en}: ` : '';
  const tag = c.forecast ? `${FORECAST_LABELS[c.forecast]}: ` : '';
  let line = `• ${tag}${who}${claimFigure(c)} — ${claimSources(c)}${c.latest ? ' · latest' : ''}`;
  if (c.earlier.length) {
    const earlier = c.earlier.map((e) => `${describeFigure(e.figure)} (${sourceWithDate(e.source)})`);
    line += `\n  earlier: ${earlier.join('; ')}${c.earlierMore ? `; and ${c.earlierMore} more` : ''}`;
  }
  return line;
}

/** `People killed in Albania`, `"Hektar" (no catalogue measure; …)`. */
function measureLabel(m: EstimateMeasure): string {
  if ('words' in m) return `"${m.words}" (no catalogue measure; figures in the best-matching sentences)`;
  return `${m.title.en}${m.place ? ` in ${m.place.en}` : ''}`;
}

/** What was asked, for a notice: `"People killed" in Albania`, `"Hektar"`. */
function measureAsked(m: EstimateMeasure): string {
  if ('words' in m) return `"${m.words}"`;
  return `"${m.title.en}"${m.place ? ` in ${m.place.en}` : ''}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One `estimate.*` message in English. */
export function estimateMessageEn(m: EstimateMessage): string {
  switch (m.id) {
    case 'estimate.head':
      return `${measureLabel(m.measure)}: ${plural(m.figures, 'figure')} from ${plural(m.articles, 'article')}, latest first (not merged):`;
    case 'estimate.claim':
      return claimLine(m);
    case 'estimate.only-forecasts':
      return '• no counted figure, only forecasts';
    case 'estimate.forecasts':
      return 'Forecasts and fears (not counts):';
    case 'estimate.counted':
      return 'Counted:';
    case 'estimate.more':
      return `… and ${plural(m.figures, 'more figure', 'more figures')} below.`;
    case 'estimate.quoted':
      return `${m.quotes} quotes in all; the first ${m.shown} are quoted below.`;
    case 'estimate.nothing':
      return `Nothing in the corpus gives a figure for ${measureAsked(m.measure)}.`;
    case 'estimate.place-as-word':
      return `No figure of "${m.title.en}" is about ${m.place.en} as a place; figures whose paragraph names "${m.words}" come first.`;
    case 'estimate.no-forecast':
      return 'No source gives a forecast or fear for this; these are the counted figures.';
    case 'estimate.free-words':
      return `"${m.query}" is not a catalogued measure, so these are the figures in the sentences that best match the words; check what each one counts.`;
  }
}
