/** The seed corpus snapshot and its one story, loaded once per test file. */
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { loadSnapshot, type Snapshot, type Story } from '../../src/snapshot/snapshot.ts';

let cached: Promise<Snapshot> | undefined;

/** The bundled corpus (the five seed articles of the Kursk story) as a snapshot. */
export function seedSnapshot(): Promise<Snapshot> {
  cached ??= loadSnapshot(DEFAULT_CORPUS_DIR);
  return cached;
}

/** The bundled corpus's story (`kursk`): its index, catalogue, claimants and sides. */
export async function seedStory(): Promise<Story> {
  const snapshot = await seedSnapshot();
  const story = snapshot.storyById.get('kursk');
  if (!story) throw new Error('the bundled corpus has no story "kursk"');
  return story;
}
