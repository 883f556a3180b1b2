/**
 * One article file's text -> a validated, cleaned {@link Article}.
 *
 * @module
 */

import { shortHash } from '../system/hash.ts';
import type { Article, FileProblem, Paragraph } from './types.ts';
import { cleanArticle } from './clean.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { metadataFrom, DEFAULT_LANGUAGE } from './metadata.ts';
import { splitSentences } from '../language/de/index.ts';
import { entryTimes } from './liveblog.ts';

/** Options for {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The article id (a slug, unique in the corpus). */
  id: string;
  /** The file's path relative to the corpus folder, for messages. */
  file: string;
  /** The reference for publication dates "after today" (default: the current time). */
  now?: Date;
}

/** First 12 hex digits of the SHA-256 of the text. */
export function contentHash(raw: string): string {
  return shortHash(raw, 12);
}

/**
 * Parse an article: header, cleaning, metadata, paragraphs and sentences.
 *
 * Pure and deterministic: the same text gives the same article (and the same
 * paragraph ids `<id>#p<n>`, n 1-based in order). Never throws on content:
 * an invalid header or an article without paragraphs gives an `error`
 * problem (the loader skips such files). Every paragraph and sentence
 * satisfies `raw.slice(start, end) === text`.
 *
 * @param raw the decoded file text (BOM removed)
 */
export function parseArticle(raw: string, opts: ParseArticleOptions): Article {
  const { id, file } = opts;
  const problems: FileProblem[] = [];
  const fm = parseFrontMatter(raw, file);
  problems.push(...fm.problems);
  const clean = cleanArticle(raw, fm.bodyLineIndex);
  const meta = metadataFrom(clean, fm.header, opts.now ?? new Date());
  for (const w of meta.warnings) {
    const where = w.line !== null ? `${file}:${w.line}` : file;
    problems.push({ file, ...(w.line !== null ? { line: w.line } : {}), field: 'published', severity: 'warning', message: `${where}: ${w.message}` });
  }
  const times = entryTimes(
    clean.paragraphs.flatMap((p) => (p.stamp ? [p.stamp] : [])),
    meta.published ? { ...meta.published, updated: meta.publishedIsUpdate } : null,
  );

  const paragraphs: Paragraph[] = clean.paragraphs.map((p, index) => {
    const paragraph: Paragraph = {
      id: `${id}#p${index + 1}`,
      articleId: id,
      index,
      heading: p.heading,
      text: p.text,
      start: p.start,
      end: p.end,
      sentences: splitSentences(p.text, p.start),
    };
    const time = p.stamp ? times.get(p.stamp) : undefined;
    if (time) paragraph.time = time;
    if (p.summary) paragraph.summary = true;
    return paragraph;
  });

  if (paragraphs.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ file, severity: 'error', message: `${file}: no article text left after cleaning (only headings, metadata or page junk)` });
  }

  return {
    id,
    file,
    title: meta.title,
    kicker: meta.kicker,
    outlet: meta.outlet,
    agency: meta.agency,
    published: meta.published,
    url: meta.url,
    language: meta.language || DEFAULT_LANGUAGE,
    raw,
    hash: contentHash(raw),
    headings: clean.headings,
    paragraphs,
    dropped: clean.dropped,
    provenance: meta.provenance,
    problems,
  };
}
