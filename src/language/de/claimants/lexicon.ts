/**
 * German grammar vocabulary used to find attributions: function words, verbs
 * of saying/reporting/believing, Konjunktiv markers, and the built-in
 * vocabulary of collective sources (identity adjectives, source nouns, role
 * nouns) that `corpus/claimants.json` can extend.
 *
 * All keys are folded with `foldForMatching` (lowercase, `ß` -> `ss`, no
 * diacritics); noun and adjective keys are stems (`stemWord`).
 *
 * @module
 */
import { foldForMatching } from '../fold.ts';
import { MONTH_WORDS, WEEKDAY_NAMES } from '../lexicon.ts';

/** Articles, demonstratives and possessives that open a noun phrase. */
export const DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'ihre', 'ihren', 'ihrer', 'ihres', 'ihrem', 'sein', 'seine', 'seinen', 'seiner', 'seines', 'seinem',
  'diese', 'dieser', 'dieses', 'diesen', 'diesem', 'jene', 'jener', 'jenes', 'jenen', 'jenem',
  'unsere', 'unserer', 'mehrere', 'einige', 'zwei', 'drei', 'beide', 'beiden',
]);

/** Definite determiners: a bare `der Geheimdienst` refers back to something named before. */
export const DEFINITE = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'diese', 'dieser', 'dieses', 'diesen', 'diesem',
]);

export const PREPOSITIONS = new Set([
  'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom',
  'vor', 'zu', 'zum', 'zur', 'uber', 'unter', 'gegen', 'gegenuber', 'durch', 'fur', 'ohne', 'um', 'wegen',
  'trotz', 'wahrend', 'laut', 'zufolge', 'gemass', 'hinter', 'neben', 'zwischen', 'innerhalb',
  'ausserhalb', 'ab', 'bis', 'per', 'via', 'angesichts', 'infolge', 'nahe',
]);

export const CONJUNCTIONS = new Set(['und', 'sowie', 'oder', 'aber', 'doch', 'denn', 'sondern', 'als']);

/** Sentence-initial words that are not part of the prefield constituent. */
export const LEADING_CONNECTORS = new Set(['doch', 'aber', 'und', 'denn', 'sondern', 'jedoch']);
/** Focus particles that may precede the subject inside the prefield (`Auch Bern und Washington gehen ...`). */
export const FOCUS_PARTICLES = new Set(['auch', 'selbst', 'sogar', 'nur', 'gerade', 'ebenfalls']);

/** Adverbs and other lowercase words that end a noun phrase. */
export const ADVERBS = new Set([
  'auch', 'zudem', 'demnach', 'bereits', 'nun', 'noch', 'jedoch', 'dabei', 'damals', 'heute', 'gestern',
  'morgen', 'immer', 'wieder', 'erstmals', 'offenbar', 'zunachst', 'bisher', 'spater', 'inzwischen',
  'mittlerweile', 'weiter', 'ausserdem', 'ebenfalls', 'erst', 'schon', 'nicht', 'nie', 'kein', 'keine',
  'so', 'dann', 'dort', 'hier', 'da', 'dazu', 'davon', 'darauf', 'dafur', 'daher', 'deshalb', 'zuvor',
  'kurzlich', 'jungst', 'derzeit', 'aktuell', 'zuletzt', 'insgesamt', 'allerdings', 'indes', 'jetzt',
  'sogar', 'nur', 'selbst', 'etwa', 'rund', 'fast', 'knapp', 'mehr', 'weniger', 'sehr', 'ganz', 'wohl',
  'vermutlich', 'angeblich', 'moglicherweise', 'offiziell', 'offensichtlich', 'tatsachlich', 'zugleich',
  'gleichzeitig', 'dagegen', 'hingegen', 'vielmehr', 'ferner', 'uberdies', 'ausdrucklich', 'erneut',
  'abermals', 'umgehend', 'sofort', 'inzwischen', 'nunmehr', 'seither', 'bislang', 'lange', 'langem',
  'seitdem', 'dies', 'es', 'sich', 'man', 'wie', 'dass', 'ob', 'wenn', 'weil', 'als', 'sei', 'seien',
  'zum', 'ersten', 'mal', 'einmal', 'zufolge', 'demzufolge', 'eigentlich', 'gern', 'gerne', 'wiederholt',
  'mehrfach', 'zuversichtlich', 'ausserst', 'uberzeugt', 'dennoch', 'trotzdem', 'obwohl', 'laut',
]);

