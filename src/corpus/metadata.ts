/**
 * Article metadata inferred from the text, never invented: title (the
 * headline line), publication date with its precision (from date lines only),
 * outlet and agency (from source, copyright and byline lines, datelines and
 * closing agency tags; never from sources cited in the body). Header fields
 * override inference.
 *
 * @module
 */

import type { Evidence, Provenance, PublishedDate, RejectedDate } from './types.ts';
import { cleanArticle, type CleanResult, type Signal } from './clean.ts';
import { parseFrontMatter, type FrontMatter } from './frontmatter.ts';
import { outletFromUrl } from './meta-lines.ts';
import { implausiblePublication, type DateHit } from './dates.ts';

/** The metadata of an article. */
export interface ArticleMetadata {
  title: string | null;
  kicker: string | null;
  published: PublishedDate | null;
  /**
   * True unless the date read is labelled as the first publication
   * (`Publiziert:`, `Erstellt:`): an update date (`Stand:`) or an unlabelled
   * one is taken as the page's newest state (live-blog entries are dated from it).
   */
  publishedIsUpdate: boolean;
  outlet: string | null;
  agency: string | null;
  url: string | null;
  language: string;
  /** Which line gave each value. */
  provenance: Provenance;
  /** Warnings about the metadata (a placeholder or impossible date, disagreeing dates). */
  warnings: { line: number | null; message: string }[];
}

/** The language assumed when a header does not say. */
export const DEFAULT_LANGUAGE = 'de';

/**
 * Infer metadata from raw article text (a header, if present and valid,
 * overrides what is inferred).
 *
 * @param now the reference for dates after today (default: the current time)
 */
export function inferMetadata(raw: string, now: Date = new Date()): ArticleMetadata {
  const fm = parseFrontMatter(raw, '');
  return metadataFrom(cleanArticle(raw, fm.bodyLineIndex), fm.header, now);
}

const evidenceOf = (s: Signal, text = s.text): Evidence => ({ line: s.line, text, rule: s.reason });
const headerEvidence = (field: string, value: string): Evidence => ({ line: null, text: `${field}: ${value}`, rule: 'header' });

/**
 * Combine cleaning signals and an optional header into metadata.
 *
 * @param now the reference for dates after today (default: the current time)
 */
