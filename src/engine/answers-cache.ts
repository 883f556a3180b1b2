/**
 * The catalogued answers of each story (every `/when` event and `/estimate`
 * measure of its catalogue) for a corpus version, and what a new version
 * needs to recompute only what changed: each article's *findings* (the
 * quotable sentences and figures of each entry; see `answers/catalogued.ts`).
 *
 * - **Incremental**: a new version takes the findings of every unchanged
 *   article from the previous version (in memory, or the story's answers
 *   cache file) and computes them only for new and changed articles; an
 *   entry whose findings no added, changed or removed article touches keeps
 *   its answer as it was, the others are recomputed from all the story's
 *   findings in corpus order — exactly what a computation from scratch gives.
 * - **Keyed** by the code fingerprint of the answering code and of the
 *   parsing and indexing code, and a hash of the story's effective catalogue:
 *   a catalogue or code change recomputes the stories it concerns, and
 *   nothing else. Per story: `answers-<folder hash>-<story>.v8` (the answers,
 *   read at every start) and `findings-<folder hash>-<story>.v8` (the
 *   findings, read only when an article of the story changed).
 * - **Checked**: the file carries a SHA-256 of its content
 *   (`src/system/sealed.ts`), and every cached quote (answers and findings)
 *   is checked against the paragraph of the (already checked) snapshot it
 *   claims to come from, with the article's title, outlet, agency and date
 *   ({@link verifyAnswers}): an altered byte never reaches a reply.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { latestYear } from '../answers/estimate.ts';
import { answersFromFindings, catalogueFindings, installCatalogueAnswers, type EventFinding, type MeasureFinding, type StoryAnswers, type StoryFindings } from '../answers/catalogued.ts';
import type { Article } from '../corpus/types.ts';
import type { Answer } from '../reply/model.ts';
import { cacheFileFor, snapshotCodeKey } from '../snapshot/cache.ts';
import { codeFingerprint } from '../snapshot/fingerprint.ts';
import { locate, type Snapshot, type Story } from '../snapshot/snapshot.ts';
import { assembleStory, type UnitStory } from '../snapshot/story-build.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { tryWriteFileAtomic } from '../system/files.ts';
import { shortHash } from '../system/hash.ts';
import { seal, unseal } from '../system/sealed.ts';

/** The catalogued answers of one corpus version, by story id. */
export interface CatalogueAnswers {
  stories: Record<string, StoryAnswers>;
}

/** One article's findings: only the entries it has findings for. */
export interface ArticleFindings {
  events: Record<string, EventFinding[]>;
  measures: Record<string, MeasureFinding[]>;
}

/** A story's catalogued answers with what the next version needs to redo only what changed. */
export interface StoryAnswersBuild {
  /** {@link answersKey} they were computed under. */
  key: string;
  /** `id\0hash` of each article, in order: the articles they were computed from. */
  articles: string[];
  /** The story's latest publication year when they were computed (undated articles' figures are measured against it); undefined when unknown. */
  latestYear?: number | null;
  answers: StoryAnswers;
  /**
   * Each article's findings, by article id; read on demand when they come
   * from the cache.
   *
   * @throws Error when the findings cache cannot be used.
   */
  findings: () => Map<string, ArticleFindings>;
}

const FORMAT = 3;

/** Every answer is computed by code reachable from the command registry and the catalogued answers: their import graphs key the cache. */
const ANSWERS_ENTRIES = ['src/answers/registry.ts', 'src/answers/catalogued.ts'];

/** The key of a story's catalogued answers: the answering code, the parsing code and the story's catalogue. */
export function answersKey(story: Pick<UnitStory, 'catalogue'>): string {
  const { sources: _sources, ...catalogue } = story.catalogue;
  return `answers-${FORMAT}-${shortHash(ANSWERS_ENTRIES.map(codeFingerprint).join(''), 16)}-${snapshotCodeKey()}-${shortHash(JSON.stringify(catalogue), 16)}`;
}

