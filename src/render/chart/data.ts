/**
 * What an `/estimate` chart shows, read off the reply model alone (no story
 * and no answer internals): per story, every figure as a mark at its date —
 * its publication date, or the figure's own date when the article has none —
 * with its bounds exactly as given, and the undated figures listed apart.
 * Pure: no IO, no Vega.
 *
 * Rules of truth kept here:
 * - a date is a span as precise as known (a figure dated only "April 2025" covers
 *   all of April, never a day);
 * - bounds are as written: "more than 10,000" is a lower bound, never the point 10,000;
 *   a range is a bar from min to max; nothing is averaged or merged;
 * - one chart per story; only figures that count the same sort of thing share a chart.
 *
 * @module
 */
import type { Lang } from '../../reply/lang.ts';
import type { Answer, Figure, Reply, StoryRef } from '../../reply/model.ts';
import { sourceLabel } from '../../reply/wording.ts';
import { chartWords, type ChartWords } from './words.ts';

/** How a figure's bounds are given. */
export type Bound = 'exact' | 'about' | 'lower' | 'upper' | 'range';

/** One figure drawn on the chart. */
export interface ChartPoint {
  /** Index of the answer in `reply.answers`. */
  answer: number;
  /** The colour group: the claimant (in the chart's language), or the outlet when no claimant is named. */
  series: string;
  claimant: string | null;
  /** Outlet / agency, when known. */
  source: string | null;
  /** The date plotted, ISO as precise as known (`2024-12-05T11:58`, `2025-04`). */
  date: string;
  /** Whether `date` is the publication date or the figure's own date (the article has none). */
  dateBasis: 'published' | 'figure';
  /** The span the date covers, ms since the epoch of its wall time read as UTC; `from === to` for a minute. */
  from: number;
  to: number;
  /** Where the mark stands: the middle of the span. */
  at: number;
  /** True when the date is coarser than a day (drawn as a span, named in the label). */
  coarse: boolean;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  bound: Bound;
  /** The vertical extent drawn: `low === high` but for ranges. */
  low: number;
  high: number;
  /** The mark's label, bounds as given: `>10,000`, `10,000–12,000`, `≈14,000`. */
  label: string;
  /** What it counts, in words (`troops sent`, `killed`, or the unit): one panel of the chart each. */
  counts: string;
  /** What the figure counts (`troops-sent`), or null. */
  kind: string | null;
  unit: string | null;
}

/** A figure listed under the chart instead of placed on the time axis: undated, or dated too coarsely to place. */
export interface UndatedFigure {
  answer: number;
  /** The date as written for a reader (`February 2025`), or null when undated. */
  date: string | null;
  series: string;
  claimant: string | null;
  source: string | null;
  /** `≥10,000 troops sent` (what it counts when the chart shows several things). */
  label: string;
  /** The article's title, or its id. */
  article: string;
}

/** The content of one chart: one story's figures for one question. */
export interface ChartData {
  /** The language of its words. */
  lang: Lang;
  /** The story the figures come from (null when the reply names none). */
  story: StoryRef | null;
  /** The story's title (or the measure when there is no story). */
  title: string;
  /** The measure: `Casualties (killed, injured)`. */
  measure: string;
  /** What its figures count: `troops sent, troops arrived, reinforcements`, `Stellen`. */
  counts: string;
  /** Colour groups in order of first appearance (dated first, then undated). */
  series: string[];
  points: ChartPoint[];
  /** Figures without any date. */
  undated: UndatedFigure[];
  /**
   * Figures dated only to a month or year, listed apart because their span
   * would squeeze every precisely dated figure into a corner of the time axis
   * (they are drawn across their span otherwise).
   */
  coarse: UndatedFigure[];
  /** Figures of the story that count something else and are not drawn. */
  leftOut: number;
  /** Distinct dates among the points. */
  dates: number;
}

