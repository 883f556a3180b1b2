/**
 * Opening a corpus folder as a snapshot, from the on-disk cache when it holds
 * exactly this corpus version, otherwise by parsing and indexing (then writing
 * the cache).
 *
 * @module
 */
import { loadCatalogue } from '../corpus/catalogue.ts';
import { parseArticleSources, readArticleSources } from '../corpus/load.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary } from '../search/query.ts';
import { cacheFile, cacheKey, decodeCacheChecked, readCacheBytes, verifyArticles, writeCache } from './cache.ts';
import { assembleSnapshot, corpusVersion, type Snapshot } from './snapshot.ts';

/** How a snapshot was opened, with timings in milliseconds. */
export interface OpenReport {
  fromCache: boolean;
  /** Why the cache was not used (missing, stale, corrupt), when it was not. */
  cacheMiss: string | null;
  /** Set when writing the cache failed (the snapshot is fine). */
  cacheWriteError: string | null;
  timings: { readMs: number; parseMs: number; indexMs: number; cacheReadMs: number; cacheWriteMs: number; totalMs: number };
}

/** Options of {@link openSnapshot}. */
export interface OpenOptions {
  /** Folder for the index cache; without it, nothing is cached. */
  cacheDir?: string | null;
  /** Write the cache after a build (default true). */
  writeCache?: boolean;
}

/**
 * Opens a corpus folder, from the on-disk cache when it holds exactly this
 * corpus version (built by the same code and analyser), otherwise by parsing
 * and indexing (then writing the cache). The files are always read and hashed,
 * so a stale cache is never used; a corrupt one is ignored and rebuilt.
 */
export async function openSnapshot(dir: string, options: OpenOptions = {}): Promise<{ snapshot: Snapshot; report: OpenReport }> {
  const t0 = performance.now();
  const timings = { readMs: 0, parseMs: 0, indexMs: 0, cacheReadMs: 0, cacheWriteMs: 0, totalMs: 0 };
  const file = options.cacheDir ? cacheFile(options.cacheDir, dir) : null;
  let t = performance.now();
  const decoded = file ? decodeCacheChecked(readCacheBytes(file)) : { problem: 'no cache folder' };
  const cached = 'cached' in decoded ? decoded.cached : null;
  timings.cacheReadMs = performance.now() - t;
  let cacheMiss: string | null = 'problem' in decoded ? decoded.problem : null;
  const t1 = performance.now();
  const [set, catalogue] = await Promise.all([readArticleSources(dir), loadCatalogue(dir)]);
  const version = corpusVersion(set, catalogue);
  timings.readMs = performance.now() - t1;
  const altered = cached && cached.key === cacheKey(version) ? verifyArticles(cached, set) : null;
  if (altered) cacheMiss = `corrupt cache (${altered})`;
  else if (cached && cached.key === cacheKey(version)) {
    try {
      const t = performance.now();
      const glossary = prepareGlossary(catalogue.glossary);
      const index = ParagraphIndex.decode(cached.index, glossary);
      const snapshot = assembleSnapshot({ dir, version, articles: cached.articles, problems: cached.problems, catalogue }, index);
      timings.indexMs = performance.now() - t;
      timings.totalMs = performance.now() - t0;
      return { snapshot, report: { fromCache: true, cacheMiss: null, cacheWriteError: null, timings } };
    } catch (err) {
      cacheMiss = `corrupt cache (${(err as Error).message})`;
    }
  } else if (cached) {
    cacheMiss = 'stale cache (the corpus, the catalogue or the code changed)';
  }
  t = performance.now();
  const { articles, problems } = parseArticleSources(set);
  timings.parseMs = performance.now() - t;
  t = performance.now();
  const snapshot = assembleSnapshot({ dir, version, articles, problems, catalogue });
  timings.indexMs = performance.now() - t;
  let cacheWriteError: string | null = null;
  if (file && options.writeCache !== false) {
    t = performance.now();
    const err = await writeCache(file, { key: cacheKey(version), version, articles, problems, catalogue, index: snapshot.index.encode() });
    timings.cacheWriteMs = performance.now() - t;
    cacheWriteError = err ? err.message : null;
  }
  timings.totalMs = performance.now() - t0;
  return { snapshot, report: { fromCache: false, cacheMiss, cacheWriteError, timings } };
}
