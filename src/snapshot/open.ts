/**
 * Opening a corpus folder as a snapshot, from the on-disk cache when it holds
 * exactly this corpus version, otherwise by parsing and indexing (then writing
 * the cache).
 *
 * @module
 */
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary } from '../search/query.ts';
import { cacheFile, cacheKey, decodeCacheChecked, readCacheBytes, verifyArticles, writeCache } from './cache.ts';
import { assembleSnapshot, parseCorpusSources, readCorpusSources, type Snapshot, type SnapshotData } from './snapshot.ts';

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
  const sources = await readCorpusSources(dir);
  const version = sources.version;
  timings.readMs = performance.now() - t1;
  const altered = cached && cached.key === cacheKey(version) ? verifyArticles(cached, sources.stories.map((s) => s.set)) : null;
  if (altered) cacheMiss = `corrupt cache (${altered})`;
  else if (cached && cached.key === cacheKey(version)) {
    try {
      const t = performance.now();
      const byId = new Map(cached.stories.map((s) => [s.id, s]));
      const indexes = new Map<string, ParagraphIndex>();
      const data: SnapshotData = {
        dir,
        version,
        generic: sources.generic,
        problems: cached.problems,
        stories: sources.stories.map((s) => {
          const c = byId.get(s.folder.id);
          if (!c) throw new Error(`story "${s.folder.id}" missing`);
          indexes.set(s.folder.id, ParagraphIndex.decode(c.index, prepareGlossary(s.catalogue.glossary)));
          return { id: s.folder.id, label: s.folder.label, info: s.info, catalogue: s.catalogue, articles: c.articles, problems: c.problems };
        }),
      };
      const snapshot = assembleSnapshot(data, indexes);
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
  const data = parseCorpusSources(sources);
  timings.parseMs = performance.now() - t;
  t = performance.now();
  const snapshot = assembleSnapshot(data);
  timings.indexMs = performance.now() - t;
  let cacheWriteError: string | null = null;
  if (file && options.writeCache !== false) {
    t = performance.now();
    const err = await writeCache(file, {
      key: cacheKey(version),
      version,
      problems: data.problems,
      stories: snapshot.stories.map((s) => ({ id: s.id, articles: [...s.articles], problems: [...s.problems], index: s.index.encode() })),
    });
    timings.cacheWriteMs = performance.now() - t;
    cacheWriteError = err ? err.message : null;
  }
  timings.totalMs = performance.now() - t0;
  return { snapshot, report: { fromCache: false, cacheMiss, cacheWriteError, timings } };
}
