/**
 * A snapshot is one immutable version of the corpus, ready to answer: its
 * stories, each with its validated articles, paragraphs, effective catalogue
 * and search index. Handlers read a snapshot and never change it, so a reload
 * can build a new one and swap it in while questions are answered from the
 * old one. Every answer comes from one story: a story has its own index, so
 * a search never meets another story's paragraphs.
 *
 * @module
 */
import {
  checkClaimants,
  loadGenericCatalogue,
  loadStoryCatalogue,
  type Catalogue,
  type GenericCatalogue,
  type StoryInfo,
} from '../corpus/catalogue/index.ts';
import { readArticleSources, type SourceSet } from '../corpus/load.ts';
import { discoverStories, type StoryFolder } from '../corpus/stories.ts';
import type { Article, FileProblem, Paragraph } from '../corpus/types.ts';
import type { ClaimantDirectory } from '../language/de/claimants/index.ts';
import { ANALYZER_VERSION } from '../language/de/index.ts';
import type { SideLexicon } from '../language/de/sides.ts';
import { mergeCompactIndexes } from '../search/index-build.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary, type GlossaryLookup } from '../search/query.ts';
import { Hasher } from '../system/hash.ts';
import { VersionMemo } from './memo.ts';
import { assembleStory, finishStory, outsideWindow, planStory, runUnitsHere, type StoryBuild } from './story-build.ts';

/** A story of a corpus version: what answers a question about it. */
export interface Story {
  /** The story id (`flood-2024`): its folder name. */
  id: string;
  title: { de: string; en: string };
  /** The publication dates the curator expects, when set. */
  window: StoryInfo['window'];
  /** Its folder relative to the corpus folder (`stories/flood-2024/`), or '' in the single-story layout. */
  label: string;
  /** The corpus version this story belongs to. */
  version: string;
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  paragraphById: ReadonlyMap<string, Paragraph>;
  /** Problems of the story's files that were skipped or loaded with warnings. */
  problems: readonly FileProblem[];
  /** The generic catalogue with the story's additions. */
  catalogue: Catalogue;
  glossary: GlossaryLookup;
  /** The catalogue's claimants, compiled for claimant detection. */
  claimants: ClaimantDirectory;
  /** The catalogue's sides and places, compiled for the figure rules (whose figures a sentence counts). */
  sides: SideLexicon;
  /** The story's own index: its paragraphs only. */
  index: ParagraphIndex;
  /** Data derived from this story of this version (catalogued answers, claimants per paragraph, ...), computed once. */
  memo: VersionMemo;
}

/** One immutable, answerable version of a corpus. */
export interface Snapshot {
  /** Short hash of the article files, the catalogue and the analyser version. */
  version: string;
  /** The corpus folder it was read from. */
  dir: string;
  loadedAt: Date;
  /** The stories, in id order. */
  stories: readonly Story[];
  storyById: ReadonlyMap<string, Story>;
  /** Every article of every story (article ids are unique in a corpus). */
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  paragraphById: ReadonlyMap<string, Paragraph>;
  /** The story of each article. */
  storyOfArticle: ReadonlyMap<string, Story>;
  /** Problems of the corpus: skipped files and folders of every story, ignored entries. */
  problems: readonly FileProblem[];
  /** The generic catalogue every story shares. */
  generic: GenericCatalogue;
  /** Data derived from the whole version, computed once. */
  memo: VersionMemo;
}

/** A paragraph with the article it belongs to. */
export interface Located {
  paragraph: Paragraph;
  article: Article;
}

/** The paragraph of that id and its article, in a story or the whole corpus, or null: the one paragraph -> article lookup. */
export function locate(within: Pick<Story | Snapshot, 'paragraphById' | 'articleById'>, paragraphId: string): Located | null {
  const paragraph = within.paragraphById.get(paragraphId);
  const article = paragraph && within.articleById.get(paragraph.articleId);
  return paragraph && article ? { paragraph, article } : null;
}

/** The parts of a story an answerable story is assembled from (plain data). */
export interface StoryData {
  id: string;
  label: string;
  info: StoryInfo;
  catalogue: Catalogue;
  articles: Article[];
  problems: FileProblem[];
}

/** A story's files and catalogue, read but not parsed. */
export interface StorySources {
  folder: StoryFolder;
  set: SourceSet;
  info: StoryInfo;
  catalogue: Catalogue;
}

