/**
 * What a count counts in catalogue terms (`killed`, `missing`, `evacuated`,
 * `destroyed`, `troops-sent`, ...), from the verbs, participles and nouns of
 * its own clause: the "done to" of a figure. Measurements (magnitudes,
 * areas, money ...) have their quantity as kind.
 *
 * All patterns work on text folded with `foldSpelledOut` (`../fold.ts`): `getötet` is `getoetet`.
 *
 * @module
 */
import { MISSILE_NOUN } from './nouns.ts';
import { MEASUREMENTS, type FigureSubject } from './types.ts';

/** The kinds of counts. */
export const COUNT_KINDS = [
  'killed',
  'wounded',
  'killed-or-wounded',
  'missing',
  'trapped',
  'rescued',
  'recovered',
  'evacuated',
  'captured',
  'deployed',
  'troops-sent',
  'troops-arrived',
  'reinforcements',
  'munitions',
  'weapons',
  'destroyed',
  'damaged',
] as const;

/** The kinds a figure can have (`Figure.kind`): counts and measurements; catalogue measures name kinds from this list. */
export const FIGURE_KINDS = [...COUNT_KINDS, ...MEASUREMENTS] as const;

/** What a figure measures. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** What a count kind says, in German words a text uses (for finding candidate paragraphs; as written). */
export const KIND_WORDS: Readonly<Record<(typeof COUNT_KINDS)[number], readonly string[]>> = {
  killed: ['Tote', 'Toten', 'Todesopfer', 'getötet', 'tot', 'ums Leben', 'starben', 'gestorben', 'gefallen', 'Gefallene', 'Leichen', 'Menschenleben', 'umgekommen'],
  wounded: ['Verletzte', 'verletzt', 'Verwundete', 'verwundet', 'Schwerverletzte'],
  'killed-or-wounded': ['Verluste', 'verloren', 'Opfer', 'getötet', 'verwundet'],
  missing: ['vermisst', 'Vermisste', 'verschollen'],
  trapped: ['verschüttet', 'Verschüttete', 'eingeschlossen', 'Trümmern'],
  rescued: ['gerettet', 'lebend', 'geborgen', 'befreit', 'Gerettete'],
  recovered: ['geborgen', 'Leichen'],
  evacuated: ['evakuiert', 'Evakuierte', 'obdachlos', 'Obdachlose', 'Notunterkünfte', 'verlassen', 'Sicherheit', 'vertrieben', 'geflohen', 'Zelten'],
  captured: ['gefangen', 'Gefangene', 'festgenommen', 'Festnahmen', 'verhaftet'],
  deployed: ['Einsatz', 'Einsatzkräfte', 'Helfer', 'Rettungskräfte', 'Feuerwehrleute', 'geschickt', 'entsandt'],
  'troops-sent': ['Soldaten', 'Truppen', 'entsandt', 'geschickt', 'stationiert'],
  'troops-arrived': ['Soldaten', 'angekommen', 'eingetroffen'],
  reinforcements: ['Verstärkung', 'Ersatz'],
  munitions: ['Munition', 'Geschosse', 'Granaten', 'Artilleriegeschosse'],
  weapons: ['Raketen', 'Panzer', 'Waffen', 'Haubitzen'],
  destroyed: ['zerstört', 'eingestürzt', 'stürzten', 'niedergebrannt', 'brannten', 'ausgebrannt', 'Häuser', 'Gebäude'],
  damaged: ['beschädigt', 'Schäden'],
};

const KILLED =
  /\b(?:getoetet\w*|toetete\w*|toeten|tot|tote[nr]?|todesopfer\w*|\w+tote[nr]?|gefallen(?:e[nr]?)?|fielen|fiel|gestorben|starben|starb|sterben|ums leben|das leben|umgekommen\w*|leichen|liquidiert|eliminiert|tod|tode|tods|menschenleben|erlag\w*|erlegen)\b/;
