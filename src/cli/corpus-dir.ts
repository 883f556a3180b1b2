/**
 * Which corpus folder to read: `--corpus DIR`, else `CORPUS_DIR`, else the
 * bundled `corpus/`.
 *
 * @module
 */
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../corpus/catalogue/index.ts';

/** Resolves the corpus folder from a flag value and the environment. */
export function resolveCorpusDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.CORPUS_DIR;
  return chosen && chosen.trim() ? path.resolve(chosen.trim()) : DEFAULT_CORPUS_DIR;
}