/** The answers cache file of a story of a corpus folder. */
export function answersFile(cacheDir: string, corpusDir: string, storyId: string): string {
  return cacheFileFor(cacheDir, corpusDir, 'answers', storyId);
}

/** How an article is named in {@link StoryAnswersBuild.articles}. */
export function articleKey(a: Pick<Article, 'id' | 'hash'>): string {
  return `${a.id}\u0000${a.hash}`;
}

interface Payload {
  format: number;
  key: string;
  articles: string[];
  latestYear?: number | null;
  answers: StoryAnswers;
}

interface FindingsPayload {
  format: number;
  key: string;
  /** The article list of the answers they go with. */
  articles: string[];
  findings: Record<string, ArticleFindings>;
}

/** The findings cache file of a story of a corpus folder. */
export function findingsFile(cacheDir: string, corpusDir: string, storyId: string): string {
  return cacheFileFor(cacheDir, corpusDir, 'findings', storyId);
}

/** Reads and checks a sealed v8 file: its payload, or why not. Never throws. */
function readSealed<T>(file: string, what: string): { payload: T } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: `no ${what} file` };
  }
  const opened = unseal(bytes);
  if ('problem' in opened) return { problem: `corrupt ${what} (failed its check: ${opened.problem})` };
  try {
    return { payload: v8.deserialize(opened.content) as T };
  } catch {
    return { problem: `unreadable ${what}` };
  }
}

/**
 * Reads a story's answers cache for exactly this key after checking the
 * file's checksum; the answers (their findings read from their own file when
 * first asked for), or why not. Never throws.
 */
export function readStoryAnswers(file: string, key: string, findings: string): { build: StoryAnswersBuild } | { problem: string } {
  const read = readSealed<Payload>(file, 'answers cache');
  if ('problem' in read) return read;
  const p = read.payload;
  if (p?.format !== FORMAT) return { problem: 'answers cache of another format' };
  if (p.key !== key) return { problem: 'stale answers cache (the catalogue or the answering code changed)' };
  if (!Array.isArray(p.articles) || typeof p.answers !== 'object' || p.answers === null) return { problem: 'corrupt answers cache (malformed)' };
  let loaded: Map<string, ArticleFindings> | null = null;
  return {
    build: {
      key: p.key,
      articles: p.articles,
      latestYear: typeof p.latestYear === 'number' || p.latestYear === null ? p.latestYear : undefined,
      answers: p.answers,
      findings: () => {
        if (loaded) return loaded;
        const f = readSealed<FindingsPayload>(findings, 'findings cache');
        if ('problem' in f) throw new Error(f.problem);
        const q = f.payload;
        if (q?.format !== FORMAT || q.key !== key || !Array.isArray(q.articles) || q.articles.join('\u0001') !== p.articles.join('\u0001') || typeof q.findings !== 'object') {
          throw new Error('findings cache of other answers');
        }
        return (loaded = new Map(Object.entries(q.findings)));
      },
    },
  };
}

/** Writes a story's answers and findings atomically, each sealed with its checksum; returns the error instead of throwing. */
export async function writeStoryAnswers(file: string, findings: string, build: StoryAnswersBuild): Promise<Error | null> {
  const f: FindingsPayload = { format: FORMAT, key: build.key, articles: build.articles, findings: Object.fromEntries(build.findings()) };
  const first = await tryWriteFileAtomic(findings, seal(v8.serialize(f)));
  const payload: Payload = { format: FORMAT, key: build.key, articles: build.articles, latestYear: build.latestYear, answers: build.answers };
  return first ?? tryWriteFileAtomic(file, seal(v8.serialize(payload)));
}