/** `kamen … um` (separable `umkommen`) at the end of a clause. */
const CAME_TO_DIE = /\bkam(?:en)?\s+(?:\S+\s+)*um$/;
const WOUNDED = /\b(?:\w*verletzt\w*|\w*verwundet\w*|verletzung\w*|verwundung\w*)\b/;
const LOSSES = /\b(?:verlust\w*|verloren|verlor\w*|verlier\w*|opfer|opfern|ausfaelle\w*|ausser gefecht)\b/;
/** `trotz hoher Verluste`, `zum Ersatz von Verlusten`: losses mentioned as a reason, not counted. */
const LOSSES_AS_REASON = /\b(?:trotz|wegen|aufgrund|angesichts|ersatz von|ausgleich)\s+(?:\w+\s+)?verlust\w*/g;
const CAPTURED = /\b(?:gefangen\w*|gefangenschaft|kriegsgefangen\w*|festgenommen\w*|festnahme\w*|gefangennahme|verhaftet\w*|inhaftiert\w*|in gewahrsam)\b/;
const CAPTIVE_NOUN = /(?:gefangene[n]?|festgenommene[n]?|verhaftete[n]?|haeftlinge[n]?)$/;
const MISSING = /\b(?:vermisst\w*|vermisste\w*|verschollen\w*|unauffindbar)\b/;
const TRAPPED =
  /\b(?:verschuettet\w*|eingeschlossen\w*|eingeklemmt\w*|unter (?:den |dem |eingestuerzten )?(?:truemmern|schutt|geroell|schuttbergen|eingestuerzten \w+)|\w*verschuettete\w*)\b/;
/** Rescued alive: `lebend geborgen`, `bargen … lebend`, `gerettet`, `befreit`. */
const RESCUED =
  /\b(?:gerettet\w*|rettete\w*|retten|gerettete\w*|befreit\w*|\w*lebend\w*\s+(?:\S+\s+){0,4}(?:geborgen|gezogen|befreit|bergen|ausgegraben)|(?:barg|bargen|geborgen|zogen|gezogen|holten|geholt|befreien|befreite\w*)\s+(?:\S+\s+){0,9}lebend\w*)\b/;
/** Bodies recovered: `elf Tote geborgen`, `Leichen geborgen`. */
const RECOVERED = /\b(?:geborgen|bargen|barg|bergen|geborgenen)\b/;
const BODY_NOUN = /(?:tote|toten|leichen|leichname|todesopfer)$/;
const EVACUATED =
  /\b(?:evakuiert\w*|evakuierung\w*|evakuierte\w*|in sicherheit gebracht|obdachlos\w*|vertrieben\w*|gefluechtet\w*|geflohen|flohen|fliehen|auf der flucht|notunterk\w*|zeltstaedt\w*|zeltlager\w*|untergebracht|zuhause verloren|heim verloren|(?:haeuser|wohnungen|unterkuenfte|campingplaetze|ferienanlagen|ortschaften|doerfer|region|gebiet)\s+(?:\w+\s+){0,6}verlassen|mussten\s+(?:\w+\s+){0,6}verlassen|ausserhalb ihrer \w+|in zelten|turnhallen|ohne dach)\b/;
/** Homes lost: `ihre Häuser verlieren`, `ihr Zuhause verloren` (homeless, not casualties). */
const HOMES_LOST = /\b(?:haeuser|haus|wohnungen|wohnung|zuhause|heim|obdach|unterkunft|unterkuenfte|hab und gut)\s+(?:\S+\s+){0,3}(?:verlier\w*|verloren|verlor\w*)/;
const REINFORCEMENTS = /\b(?:verstaerkung\w*|ersatz|ersatzes|ersetz\w*|nachschub|aufgefuellt|auffuellen|aufzufuellen|rotation\w*|abloesung\w*)\b/;
const ARRIVED = /\b(?:angekommen|ankommen|ankunft|eingetroffen|eintreffen|gelandet)\b|\btr(?:af|afen|ifft|effen)\b.*\bein\b/;
const SENT =
  /\b(?:entsandt\w*|entsend\w*|geschickt\w*|schick\w*|verlegt\w*|verleg\w*|stationier\w*|bereitstehen\w*|bereit|im einsatz|eingesetzt\w*|einsetz\w*|einsatz\w*|kaempf\w*|kampf\w*|front\w*|mobilisiert\w*|zusammengezogen|dienen|dienst\w*|unterstuetz\w*|nach russland|in russland|entsendung\w*)\b/;
