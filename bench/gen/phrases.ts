/**
 * Phrases for the synthetic corpus: noun phrases in all cases, prepositional
 * phrases, places, date expressions, figures, speakers and sources. Each
 * returns a list of words (punctuation attached to words).
 *
 * @module
 */

import type { Rng } from './random.ts';
import {
  adjectiveEnding,
  adjectiveForm,
  determiner,
  nounForm,
  type Case,
  type Det,
  type Gender,
  type Lexicon,
  type Noun,
  type Num,
  predicative,
} from './morphology.ts';
import { CITED_MEDIA, GIVEN_NAMES, INSTITUTES, MONTHS, NATION_ADJECTIVES, NUMBER_WORDS, PEOPLE, PLACES, SURNAMES, WEEKDAYS } from './lexicon.ts';

/** Quotation marks of an article: German „…“, Swiss «…» or straight "…". */
export type QuoteStyle = readonly [open: string, close: string];

/** What a sentence generator needs to know about the article being written. */
export interface ArticleContext {
  rng: Rng;
  lex: Lexicon;
  /** Publication day (UTC midnight of the Berlin calendar day). */
  pub: Date;
  quotes: QuoteStyle;
  /** Swiss outlet: `12'000`, `ss` for `ß`. */
  swiss: boolean;
  /** Nouns this article keeps coming back to. */
  topic: Noun[];
}

/** A noun phrase with the agreement facts a verb or pronoun needs. */
export interface Phrase {
  words: string[];
  g: Gender;
  num: Num;
}

/** A noun of the article: sometimes one of its topic nouns. */
export function pickNoun(ctx: ArticleContext): Noun {
  if (ctx.topic.length && ctx.rng.chance(0.12)) return ctx.rng.pick(ctx.topic);
  return ctx.lex.noun(ctx.rng);
}

function chooseNumber(ctx: ArticleContext, n: Noun): Num {
  if (n.pl === null) return 'sg';
  return ctx.rng.chance(n.pluralMostly ? 0.8 : 0.3) ? 'pl' : 'sg';
}

function chooseDet(ctx: ArticleContext, n: Noun, num: Num): Det {
  const r = ctx.rng.next();
  if (num === 'pl') return r < 0.55 ? 'def' : r < 0.85 ? 'none' : r < 0.9 ? 'dies' : r < 0.93 ? 'kein' : r < 0.97 ? 'sein' : 'ihr';
  if (n.pl === null && r < 0.2) return 'none';
  return r < 0.6 ? 'def' : r < 0.85 ? 'indef' : r < 0.9 ? 'dies' : r < 0.92 ? 'kein' : r < 0.96 ? 'sein' : 'ihr';
}

/** Options for {@link nounPhrase}. */
export interface NounPhraseOptions {
  noun?: Noun;
  num?: Num;
  det?: Det;
  /** Number of adjectives (default: random, mostly none). */
  adjectives?: number;
  /** Never add a genitive attribute (avoids chains). */
  noGenitive?: boolean;
  /** Avoid `kein` (for sentences that must not be negated). */
  positive?: boolean;
}

/** A noun phrase in a case: determiner, adjectives, noun, maybe a genitive attribute. */
export function nounPhrase(ctx: ArticleContext, c: Case, opts: NounPhraseOptions = {}): Phrase {
  const { rng } = ctx;
  const noun = opts.noun ?? pickNoun(ctx);
  const num = opts.num ?? chooseNumber(ctx, noun);
  let det = opts.det ?? chooseDet(ctx, noun, num);
  if (opts.positive && det === 'kein') det = 'def';
  let nAdj = opts.adjectives ?? (rng.chance(0.42) ? (rng.chance(0.15) ? 2 : 1) : 0);
  // A plural without article in the genitive needs an adjective to show the case.
  if (det === 'none' && c === 'gen' && nAdj === 0) nAdj = 1;
  const words: string[] = [];
  const d = determiner(det, noun.g, num, c);
  if (d) words.push(d);
  const ending = adjectiveEnding(det, noun.g, num, c);
  let prev = '';
  for (let i = 0; i < nAdj; i++) {
    let a = ctx.lex.adjective(rng);
    if (a === prev) a = ctx.lex.adjective(rng);
    words.push(adjectiveForm(a, ending));
    prev = a;
  }
  words.push(nounForm(noun, c, num));
  if (!opts.noGenitive && c !== 'gen' && rng.chance(0.18)) {
    if (rng.chance(0.2)) words.push(genitivePlace(ctx));
    else words.push(...nounPhrase(ctx, 'gen', { det: rng.chance(0.7) ? 'def' : 'none', noGenitive: true, positive: true }).words);
  } else if (!opts.noGenitive && rng.chance(0.08)) {
    // Coordination: `Waffen und Munition`, `der Vertrag und die Ratifizierung`.
    words.push(rng.chance(0.85) ? 'und' : 'oder', ...nounPhrase(ctx, c, { noGenitive: true, positive: true }).words);
    return { words, g: noun.g, num: 'pl' };
  }
  return { words, g: noun.g, num };
}