export function metadataFrom(clean: CleanResult, header: FrontMatter | null, now: Date = new Date()): ArticleMetadata {
  const h = header ?? {};
  const framing = framingSignals(clean);
  const inferred = inferPublishedWithEvidence(clean, now);
  const agencySignals = clean.signals.filter((s) => s.kind === 'dateline' || s.kind === 'agency-tag' || framing.includes(s));
  const outletFound = findOutlet(framing, h.url ?? null);
  const warnings = [...inferred.warnings];

  let published: PublishedDate | null;
  let publishedEvidence: Evidence | null;
  let publishedIsUpdate = false;
  if (has(h, 'published')) {
    published = h.published ?? null;
    publishedEvidence = published ? headerEvidence('published', published.text) : null;
    const problem = published ? implausiblePublication(published.iso, now) : null;
    if (problem && published) warnings.push({ line: null, message: `header date ${published.text}: ${problem}` });
  } else {
    published = inferred.published;
    publishedEvidence = inferred.evidence;
    publishedIsUpdate = inferred.updated;
  }

  const agency = has(h, 'agency') ? (h.agency ?? null) : inferAgency(agencySignals);
  const agencyEvidence = has(h, 'agency')
    ? h.agency
      ? [headerEvidence('agency', h.agency)]
      : []
    : [...agencySignals].sort((a, b) => a.line - b.line).filter((s) => s.agencies.length).map((s) => evidenceOf(s));

  const title = has(h, 'title') ? (h.title ?? null) : (clean.title?.text ?? null);
  return {
    title,
    kicker: clean.kicker?.text ?? null,
    published,
    publishedIsUpdate,
    outlet: has(h, 'outlet') ? (h.outlet ?? null) : outletFound.outlet,
    agency,
    url: has(h, 'url') ? (h.url ?? null) : inferUrl(framing),
    language: h.language ?? DEFAULT_LANGUAGE,
    provenance: {
      title: has(h, 'title') ? (h.title ? headerEvidence('title', h.title) : null) : clean.title ? { line: clean.title.line, text: clean.title.text, rule: 'headline' } : null,
      kicker: clean.kicker ? { line: clean.kicker.line, text: clean.kicker.text, rule: 'kicker' } : null,
      published: publishedEvidence,
      outlet: has(h, 'outlet') ? (h.outlet ? headerEvidence('outlet', h.outlet) : null) : outletFound.evidence,
      agency: agencyEvidence,
      rejected: inferred.rejected,
    },
    warnings,
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
export function inferPublished(clean: CleanResult, now: Date = new Date()): PublishedDate | null {
  return inferPublishedWithEvidence(clean, now).published;
}

interface Candidate {
  hit: DateHit;
  signal: Signal;
}

const isConsistent = (precise: string, coarse: string): boolean => precise.startsWith(coarse) || coarse.startsWith(precise);
const RANK = { year: 0, month: 1, day: 2, minute: 3 } as const;

/**
 * {@link inferPublished} with the line that gave the date, the dates not
 * taken and why, and warnings:
 *
 * - placeholder and impossible dates (`01.01.1970`, before 1990, after
 *   `now`) are never publication dates (a warning says so);
 * - a scraper's date marker (`date 2025-02`) yields to the page's own date
 *   line when that is consistent with it (it is usually more precise); when
 *   they disagree the page's own wins, with a warning;
 * - a broadcast time (`Dieses Thema im Programm: … 20:00 Uhr`) is used only
 *   when the page has no date of its own.
 */
export function inferPublishedWithEvidence(
  clean: CleanResult,
  now: Date = new Date(),
): { published: PublishedDate | null; evidence: Evidence | null; /** Not labelled as the first publication. */ updated: boolean; rejected: RejectedDate[]; warnings: { line: number | null; message: string }[] } {
  const rejected: RejectedDate[] = [];
  const warnings: { line: number | null; message: string }[] = [];
  const valid: Candidate[] = [];
  for (const signal of framingSignals(clean)) {
    if (signal.kind !== 'date' && signal.kind !== 'agency-tag') continue;
    for (const hit of signal.dates) {
      const problem = implausiblePublication(hit.iso, now);
      if (problem) {
        rejected.push({ line: signal.line, text: hit.text, rule: signal.reason, reason: problem });
        warnings.push({ line: signal.line, message: `date "${hit.text}" is not taken as the publication date: ${problem}` });
      } else {
        valid.push({ hit, signal });
      }
    }
  }
  const own = valid.filter((c) => c.signal.reason !== 'date marker' && c.hit.role !== 'broadcast');
  const marker = valid.find((c) => c.signal.reason === 'date marker');
  const broadcast = valid.find((c) => c.hit.role === 'broadcast');
  let best = own.find((c) => c.hit.role !== 'updated') ?? own[0];
  if (best && marker) {
    if (!isConsistent(best.hit.iso, marker.hit.iso)) {
      warnings.push({ line: marker.signal.line, message: `the date marker ${marker.hit.text} disagrees with the page's date "${best.hit.text}" (line ${best.signal.line}); the page's own date is taken` });
      rejected.push({ line: marker.signal.line, text: marker.hit.text, rule: marker.signal.reason, reason: "disagrees with the page's own date line" });
    } else if (RANK[marker.hit.precision] > RANK[best.hit.precision]) {
      rejected.push({ line: best.signal.line, text: best.hit.text, rule: best.signal.reason, reason: 'less precise than the date marker' });
      best = marker;
    } else {
      rejected.push({ line: marker.signal.line, text: marker.hit.text, rule: marker.signal.reason, reason: "the page's own date line is as or more precise" });
    }
  }
  best ??= marker ?? broadcast;
  if (!best) return { published: null, evidence: null, updated: false, rejected, warnings };
  const { hit, signal } = best;
  return {
    published: { iso: hit.iso, precision: hit.precision, text: hit.text, from: 'text' },
    evidence: { line: signal.line, text: signal.text, rule: hit.role === 'broadcast' ? `${signal.reason} (broadcast time)` : signal.reason },
    updated: hit.role !== 'published',
    rejected,
    warnings,
  };
}

const OUTLET_ORDER: Signal['kind'][] = ['source', 'byline', 'copyright', 'date', 'url', 'masthead'];

/**
 * The outlet from framing signals: a source line, a byline naming an outlet,
 * a copyright holder, a date line naming it, the article's own address, the
 * site's name above its navigation, a programme named by a broadcast note
 * (or the header's `url`).
 */
export function inferOutlet(signals: Signal[], headerUrl: string | null): string | null {
  return findOutlet(signals, headerUrl).outlet;
}

/** Rank of a signal as the outlet's evidence: {@link OUTLET_ORDER}, with a broadcast note's programme last. */
function outletRank(s: Signal): number {
  if (s.reason === 'broadcast note') return OUTLET_ORDER.length;
  return OUTLET_ORDER.indexOf(s.kind);
}

function findOutlet(signals: Signal[], headerUrl: string | null): { outlet: string | null; evidence: Evidence | null } {
  const ranked = signals
    .map((s, i) => ({ s, i, rank: outletRank(s), outlet: s.outlet ?? (s.kind === 'url' && s.url ? outletFromUrl(s.url) : null) }))
    .filter((x) => x.rank >= 0 && x.outlet)
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const best = ranked[0];
  if (best) return { outlet: best.outlet, evidence: evidenceOf(best.s) };
  const o = headerUrl ? outletFromUrl(headerUrl) : null;
  return { outlet: o, evidence: o && headerUrl ? headerEvidence('url', headerUrl) : null };
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
