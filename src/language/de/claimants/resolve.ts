/**
 * Turn a noun phrase in an attribution position into an actor: a directory
 * entry, a collective source ("Ukrainian sources"), an unknown named person
 * ("Andrii Tscherniak (Sprecher)"), a coordination ("Bern and Washington"),
 * or an earlier actor referred back to (`der Geheimdienst`, `er`, `dem Bericht`).
 *
 * @module
 */
import { tokenize, type Token } from './text.ts';
import type { ActorKind, ClaimantDirectory, Gender } from './directory.ts';
import {
  findAliases,
  isAdjective,
  isCapAdjective,
  isCommonNoun,
  isDet,
  isDocNoun,
  isInstitutionNoun,
  isNoun,
  isPrep,
  isPunct,
  isQuote,
  isRoleNoun,
  isSourceNoun,
  isWord,
  joinList,
  joinListDe,
  lastStem,
  stemOf,
  type AliasMatch,
} from './phrase.ts';
import {
  DEFINITE,
  DOC_NOUNS,
  VAGUE_SOURCE_LABELS,
  DEFINITE_COLLECTIVES,
  GROUP_NOUN_RE,
  NOUN_SUFFIXES,
  QUALIFIER_ADJECTIVES,
  TIME_NOUNS,
} from './lexicon.ts';

/** An actor found for a phrase, before it becomes a public `Claimant`. */
export interface Actor {
  name: string;
  role: string | null;
  display: string;
  /** The name in German (for `unter Berufung auf …`). */
  nameDe: string;
  /** What German readers see (`NIS (südkoreanischer Geheimdienst)`, `ukrainische Quellen`). */
  de: string;
  kind: ActorKind | 'collective' | 'name' | 'verbatim' | 'coordinated';
  gender: Gender | null;
  /** Directory id, when known. */
  id: string | null;
  /** Stems of nouns a later `der <Head>` may use to refer back. */
  heads: string[];
}

/** How a phrase may refer back to earlier text. Provided by the paragraph walker. */
export interface ReferenceContext {
  /** `er` / `sie`: the speaker of the sentence before. */
  pronoun(word: 'er' | 'sie', plural: boolean): Actor | null;
  /** `der Geheimdienst`, `das Ministerium`, `der Sprecher`: the nearest earlier actor with that head. */
  head(stem: string): Actor | null;
  /** `den Angaben zufolge`, `demnach`: the single source of the text just before, if unambiguous. */
  recentSource(): Actor | null;
  /** `laut dem Bericht`: the nearest earlier media claimant. */
  recentReport(): Actor | null;
  /** True when the surname was introduced earlier with a first name (`Tscherniak`). */
  knownSurname(stem: string): boolean;
}

/** Options for one resolution. */
export interface ResolveOptions {
  /** `den Angaben`, `dem Bericht` may refer back (only in `laut`/`zufolge`/`nach` phrases). */
  sourceAnaphora: boolean;
  /** A single bare capitalised word may be a name (`laut Tscherniak`, `Tscherniak zufolge`). */
  bareName: boolean;
  /** `nach eigenen Angaben`: the clause subject. */
  subject?: (() => Actor | null) | undefined;
}

const DEFAULT_OPTIONS: ResolveOptions = { sourceAnaphora: false, bareName: true };

function actorFromEntry(m: AliasMatch): Actor {
  const a = m.pattern.actor;
  return {
    name: a.name,
    role: a.role,
    display: a.display,
    nameDe: a.nameDe,
    de: a.displayDe,
    kind: a.kind,
    gender: a.gender,
    id: a.id,
    heads: a.heads.map(headStem),
  };
}

/** Stem key of a head noun as written in the directory (`Geheimdienst` -> `geheimdienst`). */
export function headStem(h: string): string {
  return tokenize(h).flatMap((t) => t.parts).join(' ');
}

/** An actor made here; `de` is its German form (the name itself when it is German text as written). */
function simple(name: string, kind: Actor['kind'], de: string = name): Actor {
  return { name, role: null, display: name, nameDe: de, de, kind, gender: null, id: null, heads: [] };
}

/** An English label of the vocabulary in German (the label itself when none is known). */
const labelDe = (dir: ClaimantDirectory, en: string): string => dir.labelsDe.get(en) ?? en;

