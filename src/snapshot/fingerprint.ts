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
 * (the entry included), sorted, as paths relative to `root` (default: the project folder).
 * Type-only imports are followed too: they are harmless and keep the rule simple.
 */
export function sourceFilesOf(entry: string, root: string = PROJECT_ROOT): string[] {
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
  return [...seen].map((f) => path.relative(root, f)).sort();
}

/**
 * A hash of each file reachable from `entry` (path relative to `root`, and
 * bytes). Any edit to any reachable file, however deep, changes it.
 */
export function fingerprintOf(entry: string, root: string = PROJECT_ROOT): string {
  const h = new Hasher();
  for (const rel of sourceFilesOf(path.resolve(root, entry), root)) {
    h.update(`${rel}\0`);
    try {
      h.update(readFileSync(path.join(root, rel)));
    } catch {
      h.update('missing');
    }
  }
  return h.digest(16);
}

const memo = new Map<string, string>();

/**
 * The fingerprint of the project code reachable from `entry` (a path relative
 * to the project folder), computed once per process and entry: the code
 * cannot change under a running process.
 */
export function codeFingerprint(entry: string): string {
  let known = memo.get(entry);
  if (!known) memo.set(entry, (known = fingerprintOf(entry)));
  return known;
}
