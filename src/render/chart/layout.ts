/**
 * Where things stand on the plot, in pixels, computed before Vega draws it:
 * the scales (a time axis over every span, a value axis from zero), marks that
 * would cover each other moved side by side, and each mark's label put where
 * it covers no mark and no other label (or left out when there is no such
 * place: the reply lists every figure anyway). Pure.
 *
 * @module
 */
import type { ChartPoint } from './data.ts';
import type { TextMeasure } from './font.ts';

/** A box in plot pixels (y grows downwards). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A placed label. */
export interface PlacedLabel {
  /** Left edge and vertical middle, plot pixels. */
  x: number;
  y: number;
  box: Box;
}

/** The geometry of a plot. */
export interface PlotLayout {
  /** Time axis domain (ms) and value axis domain. */
  xDomain: [number, number];
  yDomain: [number, number];
  /** Value axis ticks. */
  yTicks: number[];
  /** Per point: horizontal pixel offset of its mark (side by side with marks of its date it would cover). */
  dx: number[];
  /** Per point: vertical pixel offset of a span (stacked on spans of its date at the same value). */
  dy: number[];
  /** Per point: its label, or null when it fits nowhere. */
  labels: (PlacedLabel | null)[];
}

/** Sizes the layout works with. */
export interface LayoutSizes {
  width: number;
  height: number;
  /** Font size of mark labels (bold). */
  labelSize: number;
  /** Diameter of a marker. */
  marker: number;
}

const HOUR = 3_600_000;

