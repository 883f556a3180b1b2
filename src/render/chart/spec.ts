/**
 * The Vega-Lite specification of an `/estimate` chart: the figures over time
 * (ranges as bars, lower bounds as ▲, upper bounds as ▼, month- or year-dated
 * figures as lines across their whole span, labelled with their bounds), who gives them, and the undated
 * figures listed apart. Pure: it builds JSON; `draw.ts` renders it.
 *
 * Positions that Vega-Lite cannot decide well on a small picture are computed
 * first (`layout.ts`: marks side by side, labels where they cover nothing);
 * colours are data (scale `null`), so the lists under the plot use the marks'
 * colours without Vega-Lite's legend, whose text cannot be wrapped.
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { shorten, type Bound, type ChartData, type UndatedFigure } from './data.ts';
import { FONT_FAMILY, type TextMeasure } from './font.ts';
import { layoutPlot, timeDomain, type PlotLayout } from './layout.ts';
import { SIZE, type Theme } from './theme.ts';
import { chartWords, type ChartWords } from './words.ts';

/** The marker of each bound: ▲ a lower bound, ▼ an upper bound, ● a figure; ranges are bars. */
const SHAPES: Record<Bound, string> = {
  exact: 'circle',
  about: 'circle',
  lower: 'triangle-up',
  upper: 'triangle-down',
  range: 'circle',
};

/** Diameter of a marker, px. */
const MARKER = 14;

/** What each kind of mark means, for the key under the title (only the kinds a chart shows). */
const KEY: { when: (d: ChartData) => boolean; text: keyof ChartWords['key'] }[] = [
  { when: (d) => d.points.some((p) => !p.coarse && (p.bound === 'exact' || p.bound === 'about')), text: 'reported' },
  { when: (d) => d.points.some((p) => p.bound === 'about'), text: 'about' },
  { when: (d) => d.points.some((p) => !p.coarse && p.bound === 'lower'), text: 'lower' },
  { when: (d) => d.points.some((p) => !p.coarse && p.bound === 'upper'), text: 'upper' },
  { when: (d) => d.points.some((p) => !p.coarse && p.bound === 'range'), text: 'range' },
  { when: (d) => d.points.some((p) => p.coarse), text: 'span' },
];

/** At most this many figures are listed in each list under the plot (the reply lists them all). */
const LISTED_LINES = 6;

/** Wraps text into lines of at most `width` pixels, breaking at spaces. */
export function wrap(text: string, width: number, measure: TextMeasure, fontSize: number, bold = false): string[] {
  return wrapItems(text.split(/\s+/).filter(Boolean), ' ', width, measure, fontSize, bold);
}

