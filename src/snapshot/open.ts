/**
 * Opening a corpus folder as a snapshot, building each story from its
 * previous version — in memory, or the story's cache file — so that only
 * files whose bytes changed are parsed and the index is merged, not rebuilt
 * (see `story-build.ts`). The files are always read and hashed, so a stale
 * cache is never used; a corrupt one is ignored and that story rebuilt.
 *
 * @module
 */
import type { Article } from '../corpus/types.ts';
import { cacheFileFor, readStoryCache, removeStaleCacheFiles, snapshotCodeKey, writeStoryCache, compactArticle, type CachedStory } from './cache.ts';
import { readCorpusSources, SnapshotAssembler, type CorpusSources, type Snapshot, type Story } from './snapshot.ts';
import { finishStory, planStory, runUnitsHere, UNIT_BYTES, type StoryBase, type StoryBuild, type StoryPlan, type UnitResult, type UnitRunner, type UnitStory } from './story-build.ts';

/** How a snapshot was opened, with timings in milliseconds. */
export interface OpenReport {
  /** Every story came whole from its cache file (nothing parsed, the index as cached). */
  fromCache: boolean;
  /** Why a cache was not (fully) used: missing, stale (files changed), corrupt — the first reason, when there is one. */
  cacheMiss: string | null;
  /** Set when writing the cache failed (the snapshot is fine). */
  cacheWriteError: string | null;
  timings: { readMs: number; parseMs: number; indexMs: number; cacheReadMs: number; cacheWriteMs: number; totalMs: number };
  /** Per story: articles reused from the previous version, files parsed, units of work. */
  stories: { id: string; reused: number; parsed: number; units: number; base: 'memory' | 'cache' | null }[];
}

/** Options of {@link openSnapshot}. */
export interface OpenOptions {
  /** Folder for the cache; without it, nothing is read from or written to disk. */
  cacheDir?: string | null;
  /** Write the cache files of stories that changed: now (default), never, or when the caller calls `saveCache()`. */
  writeCache?: boolean | 'later';
  /** The previous version built in this process (its stories' builds, by id), to build from before the cache. */
  base?: ReadonlyMap<string, StoryBuild>;
  /** Runs the units of work (default: in this thread, without a derive step). */
  run?: UnitRunner;
  /**
   * Turns the derive step on: every parsed article gets it, and a reused one
   * when `needs` says so. (The step itself is the runner's.)
   */
  derive?: { needs: (story: UnitStory, article: Article) => boolean } | null;
  /** About this many bytes of files per unit of work (default `UNIT_BYTES`). */
  unitBytes?: number;
  /** The version answering now in this thread: its stories that stay the same are taken over as they are. */
  previous?: Snapshot | null;
  /**
   * Called with each story as soon as it is assembled (in story order, while
   * later stories may still be built), with what the derive step made of its
   * articles.
   */
  onStory?: (story: Story, derived: ReadonlyMap<string, unknown>) => void;
  /**
   * Refuse ({@link TooMuchWork}) a build whose units would go through more
   * than this many bytes of files (for building the next version in the
   * thread that answers, only when the change is small).
   */
  maxWorkBytes?: number;
}

/** Thrown by {@link openSnapshot} when a build would be larger than `maxWorkBytes` (nothing was built). */
export class TooMuchWork extends Error {
  readonly bytes: number;
  constructor(bytes: number) {
    super(`build: ${bytes} bytes of files to parse or derive`);
    this.bytes = bytes;
  }
}

/** An opened corpus version. */
export interface Opened {
  snapshot: Snapshot;
  report: OpenReport;
  sources: CorpusSources;
  /** Each story's build, by id: the base of the next version. */
  builds: Map<string, StoryBuild>;
  /** What the derive step made, per story, by article id (only the articles that went through it). */
  derived: Map<string, Map<string, unknown>>;
  /** Writes the cache files of the stories that changed (once; resolves to the first error, or null). */
  saveCache(): Promise<Error | null>;
}

