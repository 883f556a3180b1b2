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
 *   nothing else. Per story: `answers-<folder hash>-<story>.v8`.
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
  answers: StoryAnswers;
  /** Each article's findings, by article id; loaded on demand when read from the cache. */
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
  answers: StoryAnswers;
  /** v8-serialised `Record<articleId, ArticleFindings>`, read only when an article changed. */
  findings: Uint8Array;
}

/** Reads a story's answers cache for exactly this key after checking the file's checksum; the answers or why not. Never throws. */
export function readStoryAnswers(file: string, key: string): { build: StoryAnswersBuild } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: 'no answers cache file' };
  }
  const opened = unseal(bytes);
  if ('problem' in opened) return { problem: `corrupt answers cache (failed its check: ${opened.problem})` };
  try {
    const p = v8.deserialize(opened.content) as Payload;
    if (p?.format !== FORMAT) return { problem: 'answers cache of another format' };
    if (p.key !== key) return { problem: 'stale answers cache (the catalogue or the answering code changed)' };
    if (!Array.isArray(p.articles) || typeof p.answers !== 'object' || p.answers === null || !(p.findings instanceof Uint8Array)) return { problem: 'corrupt answers cache (malformed)' };
    let findings: Map<string, ArticleFindings> | null = null;
    return {
      build: {
        key: p.key,
        articles: p.articles,
        answers: p.answers,
        findings: () => (findings ??= new Map(Object.entries(v8.deserialize(p.findings) as Record<string, ArticleFindings>))),
      },
    };
  } catch {
    return { problem: 'unreadable answers cache' };
  }
}

/** Writes a story's answers atomically, sealed with their checksum; returns the error instead of throwing. */
export async function writeStoryAnswers(file: string, build: StoryAnswersBuild): Promise<Error | null> {
  const payload: Payload = {
    format: FORMAT,
    key: build.key,
    articles: build.articles,
    answers: build.answers,
    findings: v8.serialize(Object.fromEntries(build.findings())),
  };
  return tryWriteFileAtomic(file, seal(v8.serialize(payload)));
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

/** Checks an article's cached findings like {@link verifyStoryAnswers}. */
function verifyFindings(findings: ArticleFindings, story: Story): string | null {
  if (!findings || typeof findings.events !== 'object' || typeof findings.measures !== 'object') return 'cached findings are malformed';
  for (const group of [findings.events, findings.measures]) {
    for (const list of Object.values(group)) {
      if (!Array.isArray(list)) return 'cached findings are malformed';
      for (const f of list) {
        const problem = f && typeof f.paragraphId === 'string' && f.answer?.paragraphId === f.paragraphId ? verifyAnswer(f.answer, story) : 'a cached finding is malformed';
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

/**
 * Makes a story's catalogued answers ready (installed in its memo): the
 * previous answers as they are when the story's articles are the same; else
 * the answers from every article's findings — derived now for new and changed
 * articles, the previous version's for the others — recomputing only the
 * entries whose findings changed.
 */
export function storyAnswers(
  story: Story,
  key: string,
  previous: StoryAnswersBuild | null,
  derived: ReadonlyMap<string, unknown>,
): { build: StoryAnswersBuild; report: StoryAnswersReport } {
  const articles = story.articles.map(articleKey);
  let miss: string | null = previous ? null : 'no previous answers';
  if (previous && previous.key === key && previous.articles.join('\u0001') === articles.join('\u0001')) {
    const problem = verifyStoryAnswers(previous.answers, story);
    if (!problem) {
      installCatalogueAnswers(story, previous.answers);
      return { build: { ...previous, articles }, report: { id: story.id, reused: true, recomputed: 0, miss: null } };
    }
    miss = `corrupt answers cache (${problem})`;
    previous = null;
  }
  // Each article's findings: derived now, or the previous version's for an unchanged article.
  const before = new Set(previous?.key === key ? previous.articles : []);
  let old = previous?.key === key ? previous.findings() : new Map<string, ArticleFindings>();
  const findings = new Map<string, ArticleFindings>();
  const fresh: Article[] = [];
  for (const a of story.articles) {
    const now = derived.get(a.id) as ArticleFindings | undefined;
    if (now) {
      findings.set(a.id, now);
      if (!before.has(articleKey(a))) fresh.push(a);
      continue;
    }
    const kept = before.has(articleKey(a)) ? old.get(a.id) : undefined;
    const problem = kept ? verifyFindings(kept, story) : 'missing';
    if (problem || !kept) {
      // Findings that are missing or fail their check: derive them here, from the article alone.
      if (kept) miss ??= `corrupt answers cache (${problem})`;
      const own = findingsByArticle(storyOf(story, [a]));
      findings.set(a.id, own[a.id]!);
      fresh.push(a);
      continue;
    }
    findings.set(a.id, kept);
  }
  // Entries touched by an added, changed or removed article (its findings before or now).
  const dirty = new Set<string>();
  const touch = (f: ArticleFindings | undefined) => {
    if (!f) return;
    for (const slug of Object.keys(f.events)) dirty.add(`events\u0000${slug}`);
    for (const slug of Object.keys(f.measures)) dirty.add(`measures\u0000${slug}`);
  };
  const now = new Set(articles);
  for (const k of before) if (!now.has(k)) touch(old.get(k.slice(0, k.indexOf('\u0000'))));
  for (const a of fresh) touch(findings.get(a.id));
  const all = previous === null || previous.key !== key;
  const story_findings: StoryFindings = { events: {}, measures: {} };
  for (const a of story.articles) {
    const f = findings.get(a.id)!;
    for (const [slug, list] of Object.entries(f.events)) (story_findings.events[slug] ??= []).push(...list);
    for (const [slug, list] of Object.entries(f.measures)) (story_findings.measures[slug] ??= []).push(...list);
  }
  let recomputed = 0;
  let reusedProblem: string | null = null;
  const answers = answersFromFindings(story, story_findings, (kind, slug) => {
    const kept = !all && !dirty.has(`${kind}\u0000${slug}`) ? previous!.answers[kind][slug] : undefined;
    if (kept) return kept;
    recomputed++;
    return undefined;
  });
  // Answers kept as they were are checked against the story as any cached answer.
  reusedProblem = all ? null : verifyStoryAnswers(answers, story);
  if (reusedProblem) {
    miss ??= `corrupt answers cache (${reusedProblem})`;
    const again = answersFromFindings(story, story_findings);
    old = new Map();
    return { build: { key, articles, answers: again, findings: () => findings }, report: { id: story.id, reused: false, recomputed: Object.keys(again.events).length + Object.keys(again.measures).length, miss } };
  }
  if (all && previous) miss ??= 'stale answers cache (the catalogue or the answering code changed)';
  return { build: { key, articles, answers, findings: () => findings }, report: { id: story.id, reused: false, recomputed, miss: miss ?? 'the articles changed' } };
}

/** A story holding only the given articles of a story, with their own index (for deriving their findings). */
function storyOf(story: Story, articles: Article[]): Story {
  const data = { id: story.id, label: story.label, info: { title: story.title, window: story.window } as UnitStory['info'], catalogue: story.catalogue, articles, problems: [] };
  return assembleStory(data, story.version, ParagraphIndex.build(articles.flatMap((a) => a.paragraphs), story.glossary), story);
}
