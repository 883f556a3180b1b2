/**
 * `npm run corpus:check [DIR] [--verbose]`: for curators, before a reload.
 * Reads a corpus folder exactly as the bot does and prints, per story, its
 * catalogue check and, per file, the metadata the loader inferred (title, date
 * with precision, outlet, agency), what it kept and every problem. Exits 1
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
import type { Article, FileProblem } from '../src/corpus/types.ts';
import { resolveCorpusDir } from '../src/cli/corpus-dir.ts';

function describeArticle(a: Article, verbose: boolean): string[] {
  const lines = [`${a.file} -> ${a.id}`];
  lines.push(`  title:      ${a.title ?? '(none found)'}`);
  lines.push(`  published:  ${a.published ? `${a.published.iso} (${a.published.precision}, from ${a.published.from}: "${a.published.text}")` : 'undated'}`);
  lines.push(`  outlet:     ${a.outlet ?? 'unknown'}`);
  lines.push(`  agency:     ${a.agency ?? 'unknown'}`);
  lines.push(`  kept:       ${a.paragraphs.length} paragraphs, ${a.paragraphs.reduce((n, p) => n + p.sentences.length, 0)} sentences, ${a.headings.length} headings; dropped ${a.dropped.length} blocks`);
  if (verbose) {
    for (const h of a.headings) lines.push(`  heading:    ${h.text}`);
    for (const d of a.dropped) lines.push(`  dropped:    line ${d.line} (${d.reason}): ${d.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
  for (const p of a.problems) lines.push(`  ${formatProblem(p)}`);
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
