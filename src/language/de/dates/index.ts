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
import type { DateRef, PublicationDate } from './types.ts';
import { isoDay, publicationWindow } from './calendar.ts';
import { type DateRelation, findDates } from './find.ts';
import { dayLabel, minuteLabel, monthName, unresolvedLabel } from './label.ts';
import { pickSpan } from './pick.ts';
import { resolveSpec } from './resolve.ts';

export type { DateRelation } from './find.ts';
export type { DatePrecision, DateRef, PublicationDate } from './types.ts';

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
  const window = publicationWindow(published);
  const out: DateMention[] = [];
  for (const found of findDates(sentence)) {
    const resolved = resolveSpec(found.spec, window, unresolvedLabel(found.text));
    if (!resolved) continue;
    out.push({
      text: found.text,
      iso: resolved.iso,
      precision: resolved.precision,
      from: resolved.from,
      to: resolved.to,
      basis: resolved.basis,
      label: resolved.label,
      index: found.index,
      end: found.end,
      relation: found.relation,
    });
  }
  return out;
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
  let label: string;
  let precision: DateRef['precision'] = window.precision;
  if (window.precision === 'day') {
    if (minute && published.precision === 'minute') {
      iso = `${window.iso}T${minute[1]}:${minute[2]}`;
      precision = 'minute';
      label = `reported on ${minuteLabel(window.first, Number(minute[1]), Number(minute[2]))}`;
    } else {
      label = `reported on ${dayLabel(window.first)}`;
    }
  } else {
    label = `reported in ${window.m === null ? window.y : `${monthName(window.m)} ${window.y}`}`;
  }
  return {
    text: published.text,
    iso,
    precision,
    from: window.precision === 'day' ? null : isoDay(window.first),
    to: isoDay(window.last),
    basis: 'reported',
    label,
  };
}
