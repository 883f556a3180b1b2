/**
 * `npm run corpus:check [DIR] [--verbose]`: for curators, before a reload.
 * Reads a corpus folder exactly as the bot does and prints, per file, the
 * metadata the loader inferred (title, kicker, date with precision, outlet,
 * agency), what it kept and every problem; with `--verbose` also which line
 * gave each value and by which rule, dates not taken and why, live-blog entry
 * times, summary paragraphs, headings, and every dropped line with its
 * reason. Then it checks the catalogue files. Exits 1
 * when any file or catalogue file has an error (it would be skipped or fail
 * the reload), 0 otherwise. Nothing is written.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/answers/corpus.ts';
import { loadCatalogue } from '../src/corpus/catalogue.ts';
import { parseArticleSources, readArticleSources } from '../src/corpus/load.ts';
import type { Article, Evidence, FileProblem } from '../src/corpus/types.ts';
import { resolveCorpusDir } from '../src/cli/corpus-dir.ts';

const oneLine = (t: string, n = 100): string => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

/** ` <- line 3 (date line): "Stand: 30.04.2025 14:05 Uhr"`, or ` <- header: …`. */
function from(e: Evidence | null | undefined): string {
  if (!e) return '';
  if (e.line === null) return ` <- header "${oneLine(e.text, 80)}"`;
  return ` <- line ${e.line} (${e.rule}): "${oneLine(e.text, 80)}"`;
}

function describeArticle(a: Article, verbose: boolean): string[] {
  const p = a.provenance;
  const lines = [`${a.file} -> ${a.id}`];
  const at = (e: Evidence | null): string => (verbose && e ? (e.line === null ? ' (from the header)' : ` (line ${e.line})`) : '');
  lines.push(`  title:      ${a.title ?? '(none found)'}${at(p.title)}`);
  if (a.kicker) lines.push(`  kicker:     ${a.kicker}${at(p.kicker)}`);
  lines.push(`  published:  ${a.published ? `${a.published.iso} (${a.published.precision}, from ${a.published.from}: "${a.published.text}")` : 'undated'}${verbose ? from(p.published) : ''}`);
  lines.push(`  outlet:     ${a.outlet ?? 'unknown'}${verbose ? from(p.outlet) : ''}`);
  lines.push(`  agency:     ${a.agency ?? 'unknown'}`);
  if (verbose) for (const e of p.agency) lines.push(`    agency${from(e)}`);
  lines.push(`  kept:       ${a.paragraphs.length} paragraphs, ${a.paragraphs.reduce((n, q) => n + q.sentences.length, 0)} sentences, ${a.headings.length} headings; dropped ${a.dropped.length} blocks`);
  if (verbose) {
    for (const r of p.rejected) lines.push(`  not taken:  line ${r.line ?? '-'} (${r.rule}) "${oneLine(r.text, 60)}": ${r.reason}`);
    const timed = a.paragraphs.filter((q) => q.time);
    if (timed.length) {
      const dated = timed.filter((q) => q.time!.iso).length;
      lines.push(`  live blog:  ${timed.length} paragraphs with an entry time (${dated} with a day: ${[...new Set(timed.map((q) => q.time!.day ?? 'no day'))].join(', ')})`);
      for (const q of timed) lines.push(`    ${q.id}: ${q.time!.iso ?? `${q.time!.clock} (day unknown)`} from "${q.time!.text}"`);
    }
    const summary = a.paragraphs.filter((q) => q.summary);
    if (summary.length) lines.push(`  summary:    ${summary.map((q) => q.id).join(', ')} (the outlet's own summary box, ranked after the body text)`);
    for (const h of a.headings) lines.push(`  heading:    ${h.text}`);
    for (const d of a.dropped) lines.push(`  dropped:    line ${d.line} (${d.reason}): ${oneLine(d.text)}`);
  }
  for (const q of a.problems) lines.push(`  ${formatProblem(q)}`);
  return lines;
}

/** Runs the check; returns the exit code. */
export async function corpusCheck(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { verbose: { type: 'boolean', default: false } }, allowPositionals: true });
  const dir = resolveCorpusDir(positionals[0]);
  let set;
  try {
    set = await readArticleSources(dir);
  } catch (err) {
    out(`corpus:check: ${(err as Error).message}`);
    return 1;
  }
  const { articles, problems } = parseArticleSources(set);
  out(`corpus:check ${dir}: ${set.sources.length} article files`);
  out('');
  const byFile = new Map<string, FileProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const articleByFile = new Map(articles.map((a) => [a.file, a]));
  for (const source of set.sources) {
    const a = articleByFile.get(source.file);
    if (a) for (const line of describeArticle(a, values.verbose ?? false)) out(line);
    else out(source.file);
    for (const p of byFile.get(source.file) ?? []) out(`  ${formatProblem(p)}`);
    byFile.delete(source.file);
    out('');
  }
  for (const rest of byFile.values()) for (const p of rest) out(formatProblem(p));
  let catalogueError = false;
  try {
    const c = await loadCatalogue(dir);
    out(`catalogue: glossary ${c.sources.glossary} (${Object.keys(c.glossary).length} entries), events ${c.sources.events} (${c.events.events.length}), measures ${c.sources.measures} (${c.measures.measures.length}), claimants ${c.sources.claimants} (${c.claimants.actors.length}), sides ${c.sources.sides} (${c.sides.sides.length}), places ${c.sources.places} (${c.places.places.length}): ok`);
  } catch (err) {
    catalogueError = true;
    out((err as Error).message);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors + articles.reduce((n, a) => n + a.problems.length, 0);
  const undated = articles.filter((a) => !a.published).length;
  out('');
  out(
    `${articles.length} articles load (${undated} undated), ${errors} file${errors === 1 ? '' : 's'} would be skipped, ${warnings} warning${warnings === 1 ? '' : 's'}${catalogueError ? ', catalogue INVALID' : ''}.`,
  );
  return errors > 0 || catalogueError ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await corpusCheck(process.argv.slice(2));
}
