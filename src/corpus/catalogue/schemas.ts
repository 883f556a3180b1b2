/**
 * The zod schemas of every catalogue file, and the types they give. A
 * catalogue file is validated against its schema when it is read; an invalid
 * file is an error naming the file, the entry and the field.
 *
 * @module
 */
import { z } from 'zod';
import type { ActorInput, ClaimantsData } from '../../language/de/claimants/index.ts';
import { COUNT_KINDS, FIGURE_KINDS } from '../../language/de/figures/index.ts';
import { wordPattern } from '../../language/de/index.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "treaty-in-force"');
const words = z.array(z.string().trim().min(1)).min(1);

/** A word pattern of `language/de/clauses.ts` (checked by compiling it). */
const wordPatternText = z.string().trim().min(1).refine((p) => {
  try {
    wordPattern(p);
    return true;
  } catch {
    return false;
  }
}, 'must contain at least one word (words, "…" for a gap, "word*" for a prefix, "a|b" for either)');

/** A month or day: `2024-06`, `2024-06-19`. */
const isoMonthOrDayText = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a year, month or day like 2024, 2024-06 or 2024-06-19');

/** English word or phrase -> German words that express it. */
export const GlossarySchema = z.record(
  z.string().trim().min(1),
  words,
);

/** An event that `/when` can date. */
export const EventSchema = z.strictObject({
  slug,
  /** English label shown to users. */
  en: z.string().min(1),
  /** German label (localised choices, German queries). */
  de: z.string().min(1),
  /** Other names users type (English or German), matched like the labels. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * German words or phrases that state the event happened (`in Kraft`,
   * `ratifiziert`, `bestätigt`). A sentence must contain one of them.
   */
  triggers: words,
  /**
   * Who must be the actor: the first actor named in the trigger's clause must
   * belong to one of these sides (ids of `sides.json`). Empty: any actor.
   */
  actors: z.array(z.string().min(1)).default([]),
  /** The sentence (or its clause) must also mention one of each group. */
  requires: z.array(words).default([]),
  /** Words that disqualify a sentence (e.g. the event's negation). */
  excludes: z.array(z.string().min(1)).default([]),
  /**
   * Wordings that must occur in the sentence (any one), as word patterns:
   * words in order, `…` for a gap, `word*` for a prefix, `a|b` for either
   * (`erste*`, `zum ersten Mal`): `first-casualties` means the first ones.
   */
  requirePatterns: z.array(wordPatternText).default([]),
  /**
   * Wordings that make the trigger's clause something else (word patterns):
   * the exchange of instruments is not the ratification (`Ratifizierungsurkunde*
   * … ausgetauscht`), an older treaty is not this one (`Freundschaftsvertrag`).
   */
  excludePatterns: z.array(wordPatternText).default([]),
  /**
   * When the event can have happened: a sentence whose own date lies outside
   * is about another event of the same kind (an older treaty of the same
   * countries) and is left out.
   */
  window: z.strictObject({ from: isoMonthOrDayText.optional(), to: isoMonthOrDayText.optional() }).optional(),
  /** Search words to find candidate paragraphs. */
  query: z.string().min(1),
});

const COUNT_KIND_SET: ReadonlySet<string> = new Set(COUNT_KINDS);

/**
 * A measure that `/estimate` can report figures for: what is counted (the
 * figure kinds and/or the counted head nouns), or which measurement (a
 * magnitude, an area, a sum of money ...), with the words that must or must
 * not stand around the figure. A story refines a generic measure by giving
 * one with the same slug (whose side, which place, what is excluded).
 */
export const MeasureSchema = z
  .strictObject({
    slug,
    en: z.string().min(1),
    de: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Figure kinds this measure collects: counts (`killed`, `wounded`,
     * `evacuated`, `troops-sent`, ...) or one measurement (`magnitude`,
     * `area`, `money`, ...). Empty: any count whose head noun is one of `heads`.
     */
    kinds: z.array(z.enum(FIGURE_KINDS)).default([]),
    /**
     * German nouns of what is counted (`Gebäude`, `Häuser`, `Stellen`); a
     * count answers only when its head noun is one of them (compounds count:
     * `Wohnhäuser` is `Häuser`). Empty: any head.
     */
    heads: z.array(nonEmpty).default([]),
    /** Word groups that must each occur around the figure (its clause, counted noun or measured thing); a word matches its forms (`wegfall` ~ `wegfallen`). */
    requires: z.array(words).default([]),
    /** Words that rule a figure out when they occur around it (`Nachbeben` for the main quake's magnitude). */
    excludes: z.array(z.string().min(1)).default([]),
    /** Words that rule out every figure of a sentence that holds them (another company's figures: `Helvetra`). */
    excludeSentences: z.array(z.string().min(1)).default([]),
    /** Figure subjects accepted (`soldiers`, `munitions`); empty: any. */
    subjects: z.array(z.string().min(1)).default([]),
    /**
     * Whose figures count (a side id of the story or `places.json`): figures
     * that clearly count another side, civilians or every side together are
     * left out; figures whose side the sentence does not say stay when their
     * paragraph names the side. Null: any side.
     */
    side: z.string().min(1).nullable().default(null),
    /** Where (a side or place id): only figures about this place answer. Null: the story's own places. */
    place: z.string().min(1).nullable().default(null),
    /** Search words to find candidate paragraphs (the kinds' and heads' own words are added). */
    query: z.string().min(1),
  })
  .refine((m) => m.kinds.length > 0 || m.heads.length > 0, { message: 'needs kinds or heads (what the measure counts)', path: ['kinds'] })
  .refine((m) => m.kinds.every((k) => COUNT_KIND_SET.has(k)) || (m.heads.length === 0 && !m.kinds.some((k) => COUNT_KIND_SET.has(k))), {
    message: 'mixes counts with measurements (or gives heads for a measurement): a count question must never get a magnitude, an area or money',
    path: ['kinds'],
  });