/** Weekday names, folded (`montag`, `sonnabend`). */
export const WEEKDAYS: ReadonlySet<string> = new Set(Object.keys(WEEKDAY_NAMES).map(foldForMatching));
/** Full month names and variants, folded (`marz`, `janner`). */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_WORDS.map(foldForMatching));
/** Nouns of time that form adjuncts (`am Montag`, `letzte Woche`) to skip before a subject. */
export const TIME_NOUNS = new Set([
  ...WEEKDAYS, ...MONTHS, 'woche', 'wochenende', 'tag', 'tage', 'tagen', 'abend', 'morgen', 'vormittag',
  'nachmittag', 'mittag', 'nacht', 'jahr', 'jahres', 'monat', 'monats', 'fruhjahr', 'sommer', 'herbst',
  'winter', 'zeit', 'anfang', 'ende', 'mitte',
]);

/** Lowercase words that follow a Konjunktiv verb in `Schweden betrachte es`, `Daraus entwickle sich`. */
export const KONJ_FOLLOWERS = new Set([
  'sich', 'es', 'er', 'sie', 'man', 'dies', 'das', 'ihn', 'ihm', 'ihr', 'uns', 'nun', 'noch', 'zudem',
  'jedoch', 'aber', 'auch', 'dabei', 'demnach', 'bereits', 'nicht', 'weiter', 'damit', 'so', 'allerdings',
  'keine', 'kein', 'derzeit', 'inzwischen',
]);

/**
 * Finite forms that mark reported speech (Konjunktiv I, and the Konjunktiv II
 * substitutes `hätten`, `trügen`). A main clause led by one of these continues
 * the attribution of the sentence before it. Compared in lowercase WITH
 * umlauts (`hätten` is reported speech, `hatten` is not).
 */
export const KONJUNKTIV = new Set([
  'sei', 'seien', 'habe', 'hätten', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe',
  'stehe', 'liege', 'gehe', 'komme', 'bleibe', 'wisse', 'lasse', 'trügen', 'verfüge', 'erhalte', 'plane',
  'bereite', 'kämpfe', 'befinde', 'handle', 'handele', 'sehe', 'führe', 'brauche', 'benötige', 'besitze',
  'stünden', 'kämen', 'lägen', 'gäben',
]);

/** Finite auxiliaries and modals (for V2 detection and `hat ... bestätigt`). */
export const AUXILIARIES = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'hatte', 'ist', 'sind', 'war', 'waren', 'sei', 'seien',
  'wird', 'werden', 'wurde', 'wurden', 'werde', 'soll', 'sollen', 'sollte', 'sollten', 'solle', 'kann',
  'konnen', 'konnte', 'konnten', 'konne', 'muss', 'mussen', 'musste', 'mussten', 'musse', 'will', 'wollen',
  'wollte', 'wollten', 'wolle', 'darf', 'durfen', 'durfe', 'mochte', 'mochten',
]);
/** Auxiliaries of the passive voice (`wurde vom Pentagon bestätigt`). */
export const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden']);

/** Separable particles: a clause ending in one turns `sagte` into another verb (`sagte ... ab`). */
export const SEPARABLE_PARTICLES = new Set(['ab', 'zu', 'an', 'auf', 'aus', 'ein', 'vor', 'zuruck', 'fest', 'bei', 'nach', 'hinzu', 'mit', 'um', 'durch', 'weg', 'los', 'her', 'hin', 'fort', 'nieder']);