/** A predicative adjective, sometimes with a degree word (`weiterhin unklar`). */
export function predicativeAdjective(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const adj = predicative(ctx.lex.adjective(rng));
  return rng.chance(0.25) ? [rng.pick(['sehr', 'weiterhin', 'noch', 'äußerst', 'völlig', 'kaum', 'besonders']), adj] : [adj];
}

/** A place name in the genitive (`Russlands`, `Kiews`), for `die Truppen Russlands`. */
function genitivePlace(ctx: ArticleContext): string {
  const p = ctx.rng.pick(['Russland', 'Nordkorea', 'Kiew', 'Moskau', 'Pjöngjang', 'Südkorea', 'Chinas', 'Kims', 'Putins', 'Selenskyjs']);
  return /s$/.test(p) ? p : p + 's';
}

interface Place {
  name: string;
  article: '0' | 'd';
  g: Gender | 'p';
}

const PLACE_LIST: Place[] = PLACES.map((s) => {
  const [name, article, g] = s.split('/') as [string, '0' | 'd', Gender | 'p'];
  return { name, article, g };
});

/** A place as a subject/object (`Russland`, `die Ukraine`, `die USA`) in a case. */
export function placePhrase(ctx: ArticleContext, c: Case): Phrase {
  const p = ctx.rng.zipfPick(PLACE_LIST);
  if (c !== 'gen' && ctx.rng.chance(0.1)) {
    const q = ctx.rng.zipfPick(PLACE_LIST);
    if (q !== p && p.article === '0' && q.article === '0') return { words: [p.name, 'und', q.name], g: 'n', num: 'pl' };
  }
  const num: Num = p.g === 'p' ? 'pl' : 'sg';
  const g: Gender = p.g === 'p' ? 'f' : p.g;
  if (p.article === '0') return { words: c === 'gen' ? ['von', p.name] : [p.name], g, num };
  return { words: [determiner('def', g, num, c), p.name], g, num };
}

const PREP_CASE: readonly [string, Case][] = [
  ['in', 'dat'], ['mit', 'dat'], ['nach', 'dat'], ['von', 'dat'], ['bei', 'dat'], ['an', 'dat'], ['auf', 'dat'], ['für', 'acc'],
  ['gegen', 'acc'], ['aus', 'dat'], ['zu', 'dat'], ['über', 'acc'], ['durch', 'acc'], ['um', 'acc'], ['wegen', 'gen'],
  ['unter', 'dat'], ['seit', 'dat'], ['ohne', 'acc'], ['trotz', 'gen'], ['während', 'gen'], ['zwischen', 'dat'], ['innerhalb', 'gen'],
];

/** `in dem` -> `im`, `zu der` -> `zur`, ... (preposition + article contractions). */
function contraction(prep: string, article: string | undefined): string | null {
  if (article === 'dem') return prep === 'in' ? 'im' : prep === 'an' ? 'am' : prep === 'bei' ? 'beim' : prep === 'von' ? 'vom' : prep === 'zu' ? 'zum' : null;
  if (article === 'der') return prep === 'zu' ? 'zur' : null;
  if (article === 'das') return prep === 'in' ? 'ins' : null;
  return null;
}