/**
 * Identities before a German noun (`ukrainische und westliche`, or `-er` for a
 * singular role: `ukrainischer`); city adjectives in `-er` stay as they are
 * (`Berliner`); an identity without a German adjective stays as given.
 */
function identitiesDe(dir: ClaimantDirectory, ids: readonly string[], ending: 'e' | 'er'): string {
  return joinListDe(
    ids.map((en) => {
      const adj = dir.adjectivesDe.get(en);
      if (!adj) return en;
      if (/er$/.test(adj)) return adj.charAt(0).toUpperCase() + adj.slice(1);
      return `${adj}${ending}`;
    }),
  );
}

/** Verbatim text of tokens [s, e) in the sentence. */
export function slice(text: string, toks: Token[], s: number, e: number): string {
  const a = toks[s];
  const b = toks[e - 1];
  if (!a || !b || e <= s) return '';
  return text.slice(a.start, b.end);
}

function trimSpan(toks: Token[], s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && (isPunct(toks[a], ',') || isQuote(toks[a]) || isPunct(toks[a], '('))) a++;
  while (b > a && (isPunct(toks[b - 1], ',') || isPunct(toks[b - 1], '.') || isPunct(toks[b - 1], ':') || isPunct(toks[b - 1], ')'))) b--;
  // keep a closing quote only when an opening quote is inside
  if (b > a && isQuote(toks[b - 1])) {
    let opened = false;
    for (let i = a; i < b - 1; i++) if (isQuote(toks[i])) opened = true;
    if (!opened) b--;
  }
  return [a, b];
}

/** Whether the alias at `m` is a complement (genitive, prepositional, prenominal genitive) rather than the head. */
function isComplement(toks: Token[], s: number, e: number, m: AliasMatch, dir: ClaimantDirectory): boolean {
  let k = m.ts - 1;
  while (k >= s && (isAdjective(toks[k]) || isQuote(toks[k]) || (isDet(toks[k]) && !['des', 'der', 'eines', 'einer'].includes(toks[k]?.fold ?? '')))) k--;
  const prev = toks[k];
  if (k >= s && prev && isWord(prev)) {
    if (prev.fold === 'des' || prev.fold === 'eines') return true;
    if ((prev.fold === 'der' || prev.fold === 'einer') && k > s && isNoun(toks[k - 1])) return true;
    if (isPrep(prev)) return true;
  }
  const last = toks[m.te - 1];
  const next = toks[m.te];
  const aliasEnd = m.pattern.stems[m.pattern.stems.length - 1] ?? '';
  // postnominal genitive of a name: `Botschafter Russlands`, `Angaben Berns`
  if (k >= s && prev && isNoun(prev) && isCommonNoun(prev, dir) && last && !last.upper && /s$/.test(last.text) && !aliasEnd.endsWith('s')) return true;
  // prenominal genitive: `Russlands Präsident`, `Berns Angaben`
  if (last && !last.upper && /s$/.test(last.text) && m.te < e && next && isNoun(next)) {
    const aliasLast = m.pattern.stems[m.pattern.stems.length - 1] ?? '';
    if (!aliasLast.endsWith('s')) return true;
  }
  return false;
}

/**
 * Whether a complement after a source noun belongs to it: a genitive or a
 * `von`/`aus` phrase (`Angaben des Pentagons`, `Zahlen aus Bern`, `Angaben
 * Berns`, `Angaben der Nachrichtenagentur Reuters`, `Angaben des Ministeriums
 * in Moskau`), not a name inside a phrase about something else (`die Zahl
 * der nach Russland entsandten Soldaten`, `die Zahl der Soldaten in
 * Russland`: Russia gives no figure there).
 */
function linksToHead(toks: Token[], h: number, m: AliasMatch, dir: ClaimantDirectory): boolean {
  if (m.ts === h + 1) return true;
  const link = toks[h + 1];
  if (!link || !isWord(link) || !['des', 'der', 'eines', 'einer', 'von', 'vom', 'aus'].includes(link.fold)) return false;
  // `der nach Russland entsandten Soldaten`: the name sits in an attribute of another noun
  const after = toks[m.te];
  if (isPrep(toks[m.ts - 1]) && after && isWord(after) && !after.cap && isAdjective(after) && isNoun(toks[m.te + 1])) return false;
  for (let k = h + 2; k < m.ts; k++) {
    const t = toks[k];
    if (!t || !isPrep(t)) continue;
    // a preposition on the way is fine only after the source's own institution or role (`des Ministeriums in Moskau`)
    for (let n = h + 2; n < k; n++) {
      const w = toks[n];
      if (w && isNoun(w) && !isRoleNoun(w, dir) && !isInstitutionNoun(w) && !isSourceNoun(w, dir)) return false;
    }
  }
  return true;
}