/** Kinds of speech verbs; negation cancels `confirm` claims (`hat ... nicht bestätigt`, `hat ... nicht bestritten`). */
export type VerbClass = 'say' | 'report' | 'confirm' | 'believe' | 'accuse' | 'cite';

/** A verb that introduces a claim. Forms are folded. */
export interface SpeechVerb {
  /** Finite forms in second position or inverted after a comma. */
  finite: string[];
  /** Separable particle that must end the clause (`teilte ... mit`). */
  particle?: string;
  /** Participles used with an auxiliary (`hat ... bestätigt`). */
  participles?: string[];
  /** Verb-final forms in subordinate clauses (`wie X mitteilte`). */
  final?: string[];
  /** One of these words must follow in the same clause (`sieht Anzeichen`, `geht davon aus`). */
  requires?: string[];
  cls: VerbClass;
  /** May open an inverted reporting clause after a comma (`..., sagte X.`). */
  trailing?: boolean;
}

const SPEECH_VERBS: SpeechVerb[] = [
  { finite: ['sagte', 'sagten', 'sagt', 'sagen', 'sage'], participles: ['gesagt'], cls: 'say', trailing: true },
  { finite: ['erklarte', 'erklarten', 'erklart', 'erklaren', 'erklare'], participles: ['erklart'], cls: 'say', trailing: true },
  { finite: ['betonte', 'betonten', 'betont', 'betonen', 'betone'], participles: ['betont'], cls: 'say', trailing: true },
  { finite: ['berichtete', 'berichteten', 'berichtet', 'berichten', 'berichte'], participles: ['berichtet'], cls: 'report', trailing: true },
  { finite: ['meldete', 'meldeten', 'meldet', 'melden', 'melde'], participles: ['gemeldet'], cls: 'report', trailing: true },
  { finite: ['schrieb', 'schrieben', 'schreibt', 'schreiben', 'schreibe'], participles: ['geschrieben'], cls: 'say', trailing: true },
  { finite: ['teilte', 'teilten', 'teilt', 'teile'], particle: 'mit', participles: ['mitgeteilt'], final: ['mitteilte', 'mitteilten', 'mitteilt', 'mitteile'], cls: 'say', trailing: true },
  { finite: ['bestatigte', 'bestatigten', 'bestatigt', 'bestatigen', 'bestatige'], participles: ['bestatigt'], cls: 'confirm', trailing: true },
  { finite: ['raumte', 'raumten', 'raumt'], particle: 'ein', participles: ['eingeraumt'], final: ['einraumte', 'einraumten', 'einraumt'], cls: 'confirm', trailing: true },
  { finite: ['gab', 'gaben', 'gibt'], particle: 'an', participles: ['angegeben'], final: ['angab', 'angaben', 'angibt'], cls: 'say', trailing: true },
  { finite: ['gab', 'gaben', 'gibt'], particle: 'bekannt', participles: ['bekanntgegeben'], final: ['bekanntgab', 'bekanntgaben', 'bekanntgibt'], cls: 'say', trailing: true },
  { finite: ['nannte', 'nannten', 'nennt'], participles: ['genannt'], cls: 'say' },
  { finite: ['verkundete', 'verkundeten', 'verkundet', 'verkundigte', 'verkundigten'], participles: ['verkundet', 'verkundigt'], cls: 'say', trailing: true },
  { finite: ['versicherte', 'versicherten', 'versichert'], participles: ['versichert'], cls: 'say', trailing: true },
  { finite: ['behauptete', 'behaupteten', 'behauptet'], participles: ['behauptet'], cls: 'say', trailing: true },
  { finite: ['warnte', 'warnten', 'warnt'], participles: ['gewarnt'], cls: 'say', trailing: true },
  { finite: ['bekraftigte', 'bekraftigten', 'bekraftigt'], participles: ['bekraftigt'], cls: 'say', trailing: true },
  { finite: ['unterstrich', 'unterstrichen'], participles: ['unterstrichen'], cls: 'say', trailing: true },
  { finite: ['erganzte', 'erganzten'], participles: ['erganzt'], cls: 'say', trailing: true },
  { finite: ['fugte', 'fugten'], particle: 'hinzu', participles: ['hinzugefugt'], cls: 'say', trailing: true },
  { finite: ['hob', 'hoben', 'hebt'], particle: 'hervor', participles: ['hervorgehoben'], final: ['hervorhob'], cls: 'say', trailing: true },
  { finite: ['kundigte', 'kundigten', 'kundigt'], particle: 'an', participles: ['angekundigt'], final: ['ankundigte'], cls: 'say' },
  { finite: ['warf', 'warfen', 'wirft', 'werfen'], particle: 'vor', participles: ['vorgeworfen'], final: ['vorwarf', 'vorwarfen', 'vorwirft'], cls: 'accuse' },
  { finite: ['beschuldigte', 'beschuldigten', 'beschuldigt'], participles: ['beschuldigt'], cls: 'accuse' },
  { finite: ['schatzte', 'schatzten', 'schatzt', 'schatzen'], participles: ['geschatzt'], cls: 'believe', trailing: true },
  { finite: ['bezifferte', 'bezifferten', 'beziffert', 'beziffern'], participles: ['beziffert'], cls: 'believe' },
  { finite: ['geht', 'gehen', 'ging', 'gingen', 'gehe'], particle: 'aus', requires: ['davon', 'von'], participles: ['ausgegangen'], final: ['ausgeht', 'ausgehen', 'ausging'], cls: 'believe' },
  { finite: ['sieht', 'sehen', 'sah', 'sahen', 'sehe'], requires: ['anzeichen', 'hinweise', 'belege', 'beweise', 'indizien', 'gefahr'], cls: 'believe' },
  { finite: ['glaubt', 'glauben', 'glaubte', 'glaubten'], participles: ['geglaubt'], cls: 'believe' },
  { finite: ['meint', 'meinte', 'meinten'], cls: 'believe', trailing: true },
  { finite: ['vermutet', 'vermutete', 'vermuteten', 'vermuten'], participles: ['vermutet'], cls: 'believe' },
  { finite: ['befurchtet', 'befurchtete', 'befurchteten', 'befurchten'], participles: ['befurchtet'], cls: 'believe' },
  { finite: ['spricht', 'sprach', 'sprachen', 'sprechen'], requires: ['von'], participles: ['gesprochen'], cls: 'say' },
  { finite: ['bezeichnete', 'bezeichneten', 'bezeichnet', 'bezeichnen'], requires: ['als'], participles: ['bezeichnet'], cls: 'say' },
  { finite: ['kam', 'kamen', 'kommt', 'kommen'], requires: ['schluss', 'ergebnis', 'einschatzung', 'erkenntnis', 'auffassung'], participles: ['gekommen'], cls: 'believe' },
  { finite: ['forderte', 'forderten', 'fordert'], participles: ['gefordert'], cls: 'say' },
  { finite: ['ausserte', 'ausserten', 'aussert'], participles: ['geaussert'], cls: 'confirm' },
  { finite: ['wies', 'wiesen', 'weist'], particle: 'zuruck', participles: ['zuruckgewiesen'], cls: 'confirm' },
  { finite: ['dementierte', 'dementierten', 'dementiert', 'dementieren'], participles: ['dementiert'], cls: 'confirm' },
  { finite: ['bestritt', 'bestritten', 'bestreitet', 'bestreiten'], participles: ['bestritten'], cls: 'confirm' },
  { finite: ['zitierte', 'zitierten', 'zitiert'], requires: ['worten', 'mit'], cls: 'cite' },
  { finite: ['informierte', 'informierten', 'informiert'], participles: ['informiert'], cls: 'report' },
  { finite: ['twitterte', 'postete'], participles: ['getwittert', 'gepostet'], cls: 'say', trailing: true },
  { finite: ['berief', 'beriefen', 'beruft'], requires: ['auf'], participles: ['berufen'], cls: 'cite' },
  { finite: [], participles: ['uberzeugt'], cls: 'believe' },
  { finite: [], participles: ['zitiert'], cls: 'say' },
];

