/**
 * Find the attributions of one sentence and choose the outermost one.
 *
 * Patterns, by precedence (the outermost attribution governs the claim):
 * 1. an inverted reporting clause closing the sentence: `..., sagte X.`,
 *    `..., berichtete die Nachrichtenagentur X am Mittwoch.`, `..., so X.`,
 *    `..., hieß es in einer Mitteilung aus Moskau.`;
 * 2. `wie X berichtet(e)/mitteilte`;
 * 3. a main clause of saying/believing in second position with its subject in
 *    the prefield or right after the verb: `X sagte, ...`, `Dagegen betonte X`,
 *    `X hat ... bestätigt`, `X geht davon aus`, `X sehe Anzeichen`,
 *    `Diese Schätzung nannte X`, passive `wurde von X bestätigt`; a source
 *    phrase (`laut X`) in that same main clause is outer to it
 *    (`Die Kommission sprach laut KCNA von ...` -> KCNA citing the commission);
 * 4. source phrases: `laut X`, `X zufolge`, `nach Angaben/Informationen/
 *    Einschätzung/Schätzungen X`, `nach X Angaben`, `gemäß X`.
 * `unter Berufung auf X` / `berief sich auf X` add "citing X".
 *
 * @module
 */
import { tokenize, type Token } from './text.ts';
import type { ClaimantDirectory } from './directory.ts';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  FINAL_INDEX,
  FINITE_INDEX,
  FOCUS_PARTICLES,
  KONJ_FOLLOWERS,
  KONJUNKTIV,
  LEADING_CONNECTORS,
  PARTICIPLE_INDEX,
  PASSIVE_AUX,
  SEPARABLE_PARTICLES,
  type SpeechVerb,
} from './lexicon.ts';
import {
  isAdjective,
  isDet,
  isDocNoun,
  isNoun,
  isPrep,
  isPunct,
  isQuote,
  isSourceNoun,
  isWord,
  parseNP,
  parseNPBackward,
  skipAdjuncts,
} from './phrase.ts';
import { resolveSpan, type Actor, type ReferenceContext } from './resolve.ts';
import { ADVERBS } from './lexicon.ts';

/** Where an attribution came from in the sentence. */
export type AttributionType = 'trailing' | 'wie' | 'speech' | 'source';

/** One attribution found in a sentence. */
export interface Attribution {
  actor: Actor;
  /** The attribution phrase as written. */
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  type: AttributionType;
  /** Token range of the phrase. */
  ts: number;
  te: number;
  /** Who the actor cites (`unter Berufung auf die Regierungspartei`), if resolved. */
  citing: Actor | null;
  /** The subject came after the verb (`Das teilte das Ministerium mit.`). */
  inverted: boolean;
  /** A report (`laut X`, `berichtete X`, `meldete X`) rather than an opinion: a following `soll`/`sollen` sentence continues it. */
  reportLike: boolean;
}

/** What the paragraph walker needs to know about a sentence. */
export interface SentenceAnalysis {
  own: Attribution | null;
  /** A confirmation is denied (`hat ... nicht bestätigt`): no claimant, nothing inherited. */
  negated: boolean;
  /** The main clause is reported speech (Konjunktiv): it continues the previous attribution. */
  konjunktiv: boolean;
  /** The main verb is reportative `soll`/`sollen` (`Verwundete sollen ... gebracht werden`): continues an attribution of the sentence just before in the same paragraph. */
  reportative: boolean;
  /** The sentence is only a quotation: it continues the previous speaker. */
  quoteOnly: boolean;
  /** `hieß es weiter`, `demnach`: explicitly continues the previous source. */
  continues: boolean;
  /** Starts with `Das`/`Dies`/`Diese Schätzung` and names its source after the verb: it attributes the sentence before. */
  cataphoric: boolean;
  /** A verb of saying names a speaker that could not be resolved (`sagte sie` with no antecedent): inherit nothing. */
  blocked: boolean;
}

const NEGATIONS = new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'keinerlei']);
const DEMONSTRATIVE_START = new Set(['das', 'dies', 'diese', 'dieser', 'dieses', 'diesen']);
const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'wo', 'was']);

