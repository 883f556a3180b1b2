/**
 * The catalogued answers (every `/when` event and `/estimate` measure of the
 * catalogue) computed for a corpus version, cached on disk beside the index
 * cache: on a large corpus computing them takes far longer than loading the
 * index, and they depend only on the corpus version and the answering code.
 *
 * Keyed by the corpus version plus a fingerprint of the answering code; any
 * mismatch or decoding error means "recompute", never "trust". The file
 * carries a SHA-256 of its content (`src/system/sealed.ts`), and every cached
 * quote is checked against the paragraph of the (already checked) snapshot it
 * claims to come from, with the article's title, outlet, agency and date
 * ({@link verifyAnswers}): an altered byte never reaches a reply.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { catalogueAnswers, installCatalogueAnswers, type StoryAnswers } from '../answers/catalogued.ts';
import type { Answer } from '../reply/model.ts';
import { cacheFileFor } from '../snapshot/cache.ts';
import { codeFingerprint } from '../snapshot/fingerprint.ts';
import { locate, type Snapshot, type Story } from '../snapshot/snapshot.ts';
import { tryWriteFileAtomic } from '../system/files.ts';
import { seal, unseal } from '../system/sealed.ts';

/** The catalogued answers of one corpus version, by story id. */
export interface CatalogueAnswers {
  stories: Record<string, StoryAnswers>;
}

interface Payload extends CatalogueAnswers {
  key: string;
}

/** Every answer is computed by code reachable from the command registry and the catalogued answers: their import graphs key the cache. */
const ANSWERS_ENTRIES = ['src/answers/registry.ts', 'src/answers/catalogued.ts'];

/** The cache key of the catalogued answers of a corpus version. */
export function answersKey(version: string): string {
  return `answers-2-${ANSWERS_ENTRIES.map(codeFingerprint).join('')}-${version}`;
}

/** The answers cache file of a corpus folder. */
export function answersFile(cacheDir: string, corpusDir: string): string {
  return cacheFileFor(cacheDir, corpusDir, 'answers');
}

/** Reads cached answers for exactly this key after checking the file's checksum; the answers or why not. */
export function readAnswersChecked(file: string, key: string): { answers: CatalogueAnswers } | { problem: string } {
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
    if (p?.key !== key) return { problem: 'stale answers cache' };
    if (typeof p.stories !== 'object' || p.stories === null) return { problem: 'answers cache of another format' };
    return { answers: { stories: p.stories } };
  } catch {
    return { problem: 'unreadable answers cache' };
  }
}

/** Null when the cached answer is what the story says, else why not. */
function verifyAnswer(a: Answer, story: Story): string | null {
  const found = typeof a?.paragraphId === 'string' ? locate(story, a.paragraphId) : null;
  if (!found || found.article.id !== a.articleId) return `a cached quote names an unknown paragraph`;
  if (typeof a.quote !== 'string' || !a.quote || !found.paragraph.text.includes(a.quote)) return `a cached quote of ${a.paragraphId} is not in its paragraph`;
  const art = found.article;
  if (a.title !== art.title || a.outlet !== art.outlet || a.agency !== art.agency || a.published !== (art.published?.iso ?? null)) {
    return `a cached attribution of ${a.paragraphId} differs from its article`;
  }
  return null;
}

/**
 * Checks cached answers against the snapshot: every quote must be a slice of
 * the paragraph it names, with that article's title, outlet, agency and
 * publication date. Null when all hold, otherwise the first problem.
 */
export function verifyAnswers(answers: CatalogueAnswers, snapshot: Snapshot): string | null {
  for (const story of snapshot.stories) {
    const own = answers.stories[story.id];
    if (!own || typeof own.events !== 'object' || typeof own.measures !== 'object') return `no cached answers for story ${story.id}`;
    for (const group of [own.events, own.measures]) {
      for (const entry of Object.values(group)) {
        if (!entry || !Array.isArray(entry.answers) || typeof entry.summary !== 'string') return 'a cached answer is malformed';
        for (const a of entry.answers) {
          const problem = verifyAnswer(a, story);
          if (problem) return problem;
        }
      }
    }
  }
  return null;
}

/** Writes the answers atomically, sealed with their checksum; returns the error instead of throwing. */
export async function writeAnswers(file: string, key: string, answers: CatalogueAnswers): Promise<Error | null> {
  return tryWriteFileAtomic(file, seal(v8.serialize({ key, ...answers } satisfies Payload)));
}

/**
 * Makes every catalogued /when and /estimate answer of a snapshot ready, so
 * requests only read them: from the answers cache when it holds this version
 * and passes its checks (checksum; every quote a slice of its paragraph),
 * else computed (and the cache rewritten). The engine worker does this before
 * a version goes live.
 */
export async function warmCatalogueAnswers(
  snapshot: Snapshot,
  where: { cacheDir: string | null; dir: string },
): Promise<{ ms: number; fromCache: boolean; cacheMiss: string | null }> {
  const t = performance.now();
  const file = where.cacheDir ? answersFile(where.cacheDir, where.dir) : null;
  const key = answersKey(snapshot.version);
  const read = file ? readAnswersChecked(file, key) : { problem: 'no cache folder' };
  const problem = 'answers' in read ? verifyAnswers(read.answers, snapshot) : read.problem;
  if ('answers' in read && !problem) {
    for (const story of snapshot.stories) installCatalogueAnswers(story, read.answers.stories[story.id]!);
    return { ms: performance.now() - t, fromCache: true, cacheMiss: null };
  }
  const answers: CatalogueAnswers = { stories: {} };
  for (const story of snapshot.stories) answers.stories[story.id] = catalogueAnswers(story);
  if (file) await writeAnswers(file, key, answers);
  return { ms: performance.now() - t, fromCache: false, cacheMiss: problem };
}
