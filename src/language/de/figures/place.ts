/**
 * Where a figure's clause says it happened: the places (side or place ids of
 * the {@link SideLexicon}) named after a locative preposition — `in
 * Albanien`, `im Bezirk Pogradec` (a town the story's side names), `zwischen
 * Nordmazedonien und Albanien`, `auf der albanischen Seite` — and the years
 * the clause names (`1994`, `im Jahr 2009`), so that the answer layer can
 * tell a figure about another place or another time.
 *
 * @module
 */
import { sideMentions, type SideLexicon } from '../sides.ts';
import type { Span } from './clauses.ts';
import { isCapitalized, type Token } from './tokens.ts';

/** Prepositions that introduce where something happened. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'im', 'bei', 'beim', 'auf', 'zwischen', 'nahe', 'vor']);
/** Words allowed between a locative preposition and the place (articles, adjectives, region nouns, coordination). */
const LINK: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'sowie', 'oder', 'von', 'allein', 'ganz', 'ganzen', 'gesamten']);
/** `auf der albanischen Seite`, `der albanischen Grenzregion`: an adjective of a side with a place noun. */
const SIDE_NOUN = /^(?:seite|grenzregion|grenzgebiet|region|kueste|hauptstadt|provinz|bezirk|regionen|gebiet|gebieten)$/;
/** Lowercase words in -en/-er that end the place phrase (`im Kampf gegen die Ukraine`). */
const NOT_ADJECTIVE: ReadonlySet<string> = new Set(['gegen', 'wegen', 'unter', 'ueber', 'hinter', 'neben', 'entgegen', 'seiten', 'innen', 'aussen', 'oben', 'unten', 'seien', 'waren', 'wurden', 'werden', 'haben', 'hatten', 'sollen', 'kamen', 'starben', 'fielen', 'lebten']);
/** Compass directions: `im Westen`, `im Norden` name a part of a place, never a place of their own. */
const DIRECTIONS: ReadonlySet<string> = new Set(['westen', 'osten', 'norden', 'sueden', 'nordwesten', 'nordosten', 'suedwesten', 'suedosten']);
/** Words before a year that do not make the figure historical: `seit 2023`, `ab 2024`, `bis 2028`. */
const SINCE: ReadonlySet<string> = new Set(['seit', 'ab', 'bis', 'since', 'zwischen']);
/** The sentence speaks of another time: `damals`, `seinerzeit`. */
const PAST_WORD = /\b(?:damals|seinerzeit|einst|vormals|zuvor zuletzt)\b/;

/**
 * The place ids a span names as locations, in text order without repeats:
 * `in X`, `im Bezirk X`, `zwischen X und Y`, `in X und Y`, `auf der x-ischen Seite`.
 */
export function placesIn(toks: readonly Token[], span: Span, lexicon: SideLexicon): string[] {
  const out: string[] = [];
  if (lexicon.sides.length === 0) return out;
  for (let i = span.first; i <= span.last; i++) {
    if (!LOCATIVE.has(toks[i]!.fold)) continue;
    for (let j = i + 1; j <= span.last && j <= i + 7; j++) {
      const t = toks[j]!;
      if (t.type !== 'word') break;
      if (LINK.has(t.fold)) continue;
      // `im Westen Sardiniens`: a compass direction, not a region called "the West"
      if (DIRECTIONS.has(t.fold)) continue;
      const mentions = sideMentions(lexicon, t.fold, 'name').filter((m) => m.index === 0 && m.end === t.fold.length);
      if (mentions.length > 0 && isCapitalized(t.text)) {
        for (const m of mentions) if (!out.includes(m.side.id)) out.push(m.side.id);
        continue;
      }
      // `auf der albanischen Seite`
      if (!isCapitalized(t.text)) {
        const adjective = lexicon.sides.find((s) => s.adjective.test(t.fold));
        if (adjective && SIDE_NOUN.test(toks[j + 1]?.fold ?? '')) {
          if (!out.includes(adjective.id)) out.push(adjective.id);
          j++;
          continue;
        }
        if (/(?:e|en|er|es|em)$/.test(t.fold) && !NOT_ADJECTIVE.has(t.fold)) continue; // another adjective (`schweren`)
        break;
      }
      // a region noun before the name (`im Bezirk Pogradec`, `in der Region Tirol`, `im Grenzgebiet zwischen`)
      if (j - i <= 3) continue;
      break;
    }
  }
  return out;
}

/** Years (1900-2099) a span names outside the figures, except `seit 2023`, `ab 2024`, `bis 2028`. */
export function yearsIn(toks: readonly Token[], span: Span, figures: readonly Span[] = []): number[] {
  const out: number[] = [];
  for (let i = span.first; i <= span.last; i++) {
    const t = toks[i]!;
    if (figures.some((f) => i >= f.first && i <= f.last)) continue;
    if (t.type !== 'num' || !t.plain || t.value === null || t.value < 1900 || t.value > 2099) continue;
    const p1 = toks[i - 1]?.fold ?? '';
    const p2 = toks[i - 2]?.fold ?? '';
    if (SINCE.has(p1) || SINCE.has(p2)) continue;
    out.push(t.value);
  }
  return out;
}

/** True when the folded sentence speaks of another time (`damals starben 14 Menschen`). */
export function speaksOfThePast(folded: string): boolean {
  return PAST_WORD.test(folded);
}
