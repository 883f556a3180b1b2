/**
 * Claimants for answer sentences: who makes the claim, when the sentence or
 * its paragraph says so, in English (`Answer.claimant`) and German
 * (`Answer.claimantDe`). Uses the story's compiled claimants directory;
 * each paragraph's claimants are worked out once per corpus version.
 *
 * @module
 */
import type { Paragraph } from '../corpus/types.ts';
import { findParagraphClaimants } from '../language/de/claimants/index.ts';
import type { Bilingual } from '../reply/messages.ts';
import type { Answer } from '../reply/model.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import { locate, type Story } from '../snapshot/snapshot.ts';

/** How many earlier paragraphs a claimant may be carried over from. */
const EARLIER_PARAGRAPHS = 4;

/** The claimant (display forms) of every sentence of a paragraph, per corpus version. */
const PARAGRAPH_CLAIMANTS = new MemoSlot<WeakMap<Paragraph, (Bilingual | null)[]>>('claimants per paragraph');

/** The claimants of every sentence of a paragraph (English and German display forms), worked out once per paragraph. */
function paragraphClaimants(story: Story, paragraph: Paragraph): (Bilingual | null)[] {
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
    ).map((c) => (c ? { en: c.display, de: c.displayDe } : null));
    memo.set(paragraph, known);
  }
  return known;
}

/**
 * Who makes the claim in sentences `first`..`last` of a paragraph, in both
 * languages: the first sentence's claimant, else the next one's. Null when
 * no sentence says.
 */
export function speakerFor(story: Story, paragraph: Paragraph, first: number, last: number): Bilingual | null {
  const all = paragraphClaimants(story, paragraph);
  for (let i = first; i <= last; i++) {
    const c = all[i];
    if (c) return c;
  }
  return null;
}

/** {@link speakerFor} in English (the `claimant` of an answer). */
export function claimantFor(story: Story, paragraph: Paragraph, first: number, last: number): string | null {
  return speakerFor(story, paragraph, first, last)?.en ?? null;
}

/**
 * The German form of an answer's claimant: the claimant its paragraph gives
 * with that English form (null when it has none, or the paragraph names no
 * such claimant).
 */
export function claimantDeOf(story: Story, answer: Pick<Answer, 'claimant' | 'paragraphId'>): string | null {
  if (!answer.claimant) return null;
  const located = locate(story, answer.paragraphId);
  if (!located) return null;
  return paragraphClaimants(story, located.paragraph).find((c) => c?.en === answer.claimant)?.de ?? null;
}

/** The answers with `claimantDe` filled wherever a claimant is set and its German form not yet (a new array; answers are not changed). */
export function withGermanClaimants(story: Story, answers: readonly Answer[]): Answer[] {
  return answers.map((a) => (a.claimantDe !== undefined ? a : { ...a, claimantDe: claimantDeOf(story, a) }));
}
