/**
 * A cold build as a user meets it: a fresh process (no code compiled or
 * optimised yet, as `npm start` or `npm run ask` with an empty cache) opens
 * the corpus on every core with an empty cache folder until it answers,
 * then writes the cache. The benchmark's own process cannot measure this: it
 * ran a one-thread build just before, so its code is warm.
 *
 *   bin/node-ts bench/cold-probe.ts <corpus dir> <empty cache dir>
 *
 * Prints one JSON line: the row of the cold build table (`ColdBuild` in bench/run.ts).
 *
 * @module
 */
import { rmSync } from 'node:fs';
import { openCorpus } from '../src/engine/open-corpus.ts';

const [dir, cacheDir] = process.argv.slice(2);
if (!dir || !cacheDir) {
  process.stderr.write('usage: cold-probe <corpus dir> <empty cache dir>\n');
  process.exit(2);
}
rmSync(cacheDir, { recursive: true, force: true });
const t = performance.now();
const opened = await openCorpus(dir, { cacheDir, threads: 'auto', writeCache: 'later' });
const readyMs = performance.now() - t;
await opened.saveCache();
const r = opened.report;
process.stdout.write(
  `${JSON.stringify({
    readMs: r.timings.readMs + r.timings.cacheReadMs,
    unitsMs: r.timings.parseMs,
    assembleMs: r.timings.indexMs,
    answersMs: r.answersMs,
    readyMs,
    cacheWriteMs: r.timings.cacheWriteMs,
    threads: r.runner.threads,
  })}\n`,
);
