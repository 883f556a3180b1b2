/**
 * Types of the figure extractor.
 *
 * @module
 */

/**
 * What kind of quantity a figure is: a **count** of people or things, or a
 * measurement that is never a count (a magnitude, a share, an area, a sum of
 * money, a duration, an age ...). A count question is answered by counts only.
 */
export type Quantity =
  | 'count'
  | 'magnitude'
  | 'percent'
  | 'area'
  | 'length'
  | 'speed'
  | 'money'
  | 'duration'
  | 'age'
  | 'temperature'
  | 'weight'
  | 'volume';

/** Every {@link Quantity} that is not a count. */
export const MEASUREMENTS: readonly Exclude<Quantity, 'count'>[] = [
  'magnitude',
  'percent',
  'area',
  'length',
  'speed',
  'money',
  'duration',
  'age',
  'temperature',
  'weight',
  'volume',
];

/**
 * How the sentence presents the figure: as a fact (`counted`), as an
 * estimate of a present state (`estimated`: "nach Schätzungen", "vermutet"),
 * as a fear or warning (`feared`: "befürchten", "warnt vor"), as a model or
 * forecast (`projected`: "Schätzmodell", "Prognose", "voraussichtlich"), as a
 * possibility (`hypothetical`: "könnten", "wenn …"), or as a decided plan
 * (`planned`: "sollen … wegfallen", "geplant"). Only counted and estimated
 * figures say what is; the others say what may be and are shown apart.
 */
export type Modality = 'counted' | 'estimated' | 'feared' | 'projected' | 'hypothetical' | 'planned';

/** Modalities that say what may be, not what is. */
export const FORECASTS: readonly Modality[] = ['feared', 'projected', 'hypothetical', 'planned'];

/**
 * A figure found in a sentence: the reply model's `Figure`
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
  /** What is counted or the unit of a measurement, as written (`Soldaten`, `Geschosse`, `Hektar`, `Millionen Euro`, `%`). */
  unit: string | null;
  /**
   * What the figure measures in catalogue terms: for a count `killed`,
   * `wounded`, `missing`, `evacuated`, `destroyed`, `troops-sent`, ...; for a
   * measurement its quantity (`magnitude`, `area`, `money`, ...); or null.
   */
  kind: string | null;
  /** `count` or the measurement (see {@link Quantity}); absent in answers built before it existed. */
  quantity?: Quantity;
  /** How the sentence presents it (see {@link Modality}). */
  modality?: Modality;
  /** The place the figure's clause names (a place or side id: `albania`), when it names exactly one. */
  place?: string | null;
}

/** What a figure counts: soldiers, people (civilians, generic persons), munitions, weapons, something else, or unknown. */
export type FigureSubject = 'soldiers' | 'people' | 'munitions' | 'weapons' | 'other' | null;

/** A figure found in a sentence, with its position and what it counts. */
export interface FigureMention extends Figure {
  quantity: Quantity;
  modality: Modality;
  place: string | null;
  /** Offset of `text` in the sentence: `sentence.slice(index, end) === text`. */
  index: number;
  end: number;
  subject: FigureSubject;
  /**
   * Whose people or materiel the figure counts, according to the sentence: a
   * side id of the lexicon given to `findFigures` (the counted noun or its
   * clause names the side as sender, owner or counted group), `civilians`,
   * `own` (`eigene Verluste`), `all` (every side of a war: `auf beiden
   * Seiten`, `seit Kriegsbeginn`), or null when the sentence does not say.
   */
  side: string | null;
  /** The counted head noun, folded (`tote`, `menschen`, `gebaeude`, `arbeitsplaetze`), or null. */
  head: string | null;
  /** The word that says what was done to what is counted, folded (`getoetet`, `ums leben`, `vermisst`, `evakuiert`, `zerstoert`), or null. */
  done: string | null;
  /** Every place or side id the figure's clause names as a location (`in Albanien`, `zwischen X und Y`), in text order. */
  places: string[];
  /**
   * For a measurement, the thing measured when the sentence names it (folded:
   * `nachbeben`, `hauptbebens` for a magnitude), else null.
   */
  about: string | null;
  /** The base of a part (`Von den 11.000 Soldaten seien 300 gefallen`: the 11.000): never a count of what the verb did. */
  base: boolean;
  /** The sentence places the figure in the past (`damals`, `seinerzeit`) or names a year in its clause (see {@link years}). */
  past: boolean;
  /** Calendar years the figure's clause names (not `seit 2023`), for the answer layer to compare with the publication date. */
  years: number[];
  /** Folded words around the figure that say what it is (its clause segment, relative clause, the part's base), for catalogue `requires`/`excludes`. */
  context: string;
}