interface NameRun {
  s: number;
  e: number;
}

function isNameToken(t: Token, dir: ClaimantDirectory): boolean {
  if (!isWord(t) || !t.cap) return false;
  if (/^\p{Lu}\.$/u.test(t.text)) return true;
  if (!isNoun(t)) return false;
  if (t.upper) return true;
  if (isRoleNoun(t, dir) || isInstitutionNoun(t) || isSourceNoun(t, dir) || isDocNoun(t)) return false;
  if (TIME_NOUNS.has(t.fold) || GROUP_NOUN_RE.test(t.fold)) return false;
  if (NOUN_SUFFIXES.some((x) => t.fold.endsWith(x))) return false;
  if (dir.heads.has(stemOf(t)) || dir.standalone.has(stemOf(t))) return false;
  if (isCapAdjective(t, dir)) return false;
  return true;
}

/** Runs of name-like tokens in [s, e) outside alias matches. */
function nameRuns(toks: Token[], s: number, e: number, dir: ClaimantDirectory, matches: AliasMatch[]): NameRun[] {
  const inMatch = (i: number) => matches.some((m) => i >= m.ts && i < m.te);
  const runs: NameRun[] = [];
  let i = s;
  while (i < e) {
    const t = toks[i];
    if (t && !inMatch(i) && isNameToken(t, dir)) {
      let j = i + 1;
      while (j < e && !inMatch(j) && toks[j] && isNameToken(toks[j] as Token, dir)) j++;
      runs.push({ s: i, e: j });
      i = j;
    } else i++;
  }
  return runs;
}

/** Decide whether a run of name-like tokens is a person's (or outlet's) name, and its written role. */
function acceptName(
  toks: Token[],
  text: string,
  s: number,
  e: number,
  run: NameRun,
  dir: ClaimantDirectory,
  ctx: ReferenceContext,
  opts: ResolveOptions,
): Actor | null {
  const len = run.e - run.s;
  const first = toks[run.s];
  if (!first) return null;
  let k = run.s - 1;
  const quoted = isQuote(toks[k]);
  while (k >= s && isQuote(toks[k])) k--;
  const prev = k >= s ? toks[k] : undefined;
  const afterRole = prev !== undefined && isNoun(prev) && (isRoleNoun(prev, dir) || isInstitutionNoun(prev));
  const afterComma = prev !== undefined && isPunct(prev, ',');
  const afterDet = prev !== undefined && (isDet(prev) || isAdjective(prev));
  if (prev !== undefined && isPrep(prev)) return null;
  if (prev !== undefined && k > s && isWord(prev) && ['des', 'der', 'von', 'vom'].includes(prev.fold) && !afterRole) return null;
  let ok = false;
  if (quoted || afterRole) ok = true;
  else if (afterComma) {
    // apposition after a role phrase: `der Chef des Generalstabs, Waleri Gerassimow,`
    let hasRole = false;
    for (let i = s; i < k; i++) if (toks[i] && (isRoleNoun(toks[i] as Token, dir) || isInstitutionNoun(toks[i] as Token))) hasRole = true;
    ok = hasRole && (len >= 2 || !/(en|er|e)$/.test(first.fold));
  } else if (afterDet) ok = false;
  else if (len >= 2) ok = true;
  else if (first.upper) ok = true;
  // a single bare word is a name only when the text introduced it with a first name
  // (`laut Vertrag` is not a person; `laut Tscherniak` after `Andrii Tscherniak` is)
  else if (opts.bareName && prev === undefined && ctx.knownSurname(stemOf(first))) ok = true;
  if (!ok) return null;
  const name = slice(text, toks, run.s, run.e);
  // role as written: the phrase before the name (without article), or an apposition after it
  let role: string | null = null;
  let rs = s;
  while (rs < run.s && (isDet(toks[rs]) || isQuote(toks[rs]))) rs++;
  let re = run.s;
  while (re > rs && (isPunct(toks[re - 1], ',') || isQuote(toks[re - 1]))) re--;
  if (re > rs) {
    let hasRole = false;
    for (let i = rs; i < re; i++) if (toks[i] && (isRoleNoun(toks[i] as Token, dir) || isInstitutionNoun(toks[i] as Token))) hasRole = true;
    if (hasRole) role = slice(text, toks, rs, re);
  }
  if (role === null && isPunct(toks[run.e], ',')) {
    let as = run.e + 1;
    while (as < e && isDet(toks[as])) as++;
    let ae = as;
    while (ae < e && !isPunct(toks[ae], ',')) ae++;
    const head = toks[as];
    if (ae > as && ae < e + 1 && head && (isRoleNoun(head, dir) || isAdjective(head))) {
      let hasRole = false;
      for (let i = as; i < ae; i++) if (toks[i] && isRoleNoun(toks[i] as Token, dir)) hasRole = true;
      if (hasRole) role = slice(text, toks, as, ae);
    }
  }
  const roleStem = role !== null ? toks.slice(rs, re).filter((t) => isRoleNoun(t, dir)).map(lastStem) : [];
  return {
    name,
    role,
    display: role ? `${name} (${role})` : name,
    nameDe: name,
    de: role ? `${name} (${role})` : name,
    kind: 'name',
    gender: null,
    id: null,
    heads: roleStem,
  };
}