/** The events `/when` knows. */
export const EventsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Older layout: actor words by side id (now `sides.json` voices); merged into the sides. */
  actors: z.record(z.string().min(1), words).optional(),
  events: z.array(EventSchema).min(1),
});

export const MeasuresFileSchema = z.strictObject({
  $comment: z.string().optional(),
  measures: z.array(MeasureSchema).min(1),
});

const sideId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase id like "south-africa"');

/** A country or region: German names, adjectives (-> English) and demonyms. Generic: no story. */
export const PlaceSchema = z.strictObject({
  id: sideId,
  kind: z.enum(['country', 'region']),
  en: nonEmpty,
  names: z.array(nonEmpty).min(1),
  adjectives: z.record(nonEmpty, nonEmpty),
  demonyms: z.array(nonEmpty),
});

/** `places.json`: generic geography every story builds on. */
export const PlacesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  places: z.array(PlaceSchema),
});

/** A side of the story, refining the place of the same id. */
export const StorySideSchema = z.strictObject({
  id: sideId,
  /** English name, when the side is not a place of `places.json`. */
  en: nonEmpty.optional(),
  /** Words that stand for the side as a party (leaders, armies). */
  names: z.array(nonEmpty).default([]),
  adjectives: z.record(nonEmpty, nonEmpty).default({}),
  demonyms: z.array(nonEmpty).default([]),
  /** People and bodies that speak for the side (event actors, not owners of figures). */
  voices: z.array(nonEmpty).default([]),
  /** A side of the conflict. */
  party: z.boolean().default(false),
  /** Its nationals counted as casualties are soldiers. */
  combatants: z.boolean().default(false),
});

/** `sides.json`: the sides of the story and its own places. */
export const SidesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  sides: z.array(StorySideSchema),
  /** Regions and towns of the story that are never the counted noun of a figure (`Tirol`). */
  places: z.array(nonEmpty).default([]),
});

/** A known claimant: a person, agency, government, outlet ... with aliases and a short English role. */
export const ClaimantActorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  name: nonEmpty,
  role: nonEmpty.nullable().optional(),
  display: nonEmpty.optional(),
  /** The name in German when it differs (`russische Regierung`). */
  nameDe: nonEmpty.optional(),
  /** The role in German (`ukrainischer Präsident`). */
  roleDe: nonEmpty.nullable().optional(),
  /** What German readers see, when not `nameDe (roleDe)`. */
  displayDe: nonEmpty.optional(),
  kind: z.enum(['person', 'government', 'military', 'intelligence', 'media', 'organisation', 'party', 'place', 'group']),
  gender: z.enum(['m', 'f', 'n', 'pl']).nullable().optional(),
  aliases: z.array(nonEmpty).min(1, 'needs at least one alias'),
  titles: z.array(nonEmpty).optional(),
  heads: z.array(nonEmpty).optional(),
}) satisfies z.ZodType<ActorInput>;

const wordMap = z.record(nonEmpty, nonEmpty);

/** `claimants.json`: known claimants plus additions to the German vocabulary of collective sources. */
export const ClaimantsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  actors: z.array(ClaimantActorSchema),
  adjectives: wordMap.optional(),
  sourceNouns: wordMap.optional(),
  standaloneSources: wordMap.optional(),
  roleNouns: wordMap.optional(),
  /** The English labels of the tables above in German (`police` -> `Polizei`). */
  labelsDe: wordMap.optional(),
}) satisfies z.ZodType<ClaimantsData & { version: 1 }>;

export type Glossary = z.infer<typeof GlossarySchema>;
export type EventDef = z.infer<typeof EventSchema>;
export type MeasureDef = z.infer<typeof MeasureSchema>;
export type EventsFile = z.infer<typeof EventsFileSchema>;
export type MeasuresFile = z.infer<typeof MeasuresFileSchema>;
export type ClaimantsFile = z.infer<typeof ClaimantsFileSchema>;
export type PlacesFile = z.infer<typeof PlacesFileSchema>;
export type SidesFile = z.infer<typeof SidesFileSchema>;


/** A month or day, as story windows give them: `2025-02`, `2025-02-17`. */
const isoMonthOrDay = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be a month or day like 2025-02 or 2025-02-17');

/**
 * `story.json`: what a story adds to the generic catalogue — its title, the
 * events and measures only it knows (or refines: same slug as a generic
 * entry), its sides and places, its claimants and glossary words, and
 * optionally the window of its publication dates.
 */
export const StoryFileSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  title: z.strictObject({ de: nonEmpty, en: nonEmpty }),
  /** Publication dates a curator expects; articles outside are flagged in /corpus. */
  window: z.strictObject({ from: isoMonthOrDay.optional(), to: isoMonthOrDay.optional() }).optional(),
  sides: z.array(StorySideSchema).default([]),
  /** Regions and towns of the story that are never the counted noun of a figure. */
  places: z.array(nonEmpty).default([]),
  events: z.array(EventSchema).default([]),
  measures: z.array(MeasureSchema).default([]),
  claimants: z.array(ClaimantActorSchema).default([]),
  glossary: GlossarySchema.default({}),
});

export type StoryFile = z.infer<typeof StoryFileSchema>;