/** What a figure counts, in a few words (`troops sent`, `killed`), or its unit as written. */
export function kindWords(kind: string | null, unit: string | null, words: ChartWords = chartWords('en')): string {
  if (kind) return words.kinds[kind] ?? kind.replace(/-/g, ' ');
  return unit ?? '';
}

const AT_LEAST = new Set(['mindestens', 'wenigstens']);
const FEWER = new Set(['weniger als', 'unter']);
const ALMOST = new Set(['knapp', 'fast', 'nahezu']);

/** The bound type of a figure, or null when it has no number at all. */
export function boundOf(f: Figure): Bound | null {
  if (f.min !== null && f.max !== null) return f.min !== f.max ? 'range' : f.qualifier ? 'about' : 'exact';
  if (f.min !== null) return 'lower';
  if (f.max !== null) return 'upper';
  return null;
}

/**
 * The amount as a short label, bounds as given: `10,000–12,000`, `≈14,000`,
 * `>10,000`, `≥100`, `≤10,000`, `<50`, `almost 3,000`, `1,000+ (vague)`
 * (numbers as the language writes them: `10.000` in German).
 */
export function amountLabel(f: Figure, words: ChartWords = chartWords('en')): string {
  const q = f.qualifier?.toLowerCase() ?? null;
  const formatNumber = (n: number) => words.reply.number(n);
  switch (boundOf(f)) {
    case 'range':
      return `${formatNumber(f.min!)}–${formatNumber(f.max!)}`;
    case 'about':
      return `≈${formatNumber(f.min!)}`;
    case 'exact':
      return formatNumber(f.min!);
    case 'lower':
      if (q === 'vage') return `${formatNumber(f.min!)}+ (${words.vague})`;
      return `${q && AT_LEAST.has(q) ? '≥' : '>'}${formatNumber(f.min!)}`;
    case 'upper':
      if (q && ALMOST.has(q)) return `${words.almost} ${formatNumber(f.max!)}`;
      return `${q && FEWER.has(q) ? '<' : '≤'}${formatNumber(f.max!)}`;
    default:
      return 'no number';
  }
}

/** A span of wall time as UTC milliseconds, with whether it is coarser than a day. */
interface Span {
  from: number;
  to: number;
  coarse: boolean;
}

const DAY = 86_400_000;

/**
 * The span an ISO date covers, as precise as written: `2025` the year,
 * `2025-04` the month, `2024-12-05` the day, `2024-12-05T11:58` the minute;
 * `2024-06/2024-08` from the start of the first to the end of the second.
 * Null when it is not such a date.
 */
export function isoSpan(iso: string): Span | null {
  const parts = iso.split('/');
  if (parts.length === 2) {
    const a = isoSpan(parts[0]!);
    const b = isoSpan(parts[1]!);
    return a && b && a.from <= b.to ? { from: a.from, to: b.to, coarse: b.to - a.from > DAY } : null;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, hh, mm] = m;
  const year = Number(y);
  if (!mo) return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), coarse: true };
  const month = Number(mo) - 1;
  if (month < 0 || month > 11) return null;
  if (!d) return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1), coarse: true };
  const day = Number(d);
  const start = Date.UTC(year, month, day);
  if (new Date(start).getUTCDate() !== day) return null;
  if (!hh) return { from: start, to: start + DAY, coarse: false };
  const t = Date.UTC(year, month, day, Number(hh), Number(mm));
  return { from: t, to: t, coarse: false };
}

/** The date a figure is plotted at: publication, else the figure's own resolved date, else none. */
function datedAt(a: Answer): { date: string; basis: 'published' | 'figure'; span: Span } | null {
  if (a.published) {
    const span = isoSpan(a.published);
    if (span) return { date: a.published, basis: 'published', span };
  }
  const d = a.date;
  if (d && d.iso) {
    if (d.from && d.to) {
      const from = isoSpan(d.from);
      const to = isoSpan(d.to);
      if (from && to && from.from <= to.to) return { date: d.iso, basis: 'figure', span: { from: from.from, to: to.to, coarse: to.to - from.from > DAY } };
    }
    const span = isoSpan(d.iso);
    if (span) return { date: d.iso, basis: 'figure', span };
  }
  return null;
}