/**
 * Collective sources: `ukrainischen und westlichen Schätzungen` -> "Ukrainian
 * and Western estimates"; `US-Beamte` -> "US officials"; `Berichten` (bare)
 * -> "unnamed reports". Null when an adjective is unknown (never drop an
 * identity) or no identity is given.
 */
function compose(toks: Token[], s: number, e: number, dir: ClaimantDirectory): Actor | null {
  let i = s;
  let hasDet = false;
  while (i < e && (isDet(toks[i]) || isQuote(toks[i]))) {
    if (isDet(toks[i])) hasDet = true;
    i++;
  }
  const identities: string[] = [];
  const qualifiers: string[] = [];
  let unknown = false;
  let headIdx = -1;
  for (; i < e; i++) {
    const t = toks[i];
    if (!t) break;
    if (isPunct(t, ',') || (isWord(t) && ['und', 'sowie'].includes(t.fold))) continue;
    const isLast = i === e - 1;
    if (isLast && isNoun(t)) {
      headIdx = i;
      break;
    }
    if (isAdjective(t) || isCapAdjective(t, dir) || (isWord(t) && !t.cap)) {
      const st = stemOf(t);
      const id = dir.adjectives.get(st);
      if (id !== undefined) identities.push(id);
      else if (!QUALIFIER_ADJECTIVES.has(st)) unknown = true;
      else qualifiers.push(st);
      continue;
    }
    return null;
  }
  const head = headIdx >= 0 ? toks[headIdx] : undefined;
  if (!head) return null;
  let noun: string | undefined;
  if (head.parts.length > 1) {
    const prefix = head.parts.slice(0, -1).join(' ');
    const tail = lastStem(head);
    // `AFP-Meldung`, `dpa-Bericht`: a document of the agency named in front
    noun = dir.sourceNouns.get(tail) ?? DOC_NOUNS.get(tail);
    const id = dir.adjectives.get(prefix);
    if (noun !== undefined && id !== undefined) identities.push(id);
    else if (noun !== undefined || dir.standalone.has(tail)) {
      // `Pentagon-Angaben`, `UN-Angaben`, `ISW-Analysten`: the prefix names a known actor
      if (identities.length > 0 || unknown || head.parts.length !== 2) return null;
      const owner = (dir.aliasIndex.get(prefix) ?? []).find((p) => p.stems.length === 1);
      return owner ? actorFromEntry({ pattern: owner, ts: headIdx, te: headIdx + 1 }) : null;
    }
  } else {
    noun = dir.sourceNouns.get(stemOf(head));
  }
  if (noun === undefined) {
    const alone = dir.standalone.get(stemOf(head));
    return alone !== undefined && !hasDet && identities.length === 0 && !unknown ? { ...simple(alone, 'collective', labelDe(dir, alone)), gender: 'pl' } : null;
  }
  if (unknown) return null;
  const uniq = [...new Set(identities)];
  if (uniq.length > 0) {
    const name = `${joinList(uniq)} ${noun}`;
    return { ...simple(name, 'collective', `${identitiesDe(dir, uniq, 'e')} ${labelDe(dir, noun)}`), gender: 'pl' };
  }
  if (!hasDet) {
    const alone = dir.standalone.get(stemOf(head));
    if (alone !== undefined) return { ...simple(alone, 'collective', labelDe(dir, alone)), gender: 'pl' };
  }
  // `die Behörden`, `Staatsmedien`, `nach Polizeiangaben`: the noun names the source itself
  if (!VAGUE_SOURCE_LABELS.has(noun) && (!hasDet || DEFINITE_COLLECTIVES.has(noun))) return { ...simple(noun, 'collective', labelDe(dir, noun)), gender: 'pl' };
  // `nach offiziellen Angaben`: official, but nobody named
  if (noun === 'sources' && qualifiers.includes('offiziell')) return { ...simple('official sources', 'collective', labelDe(dir, 'official sources')), gender: 'pl' };
  return null;
}

