/**
 * Sentences and paragraphs of the synthetic corpus: German clause order
 * (verb second, verb final in subordinate clauses, participles and
 * infinitives at the end), quoted and reported speech with attributions,
 * date expressions and figures, and - at a low rate - sentences stating the
 * catalogued events and estimates, so event and figure questions have
 * candidates to rank.
 *
 * @module
 */

import type { Num, Verb } from './morphology.ts';
import { ADVERBS, CONNECTIVES, PEOPLE, SUBORDINATORS } from './lexicon.ts';
import {
  figure,
  longDate,
  nounPhrase,
  numericDate,
  placeAdverbial,
  placePhrase,
  predicativeAdjective,
  prepPhrase,
  quantity,
  sinceExpression,
  sourcePrefix,
  speaker,
  speechVerb,
  timeExpression,
  type ArticleContext,
  type Phrase,
} from './phrases.ts';

type Mood = 'ind' | 'konj';

/** A clause before word order is applied. */
interface Clause {
  subj: string[];
  fin: string;
  mid: string[][];
  right: string[];
  /** The last middle-field element is an object noun phrase (for a relative clause). */
  objectLast?: Phrase;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Words -> text: commas and colons attach to the previous word. */
export function joinWords(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (!w) continue;
    if (out && !(w === ',' || w === ':' || w === '.')) out += ' ';
    out += w;
  }
  return out;
}

/** Number of words (tokens with a letter or digit). */
export function countWords(words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    // Fast path: ASCII letters and digits; anything else is checked properly.
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || /[\p{L}\p{N}]/u.test(w)) n++;
  }
  return n;
}

function pushAll(out: string[], words: readonly string[]): void {
  for (const w of words) out.push(w);
}

function subject(ctx: ArticleContext, positive = false): Phrase {
  const r = ctx.rng.next();
  if (r < 0.22) return placePhrase(ctx, 'nom');
  if (r < 0.32) {
    const p = ctx.rng.zipfPick(PEOPLE);
    return { words: p.short.split(' '), g: 'm', num: 'sg' };
  }
  return nounPhrase(ctx, 'nom', { positive });
}

const AUX = {
  ind: { h: ['hat', 'haben'], s: ['ist', 'sind'] },
  konj: { h: ['habe', 'hätten'], s: ['sei', 'seien'] },
} as const;

function pickTense(ctx: ArticleContext): 'pres' | 'past' {
  return ctx.rng.chance(0.42) ? 'pres' : 'past';
}

function finite(v: Verb, num: Num, tense: 'pres' | 'past'): string {
  if (tense === 'pres') return num === 'sg' ? v.s3 : v.p3;
  return num === 'sg' ? v.s3past : v.p3past;
}

function adverb(ctx: ArticleContext, positive: boolean): string[] {
  let a = ctx.rng.zipfPick(ADVERBS);
  if (positive && (a === 'nicht' || a === 'kaum')) a = 'bereits';
  return a.split(' ');
}

// Optional middle-field elements (plain functions: closures here would be
// created a million times for a large corpus).
function addAdverb(ctx: ArticleContext, mid: string[][], p: number, positive: boolean): void {
  if (ctx.rng.chance(p)) mid.push(adverb(ctx, positive));
}
function addTime(ctx: ArticleContext, mid: string[][], p: number): void {
  if (ctx.rng.chance(p)) mid.push(timeExpression(ctx));
}
function addPP(ctx: ArticleContext, mid: string[][], p: number): void {
  if (ctx.rng.chance(p)) mid.push(prepPhrase(ctx));
  if (ctx.rng.chance(p * 0.3)) mid.push(prepPhrase(ctx));
}

