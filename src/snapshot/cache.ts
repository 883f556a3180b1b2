/**
 * The on-disk cache of a built snapshot, so that start-up does not re-parse
 * and re-index an unchanged corpus.
 *
 * - **Key**: the corpus version (a hash of every article file's bytes, the
 *   catalogue and the analyser version) plus a fingerprint of the code that
 *   parses and indexes (`src/corpus`, `src/search`). Any change to an article,
 *   the catalogue, the analyser or that code gives another key.
 * - **Never trusted**: the files are always read and hashed (while the cache
 *   is decoded, so it costs little); only an exact key match is used. A cache
 *   that cannot be read, decoded or loaded is ignored and rebuilt.
 * - **Checked**: the file carries a SHA-256 of its content
 *   (`src/system/sealed.ts`); a truncated or altered file fails the check and
 *   is rebuilt. After the key matches, every cached article text is compared
 *   with the text of its file as read now ({@link verifyArticles}), so no
 *   altered cache byte can reach a quote.
 * - **Format**: `v8.serialize` of a compact payload. Articles are stored
 *   without the paragraph and sentence texts (offsets only; texts are cut from
 *   `raw` again, which is stored once as UTF-8), and the minisearch index in
 *   the typed-array encoding of `src/search/index-codec.ts`, loaded with
 *   exactly the same minisearch options.
 * - Written atomically (temporary file + rename); one file per corpus folder.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Article, EntryTime, FileProblem, Heading, Paragraph } from '../corpus/types.ts';
import { decodeArticle, type SourceSet } from '../corpus/load.ts';
import { tryWriteFileAtomic } from '../system/files.ts';
import { seal, unseal } from '../system/sealed.ts';
import { shortHash } from '../system/hash.ts';
import { codeFingerprint } from './fingerprint.ts';
import { ANALYZER_VERSION } from '../language/de/index.ts';
import type { CompactIndex } from '../search/index-codec.ts';

/** Bump when the payload layout changes. */
const CACHE_FORMAT = 4;

/** The code that parses and indexes: its import graph keys the snapshot cache. */
const SNAPSHOT_ENTRY = 'src/snapshot/open.ts';

/** The cache key of a corpus version. */
export function cacheKey(version: string): string {
  return `${CACHE_FORMAT}-${ANALYZER_VERSION}-${codeFingerprint(SNAPSHOT_ENTRY)}-${version}`;
}

/**
 * A cache file of a corpus folder: `<cacheDir>/<kind>-<hash of the folder's path>.v8`,
 * one per folder and kind (`snapshot`: articles and index; `answers`: catalogued answers).
 */
export function cacheFileFor(cacheDir: string, corpusDir: string, kind: 'snapshot' | 'answers'): string {
  return path.join(cacheDir, `${kind}-${shortHash(path.resolve(corpusDir), 12)}.v8`);
}

/** The snapshot cache file of a corpus folder. */
export function cacheFile(cacheDir: string, corpusDir: string): string {
  return cacheFileFor(cacheDir, corpusDir, 'snapshot');
}

interface CompactParagraph {
  h: number; // heading index, -1 for none
  s: number;
  e: number;
  /** Sentence boundaries: start, end, start, end, ... */
  b: Uint32Array;
  /** The live-blog entry time, when the paragraph has one. */
  t?: EntryTime;
  /** Set for the outlet's own summary box. */
  m?: true;
}

interface CompactArticle extends Omit<Article, 'paragraphs' | 'headings' | 'raw'> {
  headings: Heading[];
  paragraphs: CompactParagraph[];
}

interface CompactStory {
  id: string;
  /** How many of the payload's articles (in order) are this story's. */
  articleCount: number;
  problems: FileProblem[];
  index: CompactIndex;
}

interface Payload {
  format: number;
  key: string;
  version: string;
  /** Every story's articles, story after story. */
  articles: CompactArticle[];
  /** All articles' raw texts, UTF-8, concatenated (v8 would store most of them as UTF-16). */
  raw: Uint8Array;
  /** Byte length of each article's raw text in `raw`. */
  rawBytes: Uint32Array;
  stories: CompactStory[];
  problems: FileProblem[];
}

/** A story as the cache holds it: its parsed articles, its problems and its index. */
export interface CachedStory {
  id: string;
  articles: Article[];
  problems: FileProblem[];
  index: CompactIndex;
}

/**
 * What a cache holds: everything needed to assemble a snapshot without
 * parsing or indexing. Catalogues are not cached: they are always read (the
 * corpus version depends on them).
 */
export interface CachedSnapshot {
  key: string;
  version: string;
  stories: CachedStory[];
  problems: FileProblem[];
  /** Each article's cached text as stored (UTF-8), in the order of the stories' articles, for {@link verifyArticles}. */
  rawUtf8: Uint8Array[];
}

function compactArticle(a: Article): CompactArticle {
  const headingIndex = new Map(a.headings.map((h, i) => [h.text, i]));
  const { raw: _raw, ...rest } = a;
  return {
    ...rest,
    paragraphs: a.paragraphs.map((p) => {
      const b = new Uint32Array(p.sentences.length * 2);
      p.sentences.forEach((s, i) => {
        b[2 * i] = s.start;
        b[2 * i + 1] = s.end;
      });
      const c: CompactParagraph = { h: p.heading === null ? -1 : (headingIndex.get(p.heading) ?? -1), s: p.start, e: p.end, b };
      if (p.time) c.t = p.time;
      if (p.summary) c.m = true;
      return c;
    }),
  };
}

