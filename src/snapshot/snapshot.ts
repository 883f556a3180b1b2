/**
 * A snapshot is one immutable version of the corpus, ready to answer: the
 * validated articles, their paragraphs, the catalogue data and the search
 * index. Handlers read a snapshot and never change it, so a reload can build a
 * new one and swap it in while questions are answered from the old one.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { loadCatalogue, type Catalogue } from '../corpus/catalogue.ts';
import { parseArticleSources, readArticleSources, type SourceSet } from '../corpus/load.ts';
import type { Article, FileProblem, Paragraph } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../language/de/index.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary, type GlossaryLookup } from '../search/query.ts';
import { cacheFile, cacheKey, decodeCache, readCacheBytes, writeCache } from './cache.ts';

/** One immutable, answerable version of a corpus. */
export interface Snapshot {
  /** Short hash of the article files, the catalogue and the analyser version. */
  version: string;
  /** The corpus folder it was read from. */
  dir: string;
  loadedAt: Date;
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  paragraphById: ReadonlyMap<string, Paragraph>;
  /** Problems of files that were skipped or loaded with warnings. */
  problems: readonly FileProblem[];
  catalogue: Catalogue;
  glossary: GlossaryLookup;
  index: ParagraphIndex;
}

/** The parts of a snapshot that are read from disk (plain data, structured-clone safe). */
export interface SnapshotData {
  dir: string;
  version: string;
  articles: Article[];
  problems: FileProblem[];
  catalogue: Catalogue;
}

/**
 * The corpus version: a short hash of every article file (name and bytes, or
 * the reason it could not be read), the catalogue and the analyser version.
 * Any edit to any of them gives a new version.
 */
export function corpusVersion(set: SourceSet, catalogue: Catalogue): string {
  const h = createHash('sha256');
  h.update(ANALYZER_VERSION);
  for (const s of set.sources) {
    h.update(`\0${s.file}\0`);
    if (s.bytes) h.update(s.bytes);
    else h.update(`error:${s.error?.message ?? ''}`);
  }
  h.update(JSON.stringify([catalogue.glossary, catalogue.events, catalogue.measures, catalogue.claimants]));
  return h.digest('hex').slice(0, 10);
}

/** Reads and parses a corpus folder (no cache): articles (bad files skipped with problems) and catalogue. */
export async function readSnapshotData(dir: string): Promise<SnapshotData> {
  const [set, catalogue] = await Promise.all([readArticleSources(dir), loadCatalogue(dir)]);
  const { articles, problems } = parseArticleSources(set);
  return { dir, version: corpusVersion(set, catalogue), articles, problems, catalogue };
}

/**
 * Assembles a snapshot from loaded data. Builds the index unless a prebuilt
 * one is given (from the cache, built for the same version).
 */
export function assembleSnapshot(data: SnapshotData, prebuilt?: ParagraphIndex): Snapshot {
  const articleById = new Map<string, Article>();
  const paragraphById = new Map<string, Paragraph>();
  for (const a of data.articles) {
    articleById.set(a.id, a);
    for (const p of a.paragraphs) paragraphById.set(p.id, p);
  }
  const glossary = prepareGlossary(data.catalogue.glossary);
  const index = prebuilt ?? ParagraphIndex.build(paragraphById.values(), glossary);
  return {
    version: data.version,
    dir: data.dir,
    loadedAt: new Date(),
    articles: data.articles,
    articleById,
    paragraphById,
    problems: data.problems,
    catalogue: data.catalogue,
    glossary,
    index,
  };
}

/** Reads a corpus folder and builds a snapshot in this thread, without the cache. */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  return assembleSnapshot(await readSnapshotData(dir));
}

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
  const cacheBytes = file ? readCacheBytes(file) : null;
  const cached = decodeCache(cacheBytes);
  timings.cacheReadMs = performance.now() - t;
  let cacheMiss: string | null = !file ? 'no cache folder' : !cacheBytes ? 'no cache file' : !cached ? 'unreadable or corrupt cache file' : null;
  const t1 = performance.now();
  const [set, catalogue] = await Promise.all([readArticleSources(dir), loadCatalogue(dir)]);
  const version = corpusVersion(set, catalogue);
  timings.readMs = performance.now() - t1;
  if (cached && cached.key === cacheKey(version)) {
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
