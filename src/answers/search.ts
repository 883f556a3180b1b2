/**
 * `/search <words>`: the best paragraphs for the words, each answered with its
 * best-matching sentence or two, verbatim and attributed.
 *
 * @module
 */
import { bestSnippet } from '../search/snippet.ts';
import { makeAnswer } from './attribution.ts';
import { echo, checkArgument } from './question.ts';
import type { Answer, Reply } from '../reply/model.ts';
import { messageReply, type CommandContext } from '../reply/build.ts';
import { claimantFor } from './claimants.ts';
import { catalogueSuggestions } from './suggest.ts';

/** How many paragraphs a search answers with at most. */
export const SEARCH_LIMIT = 10;

/** Answers `/search`. */
export function answerSearch(argument: string, { snapshot }: CommandContext): Reply {
  const checked = checkArgument(argument, 'search words');
  if (!checked.ok) return messageReply('search', argument, 'invalid', checked.message);
  const query = checked.value;
  const hits = snapshot.index.search(query, { limit: SEARCH_LIMIT });
  const answers: Answer[] = [];
  for (const hit of hits) {
    const paragraph = snapshot.paragraphById.get(hit.paragraphId);
    const article = paragraph && snapshot.articleById.get(paragraph.articleId);
    if (!paragraph || !article) continue;
    const snip = bestSnippet(paragraph, hit.terms);
    answers.push(
      makeAnswer(article, paragraph, snip.start, snip.end, {
        claimant: claimantFor(snapshot, paragraph, snip.first, snip.last),
      }),
    );
  }
  if (answers.length === 0) {
    return messageReply('search', query, 'no-answer', `Nothing in the corpus matches "${echo(query)}".`, {
      suggestions: catalogueSuggestions(snapshot, query),
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