function expandArticle(c: CompactArticle, raw: string): Article {
  const paragraphs: Paragraph[] = c.paragraphs.map((p, index) => {
    const sentences = [];
    for (let i = 0; i < p.b.length; i += 2) {
      const start = p.b[i]!;
      const end = p.b[i + 1]!;
      sentences.push({ text: raw.slice(start, end), start, end });
    }
    const paragraph: Paragraph = {
      id: `${c.id}#p${index + 1}`,
      articleId: c.id,
      index,
      heading: p.h >= 0 ? (c.headings[p.h]?.text ?? null) : null,
      text: raw.slice(p.s, p.e),
      start: p.s,
      end: p.e,
      sentences,
    };
    if (p.t) paragraph.time = p.t;
    if (p.m) paragraph.summary = true;
    return paragraph;
  });
  return { ...c, raw, paragraphs };
}

/**
 * Reads a cache file synchronously (one large read; done before the many
 * small article reads are queued, so it does not wait behind them). Returns
 * null when it is missing or unreadable — never throws.
 */
export function readCacheBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Decodes cache bytes after checking their checksum; the cached snapshot, or
 * why the file cannot be used (missing, failed checksum, other format, corrupt).
 */
export function decodeCacheChecked(bytes: Buffer | null): { cached: CachedSnapshot } | { problem: string } {
  if (!bytes) return { problem: 'no cache file' };
  const opened = unseal(bytes);
  if ('problem' in opened) return { problem: `corrupt cache file (failed its check: ${opened.problem})` };
  try {
    const payload = v8.deserialize(opened.content) as Payload;
    if (payload?.format !== CACHE_FORMAT || typeof payload.key !== 'string' || !Array.isArray(payload.articles) || !Array.isArray(payload.stories)) return { problem: 'cache file of another format' };
    const decoder = new TextDecoder();
    let offset = 0;
    const rawUtf8: Uint8Array[] = [];
    const articles = payload.articles.map((c, i) => {
      const n = payload.rawBytes[i]!;
      const utf8 = payload.raw.subarray(offset, offset + n);
      rawUtf8.push(utf8);
      offset += n;
      return expandArticle(c, decoder.decode(utf8));
    });
    let next = 0;
    const stories = payload.stories.map((s): CachedStory => {
      const own = articles.slice(next, next + s.articleCount);
      next += s.articleCount;
      return { id: s.id, articles: own, problems: s.problems, index: s.index };
    });
    if (next !== articles.length) return { problem: 'cache file with a wrong article count' };
    return { cached: { key: payload.key, version: payload.version, stories, problems: payload.problems, rawUtf8 } };
  } catch {
    return { problem: 'unreadable or corrupt cache file' };
  }
}

/**
 * Checks every cached article's text against the file it came from, as read
 * now: the same file, decoded, must give exactly the cached text. A UTF-8
 * file (the usual case) is compared byte for byte with the cached UTF-8 text,
 * which costs a memory compare; other encodings are decoded and compared.
 * Null when all match, otherwise the first difference (then the cache must
 * not be used).
 */
export function verifyArticles(cached: Pick<CachedSnapshot, 'stories' | 'rawUtf8'>, sets: readonly SourceSet[]): string | null {
  const byFile = new Map(sets.flatMap((set) => set.sources.map((s) => [s.file, s] as const)));
  for (const [i, a] of cached.stories.flatMap((s) => s.articles).entries()) {
    const source = byFile.get(a.file);
    if (!source?.bytes) return `cached article ${a.id} has no file`;
    const utf8 = cached.rawUtf8[i];
    if (utf8 && Buffer.compare(utf8, source.bytes) === 0) continue;
    const decoded = decodeArticle(source.bytes, source.file);
    if ('error' in decoded || decoded.text !== a.raw) return `cached text of ${a.file} differs from the file`;
  }
  return null;
}

/** Writes a cache file atomically (temporary file, then rename). Errors are returned, not thrown. */
export async function writeCache(
  file: string,
  entry: { key: string; version: string; stories: readonly CachedStory[]; problems: readonly FileProblem[] },
): Promise<Error | null> {
  const encoder = new TextEncoder();
  const all = entry.stories.flatMap((s) => s.articles);
  const raws = all.map((a) => encoder.encode(a.raw));
  const raw = new Uint8Array(raws.reduce((n, r) => n + r.length, 0));
  let offset = 0;
  for (const r of raws) {
    raw.set(r, offset);
    offset += r.length;
  }
  const payload: Payload = {
    format: CACHE_FORMAT,
    key: entry.key,
    version: entry.version,
    articles: all.map(compactArticle),
    raw,
    rawBytes: Uint32Array.from(raws, (r) => r.length),
    stories: entry.stories.map((s) => ({ id: s.id, articleCount: s.articles.length, problems: [...s.problems], index: s.index })),
    problems: [...entry.problems],
  };
  return tryWriteFileAtomic(file, seal(v8.serialize(payload)));
}