/** An answer's claimant in the chart's language (the English form when it has no German one). */
export function claimantIn(a: Answer, lang: Lang = 'en'): string | null {
  return lang === 'de' ? (a.claimantDe ?? a.claimant) : a.claimant;
}

/** The colour group of an answer: its claimant (in the chart's language), else its outlet, else its article's title. */
export function seriesOf(a: Answer, lang: Lang = 'en'): string {
  const claimant = claimantIn(a, lang);
  if (claimant) return claimant;
  const source = sourceLabel(a);
  if (source) return source;
  return shorten(a.title ?? a.articleId, 40);
}

/** The text, cut at `max` characters with an ellipsis. */
export function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The coarsely dated points to list apart: those dated only to a month or
 * year, when the figures dated to the day or minute stand at two or more
 * dates and the coarse spans would stretch the time axis to more than five
 * times theirs. None otherwise.
 */
function squeezing(points: readonly ChartPoint[]): ChartPoint[] {
  const precise = points.filter((p) => !p.coarse);
  if (new Set(precise.map((p) => p.date)).size < 2 || precise.length === points.length) return [];
  const width = (ps: readonly ChartPoint[]) => Math.max(...ps.map((p) => p.to)) - Math.min(...ps.map((p) => p.from));
  return width(points) > 5 * Math.max(width(precise), DAY) ? points.filter((p) => p.coarse) : [];
}

/** `February 2025`, `2025`, `June 2024–August 2024` (in the chart's language). */
function formatSpan(iso: string, words: ChartWords): string {
  return iso.split('/').map((part) => words.reply.published(part)).join('–');
}

/** `TROOPS (sent, arrived): 8 figures from 4 articles` -> `TROOPS (sent, arrived)`. */
const FIGURES_LINE = /^(.+?): \d+ figures? from \d+ articles?\b/;

/**
 * The measure asked about in the chart's language, from the reply's
 * structured summary (the heading of the story's block when several stories
 * are answered apart): a catalogued measure's title (with the place asked),
 * or the free words in quotes. A reply without structure: as its English
 * summary names it; the argument otherwise.
 */
export function measureOf(reply: Reply, story: StoryRef | null, lang: Lang = 'en'): string {
  const said = reply.say?.summary;
  if (said) {
    let start = 0;
    if (story) {
      const at = said.findIndex((m) => m.id === 'stories.story' && m.title.en === story.title.en);
      if (at >= 0) start = at + 1;
    }
    const head = said.slice(start).find((m) => m.id === 'estimate.head');
    if (head) {
      const m = head.measure;
      if ('words' in m) return lang === 'de' ? `„${m.words}“` : `"${m.words}"`;
      return `${m.title[lang]}${m.place ? ` in ${m.place[lang]}` : ''}`;
    }
  }
  if (lang !== 'en') return reply.argument;
  const lines = (reply.summary ?? '').split('\n');
  let start = 0;
  if (story) {
    const at = lines.findIndex((l) => l.trim() === `${story.title.en}:`);
    if (at >= 0) start = at + 1;
  }
  for (const line of lines.slice(start)) {
    const m = FIGURES_LINE.exec(line.trim());
    if (m) return m[1]!.replace(/\s*\(no catalogue measure[^)]*\)/, '');
  }
  return reply.argument;
}

/** What counts the same: figures with a catalogue kind together, else figures of one unit. */
function countsKey(f: Figure): string {
  return f.kind !== null ? 'kind' : `unit:${(f.unit ?? '').toLowerCase()}`;
}

/**
 * The figures of one story as chart content. Figures without a kind that
 * count other units than the rest are left out (never drawn on one axis with
 * them); `leftOut` says how many.
 */
