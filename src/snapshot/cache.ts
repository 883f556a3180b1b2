/**
 * The on-disk cache of built stories, so that start-up and reloads do not
 * re-parse and re-index what did not change. One file per story of a corpus
 * folder (`snapshot-<folder hash>-<story id>.v8`):
 *
 * - **What it holds**: the story's parsed articles, each with the digest of
 *   the file it came from (a hash of the bytes), the files that gave no
 *   article (with their digests and errors), and the story's index in its
 *   canonical compact form (`src/search/index-build.ts`).
 * - **How it is used**: a new version of the story reuses every cached
 *   article whose file has the same digest and re-parses only the others;
 *   its index is the cached one minus the paragraphs of changed or removed
 *   articles plus those of new ones (a merge whose result is byte for byte
 *   the index built from scratch). A cache written by other parsing or
 *   indexing code ({@link snapshotCodeKey}: cache format, analyser version and
 *   the code fingerprint of the loader, the index and this file) is not used.
 * - **Texts come from the files**: articles are stored without their text
 *   (offsets only); the text is the file as read now, so a quote is always a
 *   slice of the article file itself. The files are always read and hashed.
 * - **Checked**: the file carries a SHA-256 of its content
 *   (`src/system/sealed.ts`); a truncated or altered file fails the check and
 *   is ignored. Offsets are checked against the file's text when an article
 *   is expanded; anything that does not fit means "rebuild", never "serve".
 * - Written atomically (temporary file + rename).
 *
 * @module
 */
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Article, EntryTime, FileProblem, Heading, Paragraph } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../language/de/index.ts';
import type { CompactIndex } from '../search/index-codec.ts';
import { tryWriteFileAtomic } from '../system/files.ts';
import { shortHash } from '../system/hash.ts';
import { seal, unseal } from '../system/sealed.ts';
import { codeFingerprint } from './fingerprint.ts';

/** Bump when the payload layout changes. */
const CACHE_FORMAT = 5;

/** The code that parses and indexes (and this file's layout): their import graphs key the snapshot cache. */
const SNAPSHOT_ENTRIES = ['src/corpus/load.ts', 'src/search/paragraph-index.ts', 'src/snapshot/cache.ts'];

/** The key of the code a cached story was built by: articles and index from other code are never reused. */
export function snapshotCodeKey(): string {
  return `${CACHE_FORMAT}-${ANALYZER_VERSION}-${shortHash(SNAPSHOT_ENTRIES.map(codeFingerprint).join(''), 16)}`;
}

/** The kinds of cache files of a story. */
export type CacheKind = 'snapshot' | 'answers' | 'findings';
const KINDS: readonly CacheKind[] = ['snapshot', 'answers', 'findings'];

/**
 * A cache file of a story of a corpus folder:
 * `<cacheDir>/<kind>-<hash of the folder's path>-<story id>.v8`, one per
 * folder, story and kind (`snapshot`: articles and index; `answers`:
 * catalogued answers; `findings`: what they were made from, per article).
 */
export function cacheFileFor(cacheDir: string, corpusDir: string, kind: CacheKind, storyId: string): string {
  return path.join(cacheDir, `${kind}-${folderKey(corpusDir)}-${storyId}.v8`);
}

function folderKey(corpusDir: string): string {
  return shortHash(path.resolve(corpusDir), 12);
}

/**
 * Removes the cache files of a corpus folder that no story uses any more
 * (stories gone, files of an older layout): every file of the folder not
 * named after one of `storyIds`. Never throws.
 */
export function removeStaleCacheFiles(cacheDir: string, corpusDir: string, storyIds: readonly string[]): void {
  const key = folderKey(corpusDir);
  const keep = new Set(storyIds.flatMap((id) => KINDS.map((k) => `${k}-${key}-${id}.v8`)));
  const ours = new RegExp(`^(?:${KINDS.join('|')})-${key}(?:-[a-z0-9-]+)?\\.v8$`);
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!ours.test(name) || keep.has(name)) continue;
    try {
      unlinkSync(path.join(cacheDir, name));
    } catch {
      // another process may have removed it; harmless
    }
  }
}

/**
 * An article without its text: metadata as parsed, paragraphs and sentences
 * as offsets into the file's text. Plain data (structured-clone and
 * v8-serialize safe): how articles are cached and sent between threads.
 */
export interface CompactArticle extends Omit<Article, 'paragraphs' | 'raw'> {
  /** Per paragraph: start, end, heading index + 1 (0: none), sentence count. */
  p: Uint32Array;
  /** Sentence boundaries, paragraph after paragraph: start, end, start, end, ... */
  s: Uint32Array;
  /** Live-blog entry times, by paragraph index. */
  t?: Record<number, EntryTime>;
  /** Indexes of the outlet's summary paragraphs. */
  m?: number[];
}