/** Build a clause (subject, finite verb, middle field, right bracket). */
function buildClause(ctx: ArticleContext, mood: Mood, opts: { positive?: boolean; subj?: Phrase } = {}): Clause {
  const { rng } = ctx;
  const positive = opts.positive ?? false;
  const subj = opts.subj ?? subject(ctx, positive);
  const sg = subj.num === 'sg' ? 0 : 1;
  const mid: string[][] = [];
  const kind = rng.weighted(mood === 'ind' ? CLAUSE_KINDS_IND : CLAUSE_KINDS_KONJ);

  if (kind === 0) {
    const transitive = rng.chance(0.82);
    const v = ctx.lex.verb(rng, transitive);
    addAdverb(ctx, mid, 0.45, positive);
    addTime(ctx, mid, 0.3);
    let objectLast: Phrase | undefined;
    if (transitive) {
      const obj = rng.chance(0.07) ? { words: figure(ctx), g: 'm' as const, num: 'pl' as const } : nounPhrase(ctx, 'acc', { positive });
      mid.push(obj.words);
      objectLast = obj;
    }
    if (rng.chance(transitive ? 0.55 : 0.9)) {
      mid.push(prepPhrase(ctx));
      objectLast = undefined;
    }
    return { subj: subj.words, fin: finite(v, subj.num, pickTense(ctx)), mid, right: [], ...(objectLast ? { objectLast } : {}) };
  }
  if (kind === 1) {
    const transitive = rng.chance(0.8);
    const v = ctx.lex.verb(rng, transitive);
    addAdverb(ctx, mid, 0.4, positive);
    addTime(ctx, mid, 0.35);
    if (transitive) mid.push(rng.chance(0.07) ? figure(ctx) : nounPhrase(ctx, 'acc', { positive }).words);
    addPP(ctx, mid, 0.5);
    return { subj: subj.words, fin: AUX[mood][v.aux][sg]!, mid, right: [v.part] };
  }
  if (kind === 2) {
    const v = ctx.lex.verb(rng, true);
    addAdverb(ctx, mid, 0.4, positive);
    addTime(ctx, mid, 0.35);
    addPP(ctx, mid, 0.7);
    if (rng.chance(0.15)) mid.push(['von', ...nounPhrase(ctx, 'dat', { det: 'def', noGenitive: true }).words]);
    if (mood === 'konj') return { subj: subj.words, fin: sg ? 'seien' : 'sei', mid, right: [v.part, 'worden'] };
    const fin = rng.chance(0.6) ? (sg ? 'wurden' : 'wurde') : sg ? 'werden' : 'wird';
    return { subj: subj.words, fin, mid, right: [v.part] };
  }
  if (kind === 3) {
    const transitive = rng.chance(0.8);
    const v = ctx.lex.verb(rng, transitive);
    const modals = mood === 'ind' ? [['soll', 'sollen'], ['könnte', 'könnten'], ['will', 'wollen'], ['muss', 'müssen'], ['kann', 'können']] : [['solle', 'sollten'], ['könne', 'könnten'], ['wolle', 'wollten'], ['müsse', 'müssten']];
    const modal = rng.zipfPick(modals)[sg]!;
    addAdverb(ctx, mid, 0.4, positive);
    addTime(ctx, mid, 0.25);
    if (transitive) mid.push(nounPhrase(ctx, 'acc', { positive }).words);
    addPP(ctx, mid, 0.5);
    const past = modal.startsWith('soll') && rng.chance(0.45);
    return { subj: subj.words, fin: modal, mid, right: past ? [v.part, v.aux === 's' ? 'sein' : 'haben'] : [v.p3] };
  }
  // Copula with a predicative adjective or a place.
  const fin = mood === 'konj' ? (sg ? 'seien' : 'sei') : rng.chance(0.5) ? (sg ? 'sind' : 'ist') : sg ? 'waren' : 'war';
  addAdverb(ctx, mid, 0.5, positive);
  addTime(ctx, mid, 0.2);
  if (rng.chance(0.6)) mid.push(predicativeAdjective(ctx));
  else mid.push(placeAdverbial(ctx), ...(rng.chance(0.5) ? [['im', 'Einsatz']] : []));
  return { subj: subj.words, fin, mid, right: [] };
}

/** Verb-second order, optionally with a fronted element (then the subject follows the verb). */
function verbSecond(c: Clause, front?: string[]): string[] {
  const out: string[] = [];
  if (front) {
    pushAll(out, front);
    out.push(c.fin);
    pushAll(out, c.subj);
  } else {
    pushAll(out, c.subj);
    out.push(c.fin);
  }
  for (const m of c.mid) pushAll(out, m);
  pushAll(out, c.right);
  return out;
}

/** Verb-final order for subordinate clauses. */
function verbFinal(c: Clause): string[] {
  const out: string[] = [];
  pushAll(out, c.subj);
  for (const m of c.mid) pushAll(out, m);
  pushAll(out, c.right);
  out.push(c.fin);
  return out;
}

const REL: Record<string, string> = { m: 'der', f: 'die', n: 'das', p: 'die' };

