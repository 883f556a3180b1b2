/** Shared helpers for the corpus tests: reading seed and fixture articles. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/corpus/article.ts';
import { articleIdFromFileName, decodeArticle } from '../../src/corpus/load.ts';
import { splitLines } from '../../src/corpus/lines.ts';
import type { Article } from '../../src/corpus/types.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const SEED_DIR = join(HERE, '../../corpus/stories/kursk/articles');
export const FIXTURE_DIR = join(HERE, '../fixtures/articles');

/** Parse one article file (decoded like the loader does). */
export function readArticle(dir: string, name: string): Article {
  const decoded = decodeArticle(new Uint8Array(readFileSync(join(dir, name))), `articles/${name}`);
  if ('error' in decoded) throw new Error(decoded.error.message);
  const article = parseArticle(decoded.text, { id: articleIdFromFileName(name), file: `articles/${name}` });
  article.problems.unshift(...decoded.problems);
  return article;
}

/** The seed article whose file name starts with `prefix`. */
export function seed(prefix: string): Article {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed starting with ${prefix}`);
  return readArticle(SEED_DIR, name);
}

/** The fixture article whose file name starts with `prefix`. */
export function fixture(prefix: string): Article {
  const name = readdirSync(FIXTURE_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no fixture starting with ${prefix}`);
  return readArticle(FIXTURE_DIR, name);
}

export function allSeeds(): Article[] {
  return readdirSync(SEED_DIR).sort().map((f) => readArticle(SEED_DIR, f));
}

/** Every fixture that parses without errors. */
export function allGoodFixtures(): Article[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readArticle(FIXTURE_DIR, f))
    .filter((a) => !a.problems.some((p) => p.severity === 'error'));
}

/** Spans of the lines of `raw` whose trimmed text is exactly `line`. */
export function lineSpans(raw: string, line: string): { start: number; end: number }[] {
  return splitLines(raw)
    .filter((l) => l.trimmed === line.trim())
    .map((l) => ({ start: l.tStart, end: l.tEnd }));
}

/** Paragraphs whose span overlaps the given line(s) of the raw text. */
export function paragraphsOverlapping(article: Article, line: string) {
  const spans = lineSpans(article.raw, line);
  if (spans.length === 0) throw new Error(`line not in ${article.id}: ${line}`);
  return article.paragraphs.filter((p) => spans.some((s) => p.start < s.end && s.start < p.end));
}