/** Joins items with a separator into lines of at most `width` pixels, breaking between items. */
function wrapItems(items: readonly string[], separator: string, width: number, measure: TextMeasure, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (measure.width(item, fontSize, bold) > width && separator !== ' ') {
      // an item wider than a line: break it at its spaces
      if (line) lines.push(line);
      const parts = wrap(item, width, measure, fontSize, bold);
      line = parts.pop() ?? '';
      lines.push(...parts);
      continue;
    }
    const next = line ? `${line}${separator}${item}` : item;
    if (line && measure.width(next, fontSize, bold) > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The colour of each series on the plot: the palette in order of appearance;
 * when there are more series than colours, those with the most figures keep
 * their own and the rest share one. Series with undated figures only have no
 * colour of their own (their lines name them).
 */
export function seriesColours(data: ChartData, theme: Theme): Map<string, string> {
  const plotted = [...new Set(data.points.map((p) => p.series))];
  const colours = new Map<string, string>();
  const fits = plotted.length <= theme.palette.length;
  const count = (s: string) => data.points.filter((p) => p.series === s).length;
  const own = new Set(fits ? plotted : [...plotted].sort((a, b) => count(b) - count(a)).slice(0, theme.palette.length - 1));
  let i = 0;
  for (const s of plotted) colours.set(s, own.has(s) ? theme.palette[i++]! : theme.other);
  for (const s of data.series) if (!colours.has(s)) colours.set(s, theme.muted);
  return colours;
}

/** A piece of text in a list under the plot. */
interface ListItem {
  /** Vertical middle of its line, px. */
  mid: number;
  /** Left edge of its bullet (or its text when it has none), px from the list's left. */
  x: number;
  text: string;
  colour: string;
  /** The item starts with a coloured bullet. */
  bullet: boolean;
  bold: boolean;
}

/** An entry of a list: text with a coloured bullet (or none when `colour` is ''). */
interface ListEntry {
  text: string;
  colour: string;
  bold?: boolean;
}

/** Space taken by a bullet before its text, px. */
const BULLET = 22;

/**
 * Lays out entries one under the other, each wrapped to `width` (continuation
 * lines indented like its first); with `flow`, short entries share a line.
 */
function listItems(entries: readonly ListEntry[], width: number, measure: TextMeasure, flow = false): ListItem[] {
  const items: ListItem[] = [];
  let line = 0;
  let x = 0;
  for (const e of entries) {
    const indent = e.colour ? BULLET : 0;
    const w = indent + measure.width(e.text, SIZE.text, e.bold);
    if (flow && !e.bold && w <= width) {
      if (x > 0 && x + w > width) {
        line += 1;
        x = 0;
      }
      items.push({ mid: (line + 0.5) * SIZE.lineHeight, x, text: e.text, colour: e.colour, bullet: e.colour !== '', bold: false });
      x += w + 18;
      continue;
    }
    if (x > 0) line += 1;
    x = 0;
    wrap(e.text, width - indent, measure, SIZE.text, e.bold).forEach((text, n) => {
      items.push({ mid: (line + 0.5) * SIZE.lineHeight, x: 0, text, colour: e.colour, bullet: n === 0 && e.colour !== '', bold: e.bold ?? false });
      line += 1;
    });
  }
  return items;
}

/** A block of text with coloured bullets, starting `left` px left of the plot's edge. */
function listView(items: readonly ListItem[], left: number, width: number, theme: Theme) {
  const y = { field: 'mid', type: 'quantitative' as const, scale: null };
  const text = (bold: boolean) => ({
    transform: [{ filter: bold ? 'datum.bold' : '!datum.bold' }],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, fontSize: SIZE.text, color: theme.text, fontWeight: bold ? ('bold' as const) : ('normal' as const) },
    encoding: { x: { field: 'tx', type: 'quantitative' as const, scale: null }, y, text: { field: 'text', type: 'nominal' as const } },
  });
  const lines = Math.round(Math.max(...items.map((i) => i.mid)) / SIZE.lineHeight + 0.5);
  return {
    width,
    height: lines * SIZE.lineHeight,
    data: { values: items.map((i) => ({ ...i, bx: -left + i.x + 7, tx: -left + i.x + (i.colour ? BULLET : 0) })) },
    layer: [
      {
        transform: [{ filter: 'datum.bullet' }],
        mark: { type: 'point' as const, filled: true, size: 110, shape: 'circle', opacity: 1 },
        encoding: { x: { field: 'bx', type: 'quantitative' as const, scale: null }, y, fill: { field: 'colour', type: 'nominal' as const, scale: null } },
      },
      text(false),
      text(true),
    ],
  };
}

/**
 * The time axis labels (a Vega expression) for the domain's length: hours
 * within a day and a half, days within five months, months beyond; the year
 * on the first label and where a year begins. Month names in the chart's
 * language (`5 Dec` / `5. Dez.`).
 */
export function dateLabels([lo, hi]: [number, number], words: ChartWords): string {
  const days = (hi - lo) / 86_400_000;
  const month = `${JSON.stringify(words.months)}[utcmonth(datum.value)]`;
  const day = words.reply.lang === 'de' ? `utcdate(datum.value) + '. ' + ${month}` : `utcdate(datum.value) + ' ' + ${month}`;
  const year = "' ' + utcyear(datum.value)";
  const first = 'datum.index === 0';
  if (days <= 1.5) return `${first} ? ${day} + ' ' + utcFormat(datum.value, '%H:%M') : utcFormat(datum.value, '%H:%M')`;
  if (days <= 150) return `${first} || (utcmonth(datum.value) === 0 && utcdate(datum.value) === 1) ? ${day} + ${year} : ${day}`;
  return `${first} || utcmonth(datum.value) === 0 ? ${month} + ${year} : ${month}`;
}

/** Value axis labels (a Vega expression): each tick as the language writes the number (`10,000` / `10.000`). */
function valueLabels(ticks: readonly number[], words: ChartWords): string {
  return `${JSON.stringify(ticks.map((t) => words.reply.number(t)))}[indexof(${JSON.stringify(ticks)}, datum.value)]`;
}

/** One plot of a chart: the figures that count one thing (`killed`), with their layout. */
export interface Panel {
  /** What its figures count (`killed`, `troops sent`, or a unit). */
  counts: string;
  /** Indexes into `data.points`. */
  points: number[];
  layout: PlotLayout;
}

/** Plot height for a chart of `n` panels: one tall plot, or shorter ones stacked. */
function panelHeight(n: number): number {
  return n <= 1 ? SIZE.plotHeight : Math.max(110, Math.round((SIZE.plotHeight + 40) / n));
}

/**
 * The panels of a chart: one per sort of thing counted, in the order the
 * reply first gives them, all on the same time axis (a death toll and a count of injured
 * never share a value axis).
 */
export function panelsOf(data: ChartData, measure: TextMeasure): Panel[] {
  const groups = new Map<string, number[]>();
  const byAnswer = data.points.map((_, i) => i).sort((a, b) => data.points[a]!.answer - data.points[b]!.answer);
  for (const i of byAnswer) groups.set(data.points[i]!.counts, []);
  data.points.forEach((p, i) => groups.get(p.counts)!.push(i));
  const xDomain = timeDomain(data.points);
  const height = panelHeight(groups.size);
  return [...groups].map(([counts, points]) => ({
    counts,
    points,
    layout: layoutPlot(
      points.map((i) => data.points[i]!),
      measure,
      { width: SIZE.plotWidth, height, labelSize: SIZE.markLabel, marker: MARKER },
      xDomain,
    ),
  }));
}

/** The Vega-Lite view of one panel: its figures over the chart's time axis (dates under the last one only). */
function plotView(data: ChartData, panel: Panel, last: boolean, titled: boolean, height: number, colours: Map<string, string>, theme: Theme) {
  const { layout } = panel;
  const words = chartWords(data.lang);
  const values = panel.points.map((index, i) => {
    const p = data.points[index]!;
    const label = layout.labels[i];
    return {
      ...p,
      colour: colours.get(p.series)!,
      shape: SHAPES[p.bound],
      dx: layout.dx[i]!,
      dy: layout.dy[i]!,
      labelX: label?.x ?? 0,
      labelY: label?.y ?? 0,
      labelled: label !== null,
      // each mark says which answer it draws (the SVG's aria-label), so a test can check the picture against the reply
      ref: `answer ${p.answer}`,
    };
  });
  const x = {
    field: 'at',
    type: 'temporal' as const,
    scale: { type: 'utc' as const, domain: layout.xDomain, nice: false },
    axis: {
      title: last ? (data.points.some((p) => p.dateBasis === 'figure') ? words.publishedOrFigure : words.published) : null,
      labelExpr: dateLabels(layout.xDomain, words),
      labels: last,
      tickCount: 4,
      labelOverlap: true,
      labelSeparation: 8,
      grid: false,
    },
  };
  const y = {
    field: 'low',
    type: 'quantitative' as const,
    scale: { domain: layout.yDomain, nice: false, zero: true },
    axis: { title: null, values: layout.yTicks, labelExpr: valueLabels(layout.yTicks, words), grid: true },
  };
  const colour = { field: 'colour', type: 'nominal' as const, scale: null };
  const ref = { field: 'ref', type: 'nominal' as const };
  const pixels = (field: string) => ({ field, type: 'quantitative' as const, scale: null });
  return {
    ...(titled ? { title: { text: panel.counts, anchor: 'start' as const, frame: 'group' as const, fontSize: SIZE.text, fontWeight: 'bold' as const, color: theme.text, offset: 8 } } : {}),
    width: SIZE.plotWidth,
    height,
    data: { values },
    layer: [
      // a date coarser than a day: its whole span at the value (a band for a range)
      {
        transform: [{ filter: 'datum.coarse && datum.bound !== "range"' }],
        mark: { type: 'rule' as const, strokeWidth: 4, opacity: 0.8, strokeCap: 'butt' as const, yOffset: { expr: 'datum.dy' } },
        encoding: { x: { field: 'from', type: 'temporal' as const }, x2: { field: 'to' }, y, color: colour, description: ref },
      },
      {
        transform: [{ filter: 'datum.coarse && datum.bound === "range"' }],
        mark: { type: 'rect' as const, opacity: 0.22 },
        encoding: { x: { field: 'from', type: 'temporal' as const }, x2: { field: 'to' }, y, y2: { field: 'high' }, color: colour, description: ref },
      },
      // a range: a bar from min to max
      {
        transform: [{ filter: 'datum.bound === "range" && !datum.coarse' }],
        mark: { type: 'rule' as const, strokeWidth: 6, strokeCap: 'round' as const, xOffset: { expr: 'datum.dx' } },
        encoding: { x, y, y2: { field: 'high' }, color: colour, description: ref },
      },
      // a single figure or a bound: ● ▲ ▼ (a span has no marker: its middle is no date)
      {
        transform: [{ filter: 'datum.bound !== "range" && !datum.coarse' }],
        mark: { type: 'point' as const, filled: true, size: 170, opacity: 1, stroke: theme.background, strokeWidth: 1.5, xOffset: { expr: 'datum.dx' } },
        encoding: { x, y, fill: colour, shape: { field: 'shape', type: 'nominal' as const, scale: null }, description: ref },
      },
      // labels where layout.ts found room, on a halo of the background so lines under them do not cut them
      ...[true, false].map((halo) => ({
        transform: [{ filter: 'datum.labelled' }],
        mark: {
          type: 'text' as const,
          align: 'left' as const,
          baseline: 'middle' as const,
          fontSize: SIZE.markLabel,
          fontWeight: 'bold' as const,
          ...(halo ? { stroke: theme.background, strokeWidth: 4, strokeJoin: 'round' as const, fill: theme.background } : {}),
        },
        encoding: { x: pixels('labelX'), y: pixels('labelY'), text: { field: 'label', type: 'nominal' as const }, ...(halo ? {} : { color: colour }) },
      })),
    ],
  };
}

/** The Vega-Lite specification of a chart (and its panels, for tests). */
export function chartSpec(data: ChartData, theme: Theme, measure: TextMeasure): { spec: TopLevelSpec; panels: Panel[] } {
  const words = chartWords(data.lang);
  const colours = seriesColours(data, theme);
  const panels = panelsOf(data, measure);
  // The y axis labels stand left of the plots; the text blocks start under them.
  const ticks = panels.flatMap((p) => p.layout.yTicks);
  const axisWidth = Math.ceil(Math.max(...ticks.map((t) => measure.width(words.reply.number(t), SIZE.axisLabel)))) + 12;
  const fullWidth = axisWidth + SIZE.plotWidth;
  const height = panelHeight(panels.length);
  const plots = panels.map((panel, n) => plotView(data, panel, n === panels.length - 1, panels.length > 1, height, colours, theme));

  // Who gives the plotted figures: one entry per colour.
  const entries: ListEntry[] = [{ text: words.claimants, colour: '', bold: true }];
  const plotted = [...new Set(data.points.map((p) => p.series))];
  const others = plotted.filter((s) => colours.get(s) === theme.other);
  for (const s of plotted) if (!others.includes(s)) entries.push({ text: s, colour: colours.get(s)! });
  if (others.length) entries.push({ text: words.others(others.length, others.join('; ')), colour: theme.other });
  const views: object[] = [...plots, listView(listItems(entries, fullWidth, measure, true), axisWidth, SIZE.plotWidth, theme)];

  const notes: ListEntry[] = [];
  const hidden = panels.reduce((n, p) => n + p.layout.labels.filter((l) => l === null).length, 0);
  if (hidden) notes.push({ text: words.labelsLeftOut(hidden, data.points.length), colour: '' });
  const listed = (title: string, figures: readonly UndatedFigure[]) => {
    if (!figures.length) return;
    notes.push({ text: title, colour: '', bold: true });
    for (const u of figures.slice(0, LISTED_LINES)) {
      const by = u.claimant ? `${u.claimant}${u.source ? ` · ${u.source}` : ''}` : (u.source ?? shorten(u.article, 40));
      notes.push({ text: `${u.label} — ${by}${u.date ? ` · ${u.date}` : ''}`, colour: colours.get(u.series)! });
    }
    const rest = figures.length - LISTED_LINES;
    if (rest > 0) notes.push({ text: words.more(rest), colour: '' });
  };
  listed(words.coarse, data.coarse);
  listed(words.undated, data.undated);
  if (data.leftOut > 0) {
    notes.push({ text: words.leftOut(data.leftOut), colour: '' });
  }
  if (notes.length) views.push(listView(listItems(notes, fullWidth, measure), axisWidth, SIZE.plotWidth, theme));

  const title = wrap(data.title, fullWidth, measure, SIZE.title, true);
  const subtitle = [
    ...wrap(words.measureLine(data.measure), fullWidth, measure, SIZE.subtitle),
    // em spaces: SVG collapses runs of ordinary spaces
    ...wrapItems(KEY.filter((k) => k.when(data)).map((k) => words.key[k.text]), '\u2003', fullWidth, measure, SIZE.subtitle),
  ];
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: theme.background,
    padding: SIZE.padding,
    title: {
      text: title.length === 1 ? title[0]! : title,
      subtitle,
      anchor: 'start',
      frame: 'bounds',
      fontSize: SIZE.title,
      subtitleFontSize: SIZE.subtitle,
      color: theme.text,
      subtitleColor: theme.muted,
      offset: 16,
      subtitlePadding: 6,
      subtitleLineHeight: SIZE.subtitle + 5,
      lineHeight: SIZE.title + 5,
    },
    spacing: 16,
    vconcat: views,
    config: {
      font: FONT_FAMILY,
      view: { stroke: null },
      axis: {
        labelFontSize: SIZE.axisLabel,
        titleFontSize: SIZE.subtitle,
        titleFontWeight: 'normal',
        labelColor: theme.muted,
        titleColor: theme.muted,
        gridColor: theme.grid,
        domainColor: theme.axis,
        tickColor: theme.axis,
        labelPadding: 4,
      },
    },
  };
  return { spec: spec as TopLevelSpec, panels };
}