/** Everything of a corpus folder that is read from disk, before parsing. */
export interface CorpusSources {
  dir: string;
  version: string;
  generic: GenericCatalogue;
  stories: StorySources[];
  problems: FileProblem[];
}

/**
 * Reads a corpus folder: its stories, their article files (bytes) and
 * catalogues (validated), and the corpus version — a short hash of every
 * article file (path and bytes, or the reason it could not be read), every
 * catalogue and the analyser version. Any edit to any of them gives a new version.
 *
 * @throws Error starting with `corpus:` when the folder cannot be read, or a
 *   `CatalogueError` naming the file, entry and field of an invalid catalogue.
 */
export async function readCorpusSources(dir: string): Promise<CorpusSources> {
  const folders = await discoverStories(dir);
  const generic = await loadGenericCatalogue(dir, folders.layout);
  const stories = await Promise.all(
    folders.stories.map(async (folder): Promise<StorySources> => {
      const [set, loaded] = await Promise.all([
        readArticleSources(folder.dir, folder.label),
        loadStoryCatalogue(folder.dir, folder.label, folders.layout, folder.id, generic),
      ]);
      checkClaimants(loaded.catalogue);
      return { folder, set, info: loaded.info, catalogue: loaded.catalogue };
    }),
  );
  const h = new Hasher();
  h.update(ANALYZER_VERSION);
  const { sources: _sources, ...genericData } = generic; // content, not where it came from
  h.update(JSON.stringify(genericData));
  for (const s of stories) {
    h.update(`\0story:${s.folder.id}\0`);
    const { sources: _s, ...catalogueData } = s.catalogue;
    h.update(JSON.stringify([s.info, catalogueData]));
    // Each file by its path and the digest of its bytes (or of its read error).
    for (const src of s.set.sources) h.update(`\0${src.file}\0${src.digest}`);
  }
  return { dir, version: h.digest(10), generic, stories, problems: folders.problems };
}

/**
 * A lookup over every story's own lookup (article ids are unique in a
 * corpus): nothing is copied when a version is assembled, and a version
 * taking over most stories from the one before costs no more to assemble
 * than its changed stories. `value` maps what a story's lookup holds to what
 * this one gives (the story itself for `storyOfArticle`).
 */
class AcrossStories<K, V, T = V> implements ReadonlyMap<K, T> {
  readonly #stories: readonly Story[];
  readonly #of: (s: Story) => ReadonlyMap<K, V>;
  readonly #value: (s: Story, v: V) => T;
  #size = -1;

  constructor(stories: readonly Story[], of: (s: Story) => ReadonlyMap<K, V>, value?: (s: Story, v: V) => T) {
    this.#stories = stories;
    this.#of = of;
    this.#value = value ?? ((_s, v) => v as unknown as T);
  }

  get(key: K): T | undefined {
    for (const s of this.#stories) {
      const v = this.#of(s).get(key);
      if (v !== undefined) return this.#value(s, v);
    }
    return undefined;
  }

  has(key: K): boolean {
    return this.#stories.some((s) => this.#of(s).has(key));
  }

