/**
 * Building a story's next version from its files and its previous version
 * (a *base*: the version in memory, or the story's cache file), redoing only
 * what changed:
 *
 * 1. **plan** ({@link planStory}): a file whose digest (hash of its bytes) is
 *    the one of a base article or a base failure is reused as it is; the
 *    others are parsed, in *units* of about {@link UNIT_BYTES} bytes. Articles
 *    that are reused but whose derived data (the engine's catalogue findings)
 *    is missing go into *derive units*;
 * 2. **run the units** ({@link runUnit}) — pure, in this thread or in build
 *    threads: parse, index the unit's articles (canonical compact index),
 *    derive from a story holding only the unit's articles;
 * 3. **finish** ({@link finishStory}): the articles in file order (the first
 *    article of an id wins, as when everything is parsed), the index merged
 *    from the base (minus the paragraphs of changed and removed articles) and
 *    the units — byte for byte the index of a build from scratch.
 *
 * @module
 */
import { claimantsData, sideInputs, type Catalogue, type StoryInfo } from '../corpus/catalogue/index.ts';
import { collectArticles, decodeArticle, parseArticleSource, type ArticleSource, type ParsedSource, type SourceSet } from '../corpus/load.ts';
import type { Article, FileProblem, Paragraph } from '../corpus/types.ts';
import type { CompactIndex } from '../search/index-codec.ts';
import { mergeCompactIndexes, type MergePart } from '../search/index-build.ts';
import { compactIndexOf, ParagraphIndex } from '../search/paragraph-index.ts';
import { expandArticle, type CachedFailure, type CachedStory, type CompactArticle } from './cache.ts';
import { compileClaimantDirectory } from '../language/de/claimants/index.ts';
import { compileSides } from '../language/de/sides.ts';
import { prepareGlossary } from '../search/query.ts';
import { VersionMemo } from './memo.ts';
import { PARAGRAPH_TOKENS, type ParagraphTokens } from './sentence-tokens.ts';
import { tokenizeWithOffsets, tokenTexts } from '../language/de/index.ts';
import type { Story, StoryData } from './snapshot.ts';

/** About this many bytes of article files per unit of build work (a few thousand paragraphs). */
export const UNIT_BYTES = 2_500_000;

/** A story version as built: what answers (with the catalogue) and what the next version is built from. */
export interface StoryBuild {
  id: string;
  /** The code key it was built by (see `snapshotCodeKey`). */
  code: string;
  /** The story's articles in file order (story-local: an article whose id an earlier story has is still here). */
  articles: Article[];
  /** The digest of each article's file. */
  digests: string[];
  /** Files that gave no article, with their digests and errors. */
  failures: CachedFailure[];
  /** The canonical index over `articles`. */
  index: CompactIndex;
  /** Problems of the story's files (skipped files, ignored files, duplicate ids), sorted by file. */
  problems: FileProblem[];
}

/** The parts of a story a unit needs (plain data). */
export interface UnitStory {
  id: string;
  label: string;
  info: StoryInfo;
  catalogue: Catalogue;
  /** The corpus version being built (with the story id, names the catalogue a unit compiles). */
  version: string;
}

/** An article a derive unit starts from: known already, with its file. */
export interface GivenArticle {
  article: Article;
  source: ArticleSource;
}

/** One unit of build work: files of one story to parse, or known articles to derive from. */
export interface Unit {
  story: UnitStory;
  kind: 'parse' | 'derive';
  /** `parse`: the files, in file order. */
  files: ArticleSource[];
  /** `derive`: the articles, in file order. */
  given: GivenArticle[];
  /** Run the derive step on the unit's articles. */
  derive: boolean;
}

/** An article sent back compact from another thread (its text is the file's, decoded again here). */
export interface CompactResult {
  compact: CompactArticle;
}

/** What a unit gives back. */
export interface UnitResult {
  /** `parse`: each file's result, aligned with `files`. */
  parsed: (ParsedSource | CompactResult)[];
  /** `parse`: the canonical index over `covered`. */
  index: CompactIndex | null;
  /** The ids of the unit's articles the index and derived data cover, in order (the first article of each id). */
  covered: string[];
  /** What the derive step made of each covered article, by id. */
  derived: Record<string, unknown> | null;
}