/** Lets waiting messages in (questions to the version answering now, when the next one is built in the same thread). */
export function breather(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The derived data of a story's kept articles, from the units that produced them. */
function derivedOf(plan: StoryPlan, build: StoryBuild, results: readonly UnitResult[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const fromDerive = new Map<string, unknown>();
  plan.units.forEach((u, k) => {
    const d = results[k]?.derived;
    if (u.kind === 'derive' && d) for (const [id, v] of Object.entries(d)) fromDerive.set(id, v);
  });
  const slotOfFile = new Map(plan.set.sources.map((s, i) => [s.file, i]));
  for (const a of build.articles) {
    const slot = plan.slots[slotOfFile.get(a.file) ?? -1];
    if (!slot) continue;
    if (slot.kind === 'unit') {
      const d = results[slot.unit]?.derived;
      if (d && a.id in d) out.set(a.id, d[a.id]);
    } else if (slot.kind === 'reuse' && fromDerive.has(a.id)) {
      out.set(a.id, fromDerive.get(a.id));
    }
  }
  return out;
}

/** True when a build is exactly what the cache file holds. */
function sameAsCached(build: StoryBuild, cached: Pick<CachedStory, 'index' | 'digests' | 'failures'>): boolean {
  return (
    build.index === cached.index &&
    build.digests.join('\u0000') === cached.digests.join('\u0000') &&
    build.failures.map((f) => `${f.file}\u0000${f.digest}`).join('\u0001') === cached.failures.map((f) => `${f.file}\u0000${f.digest}`).join('\u0001')
  );
}

/**
 * Opens a corpus folder: every story built from its previous version (the
 * `base` given, else its cache file when it was written by the same code),
 * parsing only files whose bytes changed, then writes the cache files of the
 * stories that changed.
 *
 * @throws Error starting with `corpus:` when the folder cannot be read, or a
 *   `CatalogueError` for an invalid catalogue.
 */
export async function openSnapshot(dir: string, options: OpenOptions = {}): Promise<Opened> {
  const t0 = performance.now();
  const timings = { readMs: 0, parseMs: 0, indexMs: 0, cacheReadMs: 0, cacheWriteMs: 0, totalMs: 0 };
  const sources = await readCorpusSources(dir);
  timings.readMs = performance.now() - t0;
  const code = snapshotCodeKey();
  const cacheDir = options.cacheDir ?? null;
  const run = options.run ?? runUnitsHere(null);
  const derive = options.derive ?? null;
  let cacheMiss: string | null = null;
  const miss = (why: string) => {
    cacheMiss ??= why;
  };
  let t = performance.now();
  // What each story's cache file holds (or, for a base in memory, will hold once its version's cache is written).
  const cachedOf = new Map<string, Pick<CachedStory, 'index' | 'digests' | 'failures'> & { kind: 'memory' | 'cache' }>();
  const plans: StoryPlan[] = [];
  const baseKind: ('memory' | 'cache' | null)[] = [];
  for (const s of sources.stories) {
    const story: UnitStory = { id: s.folder.id, label: s.folder.label, info: s.info, catalogue: s.catalogue, version: sources.version };
    let base: StoryBase | null = null;
    const memory = options.base?.get(story.id);
    if (memory && memory.code === code) {
      base = { kind: 'memory', build: memory };
      cachedOf.set(story.id, { ...memory, kind: 'memory' });
    } else if (cacheDir) {
      const read = readStoryCache(cacheFileFor(cacheDir, dir, 'snapshot', story.id), code);
      if ('cached' in read) {
        base = { kind: 'cache', cached: read.cached };
        cachedOf.set(story.id, { ...read.cached, kind: 'cache' });
      } else miss(read.problem);
    } else miss('no cache folder');
    const last = sources.stories.at(-1) === s;
    const opts = {
      derive: derive !== null,
      ...(derive ? { needsDerive: (a: Article) => derive.needs(story, a) } : {}),
      ...(options.unitBytes ? { unitBytes: options.unitBytes } : {}),
      // the end of the build's queue in smaller units (see planStory)
      ...(last ? { tailBytes: 2 * (options.unitBytes ?? UNIT_BYTES) } : {}),
    };
    let plan: StoryPlan;
    try {
      plan = planStory(story, s.set, code, base, opts);
    } catch (err) {
      miss(`corrupt cache (${(err as Error).message})`);
      cachedOf.delete(story.id);
      base = null;
      plan = planStory(story, s.set, code, null, opts);
    }
    if (base && plan.units.some((u) => u.kind === 'parse')) miss(`stale cache (${plan.units.filter((u) => u.kind === 'parse').reduce((n, u) => n + u.files.length, 0)} of ${s.set.sources.length} files of story ${story.id} changed)`);
    plans.push(plan);
    baseKind.push(base?.kind ?? null);
    await breather();
  }
  timings.cacheReadMs = performance.now() - t;
  t = performance.now();
  const all = plans.flatMap((p) => p.units);
  if (options.maxWorkBytes !== undefined) {
    let bytes = 0;
    for (const u of all) {
      for (const f of u.files) bytes += f.bytes?.length ?? 0;
      for (const g of u.given) bytes += g.source.bytes?.length ?? 0;
    }
    if (bytes > options.maxWorkBytes) throw new TooMuchWork(bytes);
  }
  // Stories are finished in story order as soon as their units are in (while later units still run):
  // the index merged, the story assembled and handed to `onStory`.
  const builds = new Map<string, StoryBuild>();
  const derived = new Map<string, Map<string, unknown>>();
  const assembler = new SnapshotAssembler(sources, options.previous ?? null);
  const firstUnit: number[] = [];
  const left: number[] = [];
  const storyOfUnit: number[] = [];
  let count = 0;
  plans.forEach((p, i) => {
    firstUnit.push(count);
    left.push(p.units.length);
    for (let k = 0; k < p.units.length; k++) storyOfUnit.push(i);
    count += p.units.length;
  });
  const results: UnitResult[] = new Array(all.length);
  let next = 0;
  let finishing = 0;
  let stuck: unknown = null;
  const finishOne = (i: number, plan: StoryPlan, own: readonly UnitResult[]) => {
    const tf = performance.now();
    const build = finishStory(plan, own);
    builds.set(plan.story.id, build);
    derived.set(plan.story.id, derivedOf(plan, build, own));
    plans[i] = plan;
    const story = assembler.add(build);
    finishing += performance.now() - tf;
    options.onStory?.(story, derived.get(plan.story.id)!);
  };
  const finishReady = () => {
    while (stuck === null && next < plans.length && left[next] === 0) {
      const i = next;
      try {
        finishOne(i, plans[i]!, results.slice(firstUnit[i]!, firstUnit[i]! + plans[i]!.units.length));
        next++;
      } catch (err) {
        stuck = err; // finished after the units, below
      }
    }
  };
  finishReady();
  await run(all, (k, r) => {
    results[k] = r;
    left[storyOfUnit[k]!]!--;
    finishReady();
  });
  timings.parseMs = performance.now() - t;
  t = performance.now();
  while (next < plans.length) {
    const i = next;
    const plan = plans[i]!;
    try {
      if (stuck !== null) throw stuck;
      finishOne(i, plan, results.slice(firstUnit[i]!, firstUnit[i]! + plan.units.length));
    } catch (err) {
      // A cached index that does not merge: this story is built from its files alone.
      stuck = null;
      miss(`corrupt cache (${(err as Error).message})`);
      cachedOf.delete(plan.story.id);
      baseKind[i] = null;
      const again = planStory(plan.story, plan.set, code, null, { derive: derive !== null });
      finishOne(i, again, await run(again.units));
    }
    next++;
    await breather();
  }
  const snapshot = assembler.snapshot();
  timings.indexMs = finishing + (performance.now() - t);
  // Stories whose cache file already holds them (or will, written by the version they were taken from).
  const fresh = plans.map((p) => {
    const cached = cachedOf.get(p.story.id);
    return cached !== undefined && sameAsCached(builds.get(p.story.id)!, cached);
  });
  const whole = plans.every((p, i) => fresh[i] && cachedOf.get(p.story.id)?.kind === 'cache');
  const report: OpenReport = {
    fromCache: whole,
    cacheMiss: whole ? null : (cacheMiss ?? (options.base ? 'built from the version before' : 'stale cache (the corpus changed)')),
    cacheWriteError: null,
    timings,
    stories: plans.map((p, i) => ({
      id: p.story.id,
      reused: p.reused,
      parsed: p.units.filter((u) => u.kind === 'parse').reduce((n, u) => n + u.files.length, 0),
      units: p.units.length,
      base: baseKind[i]!,
    })),
  };
  let saving: Promise<Error | null> | null = null;
  const saveCache = (): Promise<Error | null> => {
    saving ??= (async () => {
      if (!cacheDir) return null;
      const tw = performance.now();
      let first: Error | null = null;
      for (const [i, p] of plans.entries()) {
        const file = cacheFileFor(cacheDir, dir, 'snapshot', p.story.id);
        if (fresh[i]) continue;
        const b = builds.get(p.story.id)!;
        const err = await writeStoryCache(file, { code: b.code, id: b.id, articles: b.articles.map(compactArticle), digests: b.digests, failures: b.failures, index: b.index });
        first ??= err;
        await new Promise((r) => setImmediate(r)); // let waiting messages in between stories
      }
      removeStaleCacheFiles(cacheDir, dir, plans.map((p) => p.story.id));
      report.timings.cacheWriteMs = performance.now() - tw;
      report.cacheWriteError = first ? first.message : null;
      return first;
    })();
    return saving;
  };
  if (options.writeCache !== false && options.writeCache !== 'later') await saveCache();
  timings.totalMs = performance.now() - t0;
  return { snapshot, report, sources, builds, derived, saveCache };
}