  get size(): number {
    if (this.#size < 0) this.#size = this.#stories.reduce((n, s) => n + this.#of(s).size, 0);
    return this.#size;
  }

  *entries(): MapIterator<[K, T]> {
    for (const s of this.#stories) for (const [k, v] of this.#of(s)) yield [k, this.#value(s, v)];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<T> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, T]> {
    return this.entries();
  }

  forEach(cb: (value: T, key: K, map: ReadonlyMap<K, T>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
}

/** True when two stories hold the same articles (the same objects), index, catalogue and folder. */
function sameStory(prev: Story, data: StoryData, compact: unknown): boolean {
  if (prev.label !== data.label || prev.articles.length !== data.articles.length || prev.index.encode() !== compact) return false;
  for (let i = 0; i < data.articles.length; i++) if (prev.articles[i] !== data.articles[i]) return false;
  return JSON.stringify([prev.title, prev.window, prev.catalogue]) === JSON.stringify([data.info.title, data.info.window, data.catalogue]);
}

/**
 * Assembles a snapshot from the corpus's sources and each story's build (in
 * story order). An article id must be unique in the corpus: an article whose
 * id an earlier story has is left out of its story (and its index) with an
 * error naming both files.
 *
 * A story of `previous` (the version answering now, in this thread) that is
 * the same — the same article objects, index and catalogue — is taken over
 * with its index, lookups and memo (its derived data is the same); only its
 * version and problems are the new ones.
 */
export function assembleSnapshot(sources: CorpusSources, builds: readonly StoryBuild[], previous?: Snapshot | null): Snapshot {
  const assembler = new SnapshotAssembler(sources, previous ?? null);
  for (const build of builds) assembler.add(build);
  return assembler.snapshot();
}

/**
 * {@link assembleSnapshot} story by story, in story order: each story can be
 * used (its catalogued answers made) as soon as it is added, while later
 * stories are still being built.
 */
export class SnapshotAssembler {
  readonly #sources: CorpusSources;
  readonly #previous: Snapshot | null;
  readonly #seen = new Map<string, string>();
  readonly #stories: Story[] = [];

  constructor(sources: CorpusSources, previous: Snapshot | null) {
    this.#sources = sources;
    this.#previous = previous;
  }

  /** How many stories were added. */
  get added(): number {
    return this.#stories.length;
  }

  /** Assembles the next story (in story order) from its build. */
  add(build: StoryBuild): Story {
    const sources = this.#sources;
    const s = sources.stories[this.#stories.length];
    if (!s || build.id !== s.folder.id) throw new Error(`snapshot: story ${s?.folder.id ?? '?'} built as ${build.id}`);
    const problems = [...build.problems];
    const kept: Article[] = [];
    for (const a of build.articles) {
      const other = this.#seen.get(a.id);
      if (other) {
        problems.push({ file: a.file, severity: 'error', message: `${a.file}: duplicate article id "${a.id}" (same as ${other}); rename one of the files` });
        continue;
      }
      this.#seen.set(a.id, a.file);
      kept.push(a);
    }
    let compact = build.index;
    if (kept.length !== build.articles.length) {
      const ids = kept.flatMap((a) => a.paragraphs.map((p) => p.id));
      const at = new Map(ids.map((id, k) => [id, k]));
      const left = new Set(build.articles.filter((a) => !kept.includes(a)).map((a) => a.id));
      compact = mergeCompactIndexes([{ index: build.index, target: Int32Array.from(build.index.ids, (id) => (left.has(id.slice(0, id.lastIndexOf('#p'))) ? -1 : (at.get(id) ?? -1))) }], ids);
    }
    const data: StoryData = { id: s.folder.id, label: s.folder.label, info: s.info, catalogue: s.catalogue, articles: kept, problems };
    const prev = this.#previous?.storyById.get(data.id);
    let story: Story;
    if (prev && sameStory(prev, data, compact)) story = { ...prev, version: sources.version, problems: [...problems, ...outsideWindow(data)], catalogue: s.catalogue };
    else {
      const glossary = prepareGlossary(s.catalogue.glossary);
      story = assembleStory(data, sources.version, ParagraphIndex.fromCompact(compact, glossary), { glossary });
    }
    this.#stories.push(story);
    return story;
  }

  /** The snapshot, once every story was added. */
  snapshot(): Snapshot {
    const sources = this.#sources;
    if (this.#stories.length !== sources.stories.length) throw new Error('snapshot: a story was not built');
    const stories = this.#stories;
    return {
      version: sources.version,
      dir: sources.dir,
      loadedAt: new Date(),
      stories,
      storyById: new Map(stories.map((s) => [s.id, s])),
      articles: stories.flatMap((s) => s.articles),
      articleById: new AcrossStories(stories, (s) => s.articleById),
      paragraphById: new AcrossStories(stories, (s) => s.paragraphById),
      storyOfArticle: new AcrossStories(stories, (s) => s.articleById, (s) => s),
      problems: [...sources.problems, ...stories.flatMap((s) => s.problems)],
      generic: sources.generic,
      memo: new VersionMemo(),
    };
  }
}

/** Reads a corpus folder and builds a snapshot in this thread, without any cache. */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  const sources = await readCorpusSources(dir);
  const builds: StoryBuild[] = [];
  for (const s of sources.stories) {
    const plan = planStory({ id: s.folder.id, label: s.folder.label, info: s.info, catalogue: s.catalogue, version: sources.version }, s.set, '', null, { derive: false });
    builds.push(finishStory(plan, await runUnitsHere(null)(plan.units)));
  }
  return assembleSnapshot(sources, builds);
}
