/**
 * Dates in German news sentences: find the date expressions, resolve them
 * against the article's publication date (Europe/Berlin) keeping their
 * precision, and pick the one that belongs to an event.
 *
 * Pure functions, no I/O; results do not depend on the process time zone.
 * The pieces live in this folder: the finder's regex pieces and readers
 * (`lexicon.ts`, built on the German lexicon `../lexicon.ts`), the phrase
 * finder (`find.ts`), the resolver (`resolve.ts`), English labels
 * (`label.ts`), the event heuristic (`pick.ts`), Berlin calendar arithmetic
 * (`calendar.ts`) and the types taken and given (`types.ts`).
 *
 * @module
 */
import type { DateRef, DateSay, PublicationDate } from './types.ts';
import { isoDay, makeDay, plusDays, publicationWindow } from './calendar.ts';
import { type DateRelation, type FoundDate, findDates } from './find.ts';
import { readClause } from '../clauses.ts';
import type { Toward } from './spec.ts';
import { englishDate } from './label.ts';
import { pickSpan } from './pick.ts';
import { resolveSpec } from './resolve.ts';

export type { DateRelation } from './find.ts';
export type { DatePart, DatePrecision, DateRef, DateSay, DateVague, DateOutside, PublicationDate } from './types.ts';
export { englishDate } from './label.ts';

/** A date's `label` and `say` from its structure (the label is its English wording). */
function worded(say: DateSay): { label: string; say: DateSay } {
  return { label: englishDate(say), say };
}

/** A date expression in a sentence, resolved as far as the inputs allow. */
export interface DateMention extends DateRef {
  /** Offset of `text` in the sentence: `sentence.slice(index, end) === text`. */
  index: number;
  end: number;
  /** What the preposition says: `seit August 2023` is `since`, `bis Ende 2024` is `until`, most are `at`. */
  relation: DateRelation;
}

/**
 * The date expressions of a sentence, in order of appearance, each resolved
 * against the publication date (explicit dates need none; relative ones stay
 * unresolved without it). `text` includes the preposition (`am Mittwoch`,
 * `ab dem 4. Dezember 2024`, `in der vergangenen Woche`).
 */
export function findDateMentions(sentence: string, published: PublicationDate | null): DateMention[] {
  // a pure function of the sentence and the publication date: the same sentences are read for many questions
  const key = `${published?.iso ?? ''}|${published?.precision ?? ''}|${sentence}`;
  const hit = mentionCache.get(key);
  if (hit) return hit.map((m) => ({ ...m }));
  const found = computeMentions(sentence, published);
  if (mentionCache.size >= MENTION_CACHE_LIMIT) mentionCache.clear();
  mentionCache.set(key, found);
  return found.map((m) => ({ ...m }));
}

const mentionCache = new Map<string, DateMention[]>();
const MENTION_CACHE_LIMIT = 20_000;

/** Every date expression has a digit or one of these words: a sentence without any has none (most sentences). */
const MAY_HOLD_DATE =
  /\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|januar|jänner|februar|feber|märz|april|mai|juni|juli|august|sept|okt|nov|dez|heute|gestern|morgen|vortag|folgetag|tag|woche|monat|jahr|quartal|sommer|winter|herbst|frühjahr|frühling|mittag|abend|nacht|anfang|mitte|ende|beginn|wechsel|wende|uhr/iu;

