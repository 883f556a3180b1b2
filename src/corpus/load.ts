/**
 * Loading a corpus folder: `dir/articles/*.txt|*.md` (or `dir/*.txt|*.md`
 * when there is no `articles/` subfolder). Bad files are skipped with a
 * one-line problem; the rest still loads.
 *
 * @module
 */

import { readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Article, FileProblem } from './types.ts';
import { parseArticle } from './article.ts';
import { decodeArticle } from './decode.ts';
import { foldSpelledOut } from '../language/de/index.ts';
import { shortHash } from '../system/hash.ts';

export { decodeArticle, type DecodeResult } from './decode.ts';

/** Files larger than this are skipped (a pasted article is a few kB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Catalogue files that may stand beside articles in a folder without `articles/`. */
const CATALOGUE_FILE = /^(?:story|glossary|events|measures|claimants|places|sides)\.json$/;

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
  return foldSpelledOut(name.replace(/\.[^.]*$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An article file as read from disk, before decoding and parsing. */
export interface ArticleSource {
  /** File name in its folder. */
  name: string;
  /** Path relative to the corpus folder (`articles/foo.txt`). */
  file: string;
  /** The bytes, or the problem that prevented reading them. */
  bytes: Uint8Array | null;
  error: FileProblem | null;
  /**
   * A hash of the bytes (SHA-256, 16 hex digits), or of the read error: the
   * same file content has the same digest, so a new corpus version re-parses
   * only files whose digest changed.
   */
  digest: string;
}

/** The files of a corpus folder, read but not parsed (see {@link readArticleSources}). */
export interface SourceSet {
  sources: ArticleSource[];
  /** Warnings about files that are not articles (ignored extensions). */
  problems: FileProblem[];
}

/**
 * Reads the article files of a story folder (bytes only), in file-name order:
 * `dir/articles/*` or, without that subfolder, `dir/*`. Unreadable or
 * oversized files carry an error instead of bytes.
 *
 * @param label the folder relative to the corpus folder (`stories/flood-2024/`), so problems name files as a curator sees them
 * @throws Error starting with `corpus:` when the folder cannot be read.
 */
export async function readArticleSources(dir: string, label = ''): Promise<SourceSet> {
  const found = await articleFolder(dir);
  const folder = found.folder;
  const prefix = label + found.prefix;
  let names: string[];
  const problems: FileProblem[] = [];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    const refused = entries.map((e) => refusedEntry(e, folder, dir, prefix)).filter((p): p is FileProblem => p !== null);
    problems.push(...refused);
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !refused.some((p) => p.file === prefix + e.name)).map((e) => e.name);
  } catch (err) {
    throw new Error(`corpus: cannot read folder "${folder}": ${reason(err)}`);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const candidates = names.filter((name) => {
    if (name.startsWith('.') || /^readme\.(?:md|txt)$/i.test(name) || CATALOGUE_FILE.test(name)) return false;
    if (ARTICLE_FILE.test(name)) return true;
    problems.push({ file: prefix + name, severity: 'warning', message: `${prefix + name}: ignored (only .txt and .md files are read as articles)` });
    return false;
  });
  // Synchronous reads: for thousands of small files they are ~8x faster than
  // fs.promises (each async read is four thread-pool round trips). The corpus
  // is read in the engine's worker thread, so this blocks no interaction.
  const sources = candidates.map((name): ArticleSource => {
    const file = prefix + name;
    const read = readArticleBytes(join(folder, name), file);
    return 'error' in read
      ? { name, file, bytes: null, error: read.error, digest: shortHash(`error:${read.error.message}`) }
      : { name, file, bytes: read.bytes, error: null, digest: shortHash(read.bytes) };
  });
  return { sources, problems };
}

/**
 * Why a folder entry named like an article is refused, or null: a folder
 * named `x.txt` (it would otherwise vanish without a word), or a symbolic
 * link that leads outside the corpus folder (it could make the bot quote any
 * file on the machine, such as /etc/passwd). Links inside the corpus folder
 * are read as usual.
 */
export function refusedEntry(entry: Dirent, folder: string, dir: string, prefix: string): FileProblem | null {
  if (entry.name.startsWith('.') || !ARTICLE_FILE.test(entry.name)) return null;
  const file = prefix + entry.name;
  if (entry.isDirectory()) return { file, severity: 'warning', message: `${file}: ignored (a folder, not an article file)` };
  if (!entry.isSymbolicLink()) return null;
  try {
    const target = realpathSync(join(folder, entry.name));
    const root = realpathSync(dir);
    if (target !== root && !target.startsWith(root + sep)) return fileError(file, 'is a link to a file outside the corpus folder; refused');
  } catch {
    return null; // a dangling link: reading it reports the problem
  }
  return null;
}

/**
 * One article file parsed: its article (with its own warnings), or the errors
 * that skip it (with the article id when the file got as far as having one).
 */
export type ParsedSource = { article: Article } | { errors: FileProblem[]; id?: string };

/**
 * Decodes and parses one read article file. Never throws on content: a file
 * that cannot be decoded, whose name gives no id, or whose text gives no
 * article (an invalid header, nothing left after cleaning) gives its errors.
 */
export function parseArticleSource(source: ArticleSource): ParsedSource {
  const { name, file } = source;
  if (source.error || !source.bytes) return { errors: source.error ? [source.error] : [] };
  const decoded = decodeArticle(source.bytes, file);
  if ('error' in decoded) return { errors: [decoded.error] };
  const id = articleIdFromFileName(name);
  if (!id) return { errors: [fileError(file, 'file name gives no usable article id (use letters or digits)')] };
  const article = parseArticle(decoded.text, { id, file });
  article.problems.unshift(...decoded.problems);
  const errors = article.problems.filter((p) => p.severity === 'error');
  return errors.length ? { errors, id } : { article };
}

/**
 * The articles and problems of a story's files, given each file's parse
 * result (in file order; `parsed(i)` for `set.sources[i]`, which may come
 * from a cache): a second article with the id of an earlier one is skipped
 * with an error naming both files.
 */
export function collectArticles(set: SourceSet, parsed: (index: number) => ParsedSource): LoadResult {
  const problems: FileProblem[] = [...set.problems];
  const articles: Article[] = [];
  const byId = new Map<string, string>();
  set.sources.forEach((source, i) => {
    const result = parsed(i);
    const id = 'article' in result ? result.article.id : result.id;
    const other = id === undefined ? undefined : byId.get(id);
    if (other) {
      // A second file of the same id is refused as such, whatever else is wrong with it.
      problems.push(fileError(source.file, `duplicate article id "${id}" (same as ${other}); rename one of the files`));
      return;
    }
    if ('errors' in result) {
      problems.push(...result.errors);
      return;
    }
    const { article } = result;
    byId.set(article.id, source.file);
    articles.push(article);
  });
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems };
}

/**
 * Decodes and parses read article files into articles. Files that cannot be
 * decoded, have an invalid header, no article text, or a duplicate id are
 * skipped with one error problem each.
 */
export function parseArticleSources(set: SourceSet): LoadResult {
  return collectArticles(set, (i) => parseArticleSource(set.sources[i]!));
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
  return parseArticleSources(await readArticleSources(dir));
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

function readArticleBytes(path: string, file: string): { bytes: Uint8Array } | { error: FileProblem } {
  try {
    const s = statSync(path);
    if (!s.isFile()) return { error: fileError(file, 'not a regular file') };
    if (s.size > MAX_ARTICLE_BYTES) {
      return { error: fileError(file, `file too large (${(s.size / 1024 / 1024).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`) };
    }
    const bytes = readFileSync(path);
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
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
