/**
 * The memory of a reload as the bot has it: a fresh process that holds only
 * what `npm start` holds (the engine worker with one corpus version, opened
 * from the cache), adds one article, changes one and deletes it again, each
 * with `/reload`, and samples its own RSS every 20 ms. The benchmark process
 * itself cannot measure this: it ran two cold builds before, and V8 and the
 * allocator keep part of that memory.
 *
 *   bin/node-ts bench/reload-probe.ts <corpus dir> <cache dir>
 *
 * Prints one JSON line: `{ beforeMB, peaks: { add, change, delete }, ms: { … } }`.
 *
 * @module
 */
import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WorkerEngine } from '../src/engine/worker/host.ts';

const [dir, cacheDir] = process.argv.slice(2);
if (!dir || !cacheDir) {
  process.stderr.write('usage: reload-probe <corpus dir> <cache dir>\n');
  process.exit(2);
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const engine = await WorkerEngine.open(dir, { cacheDir });
await engine.saved;
const beforeMB = mb(process.memoryUsage().rss);

const articlesDir = path.join(dir, 'stories', 'story-1', 'articles');
const files = readdirSync(articlesDir).sort();
const victim = files[Math.floor(files.length / 3)]!;
const added = path.join(articlesDir, 'zz-probe-reload.txt');
const edits: [string, () => void][] = [
  ['add', () => writeFileSync(added, 'Neue Meldung\n\nDas Verteidigungsministerium meldete am Dienstag weitere 200 Soldaten, sagte ein Sprecher.\n')],
  ['change', () => appendFileSync(path.join(articlesDir, victim), '\nNach Angaben der Regierung wurden rund 900 Soldaten verwundet.\n')],
  ['delete', () => rmSync(added)],
];
const peaks: Record<string, number> = {};
const ms: Record<string, number> = {};
for (const [what, apply] of edits) {
  apply();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t = performance.now();
  const reply = await engine.run('reload', '');
  ms[what] = performance.now() - t;
  await engine.saved;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (reply.status !== 'ok') throw new Error(`reload-probe: ${what} failed: ${reply.notice}`);
  peaks[what] = mb(peak);
}
await engine.close();
process.stdout.write(`${JSON.stringify({ beforeMB, peaks, ms })}\n`);