/** Finite form -> verbs with that form. */
export const FINITE_INDEX: ReadonlyMap<string, SpeechVerb[]> = (() => {
  const m = new Map<string, SpeechVerb[]>();
  for (const v of SPEECH_VERBS) for (const f of v.finite) m.set(f, [...(m.get(f) ?? []), v]);
  return m;
})();
/** Participle -> verbs. */
export const PARTICIPLE_INDEX: ReadonlyMap<string, SpeechVerb> = (() => {
  const m = new Map<string, SpeechVerb>();
  for (const v of SPEECH_VERBS) for (const p of v.participles ?? []) if (!m.has(p)) m.set(p, v);
  return m;
})();
/** Verb-final form (subordinate clause, `wie X berichtete`) -> verb. */
export const FINAL_INDEX: ReadonlyMap<string, SpeechVerb> = (() => {
  const m = new Map<string, SpeechVerb>();
  for (const v of SPEECH_VERBS) {
    if (v.particle === undefined) for (const f of v.finite) if (!m.has(f)) m.set(f, v);
    for (const f of v.final ?? []) m.set(f, v);
  }
  return m;
})();

/**
 * Nouns of documents (`laut einem Bericht der New York Times`, `in einer
 * Mitteilung aus Moskau`): they name a source only through their owner.
 * Value: English word for display.
 */