/** An article without its text (see {@link CompactArticle}). */
export function compactArticle(a: Article): CompactArticle {
  const headingIndex = new Map(a.headings.map((h, i) => [h.text, i]));
  const { raw: _raw, paragraphs, ...rest } = a;
  const p = new Uint32Array(paragraphs.length * 4);
  let sentenceCount = 0;
  for (const x of paragraphs) sentenceCount += x.sentences.length;
  const s = new Uint32Array(sentenceCount * 2);
  let k = 0;
  const times: Record<number, EntryTime> = {};
  const summaries: number[] = [];
  paragraphs.forEach((x, i) => {
    p[4 * i] = x.start;
    p[4 * i + 1] = x.end;
    p[4 * i + 2] = x.heading === null ? 0 : (headingIndex.get(x.heading) ?? -1) + 1;
    p[4 * i + 3] = x.sentences.length;
    for (const sentence of x.sentences) {
      s[k++] = sentence.start;
      s[k++] = sentence.end;
    }
    if (x.time) times[i] = x.time;
    if (x.summary) summaries.push(i);
  });
  const out: CompactArticle = { ...rest, p, s };
  if (Object.keys(times).length) out.t = times;
  if (summaries.length) out.m = summaries;
  return out;
}

/**
 * The article again, its texts cut from `raw` (the file's text as read now).
 *
 * @throws Error (prefixed `cache:`) when an offset does not fit the text (the
 *   cache does not belong to this file).
 */
export function expandArticle(c: CompactArticle, raw: string): Article {
  const { p: bounds, s, t, m, ...rest } = c;
  const count = bounds.length / 4;
  const paragraphs: Paragraph[] = new Array(count);
  const summaries = m ? new Set(m) : null;
  let k = 0;
  for (let index = 0; index < count; index++) {
    const start = bounds[4 * index]!;
    const end = bounds[4 * index + 1]!;
    const h = bounds[4 * index + 2]!;
    const n = bounds[4 * index + 3]!;
    if (!(start < end && end <= raw.length) || k + 2 * n > s.length) throw new Error(`cache: paragraph ${index + 1} of ${c.file} does not fit its file`);
    const sentences = new Array(n);
    for (let x = 0; x < n; x++, k += 2) {
      const a = s[k]!;
      const b = s[k + 1]!;
      if (!(start <= a && a < b && b <= end)) throw new Error(`cache: a sentence of ${c.file} does not fit its paragraph`);
      sentences[x] = { text: raw.slice(a, b), start: a, end: b };
    }
    const paragraph: Paragraph = {
      id: `${c.id}#p${index + 1}`,
      articleId: c.id,
      index,
      heading: h > 0 ? ((rest.headings as Heading[])[h - 1]?.text ?? null) : null,
      text: raw.slice(start, end),
      start,
      end,
      sentences,
    };
    const time = t?.[index];
    if (time) paragraph.time = time;
    if (summaries?.has(index)) paragraph.summary = true;
    paragraphs[index] = paragraph;
  }
  if (k !== s.length) throw new Error(`cache: sentences of ${c.file} do not fit its paragraphs`);
  return { ...rest, raw, paragraphs };
}

/** A file of the story that gave no article, with why (reused while the file is unchanged). */
export interface CachedFailure {
  file: string;
  digest: string;
  errors: FileProblem[];
  /** The article id, when the file got as far as having one. */
  id?: string;
}

/** A story as the cache holds it. */
export interface CachedStory {
  /** {@link snapshotCodeKey} of the code that built it. */
  code: string;
  id: string;
  /** The story's articles (story-local: before articles of the same id in earlier stories are dropped), in file order. */
  articles: CompactArticle[];
  /** The digest of each article's file, in the same order. */
  digests: string[];
  failures: CachedFailure[];
  /** The canonical index over `articles`. */
  index: CompactIndex;
}

interface Payload extends CachedStory {
  format: number;
}

/**
 * Reads a story's cache file and checks its checksum: the cached story, or
 * why it cannot be used (missing, failed its check, other format or code,
 * corrupt). Never throws.
 */
export function readStoryCache(file: string, code: string = snapshotCodeKey()): { cached: CachedStory } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: 'no cache file' };
  }
  const opened = unseal(bytes);
  if ('problem' in opened) return { problem: `corrupt cache file (failed its check: ${opened.problem})` };
  try {
    const p = v8.deserialize(opened.content) as Payload;
    if (p?.format !== CACHE_FORMAT || typeof p.code !== 'string') return { problem: 'cache file of another format' };
    if (p.code !== code) return { problem: 'stale cache (the parsing or indexing code changed)' };
    if (!Array.isArray(p.articles) || !Array.isArray(p.digests) || p.digests.length !== p.articles.length || !Array.isArray(p.failures) || p.index?.kind !== 'internal') {
      return { problem: 'corrupt cache (malformed story)' };
    }
    const { format: _f, ...cached } = p;
    return { cached };
  } catch {
    return { problem: 'unreadable or corrupt cache file' };
  }
}

/** Writes a story's cache file atomically, sealed with its checksum. Errors are returned, not thrown. */
export async function writeStoryCache(file: string, story: CachedStory): Promise<Error | null> {
  return tryWriteFileAtomic(file, seal(v8.serialize({ format: CACHE_FORMAT, ...story } satisfies Payload)));
}