interface Ctx {
  toks: Token[];
  text: string;
  dir: ClaimantDirectory;
  refs: ReferenceContext;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** Start of the sentence body after a dateline (`Seoul (Reuters) - `, `Moskau/Minsk – `). */
function bodyStart(toks: Token[]): number {
  // bullets and dashes opening a list item: `• Bern spricht von ...`
  let start = 0;
  while (start < toks.length && toks[start]?.kind === 'punct' && '•·*–—-'.includes(toks[start]?.text ?? '')) start++;
  let depth = 0;
  for (let i = start + 1; i < Math.min(toks.length, start + 10); i++) {
    const t = toks[i];
    if (!t) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    if (depth === 0 && t.kind === 'punct' && (t.text === '–' || t.text === '—' || t.text === '-')) {
      // `Seoul (Reuters) - `, `Berlin (dpa) - `, `Moskau/Minsk – `: capitalised words, anything in parentheses
      let inside = 0;
      const ok = toks.slice(start, i).every((b) => {
        if (b.text === '(') inside++;
        else if (b.text === ')') inside--;
        else if (inside === 0 && !((b.kind === 'word' && b.cap) || b.text === '/')) return false;
        return true;
      });
      return ok ? i + 1 : start;
    }
  }
  return start;
}

/** End of the clause starting at `i`: the next comma, colon, semicolon, opening quote or sentence end. */
function clauseEnd(toks: Token[], i: number): number {
  for (let j = i; j < toks.length; j++) {
    const t = toks[j];
    if (!t) return j;
    if (t.kind === 'punct' && [',', ':', ';', '.', '?', '!'].includes(t.text)) return j;
  }
  return toks.length;
}

function isClauseFinal(toks: Token[], j: number): boolean {
  const n = toks[j + 1];
  return n === undefined || n.kind === 'punct' || n.kind === 'quote';
}

/** A generic Konjunktiv I form in second position: `Schweden betrachte es`, `Man schätze dies`. */
function genericKonjunktiv(toks: Token[], i: number): boolean {
  const t = toks[i];
  const n = toks[i + 1];
  if (!isWord(t) || t.cap || !isWord(n)) return false;
  if (!/[^aeiou]e$/.test(t.fold) || t.fold.length < 4) return false;
  if (/(isch|lich|ig|ene|ale|ste)e?$/.test(t.fold)) return false;
  if (ADVERBS.has(t.fold)) return false;
  return KONJ_FOLLOWERS.has(n.fold) && !n.cap;
}

interface Verb2 {
  /** Index of the finite verb. */
  v: number;
  /** First token of the prefield. */
  pre: number;
}

/** Locate the finite verb of the main clause (verb second). */
function findV2(toks: Token[], start: number): Verb2 | null {
  let i = start;
  while (isWord(toks[i]) && LEADING_CONNECTORS.has(toks[i]?.fold ?? '') && toks[i + 1]?.kind === 'word') i++;
  const pre = i;
  if (isQuote(toks[pre])) return null;
  if (genericKonjunktiv(toks, pre + 1)) return { v: pre + 1, pre };
  for (let j = pre + 1; j < Math.min(toks.length, pre + 30); j++) {
    const t = toks[j];
    if (!t) break;
    if (t.kind === 'quote' || isPunct(t, ':') || isPunct(t, '.')) return null;
    if (isPunct(t, ',')) {
      // relative clause or apposition inside the prefield: skip to the next comma
      const n = toks[j + 1];
      if (n && isWord(n) && (RELATIVE.has(n.fold) || n.cap)) {
        let k = j + 1;
        let verbInside = false;
        while (k < toks.length && !isPunct(toks[k], ',') && !isPunct(toks[k], '.')) {
          const w = toks[k];
          if (isWord(w) && !w.cap && (FINITE_INDEX.has(w.fold) || AUXILIARIES.has(w.fold)) && !RELATIVE.has(n.fold)) verbInside = true;
          k++;
        }
        // `Bern, Moskau und Washington sagten, ...`: a list whose verb follows, not an inserted clause
        if (isPunct(toks[k], ',') && !verbInside) j = k;
        continue;
      }
      return null;
    }
    if (!isWord(t) || t.cap) continue;
    if (FINITE_INDEX.has(t.fold) || AUXILIARIES.has(t.fold) || KONJUNKTIV.has(lower(t))) return { v: j, pre };
    if (['hiess', 'heisst'].includes(t.fold)) return { v: j, pre };
    if (looksFinite(toks, j)) return { v: j, pre };
  }
  return null;
}

/**
 * An unknown finite verb right after the prefield's head noun
 * (`Seoul verurteilte die Entsendung`): a lowercase word after a noun that
 * is not followed by a noun (so not an attribute as in `die kämpfenden Einheiten`).
 * Stops the search for a later verb of saying in the same sentence.
 */
function looksFinite(toks: Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (!isWord(t) || t.cap || !isNoun(prev)) return false;
  if (ADVERBS.has(t.fold) || isPrep(t) || isDet(t) || CONJUNCTIONS.has(t.fold)) return false;
  if (next && (isNoun(next) || (isAdjective(next) && isNoun(toks[j + 2])))) return false;
  return /(te|ten|t|en|e)$/.test(t.fold) || /[^aeiou]t$/.test(t.fold);
}

function prefieldSubjectAllowed(toks: Token[], pre: number, v: number): number | null {
  let s = pre;
  while (s < v && isWord(toks[s]) && FOCUS_PARTICLES.has(toks[s]?.fold ?? '')) s++;
  const first = toks[s];
  if (!first || s >= v) return null;
  if (isPrep(first)) return null;
  if (isWord(first) && ['dem', 'den', 'einem', 'einen', 'diesem', 'diesen'].includes(first.fold)) return null;
  if (v - s === 1 && isWord(first) && ADVERBS.has(first.fold)) return null;
  if (v - s === 1 && isWord(first) && /^(da|dar|wo)/.test(first.fold) && !isNoun(first)) return null;
  return s;
}

/** Resolve the noun phrase starting at `i` (after adjuncts); returns actor and token range. */
function npAfter(c: Ctx, i: number, end: number, opts: Parameters<typeof resolveSpan>[6] = {}): { actor: Actor; s: number; e: number } | null {
  const s = skipAdjuncts(c.toks, i, end);
  const t = c.toks[s];
  if (t && isWord(t) && (t.fold === 'er' || t.fold === 'sie')) {
    const actor = c.refs.pronoun(t.fold as 'er' | 'sie', false);
    return actor ? { actor, s, e: s + 1 } : null;
  }
  const e = parseNP(c.toks, s, end, c.dir);
  if (e <= s) return null;
  const actor = resolveSpan(c.toks, c.text, s, e, c.dir, c.refs, opts);
  return actor ? { actor, s, e } : null;
}

function makeAttribution(c: Ctx, actor: Actor, ts: number, te: number, type: AttributionType, inverted = false): Attribution {
  const a = c.toks[ts];
  const b = c.toks[te - 1];
  const text = a && b ? c.text.slice(a.start, b.end) : '';
  return { actor, text, index: a ? a.start : 0, type, ts, te, citing: null, inverted, reportLike: type === 'source' };
}

/** `unter Berufung auf X` between tokens [from, to). */
function citingIn(c: Ctx, from: number, to: number): Actor | null {
  for (let i = from; i < to - 2; i++) {
    if (c.toks[i]?.fold === 'unter' && c.toks[i + 1]?.fold === 'berufung' && c.toks[i + 2]?.fold === 'auf') {
      const r = npAfter(c, i + 3, c.toks.length, { sourceAnaphora: false });
      return r?.actor ?? null;
    }
  }
  return null;
}

/** Inverted reporting clause at the end: `, sagte X`, `, so X`, `, hieß es in X`. */
function trailing(c: Ctx, start: number): { att: Attribution | null; continues: boolean; attempted: boolean } {
  const { toks } = c;
  let found: Attribution | null = null;
  let continues = false;
  let attempted = false;
  for (let k = start; k < toks.length - 1; k++) {
    if (!isPunct(toks[k], ',')) continue;
    const v = toks[k + 1];
    if (!isWord(v) || v.cap) continue;
    // `, so X.`
    if (v.fold === 'so') {
      const n = toks[k + 2];
      if (!n || !(isDet(n) || isNoun(n))) continue;
      const r = npAfter(c, k + 2, toks.length, { bareName: true });
      if (r && restIsAdjuncts(c, r.e)) found = withCiting(c, makeAttribution(c, r.actor, k + 1, r.e, 'trailing', true));
      continue;
    }
    // `, hieß es in einer Mitteilung aus Moskau.`
    if ((v.fold === 'hiess' || v.fold === 'heisst') && toks[k + 2]?.fold === 'es') {
      const src = hiessSource(c, k + 3);
      if (src) {
        found = makeAttribution(c, src.actor, k + 1, src.e, 'trailing', true);
        found.reportLike = true;
      }
      else if (toks[k + 3]?.fold === 'weiter' || toks[k + 3]?.fold === 'demnach') continues = true;
      continue;
    }
    // `, hatte die Regierung in Bern noch im Oktober erklärt.`
    if (AUXILIARIES.has(v.fold)) {
      const ce = clauseEndNoComma(toks, k + 2);
      const last = toks[ce - 1];
      const p = last ? PARTICIPLE_INDEX.get(last.fold) : undefined;
      if (!p || p.cls === 'cite') continue;
      const r = npAfter(c, k + 2, ce - 1, { bareName: true });
      if (!r) {
        attempted = true;
        continue;
      }
      found = withCiting(c, makeAttribution(c, r.actor, k + 1, r.e, 'trailing', true));
      found.reportLike = p.cls === 'report';
      continue;
    }
    const specs = FINITE_INDEX.get(v.fold)?.filter((s) => s.trailing) ?? [];
    if (specs.length === 0) continue;
    const ce = clauseEndNoComma(toks, k + 2);
    const spec = specs.find((s) => s.particle === undefined || hasParticle(toks, k + 2, ce, s.particle));
    if (!spec) continue;
    const r = npAfter(c, k + 2, toks.length, { bareName: true });
    if (!r) {
      attempted = true;
      continue;
    }
    found = withCiting(c, makeAttribution(c, r.actor, k + 1, r.e, 'trailing', true));
    found.reportLike = spec.cls === 'report';
  }
  return { att: found, continues, attempted };
}

function clauseEndNoComma(toks: Token[], i: number): number {
  for (let j = i; j < toks.length; j++) if (isPunct(toks[j], '.') || isPunct(toks[j], ':') || isPunct(toks[j], ';')) return j;
  return toks.length;
}

function hasParticle(toks: Token[], from: number, to: number, particle: string): boolean {
  for (let j = from; j < to; j++) if (toks[j]?.fold === particle && isClauseFinal(toks, j)) return true;
  return false;
}

/** After a trailing clause's subject only adjuncts may follow (no new clause with a verb). */
function restIsAdjuncts(c: Ctx, from: number): boolean {
  for (let j = from; j < c.toks.length; j++) {
    const t = c.toks[j];
    if (t && isWord(t) && (t.fold === 'dass' || FINITE_INDEX.has(t.fold))) return false;
  }
  return true;
}

/** Attach `unter Berufung auf X` following a trailing clause. */
function withCiting(c: Ctx, att: Attribution): Attribution {
  att.citing = citingIn(c, att.te, c.toks.length) ?? null;
  return att;
}

/** Source of `hieß es` / `heißt es`: `in einer Mitteilung aus Moskau`, `aus dem Kreml`, `aus Regierungskreisen`. */
function hiessSource(c: Ctx, i: number): { actor: Actor; e: number } | null {
  const s = skipAdjuncts(c.toks, i, c.toks.length);
  const p = c.toks[s];
  if (!p || !isWord(p) || !['in', 'im', 'aus', 'von', 'vom', 'bei', 'beim'].includes(p.fold)) return null;
  const from = s + 1;
  const e = parseNP(c.toks, from, c.toks.length, c.dir);
  if (e <= from) return null;
  const actor = resolveSpan(c.toks, c.text, from, e, c.dir, c.refs, { sourceAnaphora: true, bareName: false });
  return actor ? { actor, e } : null;
}

/** `wie X berichtet(e)`, `wie X unter Berufung auf Y meldete`, `wie es in X hieß`. */
function wieClause(c: Ctx): Attribution | null {
  const { toks } = c;
  for (let k = 0; k < toks.length - 2; k++) {
    if (toks[k]?.fold !== 'wie') continue;
    if (toks[k + 1]?.fold === 'es') {
      const src = hiessSource(c, k + 2);
      if (src && ['hiess', 'heisst'].includes(toks[src.e]?.fold ?? '')) return makeAttribution(c, src.actor, k, src.e + 1, 'wie');
      continue;
    }
    // `Wie aus einem Bericht des ISW hervorgeht, ...`
    if (toks[k + 1]?.fold === 'aus') {
      const e = parseNP(toks, k + 2, toks.length, c.dir);
      const verb = toks[e];
      if (e > k + 2 && verb && /^hervor(geht|ging|gehen|gingen)$/.test(verb.fold)) {
        const actor = resolveSpan(toks, c.text, k + 2, e, c.dir, c.refs, { sourceAnaphora: true, bareName: false });
        if (actor) {
          const att = makeAttribution(c, actor, k, e + 1, 'wie');
          att.reportLike = true;
          return att;
        }
      }
      continue;
    }
    let r = npAfter(c, k + 1, toks.length, { bareName: true });
    if (!r) {
      // `wie die Regierung in Rom mitteilte`: an institution and its seat
      const e1 = parseNP(toks, k + 1, toks.length, c.dir);
      if (e1 > k + 1 && ['in', 'aus'].includes(toks[e1]?.fold ?? '') && isNoun(toks[e1 + 1])) {
        const actor = resolveSpan(toks, c.text, k + 1, e1 + 2, c.dir, c.refs, { sourceAnaphora: true, bareName: false });
        if (actor) r = { actor, s: k + 1, e: e1 + 2 };
      }
    }
    if (!r) continue;
    // the verb closes the clause, possibly after adjuncts and `unter Berufung auf ...`
    let j = r.e;
    let citing: Actor | null = null;
    for (; j < Math.min(toks.length, r.e + 14); j++) {
      const t = toks[j];
      if (!t || isPunct(t, ',') || isPunct(t, '.')) break;
      if (isWord(t) && FINAL_INDEX.has(t.fold) && isClauseFinal(toks, j)) {
        citing = citingIn(c, r.e, j);
        const att = makeAttribution(c, r.actor, k, j + 1, 'wie');
        att.citing = citing;
        att.reportLike = FINAL_INDEX.get(t.fold)?.cls === 'report';
        return att;
      }
    }
  }
  return null;
}

interface SpeechResult {
  att: Attribution | null;
  negated: boolean;
  /** End of the main clause (exclusive). */
  clauseEnd: number;
  /** A verb of saying was found but its subject did not resolve. */
  attempted: boolean;
  cataphoric: boolean;
  continues: boolean;
}

/** The main clause: `X sagte`, `Dagegen betonte X`, `X hat ... bestätigt`, `wurde von X bestätigt`. */
function mainSpeech(c: Ctx, v2: Verb2 | null): SpeechResult {
  const none: SpeechResult = { att: null, negated: false, clauseEnd: 0, cataphoric: false, continues: false, attempted: false };
  if (!v2) return none;
  const { toks } = c;
  const { v, pre } = v2;
  const verb = toks[v];
  if (!verb) return none;
  const ce = clauseEnd(toks, v + 1);
  const res: SpeechResult = { ...none, clauseEnd: ce };
  const startsDemonstrative = isWord(toks[pre]) && DEMONSTRATIVE_START.has(toks[pre]?.fold ?? '');

  // `In der Mitteilung hieß es, ...` / `Weiter hieß es`
  if (verb.fold === 'hiess' || verb.fold === 'heisst') {
    if (toks[v + 1]?.fold !== 'es') return res;
    if (isPrep(toks[pre])) {
      const e = parseNP(toks, pre + 1, v, c.dir);
      const actor = e === v ? resolveSpan(toks, c.text, pre + 1, v, c.dir, c.refs, { sourceAnaphora: true, bareName: false }) : null;
      if (actor) res.att = makeAttribution(c, actor, pre, v + 2, 'speech');
    } else {
      const src = hiessSource(c, v + 2);
      if (src) res.att = makeAttribution(c, src.actor, pre, src.e, 'speech');
      else if (toks[pre]?.fold === 'weiter' || toks[v + 2]?.fold === 'weiter') res.continues = true;
    }
    return res;
  }

  // `Das geht aus einem Bericht des ISW hervor.`
  if (['geht', 'ging', 'gehen', 'gingen'].includes(verb.fold) && hasParticle(toks, v + 1, ce, 'hervor')) {
    for (let j = v + 1; j < ce; j++) {
      if (toks[j]?.fold === 'aus') {
        const e = parseNP(toks, j + 1, ce, c.dir);
        const actor = e > j + 1 ? resolveSpan(toks, c.text, j + 1, e, c.dir, c.refs, { sourceAnaphora: true, bareName: false }) : null;
        if (actor) {
          res.att = makeAttribution(c, actor, v, ce, 'speech', true);
          res.cataphoric = startsDemonstrative;
        }
        return res;
      }
    }
    return res;
  }

  let spec: SpeechVerb | null = null;
  let passive = false;
  for (const s of FINITE_INDEX.get(verb.fold) ?? []) {
    if (s.particle !== undefined && !hasParticle(toks, v + 1, ce, s.particle)) continue;
    if (s.requires && !toks.slice(v + 1, ce).some((t) => s.requires?.includes(t.fold))) continue;
    // `Scholz sagte seine Reise ab` is not saying
    const lastTok = toks[ce - 1];
    if (s.particle === undefined && ce - 1 > v && lastTok && SEPARABLE_PARTICLES.has(lastTok.fold) && isClauseFinal(toks, ce - 1)) continue;
    spec = s;
    break;
  }
  if (!spec && AUXILIARIES.has(verb.fold)) {
    for (let j = pre; j < ce; j++) {
      const t = toks[j];
      if (j === v || !t || !isWord(t)) continue;
      const p = PARTICIPLE_INDEX.get(t.fold);
      if (!p) continue;
      if (p.requires && !toks.slice(pre, ce).some((x) => p.requires?.includes(x.fold))) continue;
      spec = p;
      passive = PASSIVE_AUX.has(verb.fold) && !['uberzeugt'].includes(t.fold);
      break;
    }
  }
  if (!spec) return res;

  const scope = toks.slice(pre, ce);
  if (spec.cls === 'confirm' && scope.some((t) => NEGATIONS.has(t.fold))) {
    res.negated = true;
    return res;
  }

  let att: Attribution | null = null;
  if (passive) {
    for (let j = v + 1; j < ce; j++) {
      const t = toks[j];
      if (t && ['von', 'vom', 'durch'].includes(t.fold)) {
        const from = j + 1;
        const e = parseNP(toks, from, ce, c.dir);
        const actor = e > from ? resolveSpan(toks, c.text, from, e, c.dir, c.refs) : null;
        if (actor) att = makeAttribution(c, actor, v, e, 'speech', true);
        break;
      }
    }
  } else {
    const ps = prefieldSubjectAllowed(toks, pre, v);
    if (ps !== null) {
      const actor = resolveSpan(toks, c.text, ps, v, c.dir, c.refs, { bareName: true, sourceAnaphora: false });
      if (actor) att = makeAttribution(c, actor, ps, v + 1, 'speech');
    }
    if (!att) {
      // parse past the clause end so that an apposition (`, Heorhij Tychyj,`) is included
      const r = npAfter(c, v + 1, c.toks.length, { bareName: true, sourceAnaphora: false });
      if (r && r.s < ce) {
        att = makeAttribution(c, r.actor, v, r.e, 'speech', true);
        res.cataphoric = startsDemonstrative;
      }
    }
  }
  if (att && spec.cls === 'cite' && verb.fold.startsWith('zitiert')) {
    // `KCNA zitierte Kim mit den Worten, ...`: the object is cited
    const from = att.inverted ? att.te : v + 1;
    const r = npAfter(c, from, ce, { sourceAnaphora: false });
    if (r) att.citing = r.actor;
  } else if (att && spec.cls === 'cite') {
    // `Sie berief sich dabei auf Informationen ...`
    for (let j = v + 1; j < ce; j++) {
      if (toks[j]?.fold === 'auf') {
        const r = npAfter(c, j + 1, ce, { sourceAnaphora: false });
        if (r) att.citing = r.actor;
        break;
      }
    }
  }
  if (att && !att.citing) att.citing = citingIn(c, pre, ce);
  if (att) att.reportLike = spec.cls === 'report';
  res.att = att;
  res.attempted = att === null;
  return res;
}

/** Source phrases anywhere: `laut X`, `X zufolge`, `nach Angaben X`, `gemäß X`. */
function sourcePhrases(c: Ctx, start: number, subject: () => Actor | null): Attribution[] {
  const { toks } = c;
  const out: Attribution[] = [];
  const relative = relativeClauses(toks);
  const inRelative = (k: number) => relative.some(([a, b]) => k > a && k < b);
  const opts = { sourceAnaphora: true, bareName: true, subject };
  for (let k = start; k < toks.length; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (inRelative(k)) continue;
    if (t.fold === 'laut' || t.fold === 'gemass') {
      const e = parseNP(toks, k + 1, toks.length, c.dir);
      if (e <= k + 1) continue;
      const actor = resolveSpan(toks, c.text, k + 1, e, c.dir, c.refs, opts);
      if (actor) out.push(makeAttribution(c, actor, k, e, 'source'));
    } else if (t.fold === 'zufolge') {
      const s = parseNPBackward(toks, k, start, c.dir);
      if (s >= k) continue;
      const actor = resolveSpan(toks, c.text, s, k, c.dir, c.refs, opts);
      if (actor) out.push(makeAttribution(c, actor, s, k + 1, 'source'));
    } else if (t.fold === 'nach') {
      const e = parseNP(toks, k + 1, toks.length, c.dir);
      if (e <= k + 1) continue;
      // the phrase must be headed by a source noun: `nach Angaben`, `nach ukrainischen Angaben`, `nach Merkels Angaben`
      let h = k + 1;
      while (h < e && (isDet(toks[h]) || isAdjective(toks[h]) || isQuote(toks[h]) || isPunct(toks[h], ',') || toks[h]?.fold === 'und' || (isNoun(toks[h]) && /s$/.test(toks[h]?.text ?? '') && isSourceNoun(toks[h + 1] as Token, c.dir)))) h++;
      const head = toks[h];
      if (!head || !(isSourceNoun(head, c.dir) || isDocNoun(head))) {
        // a capitalised adjective at the start: `Nach ukrainischen ...` handled above; anything else is not a source
        continue;
      }
      if (isDocNoun(head) && !isSourceNoun(head, c.dir)) continue; // `nach einem Bericht` is temporal
      const actor = resolveSpan(toks, c.text, k + 1, e, c.dir, c.refs, opts);
      if (actor) out.push(makeAttribution(c, actor, k, e, 'source'));
    }
  }
  return out;
}

/** Token ranges [comma, end) of relative clauses (`, die laut Bern schlecht ausgerüstet sind,`). */
function relativeClauses(toks: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < toks.length - 1; k++) {
    if (!isPunct(toks[k], ',')) continue;
    let n = k + 1;
    if (isPrep(toks[n])) n++;
    const r = toks[n];
    if (!r || !isWord(r) || !RELATIVE.has(r.fold) || r.fold === 'was' || r.fold === 'wo') continue;
    // `, die ...` must be followed by a non-noun (a relative clause), not `, die Ukraine ...`
    const after = toks[n + 1];
    if (!after || isNoun(after)) continue;
    let e = n + 1;
    while (e < toks.length && !isPunct(toks[e], ',') && !isPunct(toks[e], '.')) e++;
    out.push([k, e]);
  }
  return out;
}

