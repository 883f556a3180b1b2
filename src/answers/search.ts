/**
 * `/search <words>`: the best paragraphs for the words, each answered with its
 * best-matching sentence or two, verbatim and attributed.
 *
 * @module
 */
import { noAnswerReply } from '../reply/build.ts';
import type { Answer, Reply } from '../reply/model.ts';
import { bestSnippet } from '../search/snippet.ts';
import { locate } from '../snapshot/snapshot.ts';
import { makeAnswer } from './attribution.ts';
import { claimantFor } from './claimants.ts';
import type { CommandContext } from './context.ts';
import type { Story } from '../snapshot/snapshot.ts';
import { checkArgument, echo, type Question } from './question.ts';
import { ALONE, answerInStories, shareOf, type Share } from './stories.ts';
import { catalogueSuggestions } from './suggest.ts';
import { storyHits } from './hits.ts';
import type { Message } from '../reply/messages.ts';
import { saying, spell } from '../reply/say.ts';

/** How many paragraphs a search answers with at most. */
export const SEARCH_LIMIT = 10;

/** Answers `/search` in the story (or stories) the words are about. */
export function answerSearch(argument: string, ctx: CommandContext): Reply {
  const text = checkArgument(argument, 'search words');
  return answerInStories(ctx, 'search', text, null, searchIn);
}

/** Answers `/search` within one story (its {@link Share} of the paragraphs when several stories answer apart). */
export function searchIn(story: Story, question: Question, share: Share = ALONE): Reply {
  const query = question.text;
  const answers: Answer[] = [];
  for (const hit of storyHits(story, question.concepts, shareOf(SEARCH_LIMIT, share, 3))) {
    const found = locate(story, hit.paragraphId);
    if (!found) continue;
    const { paragraph, article } = found;
    const snip = bestSnippet(paragraph, hit.terms);
    answers.push(
      makeAnswer(article, paragraph, snip.start, snip.end, {
        claimant: claimantFor(story, paragraph, snip.first, snip.last),
      }),
    );
  }
  if (answers.length === 0) {
    const nothing: Message[] = [{ id: 'search.nothing', query: echo(query) }];
    return noAnswerReply('search', query, spell(nothing), {
      say: { notice: nothing },
      suggestions: catalogueSuggestions(story, question),
      corpusVersion: story.version,
    });
  }
  const articles = new Set(answers.map((a) => a.articleId)).size;
  return {
    command: 'search',
    argument: query,
    status: 'ok',
    ...saying({ summary: [{ id: 'search.found', paragraphs: answers.length, articles, query: echo(query) }] }),
    answers,
    corpusVersion: story.version,
  };
}
