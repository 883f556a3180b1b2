/**
 * `/corpus`: what is loaded — articles with their inferred metadata,
 * paragraphs, undated articles, and every warning or skipped file.
 *
 * @module
 */
import type { FileProblem } from '../corpus/types.ts';
import type { Message } from '../reply/messages.ts';
import type { Reply } from '../reply/model.ts';
import { saying, section } from '../reply/say.ts';
import { EN } from '../reply/words/en.ts';
import type { Story } from '../snapshot/snapshot.ts';
import type { CommandContext } from './context.ts';
import { storyRef } from './stories.ts';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A file problem as a message: where (`articles/x.txt:3`) and the loader's text after it. */
export function problemMessage(p: FileProblem): Message {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return { id: 'problem', severity: p.severity === 'error' ? 'error' : 'warning', where, text: p.message.replace(new RegExp(`^${escapeRe(where)}:\\s*`), '') };
}

/** One line per problem, in English: `warning: articles/x.txt:3: message`. */
export function formatProblem(p: FileProblem): string {
  return EN.message(problemMessage(p));
}

/** One line per story: id, title, articles, paragraphs, undated, warnings. */
function storyMessage(story: Story): Message {
  return {
    id: 'corpus.story',
    story: story.id,
    title: story.title,
    articles: story.articles.length,
    paragraphs: story.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    undated: story.articles.filter((a) => !a.published).length,
    warnings: story.problems.length + story.articles.reduce((n, a) => n + a.problems.length, 0),
  };
}

/** Answers `/corpus`: the stories, then every article (under its story's id when there are several), undated ones, warnings. */
export function answerCorpus(argument: string, { snapshot }: CommandContext): Reply {
  const articles = snapshot.articles;
  const several = snapshot.stories.length > 1;
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const undated = articles.filter((a) => !a.published);
  const problems = [...snapshot.problems, ...articles.flatMap((a) => a.problems)];
  const skipped = snapshot.problems.filter((p) => p.severity === 'error').length;
  const storyOf = (id: string) => (several ? (snapshot.storyOfArticle.get(id)?.id ?? '?') : null);
  const none: Message[] = [{ id: 'none' }];
  const sections = [
    section('stories', snapshot.stories.map(storyMessage)),
    section(
      'articles',
      articles.map((a) => ({
        id: 'corpus.article',
        story: storyOf(a.id),
        article: a.id,
        title: a.title,
        published: a.published && { iso: a.published.iso, precision: a.published.precision },
        source: { outlet: a.outlet, agency: a.agency },
        paragraphs: a.paragraphs.length,
      })),
    ),
    section('undated', undated.length ? undated.map((a) => ({ id: 'text', text: (several ? `${storyOf(a.id)}: ` : '') + a.id })) : none),
    section('warnings', problems.length ? problems.map(problemMessage) : none),
  ];
  return {
    command: 'corpus',
    argument,
    status: 'ok',
    ...saying({
      summary: [
        {
          id: 'corpus.summary',
          stories: snapshot.stories.length,
          articles: articles.length,
          paragraphs,
          undated: undated.length,
          warnings: problems.length,
          skipped,
          version: snapshot.version,
        },
      ],
    }),
    answers: [],
    sections,
    corpusVersion: snapshot.version,
    stories: snapshot.stories.map(storyRef),
  };
}