export const DOC_NOUNS: ReadonlyMap<string, string> = new Map([
  ['bericht', 'report'], ['mitteilung', 'statement'], ['erklarung', 'statement'], ['stellungnahme', 'statement'],
  ['pressemitteilung', 'statement'], ['meldung', 'report'], ['interview', 'interview'], ['kommunique', 'statement'],
  ['communique', 'statement'], ['botschaft', 'message'], ['beitrag', 'post'], ['post', 'post'], ['video', 'video'],
  ['videobotschaft', 'message'], ['ansprache', 'address'], ['rede', 'speech'], ['lagebericht', 'report'],
  ['analyse', 'analysis'], ['studie', 'study'], ['auswertung', 'analysis'], ['veroffentlichung', 'publication'],
]);

/** Nouns that name a source only with an owner or an identity adjective (`Angaben`, `Schätzungen`). */
export const BUILTIN_SOURCE_NOUNS: Record<string, string> = {
  Angaben: 'sources', Angabe: 'sources', Informationen: 'sources', Quellen: 'sources',
  Regierungsangaben: 'governments', Militärangaben: 'military sources', Armeeangaben: 'military sources',
  Geheimdienstangaben: 'intelligence', Geheimdienstinformationen: 'intelligence', Behördenangaben: 'authorities',
  Schätzungen: 'estimates', Einschätzungen: 'assessment',
  Erkenntnissen: 'intelligence', Erkenntnisse: 'intelligence', Darstellung: 'account', Aussagen: 'statements',
  Berechnungen: 'calculations', Zählung: 'count', Daten: 'data', Zahlen: 'figures', Recherchen: 'reporting',
  Berichten: 'reports', Berichte: 'reports', Medienberichten: 'media reports', Medienberichte: 'media reports',
  Medien: 'media', Staatsmedien: 'state media', Militärkreisen: 'military sources', Regierungskreisen: 'government sources',
  Sicherheitskreisen: 'security sources', Geheimdienstkreisen: 'intelligence sources', Diplomatenkreisen: 'diplomatic sources',
  Kreisen: 'sources', Beamte: 'officials', Beamten: 'officials', Beamter: 'official', Regierungsbeamte: 'government officials',
  Regierungsvertreter: 'government officials', Militärs: 'military officials', Behörden: 'authorities',
  Geheimdienste: 'intelligence', Nachrichtendienste: 'intelligence', Geheimdienstberichten: 'intelligence reports',
  Verbündeten: 'allies', Verbündete: 'allies', Partner: 'partners', Militärblogger: 'military bloggers',
  Kriegsblogger: 'military bloggers', Experten: 'experts', Analysten: 'analysts', Beobachter: 'observers',
  Diplomaten: 'diplomats', Offiziere: 'officers', Abgeordnete: 'lawmakers', Parlamentarier: 'lawmakers', Stellen: 'authorities', Regierungen: 'governments', Regierungsquellen: 'government sources',
  Militärquellen: 'military sources', Ansicht: 'view', Auffassung: 'view', Worten: 'words',
};

