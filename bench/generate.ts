/**
 * Deterministic generator of synthetic German news corpora for the benchmark.
 *
 * `generateCorpus({ paragraphs, seed, outDir })` writes `outDir/articles/*.txt`
 * that `loadArticles(outDir)` reads: articles of 5 to 40 paragraphs in the raw
 * formats of pasted news pages (headlines, date and source lines of several
 * outlets, front matter, subheadings, captions, teasers, reader comments), with
 * an open German-like vocabulary drawn by Zipf rank. `paragraphs` counts the
 * paragraphs the cleaner keeps. The same seed and size give byte-identical files.
 *
 * CLI: `tsx bench/generate.ts --paragraphs 100000 --out DIR [--seed N] [--force] [--stats]`
 *
 * @module
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { DEFAULT_CORPUS_DIR } from '../src/corpus/catalogue/index.ts';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng, mixSeed } from './gen/random.ts';
import { Lexicon } from './gen/morphology.ts';
import { articleLength, generateArticle, type GeneratedArticle } from './gen/article.ts';
import { vocabularyStats, type VocabularyStats } from './gen/stats.ts';

export type { GeneratedArticle } from './gen/article.ts';
export { vocabularyStats, type VocabularyStats } from './gen/stats.ts';

/** The default seed. */
export const DEFAULT_SEED = 20_241_205;

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Number of paragraphs the corpus cleaner should keep (total over all articles). */
  paragraphs: number;
  /** PRNG seed (default {@link DEFAULT_SEED}). */
  seed?: number;
  /**
   * Spread the articles over this many stories (`outDir/stories/story-<n>/`),
   * each with the bundled Kursk catalogue; 0 (default): one story laid out the
   * older way, `outDir/articles/` with `outDir/story.json`.
   */
  stories?: number;
  /** The corpus folder; articles go to `outDir/articles/`. */
  outDir: string;
  /**
   * Replace an existing non-empty `outDir/articles/` (it is deleted first).
   * Without it, a non-empty folder is an error, so stale files never mix in.
   */
  overwrite?: boolean;
}

/** What {@link generateCorpus} wrote. */
export interface GenerateResult {
  articles: number;
  /** Paragraphs the cleaner should keep. */
  paragraphs: number;
  /** Bytes written (UTF-8). */
  bytes: number;
}

/**
 * The articles of a corpus, generated lazily in order (no file I/O). Each
 * article has its own random stream, so article `i` depends only on the seed,
 * `i` and its length.
 *
 * @param paragraphs total kept paragraphs (>= 1)
 * @param seed the corpus seed
 */
export function* generateArticles(paragraphs: number, seed = DEFAULT_SEED): Generator<GeneratedArticle> {
  if (!Number.isInteger(paragraphs) || paragraphs < 1) throw new Error(`generate: paragraphs must be a positive integer (got ${paragraphs})`);
  if (!Number.isInteger(seed)) throw new Error(`generate: seed must be an integer (got ${seed})`);
  const lex = new Lexicon();
  const lengths = new Rng(mixSeed(seed, 0x5eed));
  let left = paragraphs;
  for (let i = 0; left > 0; i++) {
    let n = articleLength(lengths);
    // Never leave a remainder too small for an article of its own (nor go above 40).
    if (n >= left || left - n < 5) n = left <= 40 ? left : left - 5;
    left -= n;
    yield generateArticle(lex, seed >>> 0, i, n);
  }
}

/**
 * Write a synthetic corpus to `outDir/articles/`.
 *
 * @throws when `outDir/articles/` exists and is not empty (unless `overwrite`),
 *   or on invalid options (messages start with `generate:`)
 */
