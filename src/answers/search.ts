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
import { echo, parseQuestion } from './question.ts';
import { catalogueSuggestions } from './suggest.ts';

/** How many paragraphs a search answers with at most. */
export const SEARCH_LIMIT = 10;

/** Answers `/search`. */
export function answerSearch(argument: string, { snapshot }: CommandContext): Reply {
  const question = parseQuestion(argument, snapshot, 'search words');
  const query = question.text;
  const answers: Answer[] = [];
  for (const hit of snapshot.index.searchConcepts(question.concepts, { limit: SEARCH_LIMIT })) {
    const found = locate(snapshot, hit.paragraphId);
    if (!found) continue;
    const { paragraph, article } = found;
    const snip = bestSnippet(paragraph, hit.terms);
    answers.push(
      makeAnswer(article, paragraph, snip.start, snip.end, {
        claimant: claimantFor(snapshot, paragraph, snip.first, snip.last),
      }),
    );
  }
  if (answers.length === 0) {
    return noAnswerReply('search', query, `Nothing in the corpus matches "${echo(query)}".`, {
      suggestions: catalogueSuggestions(snapshot, question),
      corpusVersion: snapshot.version,
    });
  }
  const articles = new Set(answers.map((a) => a.articleId)).size;
  return {
    command: 'search',
    argument: query,
    status: 'ok',
    summary: `${answers.length} paragraph${answers.length === 1 ? '' : 's'} from ${articles} article${articles === 1 ? '' : 's'} match "${echo(query)}".`,
    answers,
    corpusVersion: snapshot.version,
  };
}