/** The derive step: data for each article of a story holding only a unit's articles. */
export type Derive = (chunk: Story) => Record<string, unknown>;

/**
 * Runs units, in this thread or elsewhere; results in the order of the
 * units. `onResult` (when given) is called as each result comes in, in this
 * thread (a build can finish a story while other units still run).
 */
export type UnitRunner = (units: readonly Unit[], onResult?: (index: number, result: UnitResult) => void) => Promise<UnitResult[]>;

/**
 * Warnings for articles published outside the story's window (when the
 * curator set one): a month or day before `from` or after `to`.
 */
export function outsideWindow(data: StoryData): FileProblem[] {
  const w = data.info.window;
  if (!w) return [];
  const out: FileProblem[] = [];
  for (const a of data.articles) {
    const iso = a.published?.iso;
    if (!iso) continue;
    const before = w.from !== null && iso.slice(0, w.from.length) < w.from;
    const after = w.to !== null && iso.slice(0, w.to.length) > w.to;
    if (before || after) {
      out.push({
        file: a.file,
        severity: 'warning',
        message: `${a.file}: published ${iso}, outside the story's window (${w.from ?? '…'} to ${w.to ?? '…'}); is it in the right story?`,
      });
    }
  }
  return out;
}

/**
 * Assembles an answerable story from its articles and its index. The
 * catalogue's compiled forms (glossary, claimants, sides) are taken from
 * `compiled` when given (a story of the same catalogue), else compiled here.
 */
export function assembleStory(data: StoryData, version: string, index: ParagraphIndex, compiled?: Partial<Pick<Story, 'glossary' | 'claimants' | 'sides'>>): Story {
  const articleById = new Map<string, Article>();
  const paragraphById = new Map<string, Paragraph>();
  for (const a of data.articles) {
    articleById.set(a.id, a);
    for (const p of a.paragraphs) paragraphById.set(p.id, p);
  }
  return {
    id: data.id,
    title: data.info.title,
    window: data.info.window,
    label: data.label,
    version,
    articles: data.articles,
    articleById,
    paragraphById,
    problems: [...data.problems, ...outsideWindow(data)],
    catalogue: data.catalogue,
    glossary: compiled?.glossary ?? prepareGlossary(data.catalogue.glossary),
    claimants: compiled?.claimants ?? compileClaimantDirectory(claimantsData(data.catalogue)),
    sides: compiled?.sides ?? compileSides(sideInputs(data.catalogue), data.catalogue.sides.places),
    index,
    memo: new VersionMemo(),
  };
}

/** Compiled story contexts (claimants, sides, glossary) per corpus version and story: a unit of an already-seen story does not compile them again. */
const contexts = new Map<string, Story>();

/** A story holding only these articles, with the story's catalogue (compiled once per version and story). */
function chunkStory(story: UnitStory, articles: Article[], index: CompactIndex): Story {
  const key = `${story.version}\u0000${story.id}`;
  let context = contexts.get(key);
  if (!context) {
    if (contexts.size >= 16) contexts.clear();
    context = assembleStory({ id: story.id, label: story.label, info: story.info, catalogue: story.catalogue, articles: [], problems: [] }, story.version, ParagraphIndex.fromCompact(compactIndexOf([]), { entries: new Map(), maxWords: 1 }));
    contexts.set(key, context);
  }
  return assembleStory({ id: story.id, label: story.label, info: story.info, catalogue: story.catalogue, articles, problems: [] }, story.version, ParagraphIndex.fromCompact(index, context.glossary), context);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a file that was read as an article before (for expanding a
 * compact article): its bytes are the ones that were decoded then, so the
 * checks of {@link decodeArticle} passed; plain UTF-8 without a byte order
 * mark (the usual case) is decoded straight away, anything else as the
 * loader does.
 *
 * @throws Error (prefixed `cache:`) when the file has no bytes or no text.
 */
function textOf(source: ArticleSource): string {
  const bytes = source.bytes;
  if (!bytes) throw new Error(`cache: ${source.file} has no bytes`);
  const marked = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!marked) {
    try {
      return utf8.decode(bytes);
    } catch {
      // not UTF-8: decoded as the loader does below
    }
  }
  const decoded = decodeArticle(bytes, source.file);
  if ('error' in decoded) throw new Error(`cache: ${source.file} cannot be decoded`);
  return decoded.text;
}