export async function generateCorpus(options: GenerateOptions): Promise<GenerateResult> {
  const { paragraphs, seed = DEFAULT_SEED, outDir, overwrite = false, stories = 0 } = options;
  const top = stories > 0 ? join(outDir, 'stories') : join(outDir, 'articles');
  let existing: string[] = [];
  try {
    existing = await readdir(top);
  } catch {
    // no folder yet
  }
  if (existing.length) {
    if (!overwrite) throw new Error(`generate: ${top} is not empty (pass overwrite / --force to replace it)`);
    await rm(top, { recursive: true, force: true });
  }
  // Each story gets the bundled Kursk catalogue under its own title: the vocabulary is a war story's.
  const catalogue = JSON.parse(readFileSync(join(DEFAULT_CORPUS_DIR, 'stories', 'kursk', 'story.json'), 'utf8')) as { title: { de: string; en: string } };
  const folders = stories > 0 ? Array.from({ length: stories }, (_, i) => join(top, `story-${i + 1}`)) : [outDir];
  for (const [i, folder] of folders.entries()) {
    await mkdir(join(folder, 'articles'), { recursive: true });
    const title = stories > 0 ? { de: `Synthetische Geschichte ${i + 1}`, en: `Synthetic story ${i + 1}` } : catalogue.title;
    writeFileSync(join(folder, 'story.json'), JSON.stringify({ ...catalogue, title }));
  }

  let articles = 0;
  let kept = 0;
  let bytes = 0;
  // Synchronous writes: measured faster than batches of async writes for
  // thousands of small files, and generation is CPU-bound anyway.
  for (const a of generateArticles(paragraphs, seed)) {
    const data = Buffer.from(a.text, 'utf8');
    bytes += data.length;
    kept += a.paragraphs.length;
    articles++;
    writeFileSync(join(folders[(articles - 1) % folders.length]!, 'articles', a.fileName), data);
  }
  return { articles, paragraphs: kept, bytes };
}

/** Vocabulary statistics of the paragraphs a corpus of this size and seed keeps (no files written). */
export function corpusVocabulary(paragraphs: number, seed = DEFAULT_SEED): VocabularyStats {
  function* texts(): Generator<string> {
    for (const a of generateArticles(paragraphs, seed)) yield* a.paragraphs;
  }
  return vocabularyStats(texts());
}

// --- CLI -----------------------------------------------------------------------

function parseArgs(argv: string[]): { paragraphs: number; out: string; seed: number; force: boolean; stats: boolean } {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`generate: unexpected argument "${a}"`);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      args.set(a.slice(2), next);
      i++;
    } else args.set(a.slice(2), true);
  }
  for (const k of args.keys()) if (!['paragraphs', 'out', 'seed', 'force', 'stats'].includes(k)) throw new Error(`generate: unknown option --${k}`);
  const num = (k: string, dflt?: number): number => {
    const v = args.get(k);
    if (v === undefined && dflt !== undefined) return dflt;
    const n = Number(typeof v === 'string' ? v.replace(/_/g, '') : NaN);
    if (!Number.isInteger(n)) throw new Error(`generate: --${k} needs an integer`);
    return n;
  };
  const out = args.get('out');
  if (typeof out !== 'string') throw new Error('generate: --out DIR is required');
  return { paragraphs: num('paragraphs'), out, seed: num('seed', DEFAULT_SEED), force: args.has('force'), stats: args.has('stats') };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await generateCorpus({ paragraphs: opts.paragraphs, seed: opts.seed, outDir: opts.out, overwrite: opts.force });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${r.articles} articles, ${r.paragraphs} paragraphs, ${(r.bytes / 1024 / 1024).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s ` +
      `(cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s) -> ${resolve(opts.out, 'articles')}`,
  );
  if (opts.stats) {
    const s = corpusVocabulary(opts.paragraphs, opts.seed);
    console.log(
      `tokens ${s.tokens}, distinct ${s.distinct}, top-10 share ${(s.top10Share * 100).toFixed(1)}% (${s.top10.join(' ')}), ` +
        `hapax ${(s.hapaxTypeShare * 100).toFixed(1)}% of distinct, ${(s.hapaxTokenShare * 100).toFixed(2)}% of tokens`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