/** Null when the cached answer is what the story says, else why not. */
function verifyAnswer(a: Answer, story: Story): string | null {
  const found = typeof a?.paragraphId === 'string' ? locate(story, a.paragraphId) : null;
  if (!found || found.article.id !== a.articleId) return `a cached quote names an unknown paragraph`;
  if (typeof a.quote !== 'string' || !a.quote || !found.paragraph.text.includes(a.quote)) return `a cached quote of ${a.paragraphId} is not in its paragraph`;
  const art = found.article;
  const published = found.paragraph.time?.iso ?? art.published?.iso ?? null;
  if (a.title !== art.title || a.outlet !== art.outlet || a.agency !== art.agency || a.published !== published) {
    return `a cached attribution of ${a.paragraphId} differs from its article`;
  }
  return null;
}

/**
 * Checks a story's cached answers against the story: every quote must be a
 * slice of the paragraph it names, with that article's title, outlet, agency
 * and publication date. Null when all hold, otherwise the first problem.
 */
export function verifyStoryAnswers(answers: StoryAnswers, story: Story): string | null {
  if (!answers || typeof answers.events !== 'object' || typeof answers.measures !== 'object') return `no cached answers for story ${story.id}`;
  for (const e of story.catalogue.events.events) if (!answers.events[e.slug]) return `no cached answer for ${e.slug}`;
  for (const m of story.catalogue.measures.measures) if (!answers.measures[m.slug]) return `no cached answer for ${m.slug}`;
  for (const group of [answers.events, answers.measures]) {
    for (const entry of Object.values(group)) {
      if (!entry || !Array.isArray(entry.answers) || typeof entry.summary !== 'string') return 'a cached answer is malformed';
      for (const a of entry.answers) {
        const problem = verifyAnswer(a, story);
        if (problem) return problem;
      }
    }
  }
  return null;
}

/** Checks cached answers of a whole snapshot (every story). */
export function verifyAnswers(answers: CatalogueAnswers, snapshot: Snapshot): string | null {
  for (const story of snapshot.stories) {
    const problem = verifyStoryAnswers(answers.stories[story.id]!, story);
    if (problem) return problem;
  }
  return null;
}

/** The derive step of a build: each article's findings, from a story holding only some articles. */
export function findingsByArticle(chunk: Story): Record<string, ArticleFindings> {
  const all = catalogueFindings(chunk);
  const out: Record<string, ArticleFindings> = {};
  for (const a of chunk.articles) out[a.id] = { events: {}, measures: {} };
  const add = <F extends { paragraphId: string }>(group: 'events' | 'measures', slug: string, list: readonly F[]) => {
    for (const f of list) {
      const id = chunk.paragraphById.get(f.paragraphId)?.articleId;
      if (!id || !out[id]) continue;
      ((out[id][group] as unknown as Record<string, F[]>)[slug] ??= []).push(f);
    }
  };
  for (const [slug, list] of Object.entries(all.events)) add('events', slug, list);
  for (const [slug, list] of Object.entries(all.measures)) add('measures', slug, list);
  return out;
}

/** Where a story's previous answers come from. */
export type AnswersBase = ReadonlyMap<string, StoryAnswersBuild>;

/** How a story's catalogued answers were made. */
export interface StoryAnswersReport {
  id: string;
  /** From the cache (or the previous version) as they were. */
  reused: boolean;
  /** Entries recomputed (0 when reused). */
  recomputed: number;
  /** Why the previous answers could not be used as they were, when they could not. */
  miss: string | null;
}

/** Entries of an article's findings, as `events\0slug` / `measures\0slug`. */
function entriesOf(f: ArticleFindings | undefined, into: Set<string>): void {
  if (!f) return;
  for (const slug of Object.keys(f.events)) into.add(`events\u0000${slug}`);
  for (const slug of Object.keys(f.measures)) into.add(`measures\u0000${slug}`);
}

/**
 * Makes a story's catalogued answers ready (installed in its memo): the
 * previous answers as they are when the story's articles are the same; else
 * the answers from every article's findings — derived now for new and changed
 * articles, the previous version's for the others — recomputing only the
 * entries whose findings an added, changed or removed article touches (the
 * claimants of quotes of unchanged articles are taken over too).
 */
