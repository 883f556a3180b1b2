/**
 * A snapshot is one immutable version of the corpus, ready to answer: the
 * validated articles, their paragraphs, the catalogue data and the search
 * index. Handlers read a snapshot and never change it, so a reload can build a
 * new one and swap it in while questions are answered from the old one.
 *
 * @module
 */
import { claimantsData, loadCatalogue, sideInputs, type Catalogue } from '../corpus/catalogue.ts';
import { parseArticleSources, readArticleSources, type SourceSet } from '../corpus/load.ts';
import type { Article, FileProblem, Paragraph } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../language/de/index.ts';
import { compileClaimantDirectory, type ClaimantDirectory } from '../language/de/claimants/index.ts';
import { compileSides, type SideLexicon } from '../language/de/sides.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary, type GlossaryLookup } from '../search/query.ts';
import { Hasher } from '../system/hash.ts';
import { VersionMemo } from './memo.ts';

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
  /** The catalogue's claimants, compiled for claimant detection. */
  claimants: ClaimantDirectory;
  /** The catalogue's sides and places, compiled for the figure rules (whose figures a sentence counts). */
  sides: SideLexicon;
  index: ParagraphIndex;
  /** Data derived from this version (catalogued answers, claimants per paragraph, ...), computed once. */
  memo: VersionMemo;
}

/** A paragraph with the article it belongs to. */
export interface Located {
  paragraph: Paragraph;
  article: Article;
}

/** The paragraph of that id and its article, or null: the one paragraph -> article lookup. */
export function locate(snapshot: Snapshot, paragraphId: string): Located | null {
  const paragraph = snapshot.paragraphById.get(paragraphId);
  const article = paragraph && snapshot.articleById.get(paragraph.articleId);
  return paragraph && article ? { paragraph, article } : null;
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
  const h = new Hasher();
  h.update(ANALYZER_VERSION);
  for (const s of set.sources) {
    h.update(`\0${s.file}\0`);
    if (s.bytes) h.update(s.bytes);
    else h.update(`error:${s.error?.message ?? ''}`);
  }
  const { sources: _sources, ...data } = catalogue; // every catalogue file's content, not where it came from
  h.update(JSON.stringify(data));
  return h.digest(10);
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
    claimants: compileClaimantDirectory(claimantsData(data.catalogue)),
    sides: compileSides(sideInputs(data.catalogue), data.catalogue.sides.places),
    index,
    memo: new VersionMemo(),
  };
}

/** Reads a corpus folder and builds a snapshot in this thread, without the cache. */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  return assembleSnapshot(await readSnapshotData(dir));
}

