/**
 * A cold build as a user meets it: a fresh process (no code compiled or
 * optimised yet, as `npm start` or `npm run ask` with an empty cache) opens
 * the corpus on every core with an empty cache folder until it answers,
 * then writes the cache. The benchmark's own process cannot measure this: it
 * ran a one-thread build just before, so its code is warm.
 *
 *   bin/node-ts bench/cold-probe.ts <corpus dir> <empty cache dir>
 *
 * Prints one JSON line: the row of the cold build table ({@link ColdBuild}).
 *
 * @module
 */
import { coldBuild, type ColdBuild } from './cold-build.ts';

const [dir, cacheDir] = process.argv.slice(2);
if (!dir || !cacheDir) {
  process.stderr.write('usage: cold-probe <corpus dir> <empty cache dir>\n');
  process.exit(2);
}
const row: ColdBuild = await coldBuild(dir, cacheDir, 'auto');
process.stdout.write(`${JSON.stringify(row)}\n`);
