/**
 * The tokens of a build unit's paragraphs, tokenised once for the unit's
 * index and handed on to the catalogue's event matching through the unit
 * story's memo: a sentence's tokens are cut from its paragraph's (the same
 * token strings, so their analysis is looked up without hashing them again),
 * instead of tokenising every sentence a second time.
 *
 * @module
 */
import type { Paragraph, Sentence } from '../corpus/types.ts';
import { tokensWithin, type Token } from '../language/de/index.ts';
import { MemoSlot } from './memo.ts';

/** Each paragraph's tokens (`tokenizeWithOffsets(p.text)`) and the paragraph of each sentence. */
export interface ParagraphTokens {
  byParagraph: Map<Paragraph, readonly Token[]>;
  paragraphOf: WeakMap<Sentence, Paragraph>;
}

/** The tokens of a unit story's paragraphs (absent on other stories). */
export const PARAGRAPH_TOKENS = new MemoSlot<ParagraphTokens | null>('paragraph tokens of a build unit');

/**
 * A sentence's tokens from its paragraph's, exactly `tokenizeWithOffsets(sentence.text)`;
 * null when they are not known (or a token crosses the sentence's bounds).
 */
export function sentenceTokens(known: ParagraphTokens, sentence: Sentence): readonly Token[] | null {
  const p = known.paragraphOf.get(sentence);
  const tokens = p && known.byParagraph.get(p);
  if (!p || !tokens) return null;
  // (a sentence is the slice start..end of its paragraph's text, its offsets are the article's)
  return tokensWithin(tokens, sentence.start - p.start, sentence.end - p.start);
}
