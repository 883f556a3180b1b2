/**
 * Types of the figure extractor.
 *
 * @module
 */

/**
 * A figure (count) found in a sentence: the reply model's `Figure`
 * (`src/reply/model.ts` has the same shape; the language layer defines it
 * because it imports nothing above it).
 */
export interface Figure {
  /** The figure as written (`zwischen 10.000 und 12.000 Soldaten`). */
  text: string;
  /** Lower bound, when the text gives one. */
  min: number | null;
  /** Upper bound, when the text gives one. */
  max: number | null;
  /** `mehr als`, `bis zu`, `etwa`, `zwischen`, ... or null for a bare number. */
  qualifier: string | null;
  /** What is counted, as written or normalised (`Soldaten`, `Geschosse`). */
  unit: string | null;
  /** What the figure measures in catalogue terms (`killed`, `wounded`, `killed-or-wounded`, `troops-sent`, ...), or null. */
  kind: string | null;
}

/** What a figure counts: soldiers, people (civilians, generic persons), munitions, weapons, something else, or unknown. */
export type FigureSubject = 'soldiers' | 'people' | 'munitions' | 'weapons' | 'other' | null;

/** A figure found in a sentence, with its position and what it counts. */
export interface FigureMention extends Figure {
  /** Offset of `text` in the sentence: `sentence.slice(index, end) === text`. */
  index: number;
  end: number;
  subject: FigureSubject;
  /**
   * Whose people or materiel the figure counts, according to the sentence: a
   * side id of the lexicon given to `findFigures` (the counted noun or its
   * clause names the side as sender, owner or counted group), `civilians`,
   * `own` (`eigene Verluste`), or null when the sentence does not say.
   */
  side: string | null;
}
