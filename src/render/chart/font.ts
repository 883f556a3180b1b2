/**
 * The chart's font: DejaVu Sans (regular and bold), shipped by the npm package
 * `dejavu-fonts-ttf`, so a chart looks the same on every machine (a slim
 * Debian image has no fonts at all). The rasteriser loads these two files and
 * nothing else; Vega lays text out with their real advance widths, read here
 * from the TrueType tables (`cmap`, `hmtx`), instead of its rough estimate of
 * 0.8 em a character.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The font family the chart names (as the font files call it). */
export const FONT_FAMILY = 'DejaVu Sans';

/** The TrueType files of the chart's font: regular, bold. */
export function fontFiles(): { regular: string; bold: string } {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: path.join(dir, 'DejaVuSans.ttf'), bold: path.join(dir, 'DejaVuSans-Bold.ttf') };
}

/** Advance widths of one font, in em, by code point. */
export interface Advances {
  /** The width of a code point in em, or undefined when the font has no glyph for it. */
  get(codePoint: number): number | undefined;
}

/**
 * Reads the advance widths of a TrueType font (`head` units per em, `hhea`
 * and `hmtx` metrics, the Unicode BMP `cmap` subtable of format 4).
 *
 * @throws Error when the file is not a TrueType font with those tables
 */
export function readAdvances(bytes: Uint8Array): Advances {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font: no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

  // The Unicode BMP subtable: platform 3 encoding 1 (Windows), else platform 0 (Unicode).
  const cmap = table('cmap');
  let sub: number | null = null;
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap + view.getUint32(rec + 4);
    if (view.getUint16(offset) !== 4) continue;
    if (platform === 3 && encoding === 1) {
      sub = offset;
      break;
    }
    if (platform === 0) sub ??= offset;
  }
  if (sub === null) throw new Error('font: no Unicode BMP cmap (format 4)');
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const widths = new Map<number, number>();
  for (let s = 0; s < segCount; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) widths.set(c, advanceOf(glyph));
    }
  }
  return widths;
}

/** Text widths in the chart's font, for Vega's layout. */
export class TextMeasure {
  readonly #regular: Advances;
  readonly #bold: Advances;

  constructor(regular: Advances, bold: Advances) {
    this.#regular = regular;
    this.#bold = bold;
  }

  /** Reads the chart's font files. */
  static load(files = fontFiles()): TextMeasure {
    return new TextMeasure(readAdvances(readFileSync(files.regular)), readAdvances(readFileSync(files.bold)));
  }

  /** The width of a line of text in pixels (no kerning, so never narrower than drawn). */
  width(text: string, fontSize: number, bold = false): number {
    const advances = bold ? this.#bold : this.#regular;
    let em = 0;
    for (const ch of text) em += advances.get(ch.codePointAt(0)!) ?? 0.6;
    return em * fontSize;
  }
}
