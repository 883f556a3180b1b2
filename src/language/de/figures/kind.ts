/**
 * What a figure measures (`killed`, `troops-sent`, ...), from the verbs and
 * nouns of its own clause.
 *
 * All patterns work on text folded with `foldSpelledOut` (`../fold.ts`): `getötet` is `getoetet`.
 *
 * @module
 */
import { MISSILE_NOUN } from './nouns.ts';
import type { FigureSubject } from './types.ts';

/** The kinds a figure can have (`Figure.kind`); catalogue measures name kinds from this list. */
export const FIGURE_KINDS = [
  'killed',
  'wounded',
  'killed-or-wounded',
  'captured',
  'troops-sent',
  'troops-arrived',
  'reinforcements',
  'munitions',
  'weapons',
] as const;

/** What a figure measures. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

const KILLED =
  /\b(?:getoetet\w*|toetete\w*|toeten|tot|tote[nr]?|todesopfer\w*|gefallen(?:e[nr]?)?|fielen|fiel|gestorben|starben|starb|sterben|ums leben|umgekommen\w*|leichen|liquidiert|eliminiert|tod|tode|tods)\b/;
const WOUNDED = /\b(?:verletzt\w*|verwundet\w*|verletzung\w*|verwundung\w*)\b/;
const LOSSES = /\b(?:verlust\w*|verloren|verlor\w*|verlier\w*|opfer|opfern|ausfaelle\w*|ausser gefecht)\b/;
/** `trotz hoher Verluste`, `zum Ersatz von Verlusten`: losses mentioned as a reason, not counted. */
const LOSSES_AS_REASON = /\b(?:trotz|wegen|aufgrund|angesichts|ersatz von|ausgleich)\s+(?:\w+\s+)?verlust\w*/g;
const CAPTURED = /\b(?:gefangen\w*|gefangenschaft|kriegsgefangen\w*|festgenommen|gefangennahme)\b/;
const CAPTIVE_NOUN = /gefangene[n]?$/;
const REINFORCEMENTS = /\b(?:verstaerkung\w*|ersatz|ersatzes|ersetz\w*|nachschub|aufgefuellt|auffuellen|aufzufuellen|rotation\w*|abloesung\w*)\b/;
const ARRIVED = /\b(?:angekommen|ankommen|ankunft|eingetroffen|eintreffen|gelandet)\b|\btr(?:af|afen|ifft|effen)\b.*\bein\b/;
const SENT =
  /\b(?:entsandt\w*|entsend\w*|geschickt\w*|schick\w*|verlegt\w*|verleg\w*|stationier\w*|bereitstehen\w*|bereit|im einsatz|eingesetzt\w*|einsetz\w*|einsatz\w*|kaempf\w*|kampf\w*|front\w*|mobilisiert\w*|zusammengezogen|dienen|dienst\w*|unterstuetz\w*|nach russland|in russland|entsendung\w*)\b/;
const DELIVERED = /\b(?:geliefert\w*|liefer\w*|lieferung\w*|bereitgestellt|ueberlassen|verschifft|transportiert|exportiert)\b/;

/** Removes phrases that look like cues but are not (`einen Gefallen`, `trotz hoher Verluste`). */
function clean(text: string): string {
  return text.replace(/\b(?:einen|ein|den|dem) gefallen\b/g, ' ').replace(LOSSES_AS_REASON, ' ');
}

/** Casualty and troop kinds for persons, from one stretch of folded text. */
function personKind(text: string, subject: FigureSubject, head: string | null, military: boolean): FigureKind | null {
  const t = clean(text);
  const troopish = subject === 'soldiers' || (subject === null && military);
  if (subject !== 'people' && REINFORCEMENTS.test(t)) return 'reinforcements';
  const captured = CAPTURED.test(t);
  if (captured && head !== null && CAPTIVE_NOUN.test(head)) return 'captured';
  const killed = KILLED.test(t);
  const wounded = WOUNDED.test(t);
  if (killed && wounded) return 'killed-or-wounded';
  if (killed) return 'killed';
  if (wounded) return 'wounded';
  if (LOSSES.test(t)) return 'killed-or-wounded';
  if (captured) return 'captured';
  if (troopish && ARRIVED.test(t)) return 'troops-arrived';
  if (troopish && SENT.test(t)) return 'troops-sent';
  return null;
}

/** Inputs of {@link kindOf}. */
export interface KindInput {
  subject: FigureSubject;
  /** Folded head noun of the unit, or null. */
  head: string | null;
  /** Folded texts to read, nearest first (own segment, then with its relative clause, then the whole clause). */
  scopes: readonly string[];
  /** Whether the clause is military (soldiers, front, war). */
  military: boolean;
}

/**
 * The kind of a figure: munitions and weapons from the counted noun (missiles
 * that are delivered count as munitions); for persons, the nearest scope with
 * a cue decides: reinforcements (`Verstärkung`, `Ersatz`) over casualties
 * (`getötet` + `verwundet` -> `killed-or-wounded`, `Verluste`, `Mann verloren`),
 * over captured, arrived (`angekommen`), sent (`entsandt`, `stationiert`, `kämpfen`).
 * Null for `other` subjects and when nothing says.
 */
export function kindOf(input: KindInput): FigureKind | null {
  const { subject, head, scopes, military } = input;
  if (subject === 'other') return null;
  if (subject === 'munitions') return 'munitions';
  if (subject === 'weapons') {
    const delivered = scopes.some((s) => DELIVERED.test(s));
    return head !== null && MISSILE_NOUN.test(head) && delivered ? 'munitions' : 'weapons';
  }
  for (const scope of scopes) {
    const k = personKind(scope, subject, head, military);
    if (k) return k;
  }
  return null;
}

/** True when the folded text speaks of casualties or captives (`getötet`, `Verluste`, `gefangen`). */
export function mentionsCasualties(text: string): boolean {
  const t = clean(text);
  return KILLED.test(t) || WOUNDED.test(t) || LOSSES.test(t) || CAPTURED.test(t);
}