/** Top-level `und`/`sowie` positions (coordination of actors), ignoring adjective lists. */
function coordinationPoints(toks: Token[], s: number, e: number): number[] {
  const pts: number[] = [];
  for (let i = s + 1; i < e - 1; i++) {
    const t = toks[i];
    if (isWord(t) && (t.fold === 'und' || t.fold === 'sowie')) {
      const prev = toks[i - 1];
      if (prev && isAdjective(prev)) continue; // `ukrainischen und westlichen`
      pts.push(i);
    }
  }
  return pts;
}

function combine(parts: Actor[]): Actor {
  const name = joinList(parts.map((p) => p.name));
  const display = joinList(parts.map((p) => p.display));
  return { name, role: null, display, nameDe: joinListDe(parts.map((p) => p.nameDe)), de: joinListDe(parts.map((p) => p.de)), kind: 'coordinated', gender: 'pl', id: null, heads: [] };
}

/**
 * Resolve tokens [s, e) of a sentence to an actor, or null when unsure.
 * Preference: a named person (directory alias, then an unknown name) over a
 * description (`ukrainische Präsident`), a head over a complement
 * (`Sprecher des Außenministeriums Vedant Patel` -> Patel), collective
 * phrases, then references to earlier text.
 */
export function resolveSpan(
  toks: Token[],
  text: string,
  s0: number,
  e0: number,
  dir: ClaimantDirectory,
  ctx: ReferenceContext,
  options: Partial<ResolveOptions> = {},
): Actor | null {
  const opts: ResolveOptions = { ...DEFAULT_OPTIONS, ...options };
  const [s, e] = trimSpan(toks, s0, e0);
  if (e <= s) return null;
  if (e - s > 24) return null;

  // pronoun
  if (e - s === 1) {
    const t = toks[s];
    if (isWord(t) && (t.fold === 'er' || t.fold === 'sie')) return ctx.pronoun(t.fold as 'er' | 'sie', false);
  }

  // coordination: `Bern und Washington`, `Die Ukraine und ihre westlichen Verbündeten`
  const coord = coordinationPoints(toks, s, e);
  if (coord.length > 0) {
    const whole = compose(toks, s, e, dir);
    if (whole) return whole;
    const commas: number[] = [];
    for (let i = s + 1; i < e - 1; i++) if (isPunct(toks[i], ',')) commas.push(i);
    // `Bern, Moskau und Washington`; failing that `Der Chef des Stabs, X, und Y` split at `und` only
    for (const points of commas.length > 0 ? [[...commas, ...coord].sort((a, b) => a - b), coord] : [coord]) {
      const parts = conjuncts(toks, text, s, e, points, dir, ctx, opts);
      if (parts) return combine(parts);
    }
    return null;
  }
  return resolveSingle(toks, text, s, e, dir, ctx, opts);
}

/** Resolve each conjunct between split points; null unless all resolve to named actors. */
function conjuncts(
  toks: Token[],
  text: string,
  s: number,
  e: number,
  points: number[],
  dir: ClaimantDirectory,
  ctx: ReferenceContext,
  opts: ResolveOptions,
): Actor[] | null {
  const parts: Actor[] = [];
  let a = s;
  for (const end of [...points, e]) {
    let b = end;
    while (b > a && isPunct(toks[b - 1], ',')) b--;
    while (a < b && isPunct(toks[a], ',')) a++;
    const r = b > a ? resolveSingle(toks, text, a, b, dir, ctx, { ...opts, sourceAnaphora: false }) : null;
    if (!r || r.kind === 'verbatim') return null;
    parts.push(r);
    a = end + 1;
  }
  return parts.length >= 2 ? parts : null;
}