/** Analyse one sentence: its own outermost attribution and how it links to neighbours. */
export function analyseSentence(text: string, dir: ClaimantDirectory, refs: ReferenceContext): SentenceAnalysis {
  const toks = tokenize(text);
  const c: Ctx = { toks, text, dir, refs };
  const start = bodyStart(toks);
  let v2 = findV2(toks, start);
  const verb = v2 ? toks[v2.v] : undefined;
  const konjunktiv = verb !== undefined && v2 !== null && (KONJUNKTIV.has(lower(verb)) || (v2.v === v2.pre + 1 && genericKonjunktiv(toks, v2.v)));
  const firstReal = toks[start];
  const quoteOnly = firstReal !== undefined && isQuote(firstReal);
  const demnach = toks.some((t) => t.fold === 'demnach' || t.fold === 'demzufolge');

  let speech = mainSpeech(c, v2);
  if (!speech.att && !speech.negated) {
    // `Schwedische Angaben gehen weiter: Scholz hatte … gesprochen`
    const v2b = afterColon(toks, start);
    const second = v2b ? mainSpeech(c, v2b) : null;
    if (second?.att) {
      v2 = v2b;
      speech = second;
    }
  }
  const subject = (): Actor | null => speech.att?.actor ?? prefieldActor(c, v2);
  const tr = trailing(c, start);
  const sources = sourcePhrases(c, start, subject);
  const wie = wieClause(c);

  let own: Attribution | null = null;
  let cataphoric = false;
  if (tr.att) {
    own = tr.att;
    if (!own.citing) {
      const inner = speech.att ?? sources.find((s) => s.ts < tr.att!.ts) ?? null;
      if (inner && inner.ts < tr.att.ts) own.citing = inner.actor;
    }
  } else if (wie) {
    own = wie;
    if (!own.citing) {
      const inner = speech.att ?? sources.find((s) => s.ts < wie.ts || s.ts > wie.te) ?? null;
      if (inner) own.citing = inner.actor;
    }
  } else if (speech.att) {
    const outerSource = sources.find((s) => v2 !== null && s.ts >= v2.pre && s.te <= speech.clauseEnd && (s.te <= speech.att!.ts || s.ts >= speech.att!.te));
    if (outerSource && outerSource.actor.name !== speech.att.actor.name) {
      own = { ...outerSource, citing: speech.att.actor };
    } else {
      own = speech.att;
      cataphoric = speech.cataphoric;
    }
  } else if (sources.length > 0) {
    own = sources[0] ?? null;
  }
  if (own?.citing && own.citing.name === own.actor.name) own.citing = null;

  return {
    own,
    negated: own === null && speech.negated,
    konjunktiv,
    reportative: verb !== undefined && (verb.fold === 'soll' || verb.fold === 'sollen'),
    quoteOnly: quoteOnly && own === null,
    continues: own === null && (tr.continues || speech.continues || demnach),
    cataphoric,
    blocked: own === null && (tr.attempted || speech.attempted),
  };
}

