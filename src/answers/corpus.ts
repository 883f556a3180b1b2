/**
 * `/corpus`: what is loaded — articles with their inferred metadata,
 * paragraphs, undated articles, and every warning or skipped file.
 *
 * @module
 */
import type { Article, FileProblem } from '../corpus/types.ts';
import { sourceLabel } from '../reply/wording.ts';
import type { InfoSection, Reply } from '../reply/model.ts';
import type { Story } from '../snapshot/snapshot.ts';
import type { CommandContext } from './context.ts';
import { storyRef } from './stories.ts';

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

/** One line per story: `flood-2024 — "Floods in Bavaria" — 5 articles, 46 paragraphs, 3 undated, 0 warnings`. */
function storyLine(story: Story): string {
  const paragraphs = story.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const undated = story.articles.filter((a) => !a.published).length;
  const warnings = story.problems.length + story.articles.reduce((n, a) => n + a.problems.length, 0);
  return [
    story.id,
    `"${story.title.en}"`,
    `${story.articles.length} article${story.articles.length === 1 ? '' : 's'}, ${paragraphs} paragraphs, ${undated} undated, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  ].join(' — ');
}

/** Answers `/corpus`: the stories, then every article (under its story's id when there are several), undated ones, warnings. */
export function answerCorpus(argument: string, { snapshot }: CommandContext): Reply {
  const articles = snapshot.articles;
  const several = snapshot.stories.length > 1;
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const undated = articles.filter((a) => !a.published);
  const problems = [...snapshot.problems, ...articles.flatMap((a) => a.problems)];
  const skipped = snapshot.problems.filter((p) => p.severity === 'error').length;
  const prefix = (id: string) => (several ? `${snapshot.storyOfArticle.get(id)?.id ?? '?'}: ` : '');
  const sections: InfoSection[] = [
    { title: 'Stories', lines: snapshot.stories.map(storyLine) },
    { title: 'Articles', lines: articles.map((a) => prefix(a.id) + articleLine(a)) },
    { title: 'Undated articles', lines: undated.length ? undated.map((a) => prefix(a.id) + a.id) : ['none'] },
    { title: 'Warnings', lines: problems.length ? problems.map(formatProblem) : ['none'] },
  ];
  const stories = `${snapshot.stories.length} stor${snapshot.stories.length === 1 ? 'y' : 'ies'}, `;
  return {
    command: 'corpus',
    argument,
    status: 'ok',
    summary:
      `${several ? stories : ''}${articles.length} articles, ${paragraphs} paragraphs, ${undated.length} undated, ` +
      `${problems.length} warnings${skipped ? ` (${skipped} files skipped)` : ''}; corpus version ${snapshot.version}.`,
    answers: [],
    sections,
    corpusVersion: snapshot.version,
    stories: snapshot.stories.map(storyRef),
  };
}
