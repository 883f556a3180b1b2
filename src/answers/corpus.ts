/**
 * `/corpus`: what is loaded — articles with their inferred metadata,
 * paragraphs, undated articles, and every warning or skipped file.
 *
 * @module
 */
import type { Article, FileProblem } from '../corpus/types.ts';
import { sourceLabel } from '../reply/wording.ts';
import type { InfoSection, Reply } from '../reply/model.ts';
import type { CommandContext } from './context.ts';

/** One line per problem: `articles/x.txt:3: message`. */
export function formatProblem(p: FileProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'error' ? 'skipped' : 'warning'}: ${where}: ${p.message.replace(new RegExp(`^${escapeRe(where)}:\\s*`), '')}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `id — title — 2024-12-05T11:58 — ntv.de / AFP — 9 paragraphs`. */
export function articleLine(a: Article): string {
  return [
    a.id,
    a.title ? `"${a.title}"` : '(no title)',
    a.published ? `${a.published.iso} (${a.published.precision})` : 'undated',
    sourceLabel(a) ?? 'outlet unknown',
    `${a.paragraphs.length} paragraphs`,
  ].join(' — ');
}

/** Answers `/corpus`. */
export function answerCorpus(argument: string, { snapshot }: CommandContext): Reply {
  const articles = snapshot.articles;
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const undated = articles.filter((a) => !a.published);
  const problems = [...snapshot.problems, ...articles.flatMap((a) => a.problems)];
  const skipped = snapshot.problems.filter((p) => p.severity === 'error').length;
  const sections: InfoSection[] = [
    { title: 'Articles', lines: articles.map(articleLine) },
    { title: 'Undated articles', lines: undated.length ? undated.map((a) => a.id) : ['none'] },
    { title: 'Warnings', lines: problems.length ? problems.map(formatProblem) : ['none'] },
  ];
  return {
    command: 'corpus',
    argument,
    status: 'ok',
    summary:
      `${articles.length} articles, ${paragraphs} paragraphs, ${undated.length} undated, ` +
      `${problems.length} warnings${skipped ? ` (${skipped} files skipped)` : ''}; corpus version ${snapshot.version}.`,
    answers: [],
    sections,
    corpusVersion: snapshot.version,
  };
}