/** An article from a result that may be compact (decoded from its file again). */
export function articleOf(result: ParsedSource | CompactResult, source: ArticleSource): ParsedSource {
  return 'compact' in result ? { article: expandArticle(result.compact, textOf(source)) } : result;
}

/** A known article, expanded when compact (given between threads). */
export function givenArticle(given: GivenArticle | { compact: CompactArticle; source: ArticleSource }): Article {
  return 'article' in given ? given.article : expandArticle(given.compact, textOf(given.source));
}

/**
 * Runs one unit: parses its files (or takes its known articles), indexes
 * them, and derives from a story holding only them. Pure and deterministic:
 * the same unit gives the same result in any thread.
 */
export function runUnit(unit: Unit, derive: Derive | null): UnitResult {
  let articles: Article[];
  let parsed: ParsedSource[] = [];
  if (unit.kind === 'parse') {
    parsed = unit.files.map((f) => parseArticleSource(f));
    const seen = new Set<string>();
    articles = [];
    for (const r of parsed) {
      if ('article' in r && !seen.has(r.article.id)) {
        seen.add(r.article.id);
        articles.push(r.article);
      }
    }
  } else {
    articles = unit.given.map((g) => g.article);
  }
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const deriving = unit.derive && derive !== null;
  // Tokenised once, for the index and for the derive step's event matching.
  const known: ParagraphTokens | null = deriving ? { byParagraph: new Map(), paragraphOf: new WeakMap() } : null;
  const tokensOf = known
    ? (p: Pick<Paragraph, 'id' | 'text'>) => {
        const tokens = tokenizeWithOffsets(p.text);
        known.byParagraph.set(p as Paragraph, tokens);
        for (const s of (p as Paragraph).sentences) known.paragraphOf.set(s, p as Paragraph);
        return tokenTexts(tokens);
      }
    : undefined;
  const index = unit.kind === 'parse' || deriving ? compactIndexOf(paragraphs, tokensOf) : null;
  let derived: Record<string, unknown> | null = null;
  if (deriving && index) {
    const chunk = chunkStory(unit.story, articles, index);
    chunk.memo.set(PARAGRAPH_TOKENS, known);
    derived = derive(chunk);
  }
  return { parsed, index: unit.kind === 'parse' ? index : null, covered: articles.map((a) => a.id), derived };
}

/** Runs units one after the other in this thread. */
export function runUnitsHere(derive: Derive | null): UnitRunner {
  return async (units, onResult) =>
    units.map((u, i) => {
      const r = runUnit(u, derive);
      onResult?.(i, r);
      return r;
    });
}

/** A story's previous version: built in memory, or read from the cache (its articles still compact). */
export type StoryBase = { kind: 'memory'; build: StoryBuild } | { kind: 'cache'; cached: CachedStory };

/** How each file of a story is obtained. */
type Slot =
  | { kind: 'reuse'; article: Article; baseAt: number }
  | { kind: 'failure'; failure: CachedFailure }
  | { kind: 'unreadable'; error: FileProblem }
  | { kind: 'unit'; unit: number; at: number };

/** A story's plan: how each file is obtained, and the units to run. */
export interface StoryPlan {
  story: UnitStory;
  code: string;
  set: SourceSet;
  slots: Slot[];
  /** The base's articles (in its order) and index, when there is a base. */
  base: { articles: Article[]; index: CompactIndex } | null;
  /** Parse units first, then derive units. */
  units: Unit[];
  /** Articles reused from the base. */
  reused: number;
  /** The units' results, once run. */
  results?: readonly UnitResult[];
}

