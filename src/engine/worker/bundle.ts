/**
 * Engine workers start from a single bundled JavaScript file when possible:
 * loading ~80 TypeScript modules through tsx's loader hooks costs about half a
 * second per worker, the bundle about a third of that — which is most of the
 * difference between a 100,000-paragraph corpus starting from the cache in
 * under or over two seconds.
 *
 * The bundle (esbuild; npm packages stay external and load from
 * node_modules) is written to `.cache/engine-worker-<hash>.mjs`, keyed by a
 * hash of every source file under `src/` and `commands/`, so it is rebuilt
 * whenever the code changes. Any failure falls back to the TypeScript entry
 * through tsx.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../system/paths.ts';

const ENTRY = path.join(PROJECT_ROOT, 'src', 'engine', 'worker', 'main.ts');
/** Fallback entry: loads the TypeScript worker through tsx. */
export const TSX_ENTRY = path.join(PROJECT_ROOT, 'src', 'engine', 'worker', 'boot.mjs');

function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mjs|js)$/.test(name)) {
        h.update(path.relative(PROJECT_ROOT, full));
        h.update(readFileSync(full));
      }
    }
  };
  walk(path.join(PROJECT_ROOT, 'src'));
  walk(path.join(PROJECT_ROOT, 'commands'));
  return h.digest('hex').slice(0, 12);
}

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
  const file = path.join(dir, `engine-worker-${sourceHash()}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const { build: esbuild } = await import('esbuild');
  const temp = `${file}.${process.pid}.tmp`;
  await esbuild({
    entryPoints: [ENTRY],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    legalComments: 'none',
  });
  renameSync(temp, file);
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