function contract(prep: string, words: string[]): string[] {
  const c = contraction(prep, words[0]);
  if (c) {
    words[0] = c;
    return words;
  }
  words.unshift(prep);
  return words;
}

const FIXED_PLACES: readonly string[][] = [['in', 'der', 'Region', 'Kursk'], ['im', 'Gebiet', 'Kursk'], ['in', 'der', 'Grenzregion', 'Kursk'], ['an', 'der', 'Front'], ['an', 'der', 'Grenze', 'zur', 'Ukraine'], ['im', 'Osten', 'der', 'Ukraine'], ['auf', 'dem', 'Schlachtfeld'], ['in', 'der', 'Region']];

/** A place adverbial: `in der Region Kursk`, `nach Russland`, `an der Front`. */
export function placeAdverbial(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.25) return ['in', ...placePhrase(ctx, 'dat').words];
  if (r < 0.4) return rng.pick(FIXED_PLACES);
  if (r < 0.5) return ['nach', ...placePhrase(ctx, 'dat').words];
  if (r < 0.58) return ['aus', ...placePhrase(ctx, 'dat').words];
  const np = nounPhrase(ctx, 'dat', { det: rng.chance(0.8) ? 'def' : 'indef', noGenitive: rng.chance(0.6) });
  const prep = rng.pick(['in', 'an', 'bei', 'auf', 'in']);
  return contract(prep, np.words);
}

/** A prepositional phrase with a random preposition and noun phrase. */
export function prepPhrase(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  if (rng.chance(0.3)) return placeAdverbial(ctx);
  const [prep, c] = rng.zipfPick(PREP_CASE);
  if (prep === 'zwischen') {
    const a = placePhrase(ctx, 'dat').words;
    const b = placePhrase(ctx, 'dat').words;
    return ['zwischen', ...a, 'und', ...b];
  }
  const np = nounPhrase(ctx, c, { noGenitive: rng.chance(0.5) });
  return contract(prep, np.words);
}

// --- Dates -------------------------------------------------------------------

const DAY = 86_400_000;