function resolveSingle(
  toks: Token[],
  text: string,
  s: number,
  e: number,
  dir: ClaimantDirectory,
  ctx: ReferenceContext,
  opts: ResolveOptions,
): Actor | null {
  if (e <= s) return null;
  const matches = findAliases(toks, s, e, dir);
  const heads = matches.filter((m) => !isComplement(toks, s, e, m, dir));
  const complements = matches.filter((m) => isComplement(toks, s, e, m, dir));

  // `Südkoreas Geheimdienst` = `Geheimdienst Südkoreas`, `Russlands Präsident` = `Präsident Russlands`
  const lead = s + (isDet(toks[s]) ? 1 : 0);
  const genitive = complements.find((m) => m.ts === lead && m.te < e);
  if (genitive && !heads.some((m) => m.pattern.actor.kind === 'person' && !m.pattern.title)) {
    const swapped = [...toks.slice(genitive.te, e), ...toks.slice(genitive.ts, genitive.te)];
    const whole = findAliases(swapped, 0, swapped.length, dir).find((m) => m.ts === 0 && m.te === swapped.length);
    const named = nameRuns(toks, genitive.te, e, dir, matches).length > 0;
    if (whole && !named) return actorFromEntry(whole);
  }

  const personAlias = heads.find((m) => m.pattern.actor.kind === 'person' && !m.pattern.title);
  if (personAlias) return actorFromEntry(personAlias);

  const runs = nameRuns(toks, s, e, dir, matches);
  for (const run of runs) {
    const named = acceptName(toks, text, s, e, run, dir, ctx, opts);
    if (named) return named;
  }

  const title = heads.find((m) => m.pattern.actor.kind === 'person');
  if (title) return actorFromEntry(title);
  const other = heads[0];
  if (other) return actorFromEntry(other);

  // `die Beamten`, `die Agentur`: a definite head noun refers back before it names a collective
  const only = e - s === 2 && isDet(toks[s]) && DEFINITE.has((toks[s] as Token).fold) ? toks[s + 1] : undefined;
  if (only && isNoun(only) && dir.heads.has(stemOf(only))) {
    const back = ctx.head(stemOf(only));
    if (back) return back;
  }

  const collective = compose(toks, s, e, dir);
  if (collective) return collective;

  // the head noun of the phrase
  let h = s;
  let definite = false;
  let own = false;
  const inPrenominal = (i: number) => complements.some((m) => i >= m.ts && i < m.te && m.te < e && m.ts === s + (isDet(toks[s]) ? 1 : 0));
  while (h < e && (isDet(toks[h]) || isAdjective(toks[h]) || isQuote(toks[h]) || isCapAdjective(toks[h] as Token, dir) || inPrenominal(h))) {
    const t = toks[h] as Token;
    if (isDet(t) && DEFINITE.has(t.fold)) definite = true;
    if (isWord(t) && stemOf(t) === 'eigen') own = true;
    if (isCapAdjective(t, dir) && isNoun(toks[h + 1]) === false) break;
    h++;
  }
  const head = toks[h];
  if (!head || !isNoun(head)) return null;
  const headOnly = h === e - 1;

  if (definite && headOnly && dir.heads.has(stemOf(head))) return ctx.head(stemOf(head));

  if ((isSourceNoun(head, dir) && !dir.heads.has(stemOf(head))) || isDocNoun(head)) {
    const c = complements.find((m) => m.ts > h && linksToHead(toks, h, m, dir)) ?? complements.find((m) => m.ts < h);
    if (c) {
      const actor = actorFromEntry(c);
      const link = toks[c.ts - 1];
      // `Russlands Staatsmedien` -> "Russia's state media" (but `Moskaus Angaben` -> "Moscow")
      const noun = dir.sourceNouns.get(stemOf(head)) ?? dir.sourceNouns.get(lastStem(head));
      if (actor.kind === 'place' && c.ts < h && noun !== undefined && noun !== 'sources') {
        return { ...simple(`${actor.name}'s ${noun}`, 'collective', `${labelDe(dir, noun)} (${actor.nameDe})`), id: actor.id };
      }
      if (isDocNoun(head) && link && link.fold === 'aus' && actor.kind === 'place') {
        const doc = DOC_NOUNS.get(stemOf(head)) ?? DOC_NOUNS.get(lastStem(head)) ?? 'statement';
        return { ...simple(`${doc} from ${actor.name}`, 'place', `${labelDe(dir, doc)} aus ${actor.nameDe}`), name: actor.name, nameDe: actor.nameDe, id: actor.id };
      }
      return actor;
    }
    // `Erkenntnissen westlicher Geheimdienste`
    if (h + 1 < e && isAdjective(toks[h + 1])) {
      const inner = compose(toks, h + 1, e, dir);
      if (inner) return inner;
    }
    // `Angaben aus Regierungskreisen`, `Bericht von Kyodo News`
    const link = toks[h + 1];
    if (link && isWord(link) && ['aus', 'von', 'vom', 'des', 'der'].includes(link.fold) && h + 2 < e) {
      const inner = resolveSpan(toks, text, link.fold === 'des' || link.fold === 'der' ? h + 1 : h + 2, e, dir, ctx, {
        ...opts,
        sourceAnaphora: false,
      });
      if (inner && inner.kind !== 'verbatim') return inner;
    }
    if (own && opts.subject) return opts.subject();
    if (definite && headOnly && opts.sourceAnaphora) {
      if (isDocNoun(head) && ['bericht', 'meldung', 'lagebericht'].includes(stemOf(head))) return ctx.recentReport();
      if (isSourceNoun(head, dir)) return ctx.recentSource();
    }
    return null;
  }

  if (isRoleNoun(head, dir)) {
    const c = complements.find((m) => m.ts > h);
    const roleEn = dir.roleNouns.get(stemOf(head)) ?? dir.roleNouns.get(lastStem(head));
    if (c) {
      const actor = actorFromEntry(c);
      if (roleEn !== undefined && actor.kind !== 'person') {
        // `ein Sprecher des Pentagons` -> "Pentagon spokesperson"; `der Botschafter Russlands` -> "Russia's ambassador"
        const label = actor.kind === 'place' ? `${actor.name}'s ${roleEn}` : `${actor.name} ${roleEn}`;
        return { ...simple(label, 'verbatim', `${labelDe(dir, roleEn)} (${actor.nameDe})`), heads: [lastStem(head)] };
      }
      return { ...verbatim(toks, text, s, e), heads: [lastStem(head)] };
    }
    if (definite && headOnly) return ctx.head(lastStem(head)) ?? ctx.head(stemOf(head));
    // `ein ukrainischer Kommandeur` -> "Ukrainian commander"
    if (roleEn !== undefined && h === e - 1) {
      const ids: string[] = [];
      for (let i = s; i < h; i++) {
        const t = toks[i] as Token;
        if (isDet(t) || QUALIFIER_ADJECTIVES.has(stemOf(t))) continue;
        const id = dir.adjectives.get(stemOf(t));
        if (id === undefined) return null;
        ids.push(id);
      }
      if (ids.length > 0) return { ...simple(`${joinList(ids)} ${roleEn}`, 'verbatim', `${identitiesDe(dir, ids, 'er')} ${labelDe(dir, roleEn)}`), heads: [lastStem(head)] };
      // `ein Sprecher`, `ein Abgeordneter`: attributed, but to nobody named
      const det = toks[s];
      if (h === s + 1 && det && isWord(det) && /^ein(e|er|em|en)?$/.test(det.fold)) {
        return { ...simple(`unnamed ${roleEn}`, 'verbatim', `${labelDe(dir, roleEn)} (ohne Namen)`), heads: [] };
      }
    }
    if (h < e - 1) return { ...verbatim(toks, text, s, e), heads: [lastStem(head)] };
    return null;
  }

  if (isInstitutionNoun(head) && (complements.length > 0 || h < e - 1)) return verbatim(toks, text, s, e);
  return null;
}

function verbatim(toks: Token[], text: string, s: number, e: number): Actor {
  let a = s;
  while (a < e && (isDet(toks[a]) || isQuote(toks[a]))) a++;
  const name = slice(text, toks, a, e);
  return simple(name, 'verbatim');
}