/** Helpers, rescuers and firefighters deployed (people, not soldiers). */
const DEPLOYED =
  /\b(?:im einsatz|eingesetzt\w*|einsatz\w*|entsandt\w*|entsend\w*|geschickt\w*|schickt\w*|schickte\w*|schicken|gelandet|eingetroffen|angereist|gestartet|starten|vor ort|kaempf\w*|bekaempf\w*|loesch\w*)\b/;
/** Persons whose work is to help: they are deployed, not evacuated or counted as victims. */
const RESCUER_NOUN =
  /(?:helfer|helfern|helferinnen|einsatzkraefte|einsatzkraeften|rettungskraefte|rettungskraeften|hilfskraefte|hilfskraeften|feuerwehrleute|feuerwehrleuten|feuerwehrmaenner|retter|rettern|spezialisten|spezialistinnen|sanitaeter|aerzte|polizisten|ehrenamtliche|ehrenamtlichen|freiwillige|freiwilligen|forstarbeiter)$/;
/** A rescue team named around `85 Personen`. */
const RESCUE_CONTEXT = /rettung|hilfs|helfer|einsatz|team|feuerwehr|loesch|bergung/;
const DELIVERED = /\b(?:geliefert\w*|liefer\w*|lieferung\w*|bereitgestellt|ueberlassen|verschifft|transportiert|exportiert)\b/;
/** Buildings and things destroyed: `zerstört`, `eingestürzt`, `stürzten … ein`, `brannten nieder`, `ausgebrannt`. */
const DESTROYED =
  /\b(?:zerstoert\w*|zerstoerten|eingestuerzt\w*|einstuerz\w*|stuerzt\w*\s+(?:\S+\s+){0,6}ein|niedergebrannt\w*|brannt\w*\s+(?:\S+\s+){0,3}nieder|abgebrannt\w*|ausgebrannt\w*|brannt\w*\s+(?:\S+\s+){0,3}aus|dem erdboden gleich\w*|unbewohnbar|abgerissen|vernichtet\w*|in schutt und asche)\b/;
const DAMAGED = /\b(?:beschaedigt\w*|schaeden|schaden genommen)\b/;

/** Removes phrases that look like cues but are not (`einen Gefallen`, `trotz hoher Verluste`). */
function clean(text: string): string {
  return text
    .replace(/\b(?:einen|ein|den|dem) gefallen\b/g, ' ')
    .replace(/\bunverletzt\w*/g, ' ')
    .replace(LOSSES_AS_REASON, ' ');
}

/** The kind of a figure and the word that said it. */
export interface KindCue {
  kind: FigureKind;
  /** The folded cue as found (`ums leben`, `vermisst`), or the counted noun when the noun alone says it (`tote`). */
  done: string | null;
}

function found(kind: FigureKind, m: RegExpExecArray | null): KindCue {
  return { kind, done: m ? m[0] : null };
}

