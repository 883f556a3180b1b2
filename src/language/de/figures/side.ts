/**
 * Whose people or materiel a figure counts: the id of a side of the
 * {@link SideLexicon} (data: the catalogue's places and the story's sides),
 * {@link CIVILIANS}, {@link OWN_SIDE}, or null when the sentence does not
 * say. The product must never present, say, the civilian victims of an air
 * strike as one side's military losses, nor one army's losses as another's.
 *
 * All texts are folded with `foldSpelledOut`.
 *
 * @module
 */
import { sideMentions, type Side, type SideLexicon } from '../sides.ts';
import type { FigureSubject } from './types.ts';

/** The side of civilians (victims of attacks, residents, children ...). */
export const CIVILIANS = 'civilians';
/** `eigene Verluste`: the speaker's own side, which the sentence does not name. */
export const OWN_SIDE = 'own';
/** Every side of a war together: `auf beiden Seiten`, `seit Kriegsbeginn` (a total, nobody's own losses). */
export const ALL_SIDES = 'all';

/** A total over every side of a war. */
const ALL_WORDS =
  /\b(?:auf beiden seiten|beider seiten|beiderseits|beider kriegsparteien|aller kriegsparteien|beide kriegsparteien|auf allen seiten|insgesamt im krieg|im gesamten krieg|des gesamten krieges|im ganzen krieg|seit (?:dem )?kriegsbeginn|seit (?:dem )?beginn des (?:\w+ )?krieg\w*|seit beginn der (?:\w+ )?invasion|seit (?:dem )?beginn der (?:\w+ )?invasion)\b/;

/** Civilians named in the counted noun phrase. */
const CIVILIAN_WORD = /\bzivil\w*/;
/** `eigene Verluste`, `eigenen Soldaten`. */
const OWN_WORD = /\beigene\w*/;
/**
 * Words that make a side's mention a place, an opponent or a source, not the
 * actor: prepositions (`nach Schweden`, `gegen Schweden`) and the nouns of
 * attributions (`nach Angaben Schwedens`, `Berichten des schwedischen Militärs`).
 */
const NOT_ACTOR =
  /(?:\b(?:nach|in|gegen|an|zu|zur|zum|auf|mit|fuer|laut|zwischen|im|ins|ueber|angaben|informationen|schaetzungen?|erkenntnisse[n]?|berichte[n]?|zahlen|darstellung)|\b(?:naehe|grenze|richtung|kueste|norden|sueden)\s+(?:von|zu))\s+(?:(?:die|der|das|den|dem|des)\s+)?$/;
/** A side named as the source: `Stockholm zufolge`. */
const SOURCE_AFTER = /^\s*zufolge\b/;
/** Prepositions of destination or opponent inside a counted noun phrase (`der nach Schweden entsandten Soldaten`); not `aus`, `bei`, `auf … Seite`. */
const NOT_OWNER =
  /(?:\b(?:nach|in|gegen|an|zu|zur|zum|im|ins|ueber)|\b(?:naehe|grenze|richtung|kueste)\s+(?:von|zu))\s+(?:(?:die|der|das|den|dem|des)\s+)?$/;
/** Attacks whose victims are counted as people. */
export const ATTACK = /angriff|beschuss|bombard|anschlag|explosion|einschlag|attacke|luftschlag/;
/** `weitere Soldaten`, `zusätzliche Truppen`: more of a group named before. */
const MORE_OF = /\b(?:weitere[nrs]?|zusaetzliche[nrs]?)\b/;
/** Verbs and nouns of losing people or materiel. */
const LOSS = /\bverl(?:o|ie)r\w*|\bverlust\w*|\beinbuess\w*/;
/** Forces of a side named by an adjective: `die schwedische Armee`, `schwedische Truppen`. */
const FORCES = /^\s*(?:armee|streitkraefte|truppen|seite|militaer)\b/;
/** An adjective names an actor when it qualifies forces or soldiers (`schwedische Soldaten`, `die schwedische Armee`). */
const ADJECTIVE_OF_ACTOR = /^\s*(?:\w+\s+)?(?:armee|streitkraefte|truppen|seite|militaer|soldat\w*|kaempfer\w*|einheit\w*)\b/;
/**
 * Verbs of saying and estimating: a side named with them is the source of the
 * figure (`Schweden spricht von 300 Toten`), not its owner.
 */
const SAYING =
  /\b(?:sprich(?:t|st)|sprach(?:en)?|sprechen|melde(?:t|te|ten|n)|schaetz(?:t|te|ten|en)|berichte(?:t|te|ten)|sag(?:t|te|ten|en)|nenn(?:t|en)|nannten?|beziffer(?:t|te|ten|n)|zaehl(?:t|te|ten|en)|erklaer(?:t|te|ten|en)|teilten?\s+\w+\s+mit|teilt\s+\w+\s+mit|rechne(?:t|te|ten|n)\s+mit|geh(?:t|en)\s+\w+\s+von|ging(?:en)?\s+\w+\s+von)\b/;

