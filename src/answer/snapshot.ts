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
import { loadArticles } from '../corpus/load.ts';
import type { Article, FileProblem, Paragraph } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../search/analyzer.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { prepareGlossary, type GlossaryLookup } from '../search/query.ts';

/** One immutable, answerable version of a corpus. */
export interface Snapshot {
  /** Short hash of the articles, the catalogue and the analyser version. */
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
  articles: Article[];
  problems: FileProblem[];
  catalogue: Catalogue;
}

/** Reads a corpus folder: articles (bad files skipped with problems) and catalogue. */
export async function readSnapshotData(dir: string): Promise<SnapshotData> {
  const [{ articles, problems }, catalogue] = await Promise.all([loadArticles(dir), loadCatalogue(dir)]);
  return { dir, articles, problems, catalogue };
}

/** The version hash of a corpus: changes whenever an article, a catalogue file or the analyser changes. */
export function corpusVersion(data: Pick<SnapshotData, 'articles' | 'catalogue'>): string {
  const h = createHash('sha256');
  h.update(ANALYZER_VERSION);
  for (const a of [...data.articles].sort((x, y) => x.id.localeCompare(y.id))) {
    h.update(`\0${a.id}\0${a.hash}`);
  }
  h.update(JSON.stringify(data.catalogue.glossary));
  h.update(JSON.stringify(data.catalogue.events));
  h.update(JSON.stringify(data.catalogue.measures));
  h.update(JSON.stringify(data.catalogue.claimants));
  return h.digest('hex').slice(0, 10);
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
    version: corpusVersion(data),
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

/** Reads a corpus folder and builds a snapshot in this thread. */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  return assembleSnapshot(await readSnapshotData(dir));
}
