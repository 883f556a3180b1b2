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
 * whenever any file the worker loads changes. Any failure falls back to the
 * TypeScript entry through tsx.
 *
 * @module
 */
import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from '../../snapshot/fingerprint.ts';
import { writeFileAtomic } from '../../system/files.ts';
import { PROJECT_ROOT } from '../../system/paths.ts';

/** The worker's TypeScript entry, relative to the project folder. */
const WORKER_ENTRY = 'src/engine/worker/main.ts';
/** Fallback entry: loads the TypeScript worker through tsx. */
export const TSX_ENTRY = path.join(PROJECT_ROOT, 'src', 'engine', 'worker', 'boot.mjs');

let pending: Promise<string> | null = null;

/**
 * The worker entry to start: the bundle (built now if missing) or, when
 * bundling is not possible, the tsx entry. Built once per process.
 */
export function workerEntry(): Promise<string> {
  pending ??= build().catch(() => TSX_ENTRY);
  return pending;
}

async function build(): Promise<string> {
  const dir = path.join(PROJECT_ROOT, '.cache');
  const file = path.join(dir, `engine-worker-${codeFingerprint(WORKER_ENTRY)}.mjs`);
  if (existsSync(file)) return file;
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [path.join(PROJECT_ROOT, WORKER_ENTRY)],
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
  await writeFileAtomic(file, output.contents);
  // Old bundles of earlier code are no longer used.
  for (const old of readdirSync(dir)) {
    if (/^engine-worker-[0-9a-f]+\.mjs$/.test(old) && path.join(dir, old) !== file) {
      try {
        unlinkSync(path.join(dir, old));
      } catch {
        // another process may use it; harmless
      }
    }
  }
  return file;
}