/**
 * The first side named in the folded text as actor or origin — by a name or
 * demonym, or by an adjective of its forces or people (`schwedische Soldaten`)
 * — not as destination, opponent or source.
 */
export function sideAsActor(lexicon: SideLexicon, text: string): Side | null {
  for (const m of sideMentions(lexicon, text)) {
    if (NOT_ACTOR.test(text.slice(0, m.index)) || SOURCE_AFTER.test(text.slice(m.end))) continue;
    if (m.side.adjective.test(text.slice(m.index, m.end)) && !ADJECTIVE_OF_ACTOR.test(text.slice(m.end))) continue;
    return m.side;
  }
  return null;
}

/**
 * The side a clause opens with, within its first three words: a name or
 * demonym (`Russland hat …`, `Die Ukrainer verloren …`) or an adjective of
 * its forces (`Die russische Armee …`). Null when the opening names another
 * side as actor too (the owner of the losses is then unclear).
 */
function openingSide(lexicon: SideLexicon, lead: string): Side | null {
  const words = [...lead.matchAll(/\S+/g)];
  const limit = words[3]?.index ?? lead.length;
  const mentions = sideMentions(lexicon, lead);
  const first = mentions.find((m) => m.index < limit && !SOURCE_AFTER.test(lead.slice(m.end)));
  if (!first) return null;
  if (first.side.adjective.test(lead.slice(first.index, first.end)) && !FORCES.test(lead.slice(first.end))) return null;
  const others = mentions.filter((m) => m.side !== first.side && !NOT_ACTOR.test(lead.slice(0, m.index)) && !SOURCE_AFTER.test(lead.slice(m.end)));
  return others.length ? null : first.side;
}

/** The side whose soldiers the text names last (`… schwedische Soldaten …`, `… die Schweden …`). */
function troopsNamedBefore(lexicon: SideLexicon, before: string): Side | null {
  let best: { side: Side; at: number } | null = null;
  for (const side of lexicon.sides) {
    const m = side.troops.exec(before);
    if (m && (!best || m.index > best.at)) best = { side, at: m.index };
  }
  return best?.side ?? null;
}

/** Inputs of {@link sideOf}; all texts folded. */
export interface SideInput {
  subject: FigureSubject;
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
  /** The side of the previous figure in the same clause, when this one continues it (`... und mehr als 90 verletzt`). */
  inherited?: string | null;
  /** The side of the nearest earlier figure of the sentence that names one. */
  earlierSide: string | null;
  /** The figure's clause from its start up to the figure (where its subject stands). */
  lead?: string;
}

/**
 * Whose people or materiel the figure counts. In order: the counted noun
 * phrase names a side (`schwedische Soldaten`, `Soldaten aus Schweden`),
 * civilians or the speaker's own side; the losses of the side the clause
 * opens with (`Schweden hat … 300 Soldaten verloren`); people counted in a
 * sentence about an attack are civilians; a figure that continues the
 * previous one inherits its side unless its own segment names another as
 * actor (`Schweden verlor 1000, Norwegen 300`); `weitere Soldaten` after a
 * side's soldiers; the segment names a side as actor or origin (not for
 * `other` subjects, and not when it only says or estimates the figure); else null.
 */
export function sideOf(input: SideInput, lexicon: SideLexicon): string | null {
  const { subject, nounPhrase, segment } = input;
  const named = sideMentions(lexicon, nounPhrase).find((m) => !NOT_OWNER.test(nounPhrase.slice(0, m.index)));
  if (named) return named.side.id;
  if (CIVILIAN_WORD.test(nounPhrase) || input.civilian) return CIVILIANS;
  if (OWN_WORD.test(nounPhrase)) {
    // `Die Ukraine verlor 3000 eigene Soldaten`: the side the clause opens with; else the speaker's own side
    return (LOSS.test(segment) ? openingSide(lexicon, input.lead ?? '')?.id : undefined) ?? OWN_SIDE;
  }
  if (LOSS.test(segment)) {
    const opening = openingSide(lexicon, input.lead ?? '');
    if (opening) return opening.id;
  }
  // the war's total dead: no side's own figure, unless a side is named as the one that lost them
  if ((subject === 'soldiers' || subject === null) && !LOSS.test(segment) && ALL_WORDS.test(`${segment} ${input.lead ?? ''}`) && !sideAsActor(lexicon, segment)) return ALL_SIDES;
  if (subject === 'people' && ATTACK.test(input.sentence)) return CIVILIANS;
  const saying = SAYING.test(segment);
  if (input.inherited !== undefined && input.inherited !== null) {
    const own = saying ? null : sideAsActor(lexicon, segment);
    return own && own.id !== input.inherited ? own.id : input.inherited;
  }
  if (subject === 'other') return null;
  if (MORE_OF.test(nounPhrase)) {
    const before = input.earlierSide ?? troopsNamedBefore(lexicon, input.before)?.id ?? null;
    if (before) return before;
  }
  return saying ? null : (sideAsActor(lexicon, segment)?.id ?? null);
}
