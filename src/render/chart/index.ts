/**
 * Charts of `/estimate` replies: each story's figures over time as a PNG, for
 * the Discord adapter (attached to the reply) and the CLI (`--chart FILE`).
 * Built from the reply model only; story-free.
 *
 * ```ts
 * const chart = chartFor(reply); // null: not an /estimate reply with figures at two or more dates
 * if (chart) writeFileSync('troops.png', chart.png);
 * ```
 *
 * Rendering takes some tens of milliseconds of CPU (about 100 ms for the first
 * chart of a process): front ends with an event loop to keep free render in
 * a worker thread (`ChartWorker`, `worker-host.ts`).
 *
 * @module
 */
import type { Reply } from '../../reply/model.ts';
import { chartDataFor, type ChartData } from './data.ts';
import { svgToPng, textMeasure, toSvg } from './draw.ts';
import { chartSpec } from './spec.ts';
import { THEMES } from './theme.ts';
import { chartWords } from './words.ts';
import type { Lang } from '../../reply/lang.ts';

export type { ChartData, ChartPoint, UndatedFigure, Bound } from './data.ts';
export { chartDataFor } from './data.ts';

/** One rendered chart. */
export interface Chart {
  /** The story it shows (null when the reply names none). */
  story: string | null;
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  /** A text alternative (Discord's attachment description: at most 1,024 characters). */
  alt: string;
  /** What is drawn: every point with the answer it comes from, and the undated figures listed apart. */
  data: ChartData;
}

/** Options of {@link chartsFor}. */
export interface ChartOptions {
  /** `dark` (default: what the bot sends) or `light`. */
  theme?: keyof typeof THEMES;
  /** The language of the chart's words (default English). */
  lang?: Lang;
}

/** Longest text alternative. */
export const ALT_MAX = 1024;

/** A text alternative: the title, the measure, then each figure with its date and source, within {@link ALT_MAX}. */
export function altText(data: ChartData): string {
  let text = chartWords(data.lang).altHead(data.measure, data.title, data.points.length, data.dates, data.undated.length + data.coarse.length);
  for (const p of data.points) {
    const line = ` ${p.date}: ${p.label} (${p.series}).`;
    if (text.length + line.length > ALT_MAX - 20) return `${text} …`;
    text += line;
  }
  return text;
}

/** The chart of a story's figures. */
export async function renderChart(data: ChartData, options: ChartOptions = {}): Promise<Chart> {
  const { spec } = chartSpec(data, THEMES[options.theme ?? 'dark'], textMeasure());
  const { png, width, height } = svgToPng(await toSvg(spec));
  return { story: data.story?.id ?? null, png, width, height, alt: altText(data), data };
}

/**
 * One chart per story of an `/estimate` reply whose figures stand at two or
 * more dates (several stories answered apart get one chart each, never one
 * chart of several stories). Empty for anything else.
 */
export async function chartsFor(reply: Reply, options: ChartOptions = {}): Promise<Chart[]> {
  const charts: Chart[] = [];
  for (const data of chartDataFor(reply, options.lang)) charts.push(await renderChart(data, options));
  return charts;
}

/** The chart of a reply's first story with figures at two or more dates, or null. */
export async function chartFor(reply: Reply, options: ChartOptions = {}): Promise<Chart | null> {
  const data = chartDataFor(reply, options.lang)[0];
  return data ? renderChart(data, options) : null;
}
