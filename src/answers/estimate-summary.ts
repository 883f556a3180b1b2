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
import { FORECASTS } from '../language/de/figures/index.ts';
import type { Bilingual, EstimateClaim, EstimateMeasure, EstimateSource, Message } from '../reply/messages.ts';
import type { Answer, Figure } from '../reply/model.ts';
import { spell } from '../reply/say.ts';
import { describeFigure } from '../reply/words/estimate-en.ts';
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
/** Articles named on one claim's line at most. */
const SOURCES_SHOWN = 4;

export { describeFigure, FORECAST_LABELS, formatWhen } from '../reply/words/estimate-en.ts';

/** A quote's publication as an `/estimate` summary names it. */
export function sourceOf(a: Answer): EstimateSource {
  return { outlet: a.outlet, agency: a.agency, title: a.title, article: a.articleId, published: a.published };
}

/** The claimant of a quote in both languages (the German form when the claimant has one). */
export function speakerOf(a: Answer): Bilingual | null {
  return a.claimant ? { en: a.claimant, de: a.claimantDe ?? a.claimant } : null;
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

/** A place id of the story in both languages, for `in North Macedonia` / `in Nordmazedonien`. */
export function placeOf(story: Story, id: string): Bilingual {
  const side = story.sides.sides.find((s) => s.id === id);
  return side ? { en: side.en, de: side.de } : { en: id, de: id };
}

/** A claim as structure: who, what, where, which articles (each by its newest quote), latest and earlier. */
function claimMessage(story: Story, c: Claim, showPlaces: boolean, forecast: boolean): Message {
  const r = c.records[0]!;
  const f = r.answer.figure!;
  // each article by its newest quote (a live blog repeats a figure in later entries)
  const byArticle = c.articles.map(
    (id) => c.records.filter((x) => x.answer.articleId === id).sort((a, b) => newestFirst(interval(a.answer.published), interval(b.answer.published)))[0]!.answer,
  );
  const claim: EstimateClaim = {
    claimant: speakerOf(r.answer),
    figure: f,
    places: showPlaces && r.places.length && (f.quantity ?? 'count') === 'count' ? r.places.map((p) => placeOf(story, p)) : [],
    forecast: forecast ? (f.modality ?? 'counted') : null,
    sources: byArticle.slice(0, SOURCES_SHOWN).map(sourceOf),
    articles: byArticle.length,
    quotes: c.records.length,
    latest: c.earlier.length > 0,
    earlier: c.earlier.slice(0, EARLIER_SHOWN).map((e) => ({ figure: e.records[0]!.answer.figure!, source: sourceOf(e.records[0]!.answer) })),
    earlierMore: Math.max(0, c.earlier.length - EARLIER_SHOWN),
  };
  return { id: 'estimate.claim', ...claim };
}

/** A ranked answer: the quotes in the order shown and the summary. */
export interface RankedAnswer {
  /** The English wording of `say`. */
  summary: string;
  /** The summary as structure, one message per line (a claim with earlier figures takes two). */
  say: Message[];
  answers: Answer[];
  total: number;
}

/** Options of {@link rankAndSummarize}. */
export interface RankOptions {
  /** What was asked: a catalogued measure (with the place asked) or free words. */
  measure: EstimateMeasure;
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

  const factLines = latest.map((c) => claimMessage(story, c, showPlaces, false));
  const forecastLines = forecastClaims.map((c) => claimMessage(story, c, showPlaces, true));
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
  const head: Message = { id: 'estimate.head', measure: options.measure, figures: claims, articles };
  // each block keeps its own share of the lines, so forecasts are never cut off below the counts
  const forecastRoom = forecastLines.length ? Math.min(forecastLines.length, FORECAST_LINES) : 0;
  const cut = (lines: Message[], room: number): Message[] => {
    if (lines.length <= room) return lines;
    return [...lines.slice(0, room - 1), { id: 'estimate.more', figures: lines.length - (room - 1) }];
  };
  const factBlock = cut(factLines.length ? factLines : [{ id: 'estimate.only-forecasts' }], SUMMARY_LINES - forecastRoom);
  const forecastBlock: Message[] = forecastLines.length ? [{ id: 'estimate.forecasts' }, ...cut(forecastLines, forecastRoom)] : [];
  const blocks: Message[] = forecastsFirst && forecastLines.length ? [...forecastBlock, { id: 'estimate.counted' }, ...factBlock] : [...factBlock, ...forecastBlock];
  const more: Message[] = records.length > answers.length ? [{ id: 'estimate.quoted', quotes: records.length, shown: answers.length }] : [];
  const say = [head, ...blocks, ...more];
  return { summary: spell(say), say, answers, total: records.length };
}