export function chartDataOf(reply: Reply, storyId: string | null, lang: Lang = 'en'): ChartData {
  const words = chartWords(lang);
  const story = (reply.stories ?? []).find((s) => s.id === storyId) ?? null;
  const indexed = reply.answers
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => (a.story ?? null) === storyId && a.figure !== null && boundOf(a.figure) !== null);
  // The sort of thing the chart counts: figures with a kind if any, else the most frequent unit.
  const groups = new Map<string, number>();
  for (const { a } of indexed) groups.set(countsKey(a.figure!), (groups.get(countsKey(a.figure!)) ?? 0) + 1);
  let key = groups.has('kind') ? 'kind' : '';
  if (!key) for (const [k, n] of groups) if (!key || n > groups.get(key)!) key = k;
  const kept = indexed.filter(({ a }) => countsKey(a.figure!) === key);
  const kinds = [...new Set(kept.map(({ a }) => kindWords(a.figure!.kind, a.figure!.unit, words)))].filter(Boolean);
  const several = kinds.length > 1;
  const withKind = (a: Answer, amount: string) => (several ? `${amount} ${kindWords(a.figure!.kind, a.figure!.unit, words)}`.trim() : amount);

  const points: ChartPoint[] = [];
  const undated: UndatedFigure[] = [];
  for (const { a, i } of kept) {
    const f = a.figure!;
    const at = datedAt(a);
    const series = seriesOf(a, lang);
    const claimant = claimantIn(a, lang);
    const source = sourceLabel(a);
    if (!at) {
      undated.push({ answer: i, date: null, series, claimant, source, label: withKind(a, amountLabel(f, words)), article: a.title ?? a.articleId });
      continue;
    }
    const bound = boundOf(f)!;
    const low = bound === 'upper' ? f.max! : f.min!;
    const high = bound === 'range' ? f.max! : low;
    points.push({
      answer: i,
      series,
      claimant,
      source,
      date: at.date,
      dateBasis: at.basis,
      from: at.span.from,
      to: at.span.to,
      at: at.span.from + (at.span.to - at.span.from) / 2,
      coarse: at.span.coarse,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      bound,
      low,
      high,
      label: amountLabel(f, words),
      counts: kindWords(f.kind, f.unit, words),
      kind: f.kind,
      unit: f.unit,
    });
  }
  points.sort((x, y) => x.at - y.at || x.answer - y.answer);
  const coarse = squeezing(points).map((p) => {
    const a = reply.answers[p.answer]!;
    return { answer: p.answer, date: formatSpan(p.date, words), series: p.series, claimant: p.claimant, source: p.source, label: withKind(a, p.label), article: a.title ?? a.articleId };
  });
  const drawn = points.filter((p) => !coarse.some((c) => c.answer === p.answer));
  const series = [...new Set([...drawn.map((p) => p.series), ...coarse.map((u) => u.series), ...undated.map((u) => u.series)])];
  // the measure from the reply's structure; a German chart of a reply without one names what its figures count
  const measure = lang === 'en' || reply.say?.summary ? measureOf(reply, story, lang) : kinds.join(', ') || reply.argument;
  return {
    lang,
    story,
    title: story?.title[lang] ?? measure,
    measure,
    counts: kinds.join(', '),
    series,
    points: drawn,
    undated,
    coarse,
    leftOut: indexed.length - kept.length,
    dates: new Set(drawn.map((p) => p.date)).size,
  };
}

/**
 * Chart content for every story of an `/estimate` reply whose figures stand
 * at two or more dates, in the reply's story order. Empty for other commands,
 * unanswered replies and figures at fewer than two dates.
 */
export function chartDataFor(reply: Reply, lang: Lang = 'en'): ChartData[] {
  if (reply.command !== 'estimate' || reply.status !== 'ok') return [];
  const ids = [...new Set(reply.answers.map((a) => a.story ?? null))];
  return ids.map((id) => chartDataOf(reply, id, lang)).filter((d) => d.dates >= 2);
}