function computeMentions(sentence: string, published: PublicationDate | null): DateMention[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const window = publicationWindow(published);
  const out: DateMention[] = [];
  const anchors: { found: FoundDate; at: number }[] = [];
  for (const found of findDates(sentence)) {
    if (ofAnotherThing(sentence, found)) continue;
    if (found.spec.kind === 'anchor') {
      anchors.push({ found, at: out.length });
      continue;
    }
    const resolved =
      found.spec.kind === 'clock'
        ? resolveClock(found, sentence, published, window)
        : resolveSpec(found.spec, window, { kind: 'unresolved', text: found.text }, toward(sentence, found));
    if (!resolved) continue;
    out.push({
      text: found.text,
      iso: resolved.iso,
      precision: resolved.precision,
      from: resolved.from,
      to: resolved.to,
      basis: resolved.basis,
      label: resolved.label,
      say: resolved.say,
      index: found.index,
      end: found.end,
      relation: found.relation,
    });
  }
  // `am Vortag`: the day before the date just before it in the sentence (else the publication day)
  for (const { found } of anchors.reverse()) {
    const base = [...out].reverse().find((m) => m.end <= found.index && (m.precision === 'day' || m.precision === 'minute')) ?? null;
    const resolved = resolveAnchor(found, base, published, window);
    if (resolved) out.push(resolved);
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * Which way a year-less date leans (see {@link Toward}): `für den 20. Mai`,
 * `für Dienstagmorgen` and dates in planned or scheduled clauses (`soll im
 * März stattfinden`, `findet am 30. Jänner statt`) look ahead; `bis Ende März`
 * in a clause that is not in the past too (`sind bis Ende März gesichert`);
 * a present-tense clause takes the nearer occurrence; anything else the most
 * recent one.
 */
function toward(sentence: string, found: FoundDate): Toward {
  if (/^f(?:ü|ue)r\s/i.test(found.text)) return 'upcoming';
  if (found.relation === 'since') return 'recent';
  const clause = readClause(sentence, found.index);
  if (clause.tense === 'future') return 'upcoming';
  if (found.relation === 'until' && clause.tense !== 'past') return 'upcoming';
  if (clause.tense !== 'present') return 'recent';
  return 'nearest';
}

/** Minutes after midnight of a publication date known to the minute, else null. */
function publicationMinute(published: PublicationDate | null): number | null {
  if (!published || published.precision !== 'minute') return null;
  const m = /T(\d{2}):(\d{2})/.exec(published.iso);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * `gegen 14.40 Uhr`, `am Vormittag`: only an article (or live-blog entry)
 * dated to the minute dates them, and only when the time is not after it
 * (a plan, `soll um 18 Uhr beginnen`, may be later the same day); anything
 * else would guess the day, so the phrase is left out.
 */
function resolveClock(found: FoundDate, sentence: string, published: PublicationDate | null, window: ReturnType<typeof publicationWindow>) {
  const spec = found.spec as Extract<FoundDate['spec'], { kind: 'clock' }>;
  const minute = publicationMinute(published);
  if (minute === null || !window || window.precision !== 'day') return null;
  const at = spec.hh * 60 + spec.mm;
  const later = toward(sentence, found) === 'upcoming';
  if (at > minute && !later) return null;
  const day = window.first;
  if (spec.daypart) {
    return { iso: isoDay(day), precision: 'day' as const, from: null, to: null, basis: 'relative' as const, ...worded({ kind: 'daypart', day: isoDay(day), phrase: found.text.replace(/^\S+\s+/, '') }) };
  }
  const time = `${pad(spec.hh)}:${pad(spec.mm)}`;
  return { iso: `${isoDay(day)}T${time}`, precision: 'minute' as const, from: null, to: null, basis: 'relative' as const, ...worded({ kind: 'minute', day: isoDay(day), time }) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `am Vortag` resolved from the date it leans on, or from the publication day. */
function resolveAnchor(found: FoundDate, base: DateMention | null, published: PublicationDate | null, window: ReturnType<typeof publicationWindow>): DateMention | null {
  const spec = found.spec as Extract<FoundDate['spec'], { kind: 'anchor' }>;
  const common = { text: found.text, index: found.index, end: found.end, relation: found.relation };
  const before = spec.days < 0;
  if (base && base.iso) {
    const d = dayFromIso(base.iso.slice(0, 10));
    if (d) {
      const shifted = plusDays(d, spec.days);
      return { ...common, iso: isoDay(shifted), precision: 'day', from: null, to: null, basis: base.basis, ...worded({ kind: 'anchored', day: isoDay(shifted), before, base: base.text }) };
    }
  }
  if (base) {
    const baseSay: DateSay = base.say ?? { kind: 'unresolved', text: base.text };
    return { ...common, iso: null, precision: 'unknown', from: null, to: null, basis: 'unresolved', ...worded({ kind: 'anchoredUnresolved', before, base: base.text, baseSay }) };
  }
  if (window && window.precision === 'day' && published) {
    const shifted = plusDays(window.first, spec.days);
    return { ...common, iso: isoDay(shifted), precision: 'day', from: null, to: null, basis: 'relative', ...worded({ kind: 'anchoredToPublication', day: isoDay(shifted), before }) };
  }
  return { ...common, iso: null, precision: 'unknown', from: null, to: null, basis: 'unresolved', ...worded({ kind: 'unresolved', text: found.text, why: window ? 'coarse' : 'undated' }) };
}

function dayFromIso(iso: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date that belongs to something else than any event of the sentence: a
 * birth date (`Jahrgang 2001`, `1998 geboren`, `geb. 1999`), the original
 * event of an anniversary (`zum 80. Jahrestag der Schlacht von 1943`).
 */
function ofAnotherThing(sentence: string, found: FoundDate): boolean {
  const before = sentence.slice(Math.max(0, found.index - 60), found.index);
  const after = sentence.slice(found.end, found.end + 30);
  if (/(?:Jahrgang|[Gg]eburtsjahr|geb\.|geboren(?:\s+(?:am|im))?|Baujahr)\s*$/u.test(before)) return true;
  if (/^\s*(?:geboren|geborene[nmrs]?|zur\s+Welt\s+gekommen)(?![\p{L}])/u.test(after)) return true;
  const explicitYear =
    found.spec.kind === 'year' || ((found.spec.kind === 'day' || found.spec.kind === 'month') && found.spec.kind === 'day' ? found.spec.date.y !== null && 'abs' in found.spec.date.y : found.spec.kind === 'month' && found.spec.y !== null && 'abs' in found.spec.y);
  if (explicitYear && /(?:Jahrestag|Gedenktag|Geburtstag|Todestag)(?:e?s)?\s+(?:de[rs]|vo[mn])\s+(?:[\p{L}-]+\s+){0,4}(?:(?:im\s+)?Jahre?\s+|von\s+|aus\s+dem\s+Jahre?\s+)?$/u.test(before)) return true;
  return false;
}

/**
 * The date expression that belongs to the event whose trigger word starts at
 * `triggerIndex` ("in Kraft", "bestätigt", "ratifizierten"), or null.
 *
 * Heuristic (details in `./dates/pick.ts`): a phrase containing the trigger
 * wins; a date inside an attribute of another noun (`das im Juni vereinbarte
 * Abkommen ... in Kraft getreten`), across `dass`, or across a quotation
 * boundary is never picked; then a date in the same clause; then the nearest;
 * a postnominal `vom ...` only as a last resort.
 *
 * @throws RangeError when `triggerIndex` lies outside the sentence
 */
export function pickEventDate(sentence: string, mentions: DateMention[], triggerIndex: number): DateMention | null {
  return pickSpan(sentence, mentions, triggerIndex);
}

/**
 * The publication date as "reported by" evidence: the event happened on or
 * before it. `to` is the last day the article can have been published.
 * Null without a (readable) publication date.
 */
export function reportedDate(published: PublicationDate | null): DateRef | null {
  const window = publicationWindow(published);
  if (!published || !window) return null;
  const minute = /T(\d{2}):(\d{2})/.exec(published.iso);
  let iso = window.iso;
  let precision: DateRef['precision'] = window.precision;
  if (window.precision === 'day' && minute && published.precision === 'minute') {
    iso = `${window.iso}T${minute[1]}:${minute[2]}`;
    precision = 'minute';
  }
  return {
    text: published.text,
    iso,
    precision,
    from: window.precision === 'day' ? null : isoDay(window.first),
    to: isoDay(window.last),
    basis: 'reported',
    ...worded({ kind: 'reported', iso }),
  };
}