/**
 * English labels of source nouns that do not name who the source is
 * (`Angaben` -> "sources", `Schätzungen` -> "estimates"): they need an owner
 * or an identity (`ukrainischen Angaben`). Every other source noun names a
 * collective source by itself, with or without article (`die Behörden`,
 * `Staatsmedien`, `nach Polizeiangaben`).
 */
export const VAGUE_SOURCE_LABELS = new Set([
  'sources', 'estimates', 'assessment', 'account', 'statements', 'calculations', 'count', 'data', 'figures', 'reporting',
  'reports', 'view', 'words', 'intelligence', 'partners', 'allies', 'governments',
]);

/** Collective sources named with a definite article as often as without (`die Behörden`, `die Staatsmedien`). */
export const DEFINITE_COLLECTIVES = new Set(['authorities', 'state media', 'media', 'police', 'the company', 'fire brigade', 'investigators', 'security forces']);

/** Source nouns that name a (vague) source on their own, without article: `Berichten zufolge`. */
export const BUILTIN_STANDALONE: Record<string, string> = {
  Berichten: 'unnamed reports', Berichte: 'unnamed reports', Medienberichten: 'media reports',
  Medienberichte: 'media reports', Experten: 'experts', Analysten: 'analysts', Beobachter: 'observers',
  Militärkreisen: 'military sources', Regierungskreisen: 'government sources', Sicherheitskreisen: 'security sources',
  Geheimdienstkreisen: 'intelligence sources', Diplomatenkreisen: 'diplomatic sources', Militärblogger: 'military bloggers',
  Kriegsblogger: 'military bloggers', Diplomaten: 'diplomats',
};

/**
 * Adjectives that qualify a source without naming it; they are dropped
 * (`nach vorläufigen ukrainischen Angaben` -> Ukrainian sources). Any other
 * unknown adjective makes a collective phrase unresolved (null), so that
 * `ukrainischen und moldauischen Angaben` is never shortened to "Ukrainian sources".
 */
export const QUALIFIER_ADJECTIVES = new Set([
  'offiziell', 'vorlaufig', 'jungst', 'neu', 'neuest', 'aktuell', 'erst', 'bisherig', 'unabhangig', 'unbestatigt',
  'inoffiziell', 'verschieden', 'mehrer', 'zahlreich', 'hochrangig', 'ranghoh', 'namentlich', 'genannt', 'anonym',
  'staatlich', 'militarisch', 'unterschiedlich', 'ubereinstimmend', 'eigen', 'letzt', 'gut', 'informiert',
  'gutinformiert', 'weiter', 'vorherig', 'frueher', 'fruher', 'damalig', 'ungenannt', 'einig', 'viel',
]);

