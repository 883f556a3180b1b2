/**
 * Figures (counts) in German sentences: how many, with which bounds and
 * qualifier, counting what, and the origin of what they count (the
 * `FigureMention` origin flag, see `types.ts` and `origin.ts`). Pure: no IO.
 *
 * ```ts
 * findFigures('Schweden habe zwischen 10.000 und 12.000 Soldaten in das Grenzgebiet entsandt.');
 * // [{ text: 'zwischen 10.000 und 12.000 Soldaten', min: 10000, max: 12000,
 * //    qualifier: 'zwischen', unit: 'Soldaten', kind: 'troops-sent',
 * //    subject: 'soldiers', index: 14, end: 49, ... }]
 * ```
 *
 * Conventions (a reporter pastes what the bot says, so a figure is never overstated):
 * - bare figure: min = max = the figure (`12'000` -> 12000..12000, qualifier null);
 * - approximate (`etwa`, `rund`, `ca.`, `annähernd`, `um die`): min = max = the figure, qualifier says it is approximate;
 * - lower bound (`mehr als`, `über`, `mindestens`, `gut`, `übersteigt`): min = the figure, max null;
 * - upper bound (`bis zu`, `höchstens`, `weniger als`, `unter`, `knapp`, `fast`, `nahezu`): min null, max = the figure;
 * - range (`zwischen X und Y`, `X bis Y`, `X-Y`): min X, max Y, qualifier `zwischen` or `bis`;
 * - vague plural (`Dutzende`, `Hunderte`, `Tausende`, `Zehntausende`, `einige Hundert`): min = one unit
 *   (12, 100, 1000, 10000), max null, qualifier `vage` — literally "several units", but used loosely.
 *
 * @module
 */
export type { Figure, FigureMention, FigureSubject, Modality, Quantity } from './types.ts';
export { FORECASTS, MEASUREMENTS } from './types.ts';
export { findFigures } from './extract.ts';
export { COUNT_KINDS, FIGURE_KINDS, KIND_WORDS, type FigureKind } from './kind.ts';
export { MEASUREMENT_WORDS } from './measurements.ts';
export { ALL_SIDES, CIVILIANS, OWN_SIDE } from './side.ts';
export { mayHoldFigure } from './numbers.ts';

import type { Figure, FigureMention } from './types.ts';

/** The plain {@link Figure} of a mention (drops position, subject, side and the rest), for an `Answer`. */
export function toFigure(m: FigureMention): Figure {
  return {
    text: m.text,
    min: m.min,
    max: m.max,
    qualifier: m.qualifier,
    unit: m.unit,
    kind: m.kind,
    quantity: m.quantity,
    modality: m.modality,
    place: m.place,
  };
}
