/**
 * The counted noun after a number (`Soldaten`, `Mann`, `Artillerie- und
 * Raketengeschosse`) and what kind of thing it is.
 *
 * All patterns work on words folded with `foldSpelledOut` (`../fold.ts`): `getötet` is `getoetet`.
 *
 * @module
 */
import { demonymSide, isPlaceWord, sideMentions, type SideLexicon } from '../sides.ts';
import { isCapitalized, type Token } from './tokens.ts';
import type { FigureSubject } from './types.ts';

/** The counted noun of a figure, as token indices (inclusive). */
export interface UnitPhrase {
  /** First (the noun, after adjectives) and last token of the unit as written (`Artillerie- und Raketengeschosse`). */
  first: number;
  last: number;
  /** Folded head noun, the last noun of the unit (`raketengeschosse`), or `%`. */
  head: string;
  /** The whole counted noun phrase: adjectives before the noun and `aus X` / genitive after it. */
  npFirst: number;
  npLast: number;
}

/** Lowercase words that are never adjectives of a counted noun (function words, verbs in -en/-e). */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'und', 'oder', 'sowie', 'aber', 'denn', 'die', 'der', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'einen',
  'einem', 'keine', 'keinen', 'seine', 'seinen', 'ihre', 'ihren', 'diese', 'diesen', 'jene', 'alle', 'allen',
  'beide', 'beiden', 'wir', 'sie', 'ihnen', 'unter', 'ueber', 'hinter', 'wieder', 'immer', 'weiter', 'mehr',
  'sehr', 'eher', 'oben', 'unten', 'neben', 'zwischen', 'gegen', 'wegen', 'ohne', 'seien', 'sind', 'waren',
  'wurden', 'werden', 'worden', 'haben', 'hatten', 'haetten', 'sollen', 'sollten', 'koennen', 'koennten',
  'konnten', 'duerften', 'muessen', 'mussten', 'wollen', 'wollten', 'gelten', 'galten', 'verloren', 'gefallen',
  'gestorben', 'sterben', 'starben', 'fielen', 'kamen', 'gingen', 'lagen', 'liegen', 'stehen', 'standen',
  'kaempfen', 'kaempften', 'dienen', 'dienten', 'ankommen', 'eintreffen', 'bereitstehen', 'angekommen',
  'eingetroffen', 'geblieben', 'gekommen', 'umgekommen', 'entsenden', 'schicken', 'liefern', 'verlegen',
  'erleiden', 'erlitten', 'zufolge', 'gemeinsam', 'insgesamt', 'heute', 'morgen', 'gestern', 'dabei', 'daneben',
  'ebenfalls', 'jeweils', 'teilweise', 'lange', 'zuvor', 'ende', 'mitte', 'anfang',
]);

const ADJECTIVE = /^[a-z]+(?:-[a-z]+)*(?:e|en|er|es|em)$/;
/** Prepositions allowed between a vague amount and its noun: `Tausende von Soldaten`. */
const COORDINATORS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw']);

const SOLDIER_NOUN =
  /(?:soldat|soldaten|soldatinnen|kaempfer|kaempferinnen|kaempfern|truppe|truppen|offizier|offiziere|offizieren|generaele|rekruten|reservisten|(?:militaer|armee|truppen|streitkraefte)angehoerigen?|spezialkraefte|elitekraefte|soeldner|soeldnern|infanteristen|fallschirmjaeger|grenadiere|scharfschuetzen|militaers|militaerberater|ausbilder|kommandeure|kriegsgefangene|kriegsgefangenen|gefallene|gefallenen|marineinfanteristen)$/;
const MUNITION_NOUN =
  /(?:geschoss|geschosse|geschossen|granate|granaten|munition|munitionen|patrone|patronen|sprengkoepfe|sprengkoepfen|sprengkopf)$|^schuss$|^(?:land|panzer|anti)?minen$/;
const WEAPON_NOUN =
  /(?:rakete|raketen|panzer|haubitze|haubitzen|geschuetz|geschuetze|geschuetzen|werfer|kampfjet|kampfjets|kampfflugzeug|kampfflugzeuge|kampfflugzeugen|waffe|waffen|waffensystem|waffensysteme|marschflugkoerper|flugkoerper|moerser|gewehr|gewehre|gewehren|kanone|kanonen|artillerie)$/;
