/**
 * The summary of an `/estimate` answer: one line per **claim** — a figure
 * as a claimant gives it, with every article that reports it ("reported by
 * 3 articles", never three sources and never one) — the newest claim of
 * each claimant marked as the latest with its superseded figures listed
 * after it as earlier, and forecasts (feared, projected, possible, planned)
 * apart under their own heading. Figures are never merged into one number
 * or averaged: how estimates moved is the information.
 *
 * A source is named by its outlet (and agency) or, when the page names none,
 * by the article's shortened title; always with its date as precise as
 * known, or "undated".
 *
 * @module
 */
import { FORECASTS, type Modality } from '../language/de/figures/index.ts';
import type { Answer, Figure } from '../reply/model.ts';
import { formatAmount, sourceLabel } from '../reply/wording.ts';
import type { Story } from '../snapshot/snapshot.ts';

/** An accepted figure with what the summary needs besides its answer. */
export interface FigureRecord {
  /** The quote, with claimant, date and figure. */
  answer: Answer;
  /** Place ids the figure's clause names as where it happened. */
  places: string[];
  /** Whose (side id, `civilians`, `all`), or null. */
  side: string | null;
  /** About another time (`damals`, a year well before publication). */
  historical: boolean;
  /** Position in the corpus (article order, paragraph, sentence, figure), for stable ordering. */
  order: number;
  /** The index of the quoted sentence in its paragraph. */
  sentence: number;
}

/** Claim lines of the summary at most, counts and forecasts together (the quotes below carry the rest). */
const SUMMARY_LINES = 14;
/** Forecast lines of the summary at most. */
const FORECAST_LINES = 5;
/** Earlier figures shown on one claim's "earlier:" line at most. */
const EARLIER_SHOWN = 4;

