/**
 * Article metadata inferred from the text, never invented: title (the
 * headline line), publication date with its precision (from date lines only),
 * outlet and agency (from source, copyright and byline lines, datelines and
 * closing agency tags; never from sources cited in the body). Header fields
 * override inference.
 *
 * @module
 */

import type { PublishedDate } from './types.ts';
import { cleanArticle, type CleanResult, type Signal } from './clean.ts';
import { parseFrontMatter, type FrontMatter } from './frontmatter.ts';
import { outletFromUrl } from './meta-lines.ts';

/** The metadata of an article. */
export interface ArticleMetadata {
  title: string | null;
  published: PublishedDate | null;
  outlet: string | null;
  agency: string | null;
  url: string | null;
  language: string;
}

/** The language assumed when a header does not say. */
export const DEFAULT_LANGUAGE = 'de';

/**
 * Infer metadata from raw article text (a header, if present and valid,
 * overrides what is inferred).
 */
export function inferMetadata(raw: string): ArticleMetadata {
  const fm = parseFrontMatter(raw, '');
  return metadataFrom(cleanArticle(raw, fm.bodyLineIndex), fm.header);
}

/** Combine cleaning signals and an optional header into metadata. */
export function metadataFrom(clean: CleanResult, header: FrontMatter | null): ArticleMetadata {
  const h = header ?? {};
  const framing = framingSignals(clean);
  return {
    title: has(h, 'title') ? (h.title ?? null) : (clean.title?.text ?? null),
    published: has(h, 'published') ? (h.published ?? null) : inferPublished(clean),
    outlet: has(h, 'outlet') ? (h.outlet ?? null) : inferOutlet(framing, h.url ?? null),
    agency: has(h, 'agency')
      ? (h.agency ?? null)
      : inferAgency(clean.signals.filter((s) => s.kind === 'dateline' || s.kind === 'agency-tag' || framing.includes(s))),
    url: has(h, 'url') ? (h.url ?? null) : inferUrl(framing),
    language: h.language ?? DEFAULT_LANGUAGE,
  };
}

function has<K extends keyof FrontMatter>(h: FrontMatter, key: K): boolean {
  return Object.hasOwn(h, key);
}

/**
 * Metadata lines that describe the article itself: above or below the text,
 * or – for date lines and bylines – among its first two paragraphs (where
 * some outlets put them); not lines inside the text, such as a chart's
 * `Quelle:` line.
 */
export function framingSignals(clean: CleanResult): Signal[] {
  const third = clean.paragraphs[2]?.line ?? Number.POSITIVE_INFINITY;
  return clean.signals.filter(
    (s) =>
      s.kind !== 'dateline' &&
      (s.zone === 'header' || s.zone === 'footer' || ((s.kind === 'date' || s.kind === 'byline') && s.line < third)),
  );
}

/**
 * The publication date: from date lines (and dated closing tags) that frame
 * the text. The first date labelled as (or read as) the first publication
 * wins over an update date (`Aktualisiert`, `Stand`). Dates inside the text
 * never count: an article without a date line is undated.
 */
export function inferPublished(clean: CleanResult): PublishedDate | null {
  const hits = framingSignals(clean)
    .filter((s) => s.kind === 'date' || s.kind === 'agency-tag')
    .flatMap((s) => s.dates);
  const best = hits.find((d) => d.role !== 'updated') ?? hits[0];
  return best ? { iso: best.iso, precision: best.precision, text: best.text, from: 'text' } : null;
}

const OUTLET_ORDER: Signal['kind'][] = ['source', 'byline', 'copyright', 'date', 'url'];

/**
 * The outlet from framing signals: a source line, a byline naming an outlet,
 * a copyright holder, the article's own address (or the header's `url`).
 */
export function inferOutlet(signals: Signal[], headerUrl: string | null): string | null {
  for (const kind of OUTLET_ORDER) {
    for (const s of signals) {
      if (s.kind !== kind) continue;
      if (s.outlet) return s.outlet;
      if (kind === 'url' && s.url) {
        const o = outletFromUrl(s.url);
        if (o) return o;
      }
    }
  }
  return headerUrl ? outletFromUrl(headerUrl) : null;
}

/** The agency or agencies (`dpa, AFP`) the signals name, in the order of the text. */
export function inferAgency(signals: Signal[]): string | null {
  const names: string[] = [];
  for (const s of [...signals].sort((a, b) => a.line - b.line)) {
    for (const a of s.agencies) if (!names.includes(a)) names.push(a);
  }
  return names.length ? names.join(', ') : null;
}

function inferUrl(signals: Signal[]): string | null {
  return signals.find((s) => s.kind === 'url' && s.url)?.url ?? null;
}