/** Vehicles and aircraft: weapons only in a military sentence (`14 Löschflugzeuge` are not). */
const VEHICLE_NOUN =
  /(?:drohne|drohnen|flugzeug|flugzeuge|flugzeugen|jets|hubschrauber|helikopter|helikoptern|fahrzeug|fahrzeuge|fahrzeugen|systeme|systemen)$/;
/** Civil vehicles, never weapons (`Löschflugzeuge`, `Rettungshubschrauber`). */
const CIVIL_VEHICLE = /^(?:loesch|rettungs|passagier|linien|sanitaets|feuerwehr|polizei|transport)/;
/** Persons who are soldiers or not depending on the clause (besides the sides' demonyms). */
const AMBIGUOUS_PERSON =
  /(?:^maenner|^maennern|gefangene|gefangenen|tote|toten|todesopfer|todesopfern|verletzte|verletzten|verwundete|verwundeten|getoetete|getoeteten|opfer|opfern|^verluste|^verlusten|leichen|vermisste|vermissten|menschenleben)$/;
/** People whatever the sentence (as head nouns, compounds included: `Einsatzkräfte`, `Forstarbeiter`). */
const PEOPLE_NOUN =
  /(?:^menschen|^personen|^zivilisten|^zivilistinnen|^zivilpersonen|einwohner|einwohnern|einwohnerinnen|bewohner|bewohnern|bewohnerinnen|^kinder|^kindern|^frauen|buerger|buergern|buergerinnen|arbeiter|arbeitern|arbeiterinnen|arbeitskraefte|arbeitskraeften|fluechtlinge|fluechtlingen|passanten|leute|leuten|angehoerige|angehoerigen|jugendliche|jugendlichen|studenten|familien|helfer|helfern|helferinnen|sanitaeter|journalisten|obdachlose|obdachlosen|evakuierte|evakuierten|vertriebene|vertriebenen|gefluechtete|gefluechteten|verschuettete|verschuetteten|gerettete|geretteten|ueberlebende|ueberlebenden|einsatzkraefte|einsatzkraeften|rettungskraefte|rettungskraeften|hilfskraefte|hilfskraeften|feuerwehrleute|feuerwehrleuten|feuerwehrmaenner|retter|rettern|spezialisten|spezialistinnen|mitarbeiter|mitarbeitern|mitarbeiterinnen|mitarbeitende|mitarbeitenden|beschaeftigte|beschaeftigten|angestellte|angestellten|arbeitnehmer|arbeitnehmern|teilnehmer|teilnehmern|teilnehmerinnen|teilnehmende|teilnehmenden|demonstranten|demonstrierende|demonstrierenden|gaeste|gaesten|touristen|urlauber|urlaubern|urlauberinnen|patienten|verdaechtige|verdaechtigen|ehrenamtliche|ehrenamtlichen|freiwillige|freiwilligen|landsleute|staatsangehoerige|staatsangehoerigen|festgenommene|festgenommenen|haeftlinge|haeftlingen|bauunternehmer)$/;
/** Nouns of civilians: a figure counting them is never a military figure, whatever side it names. */
export const CIVILIAN_NOUN =
  /^(?:zivilisten|zivilistinnen|zivilpersonen|einwohner|einwohnern|bewohner|bewohnern|kinder|kindern|passanten|fluechtlinge|fluechtlingen|frauen|helfer|sanitaeter|journalisten)$/;
/** Casualty nouns that may be coordinated into one unit (`Tote und Verletzte`). */
const CASUALTY_NOUN = /^(?:tote|toten|verletzte|verletzten|verwundete|verwundeten|getoetete|getoeteten|gefallene|gefallenen|vermisste|vermissten|gefangene|gefangenen)$/;
/** Missiles: delivered, they are munitions; otherwise weapons. */
export const MISSILE_NOUN = /(?:rakete|raketen|flugkoerper)$/;
/** Men: people unless the sentence is military (as the sides' demonyms). */
const MEN_NOUN = /^maennern?$/;