/** A day before publication, mostly recent. */
function pastDay(ctx: ArticleContext, maxDays: number): Date {
  const back = Math.floor(Math.pow(ctx.rng.next(), 2) * maxDays);
  return new Date(ctx.pub.getTime() - back * DAY);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `05.12.2024` */
export function numericDate(d: Date): string {
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** `4. Dezember 2024` (year optional). */
export function longDate(d: Date, withYear: boolean): string[] {
  const w = [`${d.getUTCDate()}.`, MONTHS[d.getUTCMonth()]!];
  if (withYear) w.push(String(d.getUTCFullYear()));
  return w;
}

/** A date or time expression as news text writes them (relative to the article's date). */
export function timeExpression(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.22) {
    const d = pastDay(ctx, 7);
    const wd = WEEKDAYS[d.getUTCDay()]!;
    return rng.pick([['am', wd], ['am', wd], ['am', `${wd}abend`], ['am', 'vergangenen', wd], ['am', `${wd}morgen`]]);
  }
  if (r < 0.4) {
    const d = pastDay(ctx, 500);
    const m = MONTHS[d.getUTCMonth()]!;
    const y = String(d.getUTCFullYear());
    return rng.pick([['im', m, y], ['im', m], ['Anfang', m], ['Ende', m, y], ['Mitte', m], ['seit', m, y], ['bis', 'Ende', m]]);
  }
  if (r < 0.52) {
    const d = pastDay(ctx, 300);
    const f = rng.next();
    if (f < 0.45) return ['am', ...longDate(d, false)];
    if (f < 0.8) return ['am', ...longDate(d, true)];
    return ['am', numericDate(d)];
  }
  if (r < 0.6) {
    const d = pastDay(ctx, 900);
    return rng.pick([['seit', MONTHS[d.getUTCMonth()]!, String(d.getUTCFullYear())], ['seit', 'dem', 'Sommer'], ['seit', 'Monaten'], ['seit', 'Wochen'], ['seit', 'Beginn', 'des', 'Krieges'], ['seit', 'Februar', '2022'], ['seit', 'Langem']]);
  }
  const season = rng.pick(['Frühjahr', 'Sommer', 'Herbst', 'Winter']);
  const year = String(ctx.pub.getUTCFullYear() - (rng.chance(0.4) ? 1 : 0));
  return rng.pick([
    ['in', 'der', 'vergangenen', 'Woche'], ['letzte', 'Woche'], ['vor', rng.pick(NUMBER_WORDS.slice(2, 6)), 'Wochen'],
    ['vor', rng.pick(NUMBER_WORDS.slice(2, 8)), 'Monaten'], ['im', 'vergangenen', 'Jahr'], ['im', season, year], ['im', season],
    ['zu', 'Beginn', 'des', 'Jahres'], ['bis', 'Ende', String(ctx.pub.getUTCFullYear() + 1)], ['in', 'den', 'kommenden', 'Wochen'],
    ['heute'], ['gestern'], ['am', 'Wochenende'], ['in', 'der', 'Nacht', 'zum', rng.pick(WEEKDAYS)], ['Anfang', 'des', 'Monats'],
  ]);
}

/** `seit August 2023`, `seit dem Herbst 2023`, `seit Beginn des Krieges`. */
export function sinceExpression(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const d = pastDay(ctx, 700);
  const y = String(d.getUTCFullYear());
  return rng.pick([['seit', MONTHS[d.getUTCMonth()]!, y], ['seit', MONTHS[d.getUTCMonth()]!, y], ['seit', 'dem', rng.pick(['Frühjahr', 'Sommer', 'Herbst', 'Winter']), y], ['seit', 'Beginn', 'des', 'Krieges'], ['seit', 'Monaten']]);
}

// --- Figures -----------------------------------------------------------------

const NICE = [100, 200, 300, 500, 1000, 1200, 1500, 2000, 3000, 3800, 4000, 4700, 5000, 8000, 10_000, 11_000, 12_000, 14_000, 15_000, 20_000, 30_000, 50_000, 100_000];

function roundNumber(ctx: ArticleContext): number {
  const { rng } = ctx;
  if (rng.chance(0.6)) return rng.zipfPick(NICE, 0.6);
  return rng.int(1, 99) * Math.pow(10, rng.int(1, 3));
}

/** Write a number as news does: `3000`, `10.000`, `12'000` (Swiss), `tausend`. */
export function formatNumber(ctx: ArticleContext, n: number): string {
  const { rng } = ctx;
  if (n === 1000 && rng.chance(0.15)) return 'tausend';
  if (n === 10_000 && rng.chance(0.15)) return 'zehntausend';
  if (n <= 12 && rng.chance(0.7)) return NUMBER_WORDS[n]!;
  if (n < 10_000 && !rng.chance(0.2)) return String(n);
  const sep = ctx.swiss && rng.chance(0.75) ? "'" : '.';
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const QUALIFIERS: readonly string[][] = [[], [], ['mehr', 'als'], ['über'], ['rund'], ['etwa'], ['mindestens'], ['bis', 'zu'], ['knapp'], ['fast'], ['insgesamt'], ['weitere'], ['bereits']];

/** A quantity: `mehr als 3000`, `zwischen 10.000 und 12.000`, `bis zu tausend`, `rund 1,5 Millionen`. */
export function quantity(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.08) {
    const a = roundNumber(ctx);
    const b = a + Math.max(1, Math.round(a * rng.pick([0.1, 0.2, 0.25, 0.5]) / 100)) * 100;
    return ['zwischen', formatNumber(ctx, a), 'und', formatNumber(ctx, b)];
  }
  if (r < 0.12) {
    const m = rng.pick(['1,5', '2', '3', '5', 'acht', 'zwei', 'mehrere', '3,5']);
    return [...rng.pick([[], ['mehr', 'als'], ['rund'], ['etwa']]), m, 'Millionen'];
  }
  const q = rng.pick(QUALIFIERS);
  return [...q, formatNumber(ctx, roundNumber(ctx))];
}

/** A figure with a unit: `mehr als 3000 nordkoreanische Soldaten`, `rund 1,5 Millionen Geschosse`. */
export function figure(ctx: ArticleContext, unit?: string[]): string[] {
  const { rng } = ctx;
  const u =
    unit ??
    rng.pick([
      ['Soldaten'], ['Soldaten'], ['nordkoreanische', 'Soldaten'], ['Mann'], ['Nordkoreaner'], ['Menschen'], ['Zivilisten'],
      ['Artilleriegeschosse'], ['Raketen'], ['Granaten'], ['Drohnen'], ['Panzer'], ['Kilometer'], ['Dollar'], ['Euro'], ['Tonnen'],
    ]);
  return [...quantity(ctx), ...u];
}

// --- Speakers and sources ----------------------------------------------------

/** An organisation with its forms: nominative, dative, genitive phrase. */
const ORGS: readonly (readonly [string, string, string])[] = [
  ['der südkoreanische Geheimdienst NIS', 'dem südkoreanischen Geheimdienst NIS', 'des südkoreanischen Geheimdienstes NIS'],
  ['das ukrainische Militär', 'dem ukrainischen Militär', 'des ukrainischen Militärs'],
  ['der ukrainische Generalstab', 'dem ukrainischen Generalstab', 'des ukrainischen Generalstabs'],
  ['das russische Verteidigungsministerium', 'dem russischen Verteidigungsministerium', 'des russischen Verteidigungsministeriums'],
  ['die Nachrichtenagentur Yonhap', 'der Nachrichtenagentur Yonhap', 'der Nachrichtenagentur Yonhap'],
  ['die staatliche Nachrichtenagentur KCNA', 'der staatlichen Nachrichtenagentur KCNA', 'der staatlichen Nachrichtenagentur KCNA'],
  ['das Pentagon', 'dem Pentagon', 'des Pentagons'],
  ['das US-Außenministerium', 'dem US-Außenministerium', 'des US-Außenministeriums'],
  ['der Kreml', 'dem Kreml', 'des Kremls'],
  ['das Nationale Widerstandszentrum', 'dem Nationalen Widerstandszentrum', 'des Nationalen Widerstandszentrums'],
  ['der ukrainische Militärgeheimdienst HUR', 'dem ukrainischen Militärgeheimdienst HUR', 'des ukrainischen Militärgeheimdienstes HUR'],
  ['die Regierung in Seoul', 'der Regierung in Seoul', 'der Regierung in Seoul'],
  ['das Institut für Kriegsstudien', 'dem Institut für Kriegsstudien', 'des Instituts für Kriegsstudien'],
  ['die Nato', 'der Nato', 'der Nato'],
  ['das Weiße Haus', 'dem Weißen Haus', 'des Weißen Hauses'],
  ['der Generalstab in Seoul', 'dem Generalstab in Seoul', 'des Generalstabs in Seoul'],
  ['die ukrainische Armee', 'der ukrainischen Armee', 'der ukrainischen Armee'],
  ['die Regierung in Kiew', 'der Regierung in Kiew', 'der Regierung in Kiew'],
];

/** A generated authority (`das südkoreanische Vereinigungsministerium`) in nom/dat/gen. */
function generatedOrg(ctx: ArticleContext): [string, string, string] {
  const { rng, lex } = ctx;
  const name = rng.pick(['Ministerium', 'Behörde', 'Ausschuss', 'Kommission', 'Dienst', 'Amt', 'Rat', 'Stab', 'Zentrum']);
  const head = lex.heads.find((h) => h.sg === name)!;
  const mod = lex.innerMods[rng.zipf(lex.innerMods.length)]!;
  const n = { ...head, sg: mod + head.sg.toLowerCase() };
  const adj = rng.pick(NATION_ADJECTIVES);
  const forms = (c: Case): string => {
    const d = determiner('def', n.g, 'sg', c);
    return `${d} ${adjectiveForm(adj, adjectiveEnding('def', n.g, 'sg', c))} ${nounForm(n, c, 'sg')}`;
  };
  return [forms('nom'), forms('dat'), forms('gen')];
}

/** A person's name made from common given names and surnames. */
export function personName(ctx: ArticleContext): string {
  return `${ctx.rng.pick(GIVEN_NAMES)} ${ctx.rng.zipfPick(SURNAMES, 0.7)}`;
}

/** A speaker in the nominative (`Kremlsprecher Dmitri Peskow`, `ein Sprecher des Außenministeriums`). */
export function speaker(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.45) {
    const p = rng.zipfPick(PEOPLE);
    return rng.chance(0.4) ? p.short.split(' ') : [...p.title.split(' '), ...p.full.split(' ')];
  }
  if (r < 0.6) {
    const org = rng.chance(0.5) ? rng.pick(ORGS) : generatedOrg(ctx);
    return ['ein', rng.pick(['Sprecher', 'Sprecher', 'Vertreter', 'Mitarbeiter']), ...org[2].split(' ')];
  }
  if (r < 0.72) {
    const kind = rng.pick(['Militärexperte', 'Sicherheitsexperte', 'Politologe', 'Korea-Experte', 'Militäranalyst', 'Osteuropa-Experte', 'Historiker']);
    return [kind, ...personName(ctx).split(' '), ...rng.pick(INSTITUTES).split(' ')];
  }
  if (r < 0.9) return (rng.chance(0.6) ? rng.pick(ORGS)[0] : generatedOrg(ctx)[0]).split(' ');
  return rng.pick([['ein', 'Abgeordneter'], ['ein', 'Regierungsvertreter'], ['ein', 'ranghoher', 'Offizier'], ['ein', 'Diplomat'], ['US-Beamte'], ['ein', 'Augenzeuge']]);
}

