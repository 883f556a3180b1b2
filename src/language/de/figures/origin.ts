/**
 * Whose soldiers or materiel a figure counts: North Korea's (true), someone
 * else's (false), or unclear (null). The product must never present, say, the
 * civilian victims of an air strike on Kyiv as North Korean casualties.
 *
 * All patterns work on folded text.
 *
 * @module
 */
import type { FigureSubject } from './types.ts';

/** A mention of North Korea, its army, capital or ruler. */
const NORTH_KOREA = /\b(?:nordkorea\w*|pjoengjang\w*|pyongyang\w*|kim jong[- ]?un\w*|kims|machthaber kim|kpa|(?:koreanischen|koreanische) volksarmee)\b/g;
/** A mention of soldiers described as North Korean (antecedent of `weitere Soldaten`). */
const NORTH_KOREAN_TROOPS = /\bnordkoreanisch\w*\s+(?:\w+\s+)?(?:soldat|truppe|kaempfer|einheit)|\bnordkoreaner/;
/** Another nationality or side in the counted noun phrase. */
const OTHER_SIDE =
  /\b(?:russisch\w*|ukrainisch\w*|suedkoreanisch\w*|amerikanisch\w*|us-\w+|westlich\w*|europaeisch\w*|deutsch\w*|britisch\w*|franzoesisch\w*|chinesisch\w*|iranisch\w*|belarussisch\w*|russen|ukrainer\w*|zivil\w*|eigene\w*)\b/;
/** Prepositions that make a North Korea mention a place or opponent, not the sender (`nach Nordkorea`, `gegen Nordkorea`). */
const NOT_SENDER =
  /(?:\b(?:nach|in|gegen|an|zu|zur|zum|auf|mit|fuer|laut|zwischen|im|ins|ueber)|\b(?:naehe|grenze|richtung|kueste|norden|sueden)\s+(?:von|zu))\s+(?:(?:die|der|das|den|dem|des)\s+)?$/;
/** Attacks whose victims are counted as people. */
export const ATTACK = /angriff|beschuss|bombard|anschlag|explosion|einschlag|attacke|luftschlag/;
/** `weitere Soldaten`, `zusätzliche Truppen`: more of a group named before. */
const MORE_OF = /\b(?:weitere[nrs]?|zusaetzliche[nrs]?)\b/;

/** True when the folded text names North Korea as actor or origin (not as destination or opponent). */
export function namesNorthKoreaAsActor(text: string): boolean {
  for (const m of text.matchAll(NORTH_KOREA)) {
    if (!NOT_SENDER.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/** Inputs of {@link northKoreanOf}; all texts folded. */
export interface OriginInput {
  subject: FigureSubject;
  /** Head noun of the unit, or null. */
  head: string | null;
  /** The counted noun phrase (adjectives, noun, `aus X`, genitive). */
  nounPhrase: string;
  /** The figure's own segment of its clause. */
  segment: string;
  /** The sentence before the figure. */
  before: string;
  /** The whole sentence. */
  sentence: string;
  /** True when the noun is a civilian noun (`Zivilisten`, `Einwohner`). */
  civilian: boolean;
  /** Answer of the previous figure in the same clause, when this one continues it (`... und mehr als 90 verletzt`). */
  inherited?: boolean | null;
  /** True when an earlier figure of the sentence counts North Koreans. */
  earlierNorthKorean: boolean;
  /** The figure's clause from its start up to the figure (where its subject stands). */
  lead?: string;
}

/** Verbs and nouns of losing people or materiel. */
const LOSS = /\bverl(?:o|ie)r\w*|\bverlust\w*|\beinbuess\w*/;
/** Another side as the subject opening a clause (`Russland hat … verloren`, `Die Ukraine verlor …`). */
const OTHER_SIDE_SUBJECT =
  /^(?:\w+\s+){0,2}?(?:russland|die ukraine|ukraine|kiew|moskau|die russen|die ukrainer|(?:die\s+)?(?:russische|ukrainische)\w*\s+(?:armee|streitkraefte|truppen|seite))\b/;

/**
 * Does the figure count North Koreans or North Korean materiel? In order:
 * the counted noun phrase says North Korean (true) or another side / civilians
 * (false); people counted in a sentence about an attack (false); a figure that
 * continues the previous one (`... und mehr als 90 verletzt`) inherits its
 * answer; `weitere Soldaten` after North Korean soldiers (true); the segment
 * names North Korea as actor or origin (true, not for `other` subjects); else null.
 */
export function northKoreanOf(input: OriginInput): boolean | null {
  const { subject, nounPhrase, segment } = input;
  if (/\bnordkorea\w*|\bkims\b|volksarmee/.test(nounPhrase)) return true;
  if (OTHER_SIDE.test(nounPhrase) || input.civilian) return false;
  // `Russland hat … mehr als 700.000 Soldaten verloren`: the losses of the side the clause opens with.
  const lead = input.lead ?? '';
  if (LOSS.test(segment) && OTHER_SIDE_SUBJECT.test(lead) && !namesNorthKoreaAsActor(lead)) return false;
  if (subject === 'people' && ATTACK.test(input.sentence)) return false;
  // `Moskau verlor 1000 Soldaten, Nordkorea 300`: a continuing figure whose own segment names North Korea.
  if (input.inherited === false && namesNorthKoreaAsActor(segment)) return true;
  if (input.inherited !== undefined && input.inherited !== null) return input.inherited;
  if (subject === 'other') return null;
  if (MORE_OF.test(nounPhrase) && (input.earlierNorthKorean || NORTH_KOREAN_TROOPS.test(input.before))) return true;
  if (namesNorthKoreaAsActor(segment)) return true;
  return null;
}