/** Military context of a clause (folded): decides whether `Tote`, `Ukrainer` are soldiers. */
export const MILITARY_CONTEXT =
  /soldat|truppe|armee|streitkraeft|front|kampf|kaempf|gefecht|militaer|einheit|brigade|offensive|krieg|einsatz|gefallen|schlachtfeld/;
/** Fighting fires and rescuing people is no war: `kämpfen gegen die Flammen`, `Einsatzkräfte`, `im Einsatz` with rescuers. */
const CIVIL_CONTEXT =
  /\b(?:kaempf\w*|kampf)\b(?:\s+\S+){0,14}?\s+gegen\s+(?:die|das|den)\s+(?:flammen|feuer|brand|braende|hochwasser|fluten)\b|\w*(?:brandbekaempfung|einsatzkraeft|rettungseinsatz|hilfseinsatz|loescheinsatz|katastropheneinsatz|feuerwehr|rettungsteam|rettungskraeft|rettungskette|katastrophenhilf|einsatzleit)\w*|\bim einsatz\b|\bfrontscheibe\w*/g;

/** True when the folded text is military once civil rescue and firefighting phrases are set aside. */
export function isMilitary(text: string): boolean {
  if (!MILITARY_CONTEXT.test(text)) return false;
  return MILITARY_CONTEXT.test(text.replace(CIVIL_CONTEXT, ' '));
}

/**
 * Reads the counted noun after a quantity, starting at token `j`: up to four
 * adjectives (`weitere`, `schwedische`), then a capitalised noun; `%` and
 * `Prozent` give `%`. Null when a verb or function word comes first
 * (`mehr als 90 verletzt`).
 */
export function readUnit(toks: readonly Token[], j: number, vague: boolean, sides: SideLexicon): UnitPhrase | null {
  const first = toks[j];
  if (!first) return null;
  if (first.text === '%' || first.fold === 'prozent') return { first: j, last: j, head: '%', npFirst: j, npLast: j };
  let k = j;
  if (vague && toks[k]?.fold === 'von') k++;
  let adjectives = 0;
  let verbLike = false;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.type !== 'word') return null;
    if (isCapitalized(t.text)) break;
    if (adjectives >= 4 || NOT_ADJECTIVES.has(t.fold) || !ADJECTIVE.test(t.fold)) return null;
    // `lieferte`, `schickte`: past tense verbs look like adjectives in -e.
    if (/[^s]te$/.test(t.fold)) verbLike = true;
    adjectives++;
    k++;
  }
  const noun = toks[k];
  if (!noun || noun.type !== 'word' || !isCapitalized(noun.text)) return null;
  if (noun.fold === 'mann' && adjectives > 0) return null;
  // `zwischen 2022 und 2024 lieferte Schweden`: a place or party is never the counted noun
  if (isPlaceWord(sides, noun.fold)) return null;
  if (verbLike && subjectOfNoun(noun.fold, anyContext(sides)) === 'other') return null;
  let last = k;
  let head = noun.fold.replace(/[-‑]$/, '');
  const c1 = toks[k + 1];
  const c2 = toks[k + 2];
  const coordinated = c1 && COORDINATORS.has(c1.fold) && c2?.type === 'word' && isCapitalized(c2.text);
  if (/[-‑]$/.test(noun.text)) {
    // `Artillerie- und Raketengeschosse`
    if (!coordinated) return null;
    last = k + 2;
    head = c2!.fold;
  } else if (coordinated && CASUALTY_NOUN.test(head) && CASUALTY_NOUN.test(c2!.fold)) {
    // `Tote und Verletzte`
    last = k + 2;
    head = `${head} ${c2!.fold}`;
  } else if (c1?.type === 'word' && isCapitalized(c1.text) && MUNITION_NOUN.test(c1.fold)) {
    // `Schuss Munition`, `Tonnen Munition`, `Container Artilleriemunition`
    last = k + 1;
    head = c1.fold;
  } else if (c1 && (c1.fold === 'mit' || c1.fold === 'voller') && !MUNITION_NOUN.test(head)) {
    // `Container mit Munition`, `Waggons voller Granaten`
    for (let m = k + 2; m <= k + 4 && m < toks.length; m++) {
      const w = toks[m]!;
      if (w.type !== 'word') break;
      if (isCapitalized(w.text)) {
        if (MUNITION_NOUN.test(w.fold)) {
          last = m;
          head = w.fold;
        }
        break;
      }
    }
  }
  return { first: k, last, head, npFirst: j, npLast: postModifierEnd(toks, last, sides) };
}