/** A main clause, maybe with a fronted time/place/connective. */
function mainClause(ctx: ArticleContext, mood: Mood = 'ind', positive = false): string[] {
  const { rng } = ctx;
  const c = buildClause(ctx, mood, { positive });
  const r = rng.next();
  if (r < 0.2 && c.mid.length) {
    // Front a middle-field element (time or place expression).
    const i = rng.int(0, c.mid.length - 1);
    const [front] = c.mid.splice(i, 1);
    return verbSecond(c, front);
  }
  if (r < 0.3) return verbSecond(c, [rng.pick(CONNECTIVES)]);
  if (r < 0.38) return verbSecond(c, timeExpression(ctx));
  return verbSecond(c);
}

/**
 * Weights of sentence kinds: main clause, with subordinate clause, with
 * relative clause, coordinated, attribution first, reported speech, quote,
 * figure, catalogued event.
 */
const SENTENCE_KINDS = [32, 17, 10, 9, 12, 8, 7, 3.5, 2];
const CLAUSE_KINDS_IND = [45, 20, 13, 12, 10];
const CLAUSE_KINDS_KONJ = [0, 40, 20, 25, 15];
const PARAGRAPH_SENTENCES = [14, 28, 26, 17, 10, 5];

/** A sentence body (no final punctuation) by kind. */
function sentenceWords(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const k = rng.weighted(SENTENCE_KINDS);
  switch (k) {
    case 0:
      return mainClause(ctx);
    case 1: {
      const sub = buildClause(ctx, rng.chance(0.3) ? 'konj' : 'ind');
      const conj = rng.zipfPick(SUBORDINATORS);
      // `Nachdem …, verb …`: a fronted subordinate clause takes the verb-second slot.
      if (conj !== 'dass' && conj !== 'sodass' && conj !== 'damit' && rng.chance(0.25)) return [capitalize(conj), ...verbFinal(sub), ',', ...invert(buildClause(ctx, 'ind'))];
      return [...mainClause(ctx), ',', conj, ...verbFinal(sub)];
    }
    case 2: {
      for (let tries = 0; tries < 4; tries++) {
        const c = buildClause(ctx, 'ind');
        if (!c.objectLast) continue;
        const rel = REL[c.objectLast.num === 'pl' ? 'p' : c.objectLast.g]!;
        const inner = buildClause(ctx, 'ind', { subj: { words: [rel], g: c.objectLast.g, num: c.objectLast.num } });
        return [...verbSecond(c), ',', ...verbFinal(inner)];
      }
      return mainClause(ctx);
    }
    case 3: {
      const conj = rng.pick([', aber', ', doch', ' und', ', denn', ', während']);
      const second = conj === ', während' ? verbFinal(buildClause(ctx, 'ind')) : verbSecond(buildClause(ctx, 'ind'));
      return [...mainClause(ctx), ...(conj.startsWith(',') ? [',', conj.slice(2)] : [conj.trim()]), ...second];
    }
    case 4:
      return invertWithFront(ctx, sourcePrefix(ctx));
    case 5: {
      const { verb, particle } = speechVerb(ctx);
      const who = rng.chance(0.2) ? [rng.pick(['er', 'sie'])] : speaker(ctx);
      return [...verbSecond(buildClause(ctx, 'konj')), ',', verb, ...who, ...(particle ? [particle] : [])];
    }
    case 6:
      return quoteSentence(ctx);
    case 7:
      return figureSentence(ctx);
    default:
      return eventSentence(ctx);
  }
}

function invert(c: Clause): string[] {
  return [c.fin, ...c.subj, ...c.mid.flat(), ...c.right];
}

function invertWithFront(ctx: ArticleContext, front: string[]): string[] {
  const c = buildClause(ctx, ctx.rng.chance(0.3) ? 'konj' : 'ind');
  // `Wie «ZDF» berichtete,` ends in a comma: the verb follows directly.
  if (front.at(-1)!.endsWith(',')) {
    const last = front.pop()!;
    return [...front, last.slice(0, -1), ',', ...invert(c)];
  }
  return [...front, ...invert(c)];
}

