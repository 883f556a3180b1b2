/**
 * Which cache folder to use: `CACHE_DIR`, else `.cache/` in the project —
 * the same for the bot, the local console and `npm run ask`, so each starts
 * from what the others built (the cache keys are the same everywhere).
 *
 * @module
 */
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../corpus/catalogue/index.ts';

/** The cache folder from the environment (or the configuration's `CACHE_DIR`). */
export function resolveCacheDir(value: string | undefined = process.env.CACHE_DIR): string {
  return path.resolve(value && value.trim() ? value.trim() : path.join(DEFAULT_CORPUS_DIR, '..', '.cache'));
}