/**
 * Extends a noun phrase over `aus Schweden`, `der schwedischen Armee`, `bei den Schweden`,
 * `auf schwedischer Seite`, and over the bare genitive of the one country the last rule names.
 */
function postModifierEnd(toks: readonly Token[], last: number, sides: SideLexicon): number {
  const t = toks[last + 1];
  if (!t || t.type !== 'word') return last;
  if (t.fold === 'auf') {
    // `300 Tote auf schwedischer Seite`
    for (let k = last + 2; k <= last + 4 && k < toks.length; k++) {
      const w = toks[k]!;
      if (w.type !== 'word') return last;
      if (isCapitalized(w.text)) return w.fold === 'seite' ? k : last;
    }
    return last;
  }
  if (t.fold === 'aus' || t.fold === 'der' || t.fold === 'des' || t.fold === 'bei' || t.fold === 'unter') {
    for (let k = last + 2; k <= last + 5 && k < toks.length; k++) {
      const w = toks[k]!;
      if (w.type !== 'word') return last;
      if (isCapitalized(w.text)) return k;
    }
    return last;
  }
  // `Soldaten Schwedens`
  if (isCapitalized(t.text) && sideMentions(sides, t.fold).some((m) => m.index === 0 && m.end === t.fold.length)) return last + 1;
  return last;
}

/** What the sentence around a counted noun says, for persons that may or may not be soldiers. */
export interface NounContext {
  /** The sentence is military (soldiers, front, war). */
  military: boolean;
  /** The clause counts casualties or captives. */
  casualties: boolean;
  /** The sentence is about an attack and the clause names no soldiers: victims are people. */
  attack: boolean;
  /** The sides, for demonyms (`Schweden`, `Franzosen`). */
  sides: SideLexicon;
}

/** A context in which every person noun counts (for "is this a counted noun at all?"). */
export function anyContext(sides: SideLexicon): NounContext {
  return { military: true, casualties: true, attack: false, sides };
}

/**
 * What a counted noun is: `soldiers` (`Soldaten`, `Mann`, `Kämpfer`, `Truppen`),
 * `people` (`Menschen`, `Zivilisten`), `munitions` (`Geschosse`, `Granaten`,
 * `Schuss Munition`), `weapons` (`Raketen`, `Panzer`, `Haubitzen`) or `other`
 * (`Ortschaften`, `%`). Persons that may be either (`Tote`, `Verletzte`,
 * `Gefangene`, a side's demonym such as `Schweden`, `Verluste`) are people when
 * the sentence is about an attack, soldiers in a military sentence (or
 * nationals of a `combatants` side counted as casualties, or `Verluste`), else
 * people for nationals and null (unknown) for casualty nouns.
 */
export function subjectOfNoun(head: string, ctx: NounContext): FigureSubject {
  if (head === '%') return 'other';
  const heads = head.split(' ');
  const h = heads[heads.length - 1]!;
  if (h === 'mann' || SOLDIER_NOUN.test(h)) return 'soldiers';
  if (MUNITION_NOUN.test(h)) return 'munitions';
  if (WEAPON_NOUN.test(h)) return 'weapons';
  if (VEHICLE_NOUN.test(h) && !CIVIL_VEHICLE.test(h)) return ctx.military ? 'weapons' : 'other';
  const nationals = demonymSide(ctx.sides, h);
  if (nationals || AMBIGUOUS_PERSON.test(h)) {
    if (ctx.attack) return 'people';
    // nationals of a side whose people in the story are its soldiers, counted as casualties
    if (ctx.military || (nationals?.combatants && ctx.casualties) || /^verlust/.test(h)) return 'soldiers';
    return nationals || MEN_NOUN.test(h) ? 'people' : null;
  }
  if (PEOPLE_NOUN.test(h)) return 'people';
  return 'other';
}

/** True for subjects that are counts of soldiers, people or materiel (not `other`). */
export function isCountSubject(s: FigureSubject): boolean {
  return s === 'soldiers' || s === 'people' || s === 'munitions' || s === 'weapons';
}