/** Role nouns with an English label (used for `ein Sprecher des Pentagons` -> "Pentagon spokesperson"). */
export const BUILTIN_ROLE_NOUNS: Record<string, string> = {
  Sprecher: 'spokesperson', Sprecherin: 'spokesperson', Pressesprecher: 'spokesperson', Chef: 'chief', Chefin: 'chief',
  Leiter: 'head', Leiterin: 'head', Präsident: 'president', Präsidentin: 'president', Minister: 'minister',
  Ministerin: 'minister', Kommandeur: 'commander', Befehlshaber: 'commander', Botschafter: 'ambassador',
  Vertreter: 'representative', Berater: 'adviser', Direktor: 'director', Direktorin: 'director',
  Generalsekretär: 'secretary general', Abgeordnete: 'lawmaker', Abgeordneter: 'lawmaker', Beamter: 'official',
  Mitarbeiter: 'official', Mitarbeiterin: 'official', Offizier: 'officer', General: 'general', Analyst: 'analyst', Experte: 'expert', Expertin: 'expert',
  Gouverneur: 'governor', Bürgermeister: 'mayor', Kanzler: 'chancellor', Premierminister: 'prime minister',
  Ministerpräsident: 'prime minister', Regierungssprecher: 'government spokesperson', Militärsprecher: 'military spokesperson',
};

/**
 * The English labels of the tables above (source nouns, standalone sources,
 * role nouns, document nouns) in German, as a claimant is shown to German
 * readers: nouns in the nominative (`sources` -> `Quellen`, `spokesperson` ->
 * `Sprecher`), so identity adjectives can stand before them
 * (`ukrainische Quellen`, `ukrainischer Kommandeur`).
 */
export const BUILTIN_LABELS_DE: Record<string, string> = {
  // source nouns and standalone sources
  sources: 'Quellen', governments: 'Regierungen', 'military sources': 'Militärkreise', intelligence: 'Geheimdienste',
  authorities: 'Behörden', estimates: 'Schätzungen', assessment: 'Einschätzung', account: 'Darstellung',
  statements: 'Aussagen', calculations: 'Berechnungen', count: 'Zählung', data: 'Daten', figures: 'Zahlen',
  reporting: 'Recherchen', reports: 'Berichte', 'media reports': 'Medienberichte', media: 'Medien',
  'state media': 'Staatsmedien', 'government sources': 'Regierungskreise', 'security sources': 'Sicherheitskreise',
  'intelligence sources': 'Geheimdienstkreise', 'diplomatic sources': 'Diplomatenkreise', officials: 'Beamte',
  official: 'Beamter', 'government officials': 'Regierungsvertreter', 'military officials': 'Militärs',
  'intelligence reports': 'Geheimdienstberichte', allies: 'Verbündete', partners: 'Partner',
  'military bloggers': 'Militärblogger', experts: 'Experten', analysts: 'Analysten', observers: 'Beobachter',
  diplomats: 'Diplomaten', officers: 'Offiziere', lawmakers: 'Abgeordnete', view: 'Ansicht', words: 'Worte',
  'unnamed reports': 'Berichte ohne genannte Quelle', 'official sources': 'offizielle Quellen',
  // role nouns
  spokesperson: 'Sprecher', chief: 'Chef', head: 'Leiter', president: 'Präsident', minister: 'Minister',
  commander: 'Kommandeur', ambassador: 'Botschafter', representative: 'Vertreter', adviser: 'Berater',
  director: 'Direktor', 'secretary general': 'Generalsekretär', lawmaker: 'Abgeordneter', officer: 'Offizier',
  general: 'General', analyst: 'Analyst', expert: 'Experte', governor: 'Gouverneur', mayor: 'Bürgermeister',
  chancellor: 'Kanzler', 'prime minister': 'Regierungschef', 'government spokesperson': 'Regierungssprecher',
  'military spokesperson': 'Militärsprecher',
  // document nouns
  report: 'Bericht', statement: 'Erklärung', interview: 'Interview', message: 'Botschaft', post: 'Beitrag',
  video: 'Video', address: 'Ansprache', speech: 'Rede', analysis: 'Analyse', study: 'Studie', publication: 'Veröffentlichung',
};