export function storyAnswers(
  story: Story,
  key: string,
  previous: StoryAnswersBuild | null,
  derived: ReadonlyMap<string, unknown>,
): { build: StoryAnswersBuild; report: StoryAnswersReport } {
  const articles = story.articles.map(articleKey);
  const year = latestYear(story);
  const entryCount = story.catalogue.events.events.length + story.catalogue.measures.measures.length;
  let miss: string | null = previous ? null : 'no previous answers';
  if (previous && previous.key !== key) {
    miss = 'stale answers cache (the catalogue or the answering code changed)';
    previous = null;
  }
  if (previous && previous.articles.join('\u0001') === articles.join('\u0001')) {
    const problem = verifyStoryAnswers(previous.answers, story);
    if (!problem) {
      installCatalogueAnswers(story, previous.answers);
      return { build: { ...previous, articles, latestYear: year }, report: { id: story.id, reused: true, recomputed: 0, miss: null } };
    }
    miss = `corrupt answers cache (${problem})`;
    previous = null;
  }
  const before = new Set(previous?.articles ?? []);
  const now = new Set(articles);
  let old = new Map<string, ArticleFindings>();
  if (previous) {
    try {
      old = previous.findings();
    } catch (err) {
      miss = `corrupt answers cache (${(err as Error).message})`;
      previous = null;
      before.clear();
    }
  }
  // Each article's findings: the previous version's for an unchanged article, else derived (in the build's units, or here).
  const findings = new Map<string, ArticleFindings>();
  const changed: Article[] = [];
  const missing: Article[] = [];
  for (const a of story.articles) {
    const same = before.has(articleKey(a));
    const f = (derived.get(a.id) as ArticleFindings | undefined) ?? (same ? old.get(a.id) : undefined);
    if (!same) changed.push(a);
    if (f) findings.set(a.id, f);
    else missing.push(a);
  }
  if (missing.length) {
    const made = findingsByArticle(storyOf(story, missing));
    for (const a of missing) findings.set(a.id, made[a.id]!);
  }
  // The entries an added, changed or removed article touches (its findings before or now); all without previous answers.
  const dirty = new Set<string>();
  if (previous) {
    for (const k of before) if (!now.has(k)) entriesOf(old.get(k.slice(0, k.indexOf('\u0000'))), dirty);
    for (const a of changed) entriesOf(findings.get(a.id), dirty);
    // a figure of an undated article is measured against the story's latest year: when that moved, every measure is redone
    if (previous.latestYear !== year) for (const m of story.catalogue.measures.measures) dirty.add(`measures\u0000${m.slug}`);
  }
  const redo = (kind: 'events' | 'measures', slug: string) => !previous || dirty.has(`${kind}\u0000${slug}`);
  // The story's findings of the entries to redo, in corpus order (checked where they come from the cache).
  const storyFindings: StoryFindings = { events: {}, measures: {} };
  let problem: string | null = null;
  for (const a of story.articles) {
    const f = findings.get(a.id)!;
    const cached = before.has(articleKey(a)) && !derived.has(a.id);
    for (const kind of ['events', 'measures'] as const) {
      for (const [slug, list] of Object.entries(f[kind] as Record<string, (EventFinding | MeasureFinding)[]>)) {
        if (!redo(kind, slug)) continue;
        if (cached) problem ??= verifyList(list, story);
        ((storyFindings[kind] as Record<string, unknown[]>)[slug] ??= []).push(...list);
      }
    }
  }
  // Claimants of quotes of unchanged articles, as worked out before (a quote with two different claimants is not taken).
  const claimants = new Map<string, string | null>();
  const claimantsDe = new Map<string, string | null>();
  if (previous) {
    const unchanged = (paragraphId: string) => before.has(articleKey(story.articleById.get(paragraphId.slice(0, paragraphId.lastIndexOf('#p'))) ?? { id: '', hash: '' }));
    const ambiguous = new Set<string>();
    for (const group of [previous.answers.events, previous.answers.measures]) {
      for (const entry of Object.values(group)) {
        for (const a of entry.answers) {
          if (!unchanged(a.paragraphId)) continue;
          const k = `${a.paragraphId}\u0000${a.quote}`;
          if (claimants.has(k) && claimants.get(k) !== a.claimant) ambiguous.add(k);
          claimants.set(k, a.claimant);
          if (a.claimantDe !== undefined) {
            if (claimantsDe.has(k) && claimantsDe.get(k) !== a.claimantDe) ambiguous.add(k);
            claimantsDe.set(k, a.claimantDe);
          }
        }
      }
    }
    for (const k of ambiguous) {
      claimants.delete(k);
      claimantsDe.delete(k);
    }
  }
  const known = (f: { paragraphId: string; answer: Answer }) => claimants.get(`${f.paragraphId}\u0000${f.answer.quote}`);
  const knownDe = (f: { paragraphId: string; answer: Answer }) => claimantsDe.get(`${f.paragraphId}\u0000${f.answer.quote}`);
  let recomputed = 0;
  let answers = answersFromFindings(
    story,
    storyFindings,
    (kind, slug) => {
      if (redo(kind, slug)) {
        recomputed++;
        return undefined;
      }
      return previous!.answers[kind][slug];
    },
    known,
    knownDe,
  );
  // What was taken over is checked as any cached answer; anything wrong, and the story's answers are made from scratch.
  problem ??= previous ? verifyStoryAnswers(answers, story) : null;
  if (problem) {
    miss = `corrupt answers cache (${problem})`;
    const all = findingsByArticle(storyOf(story, story.articles));
    findings.clear();
    for (const a of story.articles) findings.set(a.id, all[a.id]!);
    answers = answersFromFindings(story, mergeFindings(story.articles.map((a) => findings.get(a.id)!)));
    recomputed = entryCount;
  }
  return { build: { key, articles, latestYear: year, answers, findings: () => findings }, report: { id: story.id, reused: false, recomputed, miss: miss ?? 'the articles changed' } };
}