/** Splits items into runs of about {@link UNIT_BYTES} bytes. */
function chunks<T>(items: readonly T[], bytes: (x: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const x of items) {
    current.push(x);
    size += bytes(x);
    if (size >= limit) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Plans a story's build from its files and its base (null: everything is
 * parsed). `needsDerive` says which reused articles still need the derive
 * step (parsed ones always get it when `derive` is on).
 *
 * @throws Error (prefixed `cache:`) when a cached article does not fit its file (the caller drops the base).
 */
export function planStory(
  story: UnitStory,
  set: SourceSet,
  code: string,
  base: StoryBase | null,
  options: { derive: boolean; needsDerive?: (article: Article) => boolean; unitBytes?: number; tailBytes?: number },
): StoryPlan {
  const limit = options.unitBytes ?? UNIT_BYTES;
  // The base's articles and failures by file, when it was built by the same code.
  const baseArticles: Article[] = [];
  const byFile = new Map<string, { digest: string; at: number } | { failure: CachedFailure }>();
  let baseIndex: CompactIndex | null = null;
  let compact: CompactArticle[] | null = null;
  if (base) {
    const b = base.kind === 'memory' ? base.build : base.cached;
    if (b.code === code) {
      baseIndex = b.index;
      if (base.kind === 'memory') baseArticles.push(...base.build.articles);
      else compact = base.cached.articles;
      const articleFiles = base.kind === 'memory' ? base.build.articles.map((a) => a.file) : base.cached.articles.map((a) => a.file);
      articleFiles.forEach((file, at) => byFile.set(file, { digest: b.digests[at]!, at }));
      for (const f of b.failures) byFile.set(f.file, { failure: f });
    }
  }
  const sourcesByFile = new Map(set.sources.map((s) => [s.file, s]));
  if (compact) {
    // Expand only the cached articles reused now (their text is their file's, as read now).
    for (const c of compact) {
      const source = sourcesByFile.get(c.file);
      const known = byFile.get(c.file);
      const same = source?.bytes && known && 'digest' in known && known.digest === source.digest;
      baseArticles.push(same ? expandArticle(c, textOf(source)) : (null as unknown as Article));
    }
  }
  const slots: Slot[] = [];
  const toParse: { source: ArticleSource; i: number }[] = [];
  let reused = 0;
  set.sources.forEach((source, i) => {
    if (source.error || !source.bytes) {
      slots.push({ kind: 'unreadable', error: source.error ?? { file: source.file, severity: 'error', message: `${source.file}: cannot read file` } });
      return;
    }
    const known = byFile.get(source.file);
    if (known && 'digest' in known && known.digest === source.digest && baseArticles[known.at]) {
      slots.push({ kind: 'reuse', article: baseArticles[known.at]!, baseAt: known.at });
      reused++;
      return;
    }
    if (known && 'failure' in known && known.failure.digest === source.digest) {
      slots.push({ kind: 'failure', failure: known.failure });
      return;
    }
    slots.push({ kind: 'unit', unit: -1, at: -1 });
    toParse.push({ source, i });
  });
  const units: Unit[] = [];
  // The last `tailBytes` of files go into units of a quarter of the size: the threads of a build
  // end close together (none waits long for the other's last unit).
  const size = (x: { source: ArticleSource }) => x.source.bytes?.length ?? 0;
  let cut = toParse.length;
  if (options.tailBytes) {
    let tail = 0;
    while (cut > 0 && tail + size(toParse[cut - 1]!) <= options.tailBytes) tail += size(toParse[--cut]!);
  }
  const runs = [...chunks(toParse.slice(0, cut), size, limit), ...chunks(toParse.slice(cut), size, Math.max(1, Math.floor(limit / 4)))];
  for (const run of runs) {
    const u = units.length;
    run.forEach((x, at) => (slots[x.i] = { kind: 'unit', unit: u, at }));
    units.push({ story, kind: 'parse', files: run.map((x) => x.source), given: [], derive: options.derive });
  }
  if (options.derive && options.needsDerive) {
    const needing: GivenArticle[] = [];
    set.sources.forEach((source, i) => {
      const slot = slots[i]!;
      if (slot.kind === 'reuse' && options.needsDerive!(slot.article)) needing.push({ article: slot.article, source });
    });
    for (const run of chunks(needing, (g) => g.source.bytes?.length ?? 0, limit)) units.push({ story, kind: 'derive', files: [], given: run, derive: true });
  }
  return { story, code, set, slots, base: baseIndex ? { articles: baseArticles, index: baseIndex } : null, units, reused };
}

/**
 * Finishes a story from its plan and the results of its units: articles in
 * file order, problems, and the index merged from the base and the units.
 */
export function finishStory(plan: StoryPlan, results: readonly UnitResult[]): StoryBuild {
  const { set, slots } = plan;
  const resultOf = (i: number): ParsedSource => {
    const slot = slots[i]!;
    switch (slot.kind) {
      case 'reuse':
        return { article: slot.article };
      case 'failure':
        return slot.failure.id === undefined ? { errors: slot.failure.errors } : { errors: slot.failure.errors, id: slot.failure.id };
      case 'unreadable':
        return { errors: [slot.error] };
      case 'unit':
        return articleOf(results[slot.unit]!.parsed[slot.at]!, set.sources[i]!);
    }
  };
  const parsed = set.sources.map((_, i) => resultOf(i));
  const collected = collectArticles(set, (i) => parsed[i]!);
  const articles = collected.articles;
  // Where each kept article came from, and its file's digest.
  const keptSlot = new Map<Article, number>();
  parsed.forEach((r, i) => {
    if ('article' in r) keptSlot.set(r.article, i);
  });
  const digests = articles.map((a) => set.sources[keptSlot.get(a)!]!.digest);
  const failures: CachedFailure[] = [];
  parsed.forEach((r, i) => {
    const source = set.sources[i]!;
    if ('errors' in r && !source.error && source.bytes) failures.push({ file: source.file, digest: source.digest, errors: r.errors, ...(r.id !== undefined ? { id: r.id } : {}) });
  });
  plan.results = results;
  const index = mergedIndex(plan, articles, keptSlot);
  return { id: plan.story.id, code: plan.code, articles, digests, failures, index, problems: collected.problems };
}

/** The article id of a paragraph id (`<article>#p<n>`). */
function articleIdOf(paragraphId: string): string {
  return paragraphId.slice(0, paragraphId.lastIndexOf('#p'));
}

/**
 * The story's index: the base's when nothing changed, else the merge of the
 * base (the paragraphs of reused articles) and each parse unit (the
 * paragraphs of the articles kept from it).
 */
function mergedIndex(plan: StoryPlan, articles: Article[], keptSlot: Map<Article, number>): CompactIndex {
  // Nothing changed: every base article kept, in its place, nothing new.
  if (plan.base && plan.units.every((u) => u.kind !== 'parse') && articles.length === plan.base.articles.length) {
    let same = true;
    for (let i = 0; i < articles.length && same; i++) {
      const slot = plan.slots[keptSlot.get(articles[i]!)!]!;
      same = slot.kind === 'reuse' && slot.baseAt === i;
    }
    if (same) return plan.base.index;
  }
  const ids: string[] = [];
  for (const a of articles) for (const p of a.paragraphs) ids.push(p.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  // Where each kept article came from: the base, or a unit.
  const reusedIds = new Set<string>();
  const fromUnit = new Map<string, number>();
  for (const a of articles) {
    const slot = plan.slots[keptSlot.get(a)!]!;
    if (slot.kind === 'reuse') reusedIds.add(a.id);
    else if (slot.kind === 'unit') fromUnit.set(a.id, slot.unit);
  }
  const parts: MergePart[] = [];
  if (plan.base) {
    const baseIds = plan.base.index.ids;
    const target = new Int32Array(baseIds.length);
    let identity = baseIds.length === ids.length && fromUnit.size === 0;
    for (let d = 0; d < baseIds.length; d++) {
      const id = baseIds[d]!;
      const to = reusedIds.has(articleIdOf(id)) ? (position.get(id) ?? -1) : -1;
      target[d] = to;
      if (to !== d) identity = false;
    }
    if (identity) return plan.base.index;
    parts.push({ index: plan.base.index, target });
  }
  plan.units.forEach((unit, u) => {
    const result = plan.results?.[u];
    if (unit.kind !== 'parse' || !result?.index) return;
    const unitIds = result.index.ids;
    parts.push({ index: result.index, target: Int32Array.from(unitIds, (id) => (fromUnit.get(articleIdOf(id)) === u ? (position.get(id) ?? -1) : -1)) });
  });
  return mergeCompactIndexes(parts, ids);
}
