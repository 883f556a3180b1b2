/**
 * Finds German date expressions in a sentence and says what they mean
 * ({@link Spec}), without resolving them.
 *
 * How it works: each rule is a regular expression for the core of one kind of
 * expression (`4. Dezember 2024`, `vergangenen Woche`, `Samstag`); a match is
 * widened to the left by a preposition and article (`ab dem`, `in der`, `am`),
 * so `text` is the phrase as a reader would quote it. Overlapping matches are
 * settled longest first. Some rules produce a *block* instead of a date: a
 * span that looks like a date but is not one (`31.02.2024`, `bis heute`); it
 * wins its span so that no shorter rule (the year `2024`) fires inside it.
 *
 * A time alone (`gegen 14.40 Uhr`) or a part of the day (`am Vormittag`)
 * needs a preposition and is resolved by the caller only against a
 * publication known to the minute; `am Vortag` / `tags darauf` lean on the
 * date before them.
 *
 * Deliberately not dates: ordinals (`der 11. Luftlandebrigade`, `am 100. Tag`),
 * counts (`3000 Soldaten`), vague spans (`seit Langem`,
 * `seit Monaten`, `vor wenigen Tagen`, `kürzlich`, `bislang`) and `bis heute`
 * ("to this day"). Vague spans are skipped rather than returned with
 * precision `unknown`: they date nothing, and a caller picking an event date
 * should fall back to the publication date instead of quoting them.
 *
 * @module
 */
import {
  COUNT,
  DAYPART,
  L,
  MONTH,
  PART,
  R,
  REL_ADJ,
  REL_YEAR_GENITIVE,
  SEASON,
  WEEKDAY,
  YEAR,
  readCount,
  readPart,
  readRelAdjective,
  readRelYear,
  readSeason,
} from './lexicon.ts';
import { monthOf, weekdayOf } from '../lexicon.ts';
import { isExists } from '../../../system/date-fns.ts';
import { COUNTED, DETERMINERS, isRound, looksLikeYear, wordsAfter, wordsBefore } from './context.ts';
import type { DaySpec, Occurrence, Spec, YearRef } from './spec.ts';

/** How the phrase relates the event to the date (from its preposition). */
export type DateRelation = 'at' | 'since' | 'from' | 'until' | 'before' | 'after';

/** A date expression found in a sentence, not yet resolved. */
export interface FoundDate {
  /** Offset of the phrase (preposition included) in the sentence. */
  index: number;
  end: number;
  text: string;
  spec: Spec;
  relation: DateRelation;
}

interface MatchContext {
  sentence: string;
  /** Start and end of the core match. */
  start: number;
  end: number;
  g: Record<string, string | undefined>;
  /** The preposition (and article) right before the core, if any. */
  prefix: string | null;
}

type Built = { spec: Spec; requiresPrefix?: boolean } | 'block' | null;

interface Rule {
  name: string;
  re: RegExp;
  build: (ctx: MatchContext) => Built;
}

// ---------------------------------------------------------------------------
// Small readers

function absYear(text: string | undefined): YearRef | null {
  if (!text) return null;
  return { abs: Number(text) };
}

/** Two- or four-digit year of a numeric date (`24` -> 2024). */
function numericYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function occurrenceOf(adj: string | undefined): Occurrence | null {
  if (!adj) return 'recent';
  const offset = readRelAdjective(adj);
  if (offset === -1) return 'previous';
  if (offset === 0) return 'this';
  if (offset === 1) return 'next';
  return null;
}

/** A valid day of a year-less date: accepted when it exists in a leap year (29. Februar). */
function validDayMonth(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && isExists(2024, m - 1, d);
}

function validTime(g: Record<string, string | undefined>): { hh: number; mm: number } | undefined {
  if (g.hh === undefined || g.mm === undefined) return undefined;
  return { hh: Number(g.hh), mm: Number(g.mm) };
}

function daySpec(y: YearRef | null, m: number, d: number): DaySpec | 'block' {
  if (y && 'abs' in y) return isExists(y.abs, m - 1, d) ? { y, m, d } : 'block';
  return validDayMonth(m, d) ? { y, m, d } : 'block';
}

// ---------------------------------------------------------------------------
// Rules