/** Quote a cited medium: `«Tagesschau»`. */
export function citedMedium(ctx: ArticleContext): string {
  const [o, c] = ctx.quotes;
  return `${o}${ctx.rng.pick(CITED_MEDIA)}${c}`;
}

/**
 * An attribution opening a sentence, followed by the finite verb:
 * `Laut Selenskyj`, `Nach Angaben des NIS`, `Ukrainischen Angaben zufolge`, `Wie «ZDF» berichtete,`.
 */
export function sourcePrefix(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.3) {
    const f = rng.next();
    if (f < 0.45) return ['Laut', ...rng.zipfPick(PEOPLE).short.split(' ')];
    if (f < 0.7) return ['Laut', ...(rng.chance(0.6) ? rng.pick(ORGS)[1] : generatedOrg(ctx)[1]).split(' ')];
    return ['Laut', citedMedium(ctx)];
  }
  if (r < 0.55) {
    const what = rng.pick(['Angaben', 'Angaben', 'Informationen', 'Einschätzung', 'Schätzungen', 'Erkenntnissen']);
    const who = rng.chance(0.7) ? (rng.chance(0.6) ? rng.pick(ORGS)[2] : generatedOrg(ctx)[2]).split(' ') : ['von', ...rng.zipfPick(PEOPLE).short.split(' ')];
    return ['Nach', what, ...who];
  }
  if (r < 0.75) {
    return [...rng.pick([['Ukrainischen'], ['Südkoreanischen'], ['Russischen'], ['Westlichen'], ['US-amerikanischen'], ['Offiziellen']]), 'Angaben', 'zufolge'];
  }
  if (r < 0.88) return ['Wie', citedMedium(ctx), rng.pick(['berichtete,', 'meldete,', 'berichtet,', 'unter Berufung auf Militärkreise berichtete,'])].flatMap((w) => w.split(' '));
  return [...rng.pick([['Berichten'], ['Medienberichten'], ['Beobachtern'], ['Experten'], ['Diplomaten']]), 'zufolge'];
}

/** A speech verb for `..., sagte X.` with its separable particle (`teilte X mit`). */
export function speechVerb(ctx: ArticleContext): { verb: string; particle: string | null } {
  const r = ctx.rng.next();
  if (r < 0.06) return { verb: 'teilte', particle: 'mit' };
  if (r < 0.09) return { verb: 'fügte', particle: 'hinzu' };
  if (r < 0.11) return { verb: 'räumte', particle: 'ein' };
  return { verb: ctx.rng.zipfPick(['sagte', 'erklärte', 'sagte', 'betonte', 'schrieb', 'berichtete', 'meldete', 'warnte', 'kritisierte', 'erklärt', 'sagt', 'behauptete', 'versicherte']), particle: null };
}