const KIND_LABELS: Record<string, string> = {
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
export const FORECAST_LABELS: Record<Modality, string> = {
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
export function sourceName(a: Answer): string {
  const label = sourceLabel(a);
  if (label) return label;
  if (a.title) return `"${a.title.length > 48 ? `${a.title.slice(0, 47).trimEnd()}…` : a.title}"`;
  return a.articleId;
}

/** `Reuters, February 2025`, `"Nach dem Beben: …", undated`. */
export function sourceWithDate(a: Answer): string {
  return `${sourceName(a)}, ${formatWhen(a.published)}`;
}

/** A publication date as an interval of milliseconds (`2025-02` is the whole month), or null when undated. */
export function interval(iso: string | null): [number, number] | null {
  if (!iso) return null;
  const known = INTERVALS.get(iso);
  if (known !== undefined) return known;
  const computed = parseInterval(iso);
  if (INTERVALS.size > 10_000) INTERVALS.clear();
  INTERVALS.set(iso, computed);
  return computed;
}

/** Parsed publication intervals (a pure function of the ISO text). */
const INTERVALS = new Map<string, [number, number] | null>();

function parseInterval(iso: string): [number, number] | null {
  const [a, b] = iso.split('/');
  const start = bound(a!, false);
  const end = bound(b ?? a!, true);
  return start === null || end === null ? null : [start, end];
}

function bound(iso: string, end: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, hh, mm] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (mo === undefined) return end ? Date.UTC(y! + 1, 0, 1) - 1 : Date.UTC(y!, 0, 1);
  if (d === undefined) return end ? Date.UTC(y!, mo, 1) - 1 : Date.UTC(y!, mo - 1, 1);
  if (hh === undefined) return end ? Date.UTC(y!, mo - 1, d + 1) - 1 : Date.UTC(y!, mo - 1, d);
  return Date.UTC(y!, mo - 1, d, hh, mm);
}

/** True when `a` was certainly published before `b` (its interval ends before `b`'s starts). */
function before(a: [number, number] | null, b: [number, number] | null): boolean {
  return a !== null && b !== null && a[1] < b[0];
}

/**
 * Newest first: the later start, then the later end; undated last. A date
 * known only to the month starts with the month, so `20 February 2025, 14:05`
 * comes before `February 2025` (which may be earlier).
 */
export function newestFirst(a: [number, number] | null, b: [number, number] | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return b[0] - a[0] || b[1] - a[1];
}

/** True for a modality that says what may be, not what is. */
export function isForecast(f: Figure | null): boolean {
  return f?.modality !== undefined && FORECASTS.includes(f.modality);
}

/** One claim: a figure as one claimant gives it, with every article that reports it. */
export interface Claim {
  records: FigureRecord[];
  /** Articles reporting it, in corpus order. */
  articles: string[];
  /** The newest publication among its quotes. */
  when: [number, number] | null;
  /** The claimant's series (claimant, what is counted, where). */
  series: string;
  /** Superseded claims of the same series (certainly published before this one), newest first. */
  earlier: Claim[];
  /** Superseded by a later claim of its series. */
  superseded: boolean;
}

/** The place ids of a record as a key. */
function placesKey(r: FigureRecord): string {
  return [...r.places].sort().join('+');
}

/** Groups records into claims: same claimant, same figure as shown, same kind, place and modality. */
export function claimsOf(records: readonly FigureRecord[]): Claim[] {
  const claims = new Map<string, Claim>();
  for (const r of records) {
    const f = r.answer.figure!;
    const count = (f.quantity ?? 'count') === 'count';
    const series = [r.answer.claimant ?? '', f.kind ?? f.unit ?? '', count ? placesKey(r) : '', f.modality ?? ''].join('|');
    const key = `${series}|${describeFigure(f)}`;
    let c = claims.get(key);
    if (!c) {
      c = { records: [], articles: [], when: null, series, earlier: [], superseded: false };
      claims.set(key, c);
    }
    c.records.push(r);
    if (!c.articles.includes(r.answer.articleId)) c.articles.push(r.answer.articleId);
    const w = interval(r.answer.published);
    if (w && (c.when === null || newestFirst(w, c.when) < 0)) c.when = w;
  }
  const all = [...claims.values()];
  // the newest claim of a series is the latest; every claim certainly published before another of its series is earlier
  // (counts only: two sums of money or two areas are not one figure moving)
  const bySeries = new Map<string, Claim[]>();
  for (const c of all) {
    if ((c.records[0]!.answer.figure!.quantity ?? 'count') !== 'count' || c.when === null) continue;
    const list = bySeries.get(c.series) ?? [];
    list.push(c);
    bySeries.set(c.series, list);
  }
  for (const list of bySeries.values()) {
    if (list.length < 2) continue;
    const latestStart = Math.max(...list.map((c) => c.when![0]));
    for (const c of list) if (latestStart > c.when![1]) c.superseded = true;
    const latest = list.filter((c) => !c.superseded).sort((x, y) => newestFirst(x.when, y.when));
    for (const c of list) {
      if (!c.superseded) continue;
      (latest.find((d) => before(c.when, d.when)) ?? latest[0]!).earlier.push(c);
    }
  }
  for (const c of all) c.earlier.sort((x, y) => newestFirst(x.when, y.when));
  return all.sort((x, y) => newestFirst(x.when, y.when) || x.records[0]!.order - y.records[0]!.order);
}

/** The English name of a place id in the story, for `in North Macedonia`. */
function placeName(story: Story, id: string): string {
  return story.sides.sides.find((s) => s.id === id)?.en ?? id;
}

/** `1,820 killed in North Macedonia`. */
function claimFigure(story: Story, c: Claim, showPlaces: boolean): string {
  const r = c.records[0]!;
  const where = showPlaces && r.places.length && (r.answer.figure!.quantity ?? 'count') === 'count' ? ` in ${r.places.map((p) => placeName(story, p)).join(' and ')}` : '';
  return `${describeFigure(r.answer.figure!)}${where}`;
}

/** `Reuters, February 2025` or `reported by 2 articles: SRF / SDA, dpa, 18 February 2025, 19:32; dpa-AFX, 18 February 2025, 16:31`; `(2 quotes)` for one article quoted twice. */
function claimSources(c: Claim): string {
  // each article by its newest quote (a live blog repeats a figure in later entries)
  const byArticle = c.articles.map(
    (id) => c.records.filter((r) => r.answer.articleId === id).sort((a, b) => newestFirst(interval(a.answer.published), interval(b.answer.published)))[0]!.answer,
  );
  if (byArticle.length === 1) {
    const quotes = c.records.length;
    return `${sourceWithDate(byArticle[0]!)}${quotes > 1 ? ` (${quotes} quotes)` : ''}`;
  }
  const shown = byArticle.slice(0, 4).map(sourceWithDate).join('; ');
  return `reported by ${byArticle.length} articles: ${shown}${byArticle.length > 4 ? '; …' : ''}`;
}

function claimLine(story: Story, c: Claim, showPlaces: boolean, forecast: boolean): string {
  const r = c.records[0]!;
  const who = r.answer.claimant ? `${r.answer.claimant}: ` : '';
  const tag = forecast ? `${FORECAST_LABELS[r.answer.figure!.modality ?? 'counted']}: ` : '';
  const latest = c.earlier.length > 0 ? ' · latest' : '';
  let line = `• ${tag}${who}${claimFigure(story, c, showPlaces)} — ${claimSources(c)}${latest}`;
  if (c.earlier.length) {
    const earlier = c.earlier
      .slice(0, EARLIER_SHOWN)
      .map((e) => `${describeFigure(e.records[0]!.answer.figure!)} (${sourceWithDate(e.records[0]!.answer)})`);
    line += `\n  earlier: ${earlier.join('; ')}${c.earlier.length > EARLIER_SHOWN ? `; and ${c.earlier.length - EARLIER_SHOWN} more` : ''}`;
  }
  return line;
}

/** A ranked answer: the quotes in the order shown and the summary. */
export interface RankedAnswer {
  summary: string;
  answers: Answer[];
  total: number;
}

/** Options of {@link rankAndSummarize}. */
export interface RankOptions {
  /** The heading (`People killed`, `"Tote Albanien"`). */
  label: string;
  /** Forecasts first (the question asked for them). */
  forecastsFirst: boolean;
  /** At most this many quotes. */
  limit: number;
  /** Records ranked first (topic words; free words matching the counted noun), by a score; higher first. */
  score?: (r: FigureRecord) => number;
}

/**
 * Orders the records and writes the summary: the latest claims newest first
 * (undated last), then the claims they supersede, then forecasts under their
 * own heading (first when the question asked for them). The quotes follow
 * the same order.
 */
export function rankAndSummarize(story: Story, records: readonly FigureRecord[], options: RankOptions): RankedAnswer {
  const facts = records.filter((r) => !isForecast(r.answer.figure));
  const forecasts = records.filter((r) => isForecast(r.answer.figure));
  const score = options.score ?? (() => 0);
  const claimScore = (c: Claim) => Math.max(...c.records.map(score));
  const order = (claims: Claim[]) =>
    claims.sort((x, y) => claimScore(y) - claimScore(x) || newestFirst(x.when, y.when) || x.records[0]!.order - y.records[0]!.order);
  const factClaims = order(claimsOf(facts));
  const forecastClaims = order(claimsOf(forecasts));
  const latest = factClaims.filter((c) => !c.superseded);
  const earlier = factClaims.filter((c) => c.superseded);
  const placeSets = new Set(records.filter((r) => (r.answer.figure!.quantity ?? 'count') === 'count').map(placesKey).filter(Boolean));
  const showPlaces = placeSets.size > 1;

  const factLines = latest.map((c) => claimLine(story, c, showPlaces, false));
  const forecastLines = forecastClaims.map((c) => claimLine(story, c, showPlaces, true));
  const quoted = (claims: Claim[]) => claims.flatMap((c) => [...c.records].sort((a, b) => newestFirst(interval(a.answer.published), interval(b.answer.published)) || a.order - b.order));
  // words that rank the figures (a topic, a place taken as a word) may put a forecast first when only it matches them
  const forecastsFirst =
    options.forecastsFirst || (options.score !== undefined && forecastClaims.length > 0 && Math.max(...forecastClaims.map(claimScore)) > Math.max(0, ...factClaims.map(claimScore)));
  const ordered = forecastsFirst
    ? [...quoted(forecastClaims), ...quoted(latest), ...quoted(earlier)]
    : [...quoted(latest), ...quoted(earlier), ...quoted(forecastClaims)];
  const answers = ordered.slice(0, options.limit).map((r) => r.answer);

  const articles = new Set(records.map((r) => r.answer.articleId)).size;
  const claims = factClaims.length + forecastClaims.length;
  const head = `${options.label}: ${claims} figure${claims === 1 ? '' : 's'} from ${articles} article${articles === 1 ? '' : 's'}, latest first (not merged):`;
  // each block keeps its own share of the lines, so forecasts are never cut off below the counts
  const forecastRoom = forecastLines.length ? Math.min(forecastLines.length, FORECAST_LINES) : 0;
  const cut = (lines: string[], room: number): string[] => {
    if (lines.length <= room) return lines;
    const rest = lines.length - (room - 1);
    return [...lines.slice(0, room - 1), `… and ${rest} more figure${rest === 1 ? '' : 's'} below.`];
  };
  const factBlock = cut(factLines.length ? factLines : ['• no counted figure, only forecasts'], SUMMARY_LINES - forecastRoom);
  const forecastBlock = forecastLines.length ? ['Forecasts and fears (not counts):', ...cut(forecastLines, forecastRoom)] : [];
  const blocks = forecastsFirst && forecastLines.length ? [...forecastBlock, 'Counted:', ...factBlock] : [...factBlock, ...forecastBlock];
  const more = records.length > answers.length ? `\n${records.length} quotes in all; the first ${answers.length} are quoted below.` : '';
  return { summary: `${head}\n${blocks.join('\n')}${more}`, answers, total: records.length };
}