const TIME = `(?:,?\\s*(?:um\\s+)?(?<hh>[01]?\\d|2[0-3])[:.](?<mm>[0-5]\\d)(?:\\s*Uhr)?${R})?`;
/** A clock time after a weekday: only with `um`/`gegen` (`Montag, 17.02.` is a date, not 17:02). */
const WEEKDAY_TIME = `(?:,?\\s+(?:um|gegen)\\s+(?<hh>[01]?\\d|2[0-3])[:.](?<mm>[0-5]\\d)(?:\\s*Uhr)?${R})?`;
const APPROX = '(?:(?:gut|knapp|etwa|rund|genau|fast|ungefähr)\\s+)?';

function rx(source: string): RegExp {
  return new RegExp(source, 'gu');
}

function monthIn(word: string | undefined): number | null {
  return word ? monthOf(word) : null;
}

const rules: Rule[] = [
  {
    name: 'numeric-date',
    re: rx(`(?<![\\p{L}\\p{N}.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[.,]\\p{N})${TIME}`),
    build({ g }) {
      const y = numericYear(g.y!);
      const ds = daySpec({ abs: y }, Number(g.m), Number(g.d));
      if (ds === 'block' || Number(g.m) > 12) return 'block';
      const time = validTime(g);
      return { spec: time ? { kind: 'day', date: ds, time } : { kind: 'day', date: ds } };
    },
  },
  {
    name: 'numeric-date-no-year',
    re: rx(`(?<![\\p{L}\\p{N}.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.(?!\\s?\\p{N})`),
    build({ g }) {
      const ds = daySpec(null, Number(g.m), Number(g.d));
      if (ds === 'block') return null;
      return { spec: { kind: 'day', date: ds }, requiresPrefix: true };
    },
  },
  {
    name: 'iso-date',
    re: rx(`(?<![\\p{N}.\\-/])(?<y>(?:19|20)\\d\\d)-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<hh>\\d{2}):(?<mm>\\d{2}))?(?![\\p{N}])`),
    build({ g }) {
      const ds = daySpec({ abs: Number(g.y) }, Number(g.m), Number(g.d));
      if (ds === 'block') return 'block';
      const time = validTime(g);
      return { spec: time ? { kind: 'day', date: ds, time } : { kind: 'day', date: ds } };
    },
  },
  {
    name: 'iso-month',
    re: rx(`(?<![\\p{N}.\\-/])(?<y>(?:19|20)\\d\\d)-(?<m>0[1-9]|1[0-2])(?![\\p{N}\\-])`),
    build({ g }) {
      return { spec: { kind: 'month', y: { abs: Number(g.y) }, m: Number(g.m) } };
    },
  },
  {
    name: 'day-range',
    re: rx(
      `(?<![\\p{L}\\p{N}.])(?<d1>\\d{1,2})\\.\\s*(?:(?<mon1>${MONTH})(?:\\s+(?<y1>${YEAR}))?\\s*)?` +
        `(?:-|–|bis(?:\\s+(?:zum|einschließlich))?|und(?:\\s+dem)?)\\s*(?<d2>\\d{1,2})\\.\\s*(?<mon2>${MONTH})(?:\\s+(?<y2>${YEAR}))?`,
    ),
    build({ g }) {
      const m2 = monthIn(g.mon2);
      const m1 = monthIn(g.mon1) ?? m2;
      if (!m1 || !m2) return null;
      const y2 = absYear(g.y2);
      let y1 = absYear(g.y1);
      if (!y1 && y2 && 'abs' in y2) y1 = { abs: m1 > m2 ? y2.abs - 1 : y2.abs };
      const from = daySpec(y1, m1, Number(g.d1));
      const to = daySpec(y2, m2, Number(g.d2));
      if (from === 'block' || to === 'block') return 'block';
      return { spec: { kind: 'dayRange', from, to } };
    },
  },
  {
    name: 'day-month',
    re: rx(
      `(?:${L}(?<wd>${WEEKDAY})${DAYPART}?${R},?\\s+(?:(?:den|dem)\\s+)?)?(?<![\\p{L}\\p{N}.])(?<d>\\d{1,2})\\.\\s*(?<mon>${MONTH})` +
        `(?:\\s+(?<y>${YEAR})|\\s+(?<rel>${REL_YEAR_GENITIVE}))?${TIME}`,
    ),
    build({ g }) {
      const m = monthIn(g.mon);
      if (!m) return null;
      const y: YearRef | null = g.y ? { abs: Number(g.y) } : g.rel ? relYear(g.rel) : null;
      const ds = daySpec(y, m, Number(g.d));
      if (ds === 'block') return 'block';
      const time = validTime(g);
      const wd = g.wd ? weekdayOf(g.wd) : null;
      return { spec: { kind: 'day', date: ds, ...(time ? { time } : {}), ...(wd !== null ? { weekday: wd } : {}) } };
    },
  },
  {
    name: 'month',
    re: rx(
      `${L}(?:(?<part>${PART})\\s+(?:(?:des|der)\\s+)?)?(?:(?<adj>${REL_ADJ})\\s+)?(?<![\\p{L}\\p{N}])(?<mon>${MONTH})` +
        `(?:\\s+(?<y>${YEAR})|\\s+(?<rel>${REL_YEAR_GENITIVE}))?`,
    ),
    build(ctx) {
      const { g } = ctx;
      const m = monthIn(g.mon);
      if (!m) return null;
      const part = readPart(g.part);
      if (g.y) {
        if (!looksLikeYearAfterDate(ctx)) return null;
        return { spec: { kind: 'month', y: { abs: Number(g.y) }, m, ...(part ? { part } : {}) } };
      }
      if (g.rel) return { spec: { kind: 'month', y: relYear(g.rel), m, ...(part ? { part } : {}) } };
      const occurrence = occurrenceOf(g.adj);
      if (!occurrence) return null;
      return {
        spec: { kind: 'month', y: null, m, occurrence, ...(part ? { part } : {}) },
        requiresPrefix: !part && !g.adj,
      };
    },
  },
  {
    name: 'season',
    re: rx(
      `${L}(?:(?<part>${PART})\\s+(?:(?:des|der)\\s+)?)?(?:(?<adj>${REL_ADJ})\\s+)?(?<![\\p{L}\\p{N}])(?<season>${SEASON})` +
        `(?:\\s+(?<y>${YEAR})(?:\\s*\\/\\s*(?<y2>\\d{4}|\\d{2})(?![\\p{N}]))?|\\s+(?<rel>${REL_YEAR_GENITIVE}))?`,
    ),
    build({ g }) {
      const read = readSeason(g.season!);
      if (!read) return null;
      const part = readPart(g.part) ?? read.part;
      const extra = part ? { part } : {};
      if (g.y) {
        const y = Number(g.y);
        if (g.y2 !== undefined) {
          const y2 = numericYear(g.y2.length === 2 ? String(y).slice(0, 2) + g.y2 : g.y2);
          if (y2 !== y + 1) return null;
          // `Winter 2024/25`: the winter that starts in December 2024.
          return { spec: { kind: 'season', season: read.season, y: { abs: y }, ...extra } };
        }
        return { spec: { kind: 'season', season: read.season, y: { abs: y }, winterOfYear: read.season === 'winter', ...extra } };
      }
      if (g.rel) {
        return { spec: { kind: 'season', season: read.season, y: relYear(g.rel), winterOfYear: read.season === 'winter', ...extra } };
      }
      const occurrence = occurrenceOf(g.adj);
      if (!occurrence) return null;
      return {
        spec: { kind: 'season', season: read.season, y: null, occurrence, ...extra },
        requiresPrefix: !part && !g.adj,
      };
    },
  },
  {
    name: 'part-of-year',
    re: rx(`${L}(?<part>${PART})\\s+(?:des\\s+Jahres\\s+)?(?<y>${YEAR})`),
    build(ctx) {
      if (!looksLikeYearAfterDate(ctx)) return null;
      return { spec: { kind: 'year', y: { abs: Number(ctx.g.y) }, part: readPart(ctx.g.part)! } };
    },
  },
  {
    name: 'jahr-year',
    re: rx(`(?<![\\p{L}])(?:(?:[Dd]es|[Dd]as|[Dd]em)\\s+)?Jahre?s?\\s+(?<y>${YEAR})`),
    build({ g }) {
      return { spec: { kind: 'year', y: { abs: Number(g.y) } } };
    },
  },
  {
    name: 'relative-year',
    re: rx(
      `${L}(?:(?<part>${PART})\\s+(?:des\\s+)?)?(?<![\\p{L}])(?:(?<adj>${REL_ADJ})\\s+Jahre?s?|(?<vor>Vorjahre?s?|Folgejahre?s?))${R}` +
        `(?!\\s+(?:19|20)\\d\\d)`,
    ),
    build({ g }) {
      const offset = g.vor ? (g.vor.startsWith('Vor') ? -1 : 1) : readRelAdjective(g.adj!);
      if (offset === null) return null;
      const part = readPart(g.part);
      return { spec: { kind: 'year', y: { rel: offset }, ...(part ? { part } : {}) } };
    },
  },
  {
    name: 'part-of-this-year',
    re: rx(`${L}(?<part>${PART})\\s+des\\s+Jahres${R}(?!\\s+(?:19|20)\\d\\d)`),
    build({ g }) {
      return { spec: { kind: 'year', y: { rel: 0 }, part: readPart(g.part)! } };
    },
  },
  {
    name: 'jahres-compound',
    re: rx(
      `(?<![\\p{L}])Jahres(?<jw>beginn|anfang|mitte|ende|wechsel|wende)(?:s)?${R}(?:\\s+(?<y>${YEAR})(?:\\s*\\/\\s*(?<y2>\\d{4}|\\d{2})(?![\\p{N}]))?)?`,
    ),
    build({ g }) {
      const jw = g.jw!;
      if (jw === 'wechsel' || jw === 'wende') {
        if (!g.y) return { spec: { kind: 'turnOfYear', y: { rel: 0 } }, requiresPrefix: false };
        // `Jahreswechsel 2024/25` is the turn from 2024 to 2025; a lone year names the new one.
        const y = Number(g.y);
        return { spec: { kind: 'turnOfYear', y: { abs: g.y2 ? y : y - 1 } } };
      }
      const part = jw === 'mitte' ? 'mid' : jw === 'ende' ? 'late' : 'early';
      return { spec: { kind: 'year', y: g.y ? { abs: Number(g.y) } : { rel: 0 }, part } };
    },
  },
  {
    name: 'years-ago',
    re: rx(`(?<![\\p{L}])[Vv]or\\s+${APPROX}(?<n>${COUNT})\\s+Jahr(?:en)?${R}`),
    build({ g }) {
      const n = readCount(g.n!);
      if (!n) return null;
      return { spec: { kind: 'year', y: { rel: -n } } };
    },
  },
  {
    name: 'year-range',
    re: rx(`(?:(?<kw>[Zz]wischen|[Vv]on)\\s+)?(?<y1>${YEAR})\\s*(?<sep>-|–|bis|und)\\s*(?<y2>${YEAR})`),
    build(ctx) {
      const { g } = ctx;
      const y1 = Number(g.y1);
      const y2 = Number(g.y2);
      if (y2 <= y1) return null;
      if (g.sep === 'und' && !/^[Zz]wischen$/.test(g.kw ?? '')) return null;
      if (!looksLikeYear(ctx.sentence, ctx.end - g.y2!.length, ctx.end)) return null;
      if (g.kw && /^[Zz]wischen$/.test(g.kw) && g.sep !== 'und') return null;
      return { spec: { kind: 'yearRange', from: y1, to: y2 } };
    },
  },
  {
    name: 'year-slash',
    re: rx(`(?<y1>${YEAR})\\/(?<y2>\\d{4}|\\d{2})(?![\\p{N}])`),
    build({ g }) {
      const y1 = Number(g.y1);
      const y2 = numericYear(g.y2!.length === 2 ? g.y1!.slice(0, 2) + g.y2 : g.y2!);
      if (y2 !== y1 + 1) return null;
      return { spec: { kind: 'yearRange', from: y1, to: y2 } };
    },
  },
  {
    name: 'decade',
    re: rx(`(?<![\\p{L}\\p{N}])(?<dec>(?:19|20)?\\d0)er[\\s-]*Jahre[n]?${R}`),
    build({ g }) {
      const dec = g.dec!;
      const start = dec.length === 4 ? Number(dec) : Number(dec) >= 20 ? 1900 + Number(dec) : 2000 + Number(dec);
      return { spec: { kind: 'decade', start } };
    },
  },
  {
    name: 'bare-year',
    re: rx(YEAR),
    build(ctx) {
      if (!looksLikeYear(ctx.sentence, ctx.start, ctx.end)) return null;
      return { spec: { kind: 'year', y: { abs: Number(ctx.g[0] ?? ctx.sentence.slice(ctx.start, ctx.end)) } } };
    },
  },
  {
    name: 'quarter',
    re: rx(
      `(?<![\\p{L}\\p{N}])(?<ord>ersten|zweiten|dritten|vierten|[1-4]\\.)\\s+Quartals?${R}` +
        `(?:\\s+(?<y>${YEAR})|\\s+(?<rel>${REL_YEAR_GENITIVE}))?`,
    ),
    build({ g }) {
      const q = ordinal(g.ord!) as 1 | 2 | 3 | 4;
      const y: YearRef | null = g.y ? { abs: Number(g.y) } : g.rel ? relYear(g.rel) : null;
      return { spec: { kind: 'quarter', q, y }, requiresPrefix: y === null };
    },
  },
  {
    name: 'quarter-q',
    re: rx(`(?<![\\p{L}\\p{N}])Q(?<q>[1-4])\\s*\\/?\\s*(?<y>${YEAR})`),
    build({ g }) {
      return { spec: { kind: 'quarter', q: Number(g.q) as 1 | 2 | 3 | 4, y: { abs: Number(g.y) } } };
    },
  },
  {
    name: 'half-year',
    re: rx(
      `(?<![\\p{L}\\p{N}])(?<ord>ersten|zweiten|1\\.|2\\.)\\s+(?:Halbjahr(?:e?s)?|Jahreshälfte)${R}` +
        `(?:\\s+(?<y>${YEAR})|\\s+(?<rel>${REL_YEAR_GENITIVE}))?`,
    ),
    build({ g }) {
      const h = ordinal(g.ord!) as 1 | 2;
      const y: YearRef | null = g.y ? { abs: Number(g.y) } : g.rel ? relYear(g.rel) : null;
      return { spec: { kind: 'half', h, y }, requiresPrefix: y === null };
    },
  },
  {
    name: 'relative-week',
    re: rx(`${L}(?:(?<part>${PART})\\s+(?:der\\s+)?)?(?<![\\p{L}])(?:(?<adj>${REL_ADJ})\\s+Woche|(?<vor>Vorwoche))${R}`),
    build({ g }) {
      const offset = g.vor ? -1 : readRelAdjective(g.adj!);
      if (offset === null) return null;
      const part = readPart(g.part);
      return { spec: { kind: 'week', offset, ...(part ? { part } : {}) } };
    },
  },
  {
    name: 'part-of-this-week',
    re: rx(`${L}(?<part>${PART})\\s+der\\s+Woche${R}`),
    build({ g }) {
      return { spec: { kind: 'week', offset: 0, part: readPart(g.part)! } };
    },
  },
  {
    name: 'weeks-ago',
    re: rx(`(?<![\\p{L}])[Vv]or\\s+${APPROX}(?<n>${COUNT})\\s+Wochen?${R}`),
    build({ g }) {
      const n = readCount(g.n!);
      if (!n || n > 52) return null;
      return { spec: { kind: 'week', offset: -n, ago: true } };
    },
  },
  {
    name: 'few-days-ago',
    re: rx(
      `(?<![\\p{L}])(?:(?<vor>[Vv]or\\s+(?<q>wenigen|einigen|ein\\s+paar|mehreren))|(?:[Ii]n\\s+den\\s+(?:vergangenen|letzten|zurückliegenden)(?:\\s+(?:wenigen|paar))?))\\s+Tagen${R}`,
    ),
    build({ g }) {
      if (!g.vor) return { spec: { kind: 'fewDays', min: 1, max: 7 } };
      const many = /einigen|mehreren/.test(g.q!);
      return { spec: { kind: 'fewDays', min: 2, max: many ? 10 : 6 } };
    },
  },
  {
    name: 'days-ago',
    re: rx(`(?<![\\p{L}])[Vv]or\\s+${APPROX}(?<n>${COUNT})\\s+Tag(?:en)?${R}`),
    build({ g }) {
      const n = readCount(g.n!);
      if (!n || n > 366) return null;
      return { spec: { kind: 'dayOffset', days: -n } };
    },
  },
  {
    name: 'months-ago',
    re: rx(`(?<![\\p{L}])[Vv]or\\s+${APPROX}(?<n>${COUNT})\\s+Monat(?:en)?${R}`),
    build({ g }) {
      const n = readCount(g.n!);
      if (!n || n > 120) return null;
      return { spec: { kind: 'monthOffset', offset: -n } };
    },
  },
  {
    name: 'relative-month',
    re: rx(
      `${L}(?:(?<part>${PART})\\s+(?:des\\s+)?)?(?<![\\p{L}])(?:(?<adj>${REL_ADJ})\\s+Monat(?:e?s)?|(?<vor>Vormonat(?:e?s)?))${R}`,
    ),
    build({ g }) {
      const offset = g.vor ? -1 : readRelAdjective(g.adj!);
      if (offset === null) return null;
      const part = readPart(g.part);
      return { spec: { kind: 'monthOffset', offset, ...(part ? { part } : {}) } };
    },
  },
  {
    name: 'part-of-this-month',
    re: rx(`${L}(?<part>${PART})\\s+des\\s+Monats${R}(?!\\s+\\p{Lu})`),
    build({ g }) {
      return { spec: { kind: 'monthOffset', offset: 0, part: readPart(g.part)! } };
    },
  },
  {
    name: 'weekend',
    re: rx(`${L}(?:(?<adj>${REL_ADJ})\\s+)?(?<![\\p{L}])Wochenende${R}`),
    build({ g }) {
      const occurrence = g.adj ? occurrenceOf(g.adj) : 'recent';
      if (!occurrence) return null;
      // `vergangenen Wochenende` is the most recent one.
      return { spec: { kind: 'weekend', occurrence: occurrence === 'previous' ? 'recent' : occurrence }, requiresPrefix: !g.adj };
    },
  },
  {
    name: 'night-to-weekday',
    re: rx(`(?<![\\p{L}])(?:[Ii]n\\s+der\\s+)?Nacht\\s+(?:zu[mr]?|auf(?:\\s+den)?)\\s+(?<wd>${WEEKDAY})${R}`),
    build({ g }) {
      const wd = weekdayOf(g.wd!);
      if (wd === null) return null;
      return { spec: { kind: 'weekday', wd, occurrence: 'recent', night: true } };
    },
  },
  {
    name: 'weekday',
    re: rx(
      `${L}(?:(?<adj>${REL_ADJ})\\s+)?(?:(?:frühen|späten|frühe|späte)\\s+)?(?<![\\p{L}])(?<wd>${WEEKDAY})(?<dp>${DAYPART})?${R}` +
        `(?:\\s+(?<wk>(?:der\\s+)?${REL_ADJ}\\s+Woche|der\\s+Vorwoche)${R})?${WEEKDAY_TIME}`,
    ),
    build(ctx) {
      const { g } = ctx;
      const wd = weekdayOf(g.wd!);
      if (wd === null) return null;
      const time = validTime(g);
      if (time && !g.adj && !g.wk) return { spec: { kind: 'weekday', wd, occurrence: 'recent', time } };
      if (g.wk) {
        const offset = /Vorwoche/.test(g.wk) ? -1 : readRelAdjective(g.wk.replace(/^der\s+/, '').split(/\s+/)[0]!);
        if (offset === null) return null;
        return { spec: { kind: 'weekday', wd, occurrence: 'this', week: offset } };
      }
      if (g.adj) {
        const offset = readRelAdjective(g.adj);
        if (offset === -2) return { spec: { kind: 'weekday', wd, occurrence: 'previous' } };
        if (offset === -1) return { spec: { kind: 'weekday', wd, occurrence: 'recent', before: true } };
        if (offset === 0) return { spec: { kind: 'weekday', wd, occurrence: 'this' } };
        if (offset === 1) return { spec: { kind: 'weekday', wd, occurrence: 'next' } };
        return null;
      }
      if (!ctx.prefix) {
        // A bare weekday (`sagte Mittwoch`) is a date unless a determiner makes it a noun (`jeden Mittwoch`, `der Mittwoch`).
        const prev = wordsBefore(ctx.sentence, ctx.start, 1)[0]?.toLowerCase();
        if (prev && DETERMINERS.has(prev)) return null;
      }
      return { spec: { kind: 'weekday', wd, occurrence: 'recent' } };
    },
  },
  {
    name: 'clock',
    re: rx(`(?<![\\p{L}\\p{N}.])(?<hh>[01]?\\d|2[0-3])(?:[:.](?<mm>[0-5]\\d))?\\s*Uhr${R}`),
    build({ g, prefix }) {
      // `gegen 14.40 Uhr`, `um 9 Uhr`: a preposition is required (a bare `14.40 Uhr` is a time stamp)
      if (!prefix || !/^(?:um|gegen|ab|bis|seit|kurz\s+(?:vor|nach))/i.test(prefix)) return null;
      return { spec: { kind: 'clock', hh: Number(g.hh), mm: Number(g.mm ?? 0) } };
    },
  },
  {
    name: 'daypart',
    re: rx(`(?<![\\p{L}])(?:[Aa]m|[Gg]egen|[Bb]is\\s+zum)\\s+(?:(?:frühen|späten)\\s+)?(?<dp>Morgen|Vormittag|Mittag|Nachmittag|Abend)${R}`),
    build({ g }) {
      const hh = { Morgen: 6, Vormittag: 9, Mittag: 12, Nachmittag: 14, Abend: 18 }[g.dp as 'Morgen'] ?? null;
      if (hh === null) return null;
      return { spec: { kind: 'clock', hh, mm: 0, daypart: true } };
    },
  },
  {
    name: 'anchor-day',
    re: rx(`(?<![\\p{L}])(?:(?:[Aa]m\\s+)?(?<v>Vortag|Folgetag)(?:e?s)?|(?:[Aa]m\\s+)?Tag\\s+(?<a>zuvor|davor|darauf|danach)|[Tt]ags\\s+(?<t>zuvor|darauf))${R}`),
    build({ g }) {
      const before = g.v === 'Vortag' || g.a === 'zuvor' || g.a === 'davor' || g.t === 'zuvor';
      return { spec: { kind: 'anchor', days: before ? -1 : 1 } };
    },
  },
  {
    name: 'day-word',
    re: rx(
      `(?<![\\p{L}])(?<w>heute|gestern|vorgestern|morgen|übermorgen|Heute|Gestern|Vorgestern|Übermorgen)${R}` +
        `(?:\\s+(?:früh|Früh|morgen|Morgen|vormittag|Vormittag|mittag|Mittag|nachmittag|Nachmittag|abend|Abend|nacht|Nacht)${R})?`,
    ),
    build(ctx) {
      const w = ctx.g.w!.toLowerCase();
      const prev = wordsBefore(ctx.sentence, ctx.start, 1)[0]?.toLowerCase();
      const next = wordsAfter(ctx.sentence, ctx.end, 1)[0]?.toLowerCase();
      // `bis heute`, `noch heute`, `heute noch`, `die Welt von heute/morgen`: "to this day", "nowadays", not a date.
      if (prev && /^(?:bis|noch|von|nach)$/.test(prev)) return 'block';
      if (w === 'heute' && next === 'noch') return 'block';
      const days = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[w];
      if (days === undefined) return null;
      return { spec: { kind: 'dayOffset', days } };
    },
  },
];

