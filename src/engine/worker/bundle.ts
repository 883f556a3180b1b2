/**
 * Engine workers start from a single bundled JavaScript file when possible:
 * loading ~80 TypeScript modules through tsx's loader hooks costs about half a
 * second per worker, the bundle about a third of that — which is most of the
 * difference between a 100,000-paragraph corpus starting from the cache in
 * under or over two seconds.
 *
 * The bundle (esbuild; npm packages stay external and load from
 * node_modules) is written atomically to `.cache/engine-worker-<fingerprint>.mjs`,
 * keyed by the code fingerprint of the worker's import graph, so it is rebuilt
 * whenever any file the worker loads changes. It is sealed with a SHA-256 of
 * its code (a first-line comment, see `src/system/sealed.ts`) and checked
 * every time a worker is started from it: a truncated or altered bundle is
 * rebuilt, never run. Any failure to build falls back to the TypeScript entry
 * (by Node's type stripping where it can, else through tsx).
 *
 * @module
 */
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from '../../snapshot/fingerprint.ts';
import { writeFileAtomic } from '../../system/files.ts';
import { PROJECT_ROOT } from '../../system/paths.ts';
import { seal, unseal } from '../../system/sealed.ts';

/** The worker's TypeScript entry, relative to the project folder. */
const WORKER_ENTRY = 'src/engine/worker/main.ts';
/** The build workers' entry (units of parse, index and findings work). */
export const BUILD_ENTRY = 'src/engine/worker/build-main.ts';

/** The bundle's name prefix of an entry: `engine-worker` for the engine worker, `build-worker` for build workers. */
function kindOf(entry: string): string {
  return entry === WORKER_ENTRY ? 'engine-worker' : 'build-worker';
}
/** Fallback entry on Node without type stripping: loads the TypeScript worker through tsx. */
export const TSX_ENTRY = path.join(PROJECT_ROOT, 'src', 'engine', 'worker', 'boot.mjs');
/** Where bundles are written by default. Must lie inside the project, so the bundle finds node_modules. */
export const DEFAULT_BUNDLE_DIR = path.join(PROJECT_ROOT, '.cache');

/** The entry to start when no bundle can be used: the TypeScript file itself where Node strips types, else through tsx. */
export function sourceEntry(entry: string = WORKER_ENTRY): string {
  const features = process.features as { typescript?: string | false };
  if (features.typescript) return path.join(PROJECT_ROOT, entry);
  return entry === WORKER_ENTRY ? TSX_ENTRY : path.join(PROJECT_ROOT, 'src', 'engine', 'worker', 'boot-build.mjs');
}

/** The bundle file for the current code in a folder. */
export function bundleFile(dir: string = DEFAULT_BUNDLE_DIR, entry: string = WORKER_ENTRY): string {
  return path.join(dir, `${kindOf(entry)}-${codeFingerprint(entry)}.mjs`);
}

const building = new Map<string, Promise<string>>();

/** True when the file exists and passes its checksum. */
function intact(file: string): boolean {
  try {
    return 'content' in unseal(readFileSync(file));
  } catch {
    return false;
  }
}

/**
 * The worker entry to start: the bundle when it exists and passes its check,
 * else a freshly built one (a corrupt bundle is replaced), or, when bundling
 * is not possible, the source entry. Checked on every call (about a
 * millisecond), so a bundle damaged while the bot runs is never started.
 *
 * @param dir the bundle folder (default `.cache/` in the project; tests use their own)
 */
export function workerEntry(dir: string = DEFAULT_BUNDLE_DIR, entry: string = WORKER_ENTRY): Promise<string> {
  const file = bundleFile(dir, entry);
  if (intact(file)) return Promise.resolve(file);
  let pending = building.get(file);
  if (!pending) {
    pending = build(dir, file, entry)
      .catch(() => sourceEntry(entry))
      .finally(() => building.delete(file));
    building.set(file, pending);
  }
  return pending;
}

async function build(dir: string, file: string, entry: string): Promise<string> {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [path.join(PROJECT_ROOT, entry)],
    write: false,
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('bundle: esbuild wrote nothing');
  await writeFileAtomic(file, seal(output.contents));
  // Old bundles of earlier code are no longer used.
  const kind = new RegExp(`^${kindOf(entry)}-[0-9a-f]+\\.mjs$`);
  for (const old of readdirSync(dir)) {
    if (kind.test(old) && path.join(dir, old) !== file) {
      try {
        unlinkSync(path.join(dir, old));
      } catch {
        // another process may use it; harmless
      }
    }
  }
  return file;
}
