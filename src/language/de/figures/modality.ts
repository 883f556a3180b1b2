/**
 * How a sentence presents a figure (its {@link Modality}): as a fact, an
 * estimate, a fear or warning, a model forecast, a possibility or a plan.
 * "Experten befürchten bis zu 10.000 Tote" is not a death toll; "die Zahl
 * könne in die Tausende gehen" is not "at least 1,000 killed".
 *
 * A figure reads the cues of its own clause (with a relative clause after
 * it) and, when its clause is governed by the one before (`…, dass`,
 * `…: `), of that clause too: "Die WHO befürchtet, dass die Zahl auf über 3000
 * steigen könnte". Cues never cross to a clause that has a figure of its own.
 *
 * All patterns work on text folded with `foldSpelledOut`.
 *
 * @module
 */
import type { Modality } from './types.ts';

/** Fears and warnings; jobs or lives at risk. */
const FEARED =
  /\b(?:befuercht\w*|fuercht\w*|fuerchte\w*|befuerchtung\w*|warn\w*|gewarnt|sorge[n]?,? dass|angst,? dass|droh\w*|auf dem spiel|in gefahr|gefaehrdet\w*|bedroht\w*)\b/;
/** Models, projections, expectations. */
const PROJECTED =
  /\b(?:prognos\w*|schaetzmodell\w*|modellrechnung\w*|modellierung\w*|berechnungsmodell\w*|hochrechnung\w*|hochgerechnet\w*|voraussichtlich\w*|erwartet\w*|erwarten|rechne[nt]? (?:\w+ )?mit|rechnete[n]? (?:\w+ )?mit|gerechnet|simulation\w*|szenario\w*|werde[n]? (?:\w+ ){0,6}(?:steigen|sinken|wachsen|fallen))\b/;
/** Possibility (Konjunktiv II and I of können, dürfen, würden; not `konnten`, past indicative). */
const POSSIBLE = /\b(?:koennte[n]?|koenne|duerfte[n]?|wuerde[n]?|moeglicherweise|womoeglich|eventuell|vielleicht|falls)\b/;
/** A decided plan or intention: `geplant`, `Konzept`, `sollen … wegfallen`, `will … investieren`. */
const PLANNED =
  /\b(?:geplant\w*|plant|planen|plante[n]?|plan|plaene[n]?|vorgesehen\w*|sieht \w+ vor|sehen \w+ vor|sanierungskonzept\w*|konzept\w*|will|wollen|wolle|wollten|soll(?:en|te|ten)? (?:\w+ ){0,8}(?:wegfallen|abgebaut|abbauen|gestrichen|streichen|entlassen|geschlossen|schliessen|eingespart|einsparen|investier\w*|entstehen|geschaffen|schaffen|gekuerzt))\b/;
/** Estimates of a present state (not forecasts): `nach Schätzungen`, `vermutet`, `gehen davon aus`. */
const ESTIMATED =
  /\b(?:schaetz\w*|geschaetzt\w*|einschaetzung\w*|vermut\w*|mutmasslich\w*|wahrscheinlich\w*|gehen? (?:\w+ ){0,3}davon aus|ging(?:en)? (?:\w+ ){0,3}davon aus|ausgehen|ausgegangen|annahme\w*|angenommen|offenbar)\b/;

/**
 * The modality of a figure from the folded words of its scope (own clause
 * first, then the governing clause). Fear over projection over possibility
 * over plan over estimate; counted when nothing says otherwise.
 */
export function modalityOf(own: string, governing: string): Modality {
  const all = `${own} , ${governing}`;
  if (FEARED.test(all)) return 'feared';
  if (PROJECTED.test(all)) return 'projected';
  if (POSSIBLE.test(own)) return 'hypothetical';
  if (PLANNED.test(own)) return 'planned';
  if (ESTIMATED.test(all)) return 'estimated';
  return 'counted';
}
