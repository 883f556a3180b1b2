/**
 * Code fingerprints: a hash of every source file a piece of code loads, found
 * by following its relative imports from an entry file. A cache built by
 * older code is never used, whichever file changed and wherever it lives:
 * the set of files is read off the import graph, not from a list of folders.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hasher } from '../system/hash.ts';
import { PROJECT_ROOT } from '../system/paths.ts';

/** Static and dynamic imports and re-exports with a relative specifier. */
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/**
 * Every project source file reachable from `entry` through relative imports
 * (the entry included), sorted, as paths relative to the project folder.
 * Type-only imports are followed too: they are harmless and keep the rule simple.
 */
export function sourceFilesOf(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [path.resolve(entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // a generated or optional file: nothing to follow
    }
    for (const m of text.matchAll(IMPORT_RE)) stack.push(path.resolve(path.dirname(file), m[2]!));
  }
  return [...seen].map((f) => path.relative(PROJECT_ROOT, f)).sort();
}

const memo = new Map<string, string>();

/**
 * The fingerprint of the code reachable from `entry` (a path relative to the
 * project folder): a hash of each reachable file's path and bytes. Computed
 * once per process and entry.
 */
export function codeFingerprint(entry: string): string {
  const known = memo.get(entry);
  if (known) return known;
  const h = new Hasher();
  for (const rel of sourceFilesOf(path.join(PROJECT_ROOT, entry))) {
    h.update(`${rel}\0`);
    try {
      h.update(readFileSync(path.join(PROJECT_ROOT, rel)));
    } catch {
      h.update('missing');
    }
  }
  const fingerprint = h.digest(16);
  memo.set(entry, fingerprint);
  return fingerprint;
}
