/**
 * Claimants for answer sentences: who makes the claim, when the sentence or
 * its paragraph says so. Uses the story's compiled claimants directory;
 * each paragraph's claimants are worked out once per corpus version.
 *
 * @module
 */
import type { Paragraph } from '../corpus/types.ts';
import { findParagraphClaimants } from '../language/de/claimants/index.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import type { Story } from '../snapshot/snapshot.ts';

/** How many earlier paragraphs a claimant may be carried over from. */
const EARLIER_PARAGRAPHS = 4;

/** The claimant (display form) of every sentence of a paragraph, per corpus version. */
const PARAGRAPH_CLAIMANTS = new MemoSlot<WeakMap<Paragraph, (string | null)[]>>('claimants per paragraph');

/** The claimants of every sentence of a paragraph (display form), worked out once per paragraph. */
function paragraphClaimants(story: Story, paragraph: Paragraph): (string | null)[] {
  const memo = story.memo.get(PARAGRAPH_CLAIMANTS, () => new WeakMap());
  let known = memo.get(paragraph);
  if (!known) {
    const article = story.articleById.get(paragraph.articleId);
    const previous = article
      ? article.paragraphs.slice(Math.max(0, paragraph.index - EARLIER_PARAGRAPHS), paragraph.index).map((p) => p.sentences.map((x) => x.text))
      : [];
    known = findParagraphClaimants(
      paragraph.sentences.map((x) => x.text),
      previous,
      story.claimants,
    ).map((c) => c?.display ?? null);
    memo.set(paragraph, known);
  }
  return known;
}

/**
 * Who makes the claim in sentences `first`..`last` of a paragraph: the first
 * sentence's claimant, else the next one's. Null when no sentence says.
 */
export function claimantFor(story: Story, paragraph: Paragraph, first: number, last: number): string | null {
  const all = paragraphClaimants(story, paragraph);
  for (let i = first; i <= last; i++) {
    const c = all[i];
    if (c) return c;
  }
  return null;
}