/** Quoted speech: `„…“, sagte X.`, `X sagte: „….“`, `«…», so X.` */
function quoteSentence(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const [open, close] = ctx.quotes;
  const inner = rng.chance(0.35) ? verbSecond(buildClause(ctx, 'ind', { subj: { words: ['wir'], g: 'm', num: 'pl' } })) : mainClause(ctx);
  inner[0] = open + capitalize(inner[0]!);
  const who = speaker(ctx);
  const r = rng.next();
  if (r < 0.45) {
    const { verb, particle } = speechVerb(ctx);
    inner[inner.length - 1] += close;
    return [...inner, ',', verb, ...who, ...(particle ? [particle] : [])];
  }
  if (r < 0.75) {
    inner[inner.length - 1] += '.' + close;
    return [...capFirst(who), rng.pick(['sagte', 'erklärte', 'schrieb', 'sagte']), ':', ...inner];
  }
  if (r < 0.88) {
    const second = mainClause(ctx);
    second[0] = capitalize(second[0]!);
    second[second.length - 1] += close;
    inner[inner.length - 1] += '.';
    return [...inner, ...second, ',', 'so', ...who];
  }
  // A partial quote: `Putin nannte das Abkommen „revolutionär“`.
  const obj = nounPhrase(ctx, 'acc', { det: 'def', noGenitive: true });
  return [...who, rng.pick(['nannte', 'bezeichnete']), ...obj.words, ...(rng.chance(0.5) ? ['als'] : []), open + predicativeAdjective(ctx).join(' ') + close];
}

/** A sentence giving a figure with a source (work for estimate questions). */
function figureSentence(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const src = sourcePrefix(ctx);
  const r = rng.next();
  const soldiers = figure(ctx, rng.pick([['nordkoreanische', 'Soldaten'], ['Soldaten'], ['Nordkoreaner'], ['Soldaten', 'aus', 'Nordkorea'], ['Mann']]));
  const lead = src.at(-1)!.endsWith(',') ? [...src.slice(0, -1), src.at(-1)!.slice(0, -1), ','] : src;
  if (r < 0.35) {
    return [...lead, rng.pick(['wurden', 'sind']), ...(rng.chance(0.5) ? [rng.pick(['bislang', 'bisher', 'inzwischen', 'bereits'])] : []), ...soldiers, ...rng.pick([['getötet', 'oder', 'verwundet'], ['gefallen'], ['verletzt'], ['getötet'], ['verwundet', 'worden'], ['in', 'Gefangenschaft', 'geraten']])];
  }
  if (r < 0.65) {
    return [...lead, 'hat', 'Nordkorea', ...(rng.chance(0.4) ? timeExpression(ctx) : []), ...soldiers, 'nach', 'Russland', rng.pick(['entsandt', 'geschickt', 'verlegt'])];
  }
  if (r < 0.8) {
    return [...lead, rng.pick(['soll', 'hat']), 'Nordkorea', ...(rng.chance(0.5) ? sinceExpression(ctx) : []), ...quantity(ctx), rng.pick(['Artilleriegeschosse', 'Raketengeschosse', 'Granaten', 'Geschosse', 'Tonnen Munition']).split(' '), 'an', 'Russland', 'geliefert'].flat();
  }
  return ['Darunter', rng.pick(['seien', 'sind']), ...figure(ctx, ['Soldaten']), 'als', rng.pick(['Verstärkung', 'Ersatz', 'Reserve'])];
}