function ordinal(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return { ersten: 1, zweiten: 2, dritten: 3, vierten: 4 }[w] ?? Number(w);
}

function relYear(phrase: string): YearRef {
  return { rel: readRelYear(phrase) ?? 0 };
}

/** A year right after a month or part word (`Juni 2024`): also refuse `Juni 2000 Soldaten`. */
function looksLikeYearAfterDate(ctx: MatchContext): boolean {
  const y = ctx.g.y!;
  const after = wordsAfter(ctx.sentence, ctx.end, 1)[0];
  if (!after) return true;
  if (/^\p{Lu}/u.test(after) && COUNTED.has(after.toLowerCase())) return false;
  if (/^\p{Lu}/u.test(after) && /(?:en|er)$/.test(after) && isRound(Number(y)) && !/^(?:Januar|Februar|Juni|Juli)$/.test(after)) {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Prepositions

const PREFIX = new RegExp(
  `${L}(?<p>[Bb]is\\s+(?:zum|zur|in\\s+den|in\\s+die)|[Aa]m|[Aa]n|[Ii]m|[Ii]n|[Ss]eit|[Aa]b|[Bb]is|[Vv]om|[Vv]on|[Zz]um|[Zz]ur|[Uu]m|` +
    `[Gg]egen|[Nn]ach|[Vv]or|[Ww]ährend|[Ff]ür|[Zz]wischen|[Üü]bers|[Üü]ber)(?:\\s+(?<a>dem|den|der|des|das|diesem|diesen|dieser))?\\s+$`,
  'u',
);

function relationOf(prefix: string | null): DateRelation {
  if (!prefix) return 'at';
  const p = prefix.toLowerCase();
  if (p.startsWith('seit')) return 'since';
  if (p.startsWith('ab') || /^von\b/.test(p)) return 'from';
  if (p.startsWith('bis')) return 'until';
  if (p.startsWith('vor')) return 'before';
  if (p.startsWith('nach')) return 'after';
  return 'at';
}

interface Candidate extends Omit<FoundDate, 'spec'> {
  spec: Spec | null;
  order: number;
}

/**
 * All date expressions in a sentence, in order of appearance, with what they
 * mean. Pure: the same sentence always gives the same result.
 */
export function findDates(sentence: string): FoundDate[] {
  const candidates: Candidate[] = [];
  const digits = /\d/.test(sentence);
  rules.forEach((rule, order) => {
    if (!digits && NEEDS_DIGIT[order]) return;
    // (an exec loop: `matchAll` copies the pattern on every call; nothing else uses it meanwhile)
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex = nextIndex(sentence, re.lastIndex, re.unicode);
        continue;
      }
      const before = sentence.slice(0, start);
      const pm = PREFIX.exec(before);
      // The article alone is not enough context for a year-less month (`der Juni`): a preposition is.
      const prefix = pm ? pm[0].trimEnd() : null;
      const ctx: MatchContext = { sentence, start, end, g: { ...(m.groups ?? {}), 0: m[0] }, prefix };
      const built = rule.build(ctx);
      if (built === null) continue;
      if (built === 'block') {
        candidates.push({ index: start, end, text: m[0], spec: null, relation: 'at', order });
        continue;
      }
      if (built.requiresPrefix && !prefix) continue;
      const index = pm && prefix && !startsWithPreposition(m[0]) ? start - pm[0].length : start;
      candidates.push({
        index,
        end,
        text: sentence.slice(index, end),
        spec: built.spec,
        relation: relationOf(pm && index < start ? prefix : leadingPreposition(m[0])),
        order,
      });
    }
  });
  // Longest first; on a tie, the rule listed first. Blocks take part and are dropped at the end.
  candidates.sort((a, b) => b.end - b.index - (a.end - a.index) || a.order - b.order || a.index - b.index);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.index < t.end && t.index < c.end)) continue;
    taken.push(c);
  }
  return taken
    .filter((c): c is Candidate & { spec: Spec } => c.spec !== null)
    .sort((a, b) => a.index - b.index)
    .map(({ index, end, text, spec, relation }) => ({ index, end, text, spec, relation }));
}

/** Where a global pattern goes on after an empty match (as `matchAll` does: by a code point in unicode mode). */
function nextIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/**
 * Rules whose pattern cannot match without a digit (a day or month number,
 * a year, a clock time, `Q1`): a sentence without one (most) skips them.
 */
const DIGIT_RULES = new Set([
  'numeric-date', 'numeric-date-no-year', 'iso-date', 'iso-month', 'day-range', 'day-month', 'part-of-year', 'jahr-year',
  'year-range', 'year-slash', 'decade', 'bare-year', 'quarter-q', 'clock',
]);
const NEEDS_DIGIT = rules.map((r) => DIGIT_RULES.has(r.name));
for (const name of DIGIT_RULES) if (!rules.some((r) => r.name === name)) throw new Error(`dates: no rule ${name}`);

function startsWithPreposition(core: string): boolean {
  return /^(?:[Ii]n\s+der\s+Nacht|[Vv]or\s)/.test(core);
}

function leadingPreposition(core: string): string | null {
  return /^[Vv]or\s/.test(core) ? null : /^[Ii]n\s/.test(core) ? 'in' : null;
}
