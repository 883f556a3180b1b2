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

/**
 * The claimants (display forms) of a paragraph's first `upTo` sentences, per
 * corpus version: `all[k]` is exact for `k <= upTo - 2`, and for every `k`
 * when `upTo` is the paragraph's length (see {@link paragraphClaimants}).
 */
interface KnownClaimants {
  upTo: number;
  all: (Bilingual | null)[];
}
const PARAGRAPH_CLAIMANTS = new MemoSlot<WeakMap<Paragraph, KnownClaimants>>('claimants per paragraph');

/**
 * The claimants of a paragraph's sentences (English and German display
 * forms), exact for sentences `0..last` (every sentence by default). A
 * sentence's claimant depends on the sentences before it and on the one
 * after it (`Das teilte das Ministerium mit.`), never on later ones, so only
 * the sentences up to `last + 1` are read — the catalogued answers quote a
 * sentence or two of many paragraphs. Worked out once per paragraph and
 * extent (a longer extent reads the paragraph again, from its start).
 */
function paragraphClaimants(story: Story, paragraph: Paragraph, last = Infinity): (Bilingual | null)[] {
  const memo = story.memo.get(PARAGRAPH_CLAIMANTS, () => new WeakMap());
  const need = Math.min(paragraph.sentences.length, last + 2);
  let known = memo.get(paragraph);
  if (!known || known.upTo < need) {
    const article = story.articleById.get(paragraph.articleId);
    const previous = article
      ? article.paragraphs.slice(Math.max(0, paragraph.index - EARLIER_PARAGRAPHS), paragraph.index).map((p) => p.sentences.map((x) => x.text))
      : [];
    const all = findParagraphClaimants(
      paragraph.sentences.slice(0, need).map((x) => x.text),
      previous,
      story.claimants,
    ).map((c) => (c ? { en: c.display, de: c.displayDe } : null));
    known = { upTo: need, all };
    memo.set(paragraph, known);
  }
  return known.all;
}

/**
 * Who makes the claim in sentences `first`..`last` of a paragraph, in both
 * languages: the first sentence's claimant, else the next one's. Null when
 * no sentence says.
 */
export function speakerFor(story: Story, paragraph: Paragraph, first: number, last: number): Bilingual | null {
  const all = paragraphClaimants(story, paragraph, last);
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
 * {@link claimantDeOf} for a claimant that {@link claimantFor} gave for
 * sentence `sentence` of the paragraph: the first sentence with that English
 * form is at most that one, so the paragraph is read only that far.
 */
export function claimantDeAt(story: Story, paragraph: Paragraph, sentence: number, claimant: string): string | null {
  return paragraphClaimants(story, paragraph, sentence).slice(0, sentence + 1).find((c) => c?.en === claimant)?.de ?? null;
}

/**
 * The German form of an answer's claimant: the claimant its paragraph gives
 * with that English form (null when it has none, or the paragraph names no
 * such claimant).
 */
export function claimantDeOf(story: Story, answer: Pick<Answer, 'claimant' | 'paragraphId'> & { quote?: string }): string | null {
  if (!answer.claimant) return null;
  const located = locate(story, answer.paragraphId);
  if (!located) return null;
  const { paragraph } = located;
  // the claimant was found among the quote's sentences: read the paragraph only that far (most of it is never quoted)
  const at = answer.quote ? paragraph.text.indexOf(answer.quote) : -1;
  if (at >= 0) {
    const end = paragraph.start + at + answer.quote!.length;
    let last = 0;
    while (last + 1 < paragraph.sentences.length && paragraph.sentences[last + 1]!.start < end) last++;
    const found = paragraphClaimants(story, paragraph, last).find((c) => c?.en === answer.claimant);
    if (found) return found.de;
  }
  return paragraphClaimants(story, paragraph).find((c) => c?.en === answer.claimant)?.de ?? null;
}

/** The answers with `claimantDe` filled wherever a claimant is set and its German form not yet (a new array; answers are not changed). */
export function withGermanClaimants(story: Story, answers: readonly Answer[]): Answer[] {
  return answers.map((a) => (a.claimantDe !== undefined ? a : { ...a, claimantDe: claimantDeOf(story, a) }));
}
