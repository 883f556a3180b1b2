/**
 * Loading a corpus folder: `dir/articles/*.txt|*.md` (or `dir/*.txt|*.md`
 * when there is no `articles/` subfolder). Bad files are skipped with a
 * one-line problem; the rest still loads.
 *
 * @module
 */

import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, FileProblem } from './types.ts';
import { parseArticle } from './article.ts';
import { decodeArticle } from './decode.ts';
import { fold } from './patterns.ts';

export { decodeArticle, type DecodeResult } from './decode.ts';

/** Files larger than this are skipped (a pasted article is a few kB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The extensions read as articles. */
const ARTICLE_FILE = /\.(?:txt|md)$/i;

/** The result of {@link loadArticles}. */
export interface LoadResult {
  /** Articles in file-name order. Their own warnings are in `article.problems`. */
  articles: Article[];
  /**
   * Problems of files that did not become articles (errors: the file was
   * skipped) and warnings about ignored files. Each message is one line and
   * names the file.
   */
  problems: FileProblem[];
}

/**
 * The article id for a file name: the name without extension as a readable
 * slug (lowercase ASCII, umlauts folded to ae/oe/ue/ss, other characters -> `-`).
 * Empty when nothing readable is left.
 */
export function articleIdFromFileName(name: string): string {
  return fold(name.replace(/\.[^.]*$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Load every article of a corpus folder.
 *
 * Never throws because of a file: unreadable, empty, binary or undecodable
 * files, files with an invalid header, files with no article text and
 * duplicate ids are skipped with one error problem each. Throws only when
 * the folder itself cannot be read (message starting with `corpus:`).
 *
 * @param dir the corpus folder (holding `articles/`, or the article files)
 */
export async function loadArticles(dir: string): Promise<LoadResult> {
  const { folder, prefix } = await articleFolder(dir);
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  } catch (err) {
    throw new Error(`corpus: cannot read folder "${folder}": ${reason(err)}`);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const problems: FileProblem[] = [];
  const candidates = names.filter((name) => {
    if (name.startsWith('.') || /^readme\.(?:md|txt)$/i.test(name)) return false;
    if (ARTICLE_FILE.test(name)) return true;
    problems.push({ file: prefix + name, severity: 'warning', message: `${prefix + name}: ignored (only .txt and .md files are read as articles)` });
    return false;
  });

  const read = await Promise.all(candidates.map((name) => readArticleFile(join(folder, name), prefix + name)));
  const articles: Article[] = [];
  const byId = new Map<string, string>();
  for (const [i, name] of candidates.entries()) {
    const file = prefix + name;
    const result = read[i]!;
    if ('error' in result) {
      problems.push(result.error);
      continue;
    }
    const id = articleIdFromFileName(name);
    if (!id) {
      problems.push(fileError(file, 'file name gives no usable article id (use letters or digits)'));
      continue;
    }
    const other = byId.get(id);
    if (other) {
      problems.push(fileError(file, `duplicate article id "${id}" (same as ${other}); rename one of the files`));
      continue;
    }
    const article = parseArticle(result.text, { id, file });
    article.problems.unshift(...result.problems);
    const errors = article.problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      problems.push(...errors);
      continue;
    }
    byId.set(id, file);
    articles.push(article);
  }
  // In file-name order, like the articles (the sort is stable: a file's problems keep their order).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems };
}

async function articleFolder(dir: string): Promise<{ folder: string; prefix: string }> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new Error('not a folder');
  } catch (err) {
    throw new Error(`corpus: cannot read folder "${dir}": ${reason(err)}`);
  }
  const sub = join(dir, 'articles');
  try {
    if ((await stat(sub)).isDirectory()) return { folder: sub, prefix: 'articles/' };
  } catch {
    // no articles/ subfolder: the files are in dir itself
  }
  return { folder: dir, prefix: '' };
}

async function readArticleFile(path: string, file: string): Promise<{ text: string; problems: FileProblem[] } | { error: FileProblem }> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { error: fileError(file, 'not a regular file') };
    if (s.size > MAX_ARTICLE_BYTES) {
      return { error: fileError(file, `file too large (${(s.size / 1024 / 1024).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`) };
    }
    const bytes = await readFile(path);
    return decodeArticle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  } catch (err) {
    return { error: fileError(file, `cannot read file: ${reason(err)}`) };
  }
}

function fileError(file: string, message: string): FileProblem {
  return { file, severity: 'error', message: `${file}: ${message}` };
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOTDIR') return 'not a folder';
  return e?.message ?? String(err);
}