/** A step of 1, 2, 2.5 or 5 times a power of ten giving at most `count` intervals up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** Time domain over every span, with a margin on each side. */
export function timeDomain(points: readonly ChartPoint[]): [number, number] {
  const lo = Math.min(...points.map((p) => p.from));
  const hi = Math.max(...points.map((p) => p.to));
  const pad = Math.max((hi - lo) * 0.06, 3 * HOUR);
  return [lo - pad, hi + pad];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Lays out a plot of the given points. */
export function layoutPlot(points: readonly ChartPoint[], measure: TextMeasure, size: LayoutSizes, xDomain: [number, number] = timeDomain(points)): PlotLayout {
  const top = Math.max(...points.map((p) => p.high), 0);
  // counts are whole numbers: no step below one unless a figure has decimals
  const step = points.every((p) => Number.isInteger(p.low) && Number.isInteger(p.high)) ? Math.max(1, niceStep(top || 1)) : niceStep(top || 1);
  const yMax = Math.max(step, Math.ceil((top * 1.04) / step) * step);
  const yDomain: [number, number] = [0, yMax];
  const yTicks: number[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) yTicks.push(Number(v.toPrecision(12)));

  const px = (t: number) => ((t - xDomain[0]) / (xDomain[1] - xDomain[0])) * size.width;
  const py = (v: number) => size.height - (v / yMax) * size.height;
  const x = points.map((p) => px(p.at));
  const yMid = points.map((p) => py((p.low + p.high) / 2));
  const yLow = points.map((p) => py(p.low));
  const yHigh = points.map((p) => py(p.high));

  // Marks of the same date that would cover each other go side by side (a few pixels, so no
  // mark moves far from its date); spans of the same month at the same value are stacked a few
  // pixels apart; the same claim repeated (same source, figure, date) stays one mark.
  const { dx, dy } = dodge(points, x, yLow, yHigh, size.marker + 2);

  // Labels keep clear of every marker and bar (they may cross a span line: they have a halo).
  const r = size.marker / 2;
  const obstacles: Box[] = points.flatMap((p, i) => {
    if (p.coarse) return [];
    const cx = x[i]! + dx[i]!;
    return [p.bound === 'range' ? { x: cx - 4, y: yHigh[i]! - 3, w: 8, h: yLow[i]! - yHigh[i]! + 6 } : { x: cx - r, y: yLow[i]! - r, w: 2 * r, h: 2 * r }];
  });
  const placed: Box[] = [];
  const h = size.labelSize + 2;
  const labels: (PlacedLabel | null)[] = points.map(() => null);
  for (const i of labelOrder(points)) {
    const p = points[i]!;
    const w = measure.width(p.label, size.labelSize, true);
    const cy = yMid[i]! + dy[i]!;
    const topY = yHigh[i]! + dy[i]!;
    const bottomY = yLow[i]! + dy[i]!;
    let candidates: [number, number][];
    if (p.coarse) {
      // a span: near its ends (its middle is no date), above or below the line
      const x0 = Math.max(0, px(p.from));
      const x1 = Math.min(size.width, px(p.to));
      const above = topY - 4 - h / 2;
      const below = bottomY + 4 + h / 2;
      candidates = [
        [x1 - w, above],
        [x1 - w, below],
        [x0, above],
        [x0, below],
        [x1 + 4, cy],
        [x0 - 4 - w, cy],
        [(x0 + x1 - w) / 2, above],
        [(x0 + x1 - w) / 2, below],
      ];
    } else {
      // right, left, above, below, then the diagonals; never far from the mark
      const cx = x[i]! + dx[i]!;
      const side = p.bound === 'range' ? 7 : r + 4;
      candidates = [
        [cx + side, cy],
        [cx - side - w, cy],
        [cx - w / 2, topY - r - 4 - h / 2],
        [cx - w / 2, bottomY + r + 4 + h / 2],
        [cx + side - 4, topY - r - h / 2],
        [cx + side - 4, bottomY + r + h / 2],
        [cx - side - w + 4, topY - r - h / 2],
        [cx - side - w + 4, bottomY + r + h / 2],
      ];
    }
    for (const [lx, ly] of candidates) {
      const box: Box = { x: lx, y: ly - h / 2, w, h };
      if (box.x < 0 || box.x + box.w > size.width || box.y < -2 || box.y + box.h > size.height + 2) continue;
      if (placed.some((b) => overlaps(b, box)) || obstacles.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      labels[i] = { x: lx, y: ly, box };
      break;
    }
  }
  return { xDomain, yDomain, yTicks, dx, dy, labels };
}

/**
 * The order labels are placed in, most wanted first: each source's latest
 * figure (newest first), then the others from the newest back.
 */
export function labelOrder(points: readonly ChartPoint[]): number[] {
  const latest = new Map<string, number>();
  points.forEach((p, i) => {
    const j = latest.get(p.series);
    if (j === undefined || points[j]!.at <= p.at) latest.set(p.series, i);
  });
  const first = new Set(latest.values());
  return points
    .map((_, i) => i)
    .sort((a, b) => Number(first.has(b)) - Number(first.has(a)) || points[b]!.at - points[a]!.at || a - b);
}

/**
 * Pixel offsets for marks of the same date that would cover each other:
 * markers and bars side by side (`dx`), centred on their date; spans (dates
 * coarser than a day) stacked a few pixels apart (`dy`), since they are lines
 * across their whole span. Marks of the same claim share one place; marks of
 * different dates never move.
 */
export function dodge(
  points: readonly ChartPoint[],
  x: readonly number[],
  yLow: readonly number[],
  yHigh: readonly number[],
  step: number,
): { dx: number[]; dy: number[] } {
  const n = points.length;
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const a = points[i]!;
      const b = points[j]!;
      if (a.date !== b.date || a.coarse !== b.coarse) continue;
      const reach = a.coarse ? 3 : step / 2;
      if (yHigh[i]! - reach < yLow[j]! + reach && yHigh[j]! - reach < yLow[i]! + reach) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  const dx = new Array<number>(n).fill(0);
  const dy = new Array<number>(n).fill(0);
  const key = (i: number) => `${points[i]!.series}|${points[i]!.label}`;
  for (const members of groups.values()) {
    const keys = [...new Set(members.map(key))];
    if (keys.length < 2) continue;
    for (const i of members) {
      const k = keys.indexOf(key(i)) - (keys.length - 1) / 2;
      if (points[i]!.coarse) dy[i] = k * 6;
      else dx[i] = k * step;
    }
  }
  return { dx, dy };
}