/** The findings of articles (in corpus order) as a story's. */
function mergeFindings(list: readonly ArticleFindings[]): StoryFindings {
  const out: StoryFindings = { events: {}, measures: {} };
  for (const f of list) {
    for (const [slug, x] of Object.entries(f.events)) (out.events[slug] ??= []).push(...x);
    for (const [slug, x] of Object.entries(f.measures)) (out.measures[slug] ??= []).push(...x);
  }
  return out;
}

/** Checks cached findings like {@link verifyStoryAnswers}. */
function verifyList(list: readonly (EventFinding | MeasureFinding)[], story: Story): string | null {
  if (!Array.isArray(list)) return 'cached findings are malformed';
  for (const f of list) {
    const problem =
      f && typeof f.paragraphId === 'string'
        ? 'answer' in f
          ? f.answer?.paragraphId === f.paragraphId
            ? verifyAnswer(f.answer, story)
            : 'a cached finding is malformed'
          : story.paragraphById.get(f.paragraphId)?.sentences[f.sentence] && typeof f.figure === 'object' && f.figure !== null
            ? null
            : `a cached finding names an unknown sentence of ${f.paragraphId}`
        : 'a cached finding is malformed';
    if (problem) return problem;
  }
  return null;
}

/** A story holding only the given articles of a story, with their own index (for deriving their findings). */
function storyOf(story: Story, articles: readonly Article[]): Story {
  const data = { id: story.id, label: story.label, info: { title: story.title, window: story.window } as UnitStory['info'], catalogue: story.catalogue, articles: [...articles], problems: [] };
  return assembleStory(data, story.version, ParagraphIndex.build(articles.flatMap((a) => a.paragraphs), story.glossary), story);
}
