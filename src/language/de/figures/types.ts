/**
 * Types of the figure extractor.
 *
 * @module
 */
import type { Figure } from '../../../reply/model.ts';

/** What a figure counts: soldiers, people (civilians, generic persons), munitions, weapons, something else, or unknown. */
export type FigureSubject = 'soldiers' | 'people' | 'munitions' | 'weapons' | 'other' | null;

/** A figure found in a sentence, with its position and what it counts. */
export interface FigureMention extends Figure {
  /** Offset of `text` in the sentence: `sentence.slice(index, end) === text`. */
  index: number;
  end: number;
  subject: FigureSubject;
  /**
   * Does the figure count North Korean soldiers or materiel, according to the sentence?
   * True when the counted noun or its clause names North Korea as the sender
   * or the counted group; false when it clearly counts someone else (civilian
   * victims of an air strike, Russian or Ukrainian soldiers); null when unclear.
   */
  northKorean: boolean | null;
}
