/**
 * The catalogued answers (every `/when` event and `/estimate` measure of the
 * catalogue) computed for a corpus version, cached on disk beside the index
 * cache: on a large corpus computing them takes far longer than loading the
 * index, and they depend only on the corpus version and the answering code.
 *
 * Keyed by the corpus version plus a fingerprint of `src/corpus`,
 * `src/search` and `src/answer`; any mismatch or decoding error means
 * "recompute", never "trust".
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import type { StoryAnswers } from '../answers/catalogued.ts';
import { cacheFileFor } from '../snapshot/cache.ts';
import { codeFingerprint } from '../snapshot/fingerprint.ts';
import { tryWriteFileAtomic } from '../system/files.ts';

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
  return `answers-1-${ANSWERS_ENTRIES.map(codeFingerprint).join('')}-${version}`;
}

/** The answers cache file of a corpus folder. */
export function answersFile(cacheDir: string, corpusDir: string): string {
  return cacheFileFor(cacheDir, corpusDir, 'answers');
}

/** Reads cached answers for exactly this key; null when missing, stale or corrupt. */
export function readAnswers(file: string, key: string): CatalogueAnswers | null {
  try {
    const p = v8.deserialize(readFileSync(file)) as Payload;
    if (p?.key !== key || typeof p.stories !== 'object' || p.stories === null) return null;
    return { stories: p.stories };
  } catch {
    return null;
  }
}

/** Writes the answers atomically; returns the error instead of throwing. */
export async function writeAnswers(file: string, key: string, answers: CatalogueAnswers): Promise<Error | null> {
  return tryWriteFileAtomic(file, v8.serialize({ key, ...answers } satisfies Payload));
}