/** Endings of role nouns without an English label (`Militärexperte`, `Verteidigungsminister`). */
export const ROLE_SUFFIXES = [
  'sprecher', 'sprecherin', 'minister', 'ministerin', 'chef', 'chefin', 'prasident', 'prasidentin', 'kommandeur',
  'experte', 'expertin', 'analyst', 'analystin', 'berater', 'beraterin', 'sekretar', 'sekretarin', 'botschafter',
  'direktor', 'direktorin', 'leiter', 'leiterin', 'vertreter', 'vertreterin', 'abgeordnete', 'abgeordneter',
  'general', 'offizier', 'gouverneur', 'burgermeister', 'kanzler', 'kanzlerin', 'befehlshaber', 'oberbefehlshaber',
  'kommandant', 'beauftragte', 'beauftragter', 'forscher', 'forscherin', 'korrespondent', 'korrespondentin',
  'mitarbeiter', 'mitarbeiterin', 'machthaber', 'fuhrer', 'staatschef', 'blogger', 'bloggerin', 'regierungschef', 'vorsitzende', 'vorsitzender', 'marschall', 'admiral',
];

/** Endings of nouns naming institutions (a head that can make a claim, kept verbatim when unknown). */
export const INSTITUTION_SUFFIXES = [
  'ministerium', 'behorde', 'regierung', 'armee', 'agentur', 'zeitung', 'sender', 'kommission', 'partei', 'dienst',
  'amt', 'institut', 'rat', 'stab', 'buro', 'zentrum', 'kommando', 'verwaltung', 'militar', 'streitkrafte',
  'denkfabrik', 'organisation', 'parlament', 'portal', 'blatt', 'magazin', 'fernsehen', 'rundfunk', 'kanal',
  'nachrichtenagentur', 'staatsanwaltschaft', 'polizei', 'fuhrung', 'geheimdienst', 'nachrichtendienst', 'pressestelle',
  'generalstab', 'botschaft', 'komitee', 'ausschuss', 'bundnis', 'allianz',
];

/** Endings that mark common nouns (never taken as part of a person's name). */
export const NOUN_SUFFIXES = [
  'ung', 'ungen', 'heit', 'keit', 'schaft', 'tion', 'tionen', 'ismus', 'tat', 'nis', 'nisse', 'ium', 'ien',
  'ment', 'mente', 'ei', 'ur', 'ik', 'enz', 'anz', 'chen', 'lein', 'sten', 'tum', 'ling', 'linge', 'krieg', 'kriegs',
  'soldaten', 'truppen', 'front', 'region', 'gebiet', 'land', 'lands', 'stadt',
];

/** Nationality and group nouns (`Ukrainer`, `Amerikaner`) — not names. */
export const GROUP_NOUN_RE = /(aner|ainer|oner|ener|esen|ussen|inen|iner|ier|ianer)$/;

/** Capitalised words at a sentence start that are not names. */
export const CAPITALISED_FUNCTION = new Set([
  ...DETERMINERS, ...PREPOSITIONS, ...CONJUNCTIONS, ...ADVERBS, 'quelle', 'foto', 'fotos', 'bild', 'herr', 'frau',
  'mehr', 'kommentare', 'weiterlesen',
]);

/**
 * Head nouns that refer back to the last named actor of a kind (`Die Agentur
 * erklärte` after the intelligence service NIS, `Das Ministerium nannte`
 * after the Pentagon), when no actor lists the noun among its own heads.
 * Keys are stems.
 */
export const HEAD_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['agentur', ['media', 'intelligence']],
  ['nachrichtenagentur', ['media']],
  ['ministerium', ['government']],
  ['behord', ['government']],
  ['behorde', ['government']],
  ['dienst', ['intelligence']],
  ['geheimdienst', ['intelligence']],
  ['zeitung', ['media']],
  ['blatt', ['media']],
  ['sender', ['media']],
  ['organisation', ['organisation']],
  ['regierung', ['government']],
  ['armee', ['military']],
  ['militar', ['military']],
  ['beamt', ['government']],
  ['beamten', ['government']],
]);