/** Casualty, rescue and troop kinds for persons, from one stretch of folded text. */
function personKind(text: string, subject: FigureSubject, head: string | null, military: boolean): KindCue | null {
  const t = clean(text);
  const troopish = subject === 'soldiers' || (subject === null && military);
  let m: RegExpExecArray | null;
  if (subject !== 'people' && (m = REINFORCEMENTS.exec(t))) return found('reinforcements', m);
  if (head !== null && BODY_NOUN.test(head) && (m = RECOVERED.exec(t))) return found('recovered', m);
  const civil = subject !== 'soldiers';
  if (civil && (m = RESCUED.exec(t)) && !(head !== null && BODY_NOUN.test(head))) return found('rescued', m);
  const captured = CAPTURED.exec(t);
  if (captured && head !== null && CAPTIVE_NOUN.test(head)) return found('captured', captured);
  const killed = KILLED.exec(t) ?? CAME_TO_DIE.exec(t);
  const wounded = WOUNDED.exec(t);
  if (killed && wounded) return { kind: 'killed-or-wounded', done: `${killed[0]} ${wounded[0]}` };
  if (killed) return found('killed', killed);
  if (wounded) return found('wounded', wounded);
  if ((m = MISSING.exec(t))) return found('missing', m);
  if (civil && (m = TRAPPED.exec(t))) return found('trapped', m);
  if (civil && (m = HOMES_LOST.exec(t))) return found('evacuated', m);
  if ((m = LOSSES.exec(t))) return found('killed-or-wounded', m);
  if (captured) return found('captured', captured);
  if (civil && (m = EVACUATED.exec(t))) return found('evacuated', m);
  if (troopish && (m = ARRIVED.exec(t))) return found('troops-arrived', m);
  if (troopish && (m = SENT.exec(t))) return found('troops-sent', m);
  // helpers, rescuers and firefighters (or persons of a rescue team) deployed
  if (subject === 'people' && head !== null && (RESCUER_NOUN.test(head) || (/^(?:personen|menschen|leute)$/.test(head) && RESCUE_CONTEXT.test(t))) && (m = DEPLOYED.exec(t))) {
    return found('deployed', m);
  }
  return null;
}

/** Agent and person nouns by their ending (`Plünderer`, `Bergsteigerinnen`, `Demonstranten`, `Häftlinge`). */
const PERSON_SHAPE = /(?:[^aeiou]er|ern|erinnen|innen|isten|anten|enten|linge|lingen|eure|euren)$/;
const ANIMAL = /(?:schafe|ziegen|rinder|kuehe|tiere|hunde|suchhunde|pferde|schweine|huehner|voegel|fische|bienen|container|computer|rechner|zimmer|kinder)$/;
/** Kinds only persons have. */
const PERSON_ONLY: ReadonlySet<string> = new Set(['killed', 'wounded', 'killed-or-wounded', 'missing', 'captured', 'evacuated']);

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
 * The kind of a count: munitions and weapons from the counted noun (missiles
 * that are delivered count as munitions); destroyed or damaged for other
 * things (`2.300 Gebäude stürzten ein`); for persons, the nearest scope with a
 * cue decides: reinforcements (`Verstärkung`, `Ersatz`), bodies recovered
 * (`elf Tote geborgen`), rescued alive, casualties (`getötet` + `verwundet`
 * -> `killed-or-wounded`, `Verluste`, `Mann verloren`), missing, trapped,
 * captured, evacuated (`evakuiert`, `obdachlos`, `mussten … verlassen`),
 * troops arrived and sent, helpers deployed. Null when nothing says.
 */
export function kindOf(input: KindInput): KindCue | null {
  const { subject, head, scopes, military } = input;
  if (subject === 'munitions') return { kind: 'munitions', done: null };
  if (subject === 'weapons') {
    const delivered = scopes.some((s) => DELIVERED.test(s));
    return { kind: head !== null && MISSILE_NOUN.test(head) && delivered ? 'munitions' : 'weapons', done: null };
  }
  if (subject === 'other') {
    if (head === '%') return null;
    for (const scope of scopes) {
      const t = clean(scope);
      let m: RegExpExecArray | null;
      if ((m = DESTROYED.exec(t))) return found('destroyed', m);
      if ((m = DAMAGED.exec(t))) return found('damaged', m);
    }
    // a noun the lists do not know but shaped like a person (`Plünderer`, `Bergsteiger`) with a verb only persons take
    if (head !== null && PERSON_SHAPE.test(head) && !ANIMAL.test(head)) {
      for (const scope of scopes) {
        const k = personKind(scope, null, head, false);
        if (k && PERSON_ONLY.has(k.kind)) return k;
      }
    }
    return null;
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
