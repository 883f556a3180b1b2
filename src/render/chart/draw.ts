/**
 * Draws a Vega-Lite specification as a PNG, headless and without native
 * canvas: Vega-Lite compiles it to Vega, a Vega `View` renders SVG text
 * (`toSVG`, no DOM), and resvg (a Rust SVG rasteriser shipped as a prebuilt
 * npm binary) turns the SVG into PNG bytes with the chart's own font files
 * (no system fonts are read, so every machine draws the same picture).
 *
 * Vega measures text with {@link TextMeasure} (the font's real advance
 * widths) instead of its estimate, so the layout fits what resvg draws.
 *
 * @module
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, TextMeasure, fontFiles } from './font.ts';
import { SIZE } from './theme.ts';

let measure: TextMeasure | null = null;

/** The chart font's text measure, loaded once; Vega's text layout uses it from the first call on. */
export function textMeasure(): TextMeasure {
  if (!measure) {
    const m = TextMeasure.load();
    // Vega's text metrics (exported, not in its typings): a user-defined width function is the documented way in.
    const metrics = (vega as unknown as { textMetrics: { width: (item: { fontSize?: number; fontWeight?: string | number; limit?: number }, text?: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
      const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
      const w = m.width(text == null ? '' : String(text).trim(), size, bold);
      return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
    };
    measure = m;
  }
  return measure;
}

/** The SVG of a Vega-Lite specification. */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  textMeasure();
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** An SVG drawn as PNG at `scale` pixels per CSS pixel, with the chart's font only. */
export function svgToPng(svg: string, scale: number = SIZE.scale): { png: Buffer; width: number; height: number } {
  const files = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [files.regular, files.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