/**
 * The clause after a colon, when the lead-in before it names no speaker
 * (`Schwedische Angaben gehen deutlich weiter: Scholz hatte … gesprochen`,
 * `Die Lage in Bern: Scholz sprach von …`); not a quotation after a colon.
 */
function afterColon(toks: Token[], start: number): Verb2 | null {
  for (let i = start + 1; i < toks.length - 3; i++) {
    const t = toks[i];
    if (t?.kind === 'quote') return null;
    if (isPunct(t, ':')) return isQuote(toks[i + 1]) ? null : findV2(toks, i + 1);
  }
  return null;
}

function prefieldActor(c: Ctx, v2: Verb2 | null): Actor | null {
  if (!v2) return null;
  const ps = prefieldSubjectAllowed(c.toks, v2.pre, v2.v);
  if (ps !== null) return resolveSpan(c.toks, c.text, ps, v2.v, c.dir, c.refs, { bareName: true });
  // `Nach eigenen Angaben hat die Armee …`: the prefield is the source phrase; the subject follows the verb
  const from = v2.v + 1;
  const first = c.toks[from];
  if (!first || !isDet(first) || !['der', 'die', 'das'].includes(first.fold)) return null;
  const e = parseNP(c.toks, from, c.toks.length, c.dir);
  return e > from ? resolveSpan(c.toks, c.text, from, e, c.dir, c.refs, { bareName: true }) : null;
}