/** A sentence stating one of the catalogued events (with its own date expression). */
function eventSentence(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const [open, close] = ctx.quotes;
  const when = timeExpression(ctx);
  const d = new Date(ctx.pub.getTime() - rng.int(0, 400) * 86_400_000);
  const exact = rng.chance(0.5) ? longDate(d, rng.chance(0.6)) : [numericDate(d)];
  const ru = rng.pick([['Russland'], ['Moskau'], ['der', 'Kreml'], ['das', 'russische', 'Verteidigungsministerium'], ['Generalstabschef', 'Gerassimow']]);
  const nk = rng.pick([['nordkoreanischer', 'Soldaten'], ['nordkoreanischer', 'Truppen'], ['von', 'Soldaten', 'aus', 'Nordkorea']]);
  const k = rng.int(0, 11);
  switch (k) {
    case 0:
      return [...ru, 'hat', ...when, 'erstmals', 'den', 'Einsatz', ...nk, 'im', 'Kampf', 'um', 'Kursk', 'bestätigt'];
    case 1:
      return rng.chance(0.6)
        ? [...ru, 'bestätigte', ...when, 'die', 'Beteiligung', ...nk, 'an', 'den', 'Kämpfen', 'in', 'der', 'Region', 'Kursk']
        : [...ru, 'räumte', ...when, 'ein', ',', 'dass', 'Soldaten', 'aus', 'Nordkorea', 'an', 'der', 'Seite', 'russischer', 'Truppen', 'kämpfen'];
    case 2:
      return ['Nordkorea', 'hat', ...when, 'erstmals', 'die', 'Entsendung', 'von', 'Truppen', 'nach', 'Russland', 'bestätigt'];
    case 3:
      return ['Die', 'staatliche', 'Nachrichtenagentur', 'KCNA', 'meldete', ...when, ',', 'Soldaten', 'der', 'Volksarmee', 'hätten', 'an', 'den', 'Kämpfen', 'um', 'Kursk', 'teilgenommen'];
    case 4:
      return [rng.pick(['Putin', 'Kreml-Chef Putin', 'Russlands Präsident']), 'und', 'Kim', 'hatten', 'das', rng.pick(['Abkommen', 'Verteidigungsabkommen']), ...when, 'in', 'Pjöngjang', 'unterzeichnet'].flatMap((w) => w.split(' '));
    case 5:
      return [...capFirst(when), 'ratifizierten', rng.pick(['beide', 'die beiden']), 'Länder', 'das', rng.pick(['Abkommen', 'Verteidigungsabkommen', 'Partnerschaftsabkommen'])];
    case 6:
      return ['Das', rng.pick(['Verteidigungsabkommen', 'Abkommen', 'Beistandsabkommen']), 'zwischen', 'Nordkorea', 'und', 'Russland', 'ist', 'am', ...exact, 'in', 'Kraft', 'getreten'];
    case 7:
      return ['Der', 'Vertrag', 'sei', `${open}ab`, 'dem', ...exact, 'in', `Kraft${close}`, ',', 'hieß', 'es', 'in', 'einer', 'Mitteilung', 'aus', 'Moskau'];
    case 8:
      return ['Die', 'ukrainische', 'Armee', 'war', ...when, 'in', 'die', 'russische', 'Region', 'Kursk', rng.pick(['vorgestoßen', 'eingedrungen'])];
    case 9:
      return [...capFirst(when), rng.pick(['seien', 'sind']), 'die', 'ersten', 'nordkoreanischen', 'Soldaten', 'gefallen', ',', 'sagte', rng.pick(['Selenskyj', 'ein Sprecher der ukrainischen Armee'])].flatMap((w) => w.split(' '));
    case 10:
      return ['Die', 'ersten', 'nordkoreanischen', 'Truppen', rng.pick(['sind', 'waren']), ...when, 'in', 'der', 'Region', 'Kursk', rng.pick(['eingetroffen', 'angekommen'])];
    default:
      return ['Nordkorea', 'hat', ...sinceExpression(ctx), ...quantity(ctx), rng.pick(['Artilleriegeschosse', 'Geschosse', 'Raketengeschosse']), 'nach', 'Russland', 'geliefert'].flatMap((w) => w.split(' '));
  }
}

function capFirst(words: string[]): string[] {
  return words.map((w, i) => (i === 0 ? capitalize(w) : w));
}

/** A sentence of 8 to 35 words with final punctuation. */
export function sentence(ctx: ArticleContext): string {
  let words: string[] = [];
  for (let tries = 0; tries < 12; tries++) {
    words = sentenceWords(ctx);
    let n = countWords(words);
    // Short sentences get a subordinate clause rather than a new draw.
    if ((n < 8 || (n < 13 && ctx.rng.chance(0.3))) && !/[“”"»«]$/.test(words.at(-1)!)) {
      const sub = verbFinal(buildClause(ctx, ctx.rng.chance(0.3) ? 'konj' : 'ind'));
      words = [...words, ',', ctx.rng.zipfPick(SUBORDINATORS), ...sub];
      n += countWords(sub) + 1;
    }
    if (n >= 8 && n <= 35) break;
  }
  words[0] = capitalize(words[0]!);
  const text = joinWords(words);
  const last = words.at(-1)!;
  return /[.!?…][“”"»«]$/.test(last) ? text : text + '.';
}

/** A paragraph of 1 to 6 sentences. */
export function paragraph(ctx: ArticleContext): string {
  const n = 1 + ctx.rng.weighted(PARAGRAPH_SENTENCES);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(ctx));
  return out.join(' ');
}


/** A short present-tense main clause for headlines (`Russland hält Kims Soldaten in der zweiten Reihe`). */
export function shortClause(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const subj = rng.chance(0.5) ? placePhrase(ctx, 'nom') : nounPhrase(ctx, 'nom', { noGenitive: true, adjectives: rng.chance(0.3) ? 1 : 0 });
  const transitive = rng.chance(0.75);
  const v = ctx.lex.verb(rng, transitive);
  const words = [...subj.words, finite(v, subj.num, 'pres')];
  if (transitive) words.push(...nounPhrase(ctx, 'acc', { noGenitive: rng.chance(0.7), adjectives: rng.chance(0.3) ? 1 : 0 }).words);
  if (rng.chance(0.4)) words.push(...placeAdverbial(ctx));
  return words;
}
