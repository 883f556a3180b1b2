/**
 * The paragraphs of one story that match a question's words, body text
 * before the outlet's own summary boxes (`Das Wichtigste in Kürze`): a box
 * repeats the article in fewer words, so a quote from the body says more.
 */
import type { Concept } from '../search/query.ts';
import type { SearchHit } from '../search/paragraph-index.ts';
import type { Story } from '../snapshot/snapshot.ts';

export function storyHits(story: Story, concepts: Concept[], limit: number): SearchHit[] {
  return story.index.searchConcepts(concepts, { limit, demote: (id) => story.paragraphById.get(id)?.summary === true });
}
