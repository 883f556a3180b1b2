/**
 * `npm run corpus:check [DIR] [--verbose]`: for curators, before a reload.
 * Reads a corpus folder exactly as the bot does and prints, per story, its
 * catalogue check and, per file, the metadata the loader inferred (title,
 * kicker, date with precision, outlet, agency), what it kept and every
 * problem; with `--verbose` also which line gave each value and by which
 * rule, dates not taken and why, live-blog entry times, summary paragraphs,
 * headings, and every dropped line with its reason. Exits 1
 * when any file or catalogue file has an error (it would be skipped or fail
 * the reload), 0 otherwise. Nothing is written.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/answers/corpus.ts';
import {
  checkClaimants,
  loadGenericCatalogue,
  loadStoryCatalogue,
  type CorpusLayout,
  type GenericCatalogue,
} from '../src/corpus/catalogue/index.ts';
import { parseArticleSources, readArticleSources } from '../src/corpus/load.ts';
import { discoverStories, type StoryFolder } from '../src/corpus/stories.ts';
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

/** Checks one story: its catalogue, then every file. Returns its counts. */
async function checkStory(
  folder: StoryFolder,
  layout: CorpusLayout,
  generic: GenericCatalogue | null,
  verbose: boolean,
  out: (line: string) => void,
): Promise<{ articles: number; undated: number; errors: number; warnings: number; catalogueError: boolean }> {
  let catalogueError = false;
  let title = folder.id;
  if (generic) {
    try {
      const { info, catalogue } = await loadStoryCatalogue(folder.dir, folder.label, layout, folder.id, generic);
      checkClaimants(catalogue);
      title = info.title.en;
      const own = `events ${catalogue.events.events.length}, measures ${catalogue.measures.measures.length}, sides ${catalogue.sides.sides.length}, claimants ${catalogue.claimants.actors.length}`;
      out(`story ${folder.id} ("${title}"): catalogue ${catalogue.sources.story} (${own}): ok`);
    } catch (err) {
      catalogueError = true;
      out(`story ${folder.id}: ${(err as Error).message}`);
    }
  }
  let set;
  try {
    set = await readArticleSources(folder.dir, folder.label);
  } catch (err) {
    out(`corpus:check: ${(err as Error).message}`);
    return { articles: 0, undated: 0, errors: 1, warnings: 0, catalogueError };
  }
  const { articles, problems } = parseArticleSources(set);
  out(`${set.sources.length} article files`);
  out('');
  const byFile = new Map<string, FileProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const articleByFile = new Map(articles.map((a) => [a.file, a]));
  for (const source of set.sources) {
    const a = articleByFile.get(source.file);
    if (a) for (const line of describeArticle(a, verbose)) out(line);
    else out(source.file);
    for (const p of byFile.get(source.file) ?? []) out(`  ${formatProblem(p)}`);
    byFile.delete(source.file);
    out('');
  }
  for (const rest of byFile.values()) for (const p of rest) out(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    articles: articles.length,
    undated: articles.filter((a) => !a.published).length,
    errors,
    warnings: problems.length - errors + articles.reduce((n, a) => n + a.problems.length, 0),
    catalogueError,
  };
}

/** Runs the check; returns the exit code. */
export async function corpusCheck(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { verbose: { type: 'boolean', default: false } }, allowPositionals: true });
  const dir = resolveCorpusDir(positionals[0]);
  let folders;
  try {
    folders = await discoverStories(dir);
  } catch (err) {
    out(`corpus:check: ${(err as Error).message}`);
    return 1;
  }
  out(`corpus:check ${dir}: ${folders.stories.length} stor${folders.stories.length === 1 ? 'y' : 'ies'}${folders.layout === 'single' ? ' (one story: articles/ at the top)' : ''}`);
  for (const p of folders.problems) out(formatProblem(p));
  let generic: GenericCatalogue | null = null;
  let catalogueError = false;
  try {
    generic = await loadGenericCatalogue(dir, folders.layout);
    const s = generic.sources;
    out(`generic catalogue: glossary ${s.glossary} (${Object.keys(generic.glossary).length} entries), events ${s.events} (${generic.events.events.length}), measures ${s.measures} (${generic.measures.measures.length}), claimants ${s.claimants} (${generic.claimants.actors.length}), places ${s.places} (${generic.places.places.length}): ok`);
  } catch (err) {
    catalogueError = true;
    out((err as Error).message);
  }
  const total = { articles: 0, undated: 0, errors: 0, warnings: 0 };
  for (const folder of folders.stories) {
    out('');
    const r = await checkStory(folder, folders.layout, generic, values.verbose ?? false, out);
    total.articles += r.articles;
    total.undated += r.undated;
    total.errors += r.errors;
    total.warnings += r.warnings;
    catalogueError ||= r.catalogueError;
  }
  out('');
  out(
    `${total.articles} articles load (${total.undated} undated), ${total.errors} file${total.errors === 1 ? '' : 's'} would be skipped, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}${catalogueError ? ', catalogue INVALID' : ''}.`,
  );
  return total.errors > 0 || catalogueError ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await corpusCheck(process.argv.slice(2));
}
