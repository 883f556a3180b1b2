/** The seed corpus snapshot, loaded once per test file. */
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';

let cached: Promise<Snapshot> | undefined;

/** The bundled corpus (the five seed articles) as a snapshot. */
export function seedSnapshot(): Promise<Snapshot> {
  cached ??= loadSnapshot(DEFAULT_CORPUS_DIR);
  return cached;
}
