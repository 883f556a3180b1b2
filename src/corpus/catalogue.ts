/**
 * The curated data that lives beside the articles in a corpus folder and that
 * moderators extend without touching code:
 *
 * - `glossary.json`: English query words -> German words (`casualties` ->
 *   `Verluste`, `getötet`, ...);
 * - `events.json`: the catalogue of events `/when` knows (slug, labels, the
 *   German words that describe the event);
 * - `measures.json`: the catalogue of measures `/estimate` knows;
 * - `claimants.json`: known people and bodies with a short English role.
 *
 * Every file is validated with zod at load (the claimants directory is also
 * compiled once, for what a schema cannot check); an invalid file gives an
 * error naming the file, the entry and the field, and nothing loads. A corpus folder without one of these files
 * uses the bundled default (`corpus/` of this repository) for it.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { FIGURE_KINDS } from '../language/de/figures/index.ts';
import type { SideInput } from '../language/de/sides.ts';
import {
  ClaimantDirectoryError,
  compileClaimantDirectory,
  type ActorInput,
  type ClaimantsData,
} from '../language/de/claimants/index.ts';
import { PROJECT_ROOT } from '../system/paths.ts';

/** The corpus folder bundled with the bot (`<repo>/corpus`). */
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "treaty-in-force"');
const words = z.array(z.string().trim().min(1)).min(1);

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
  /** Search words to find candidate paragraphs. */
  query: z.string().min(1),
});

/** A measure that `/estimate` can report figures for. */
export const MeasureSchema = z.strictObject({
  slug,
  en: z.string().min(1),
  de: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Figure kinds this measure collects (`killed`, `wounded`, `troops-sent`, ...). */
  kinds: z.array(z.enum(FIGURE_KINDS)).min(1),
  /** Figure subjects accepted (`soldiers`, `munitions`); empty: any. */
  subjects: z.array(z.string().min(1)).default([]),
  /**
   * Whose figures count (a side id of `sides.json`): figures that clearly count
   * another side, or civilians, are left out; figures whose side the sentence
   * does not say stay. Null: any side.
   */
  side: z.string().min(1).nullable().default(null),
  query: z.string().min(1),
});

/** The events `/when` knows. */
export const EventsFileSchema = z.strictObject({
  /** Older layout: actor words by side id (now `sides.json` voices); merged into the sides. */
  actors: z.record(z.string().min(1), words).optional(),
  events: z.array(EventSchema).min(1),
});

export const MeasuresFileSchema = z.strictObject({
  measures: z.array(MeasureSchema).min(1),
});

const nonEmpty = z.string().trim().min(1, 'must not be empty');
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
}) satisfies z.ZodType<ClaimantsData & { version: 1 }>;

export type Glossary = z.infer<typeof GlossarySchema>;
export type EventDef = z.infer<typeof EventSchema>;
export type MeasureDef = z.infer<typeof MeasureSchema>;
export type EventsFile = z.infer<typeof EventsFileSchema>;
export type MeasuresFile = z.infer<typeof MeasuresFileSchema>;
export type ClaimantsFile = z.infer<typeof ClaimantsFileSchema>;
export type PlacesFile = z.infer<typeof PlacesFileSchema>;
export type SidesFile = z.infer<typeof SidesFileSchema>;

/** All catalogue data of a corpus, validated. */
export interface Catalogue {
  glossary: Glossary;
  events: EventsFile;
  measures: MeasuresFile;
  claimants: ClaimantsFile;
  places: PlacesFile;
  sides: SidesFile;
  /** Which file each part came from (relative to its folder or "bundled:<name>"). */
  sources: Record<CatalogueFile, string>;
}

/** The catalogue files of a corpus folder. */
export type CatalogueFile = 'glossary' | 'events' | 'measures' | 'claimants' | 'places' | 'sides';

/** Raised for a catalogue file that cannot be used; the message names file, entry and field. */
export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

/**
 * A zod issue path as `actors[3] ("scholz").aliases[1]` or
 * `events[2] ("treaty-signed").triggers`: array indexes in brackets, and the
 * id or slug of the entry they point at, so a curator finds the entry.
 */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  let out = '';
  let node: unknown = json;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const entry = node && typeof node === 'object' ? (node as Record<string, unknown>) : null;
      const name = entry && (typeof entry.id === 'string' ? entry.id : typeof entry.slug === 'string' ? entry.slug : null);
      if (name) out += ` ("${name}")`;
    } else {
      const k = String(key);
      out += out === '' ? k : `.${k}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
    }
  }
  return out === '' ? '(top level)' : out;
}

function describeIssues(file: string, err: z.ZodError, json: unknown): string {
  return err.issues
    .slice(0, 5)
    .map((issue) => `catalogue: ${file}: ${describePath(issue.path, json)}: ${issue.message}`)
    .join('\n');
}

/** Validates parsed JSON against a schema; throws {@link CatalogueError} naming the file and path. */
export function validateCatalogueFile<T>(file: string, schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new CatalogueError(describeIssues(file, result.error, json));
  return result.data;
}

async function readJson(dir: string, name: string): Promise<{ json: unknown; source: string }> {
  for (const [folder, label] of [
    [dir, name],
    [DEFAULT_CORPUS_DIR, `bundled:${name}`],
  ] as const) {
    let text: string;
    try {
      text = await readFile(path.join(folder, name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new CatalogueError(`catalogue: ${label}: cannot read (${(e as Error).message})`);
    }
    try {
      return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, source: label };
    } catch (e) {
      throw new CatalogueError(`catalogue: ${label}: invalid JSON (${(e as Error).message})`);
    }
  }
  throw new CatalogueError(`catalogue: ${name}: missing in ${dir} and in the bundled corpus`);
}

/**
 * Reads and validates the catalogue files of a corpus folder, falling back to
 * the bundled file for any that is missing.
 *
 * @throws CatalogueError when a file exists but is invalid.
 */
export async function loadCatalogue(dir: string): Promise<Catalogue> {
  const [g, e, m, c, p, s] = await Promise.all([
    readJson(dir, 'glossary.json'),
    readJson(dir, 'events.json'),
    readJson(dir, 'measures.json'),
    readJson(dir, 'claimants.json'),
    readJson(dir, 'places.json'),
    readJson(dir, 'sides.json'),
  ]);
  const places = validateCatalogueFile(p.source, PlacesFileSchema, p.json);
  const sides = validateCatalogueFile(s.source, SidesFileSchema, s.json);
  const events = validateCatalogueFile(e.source, EventsFileSchema, e.json);
  const sideIds = new Set([...sides.sides.map((x) => x.id), ...Object.keys(events.actors ?? {})]);
  events.events.forEach((ev, i) => {
    ev.actors.forEach((a, j) => {
      if (!sideIds.has(a)) throw new CatalogueError(`catalogue: ${e.source}: events[${i}] ("${ev.slug}").actors[${j}]: unknown side "${a}" (not in ${s.source})`);
    });
  });
  const measures = validateCatalogueFile(m.source, MeasuresFileSchema, m.json);
  const knownSides = new Set([...sideIds, ...places.places.map((x) => x.id)]);
  measures.measures.forEach((ms, i) => {
    if (ms.side !== null && !knownSides.has(ms.side)) {
      throw new CatalogueError(`catalogue: ${m.source}: measures[${i}] ("${ms.slug}").side: unknown side "${ms.side}"`);
    }
  });
  for (const [label, list] of [
    [e.source, events.events.map((x) => x.slug)],
    [m.source, measures.measures.map((x) => x.slug)],
  ] as const) {
    const seen = new Set<string>();
    for (const s of list) {
      if (seen.has(s)) throw new CatalogueError(`catalogue: ${label}: duplicate slug "${s}"`);
      seen.add(s);
    }
  }
  const claimants = validateCatalogueFile(c.source, ClaimantsFileSchema, c.json);
  try {
    compileClaimantDirectory(claimantsData({ claimants, places, sides })); // what a schema cannot check: duplicate ids and aliases
  } catch (err) {
    if (err instanceof ClaimantDirectoryError) throw new CatalogueError(`catalogue: ${c.source}: ${err.message}`);
    throw err;
  }
  return {
    glossary: validateCatalogueFile(g.source, GlossarySchema, g.json),
    events,
    measures,
    claimants,
    places,
    sides,
    sources: { glossary: g.source, events: e.source, measures: m.source, claimants: c.source, places: p.source, sides: s.source },
  };
}

/** The places of `places.json` by id. */
function placesById(catalogue: Catalogue): Map<string, PlacesFile['places'][number]> {
  return new Map(catalogue.places.places.map((p) => [p.id, p]));
}

/**
 * Every side the figure rules know, for `compileSides`: the story's sides
 * first (each merged with its place), then every other place of `places.json`.
 */
export function sideInputs(catalogue: Catalogue): SideInput[] {
  const places = placesById(catalogue);
  const out: SideInput[] = [];
  const story = new Set<string>();
  for (const side of catalogue.sides.sides) {
    story.add(side.id);
    const place = places.get(side.id);
    out.push({
      id: side.id,
      en: side.en ?? place?.en ?? side.id,
      names: [...(place?.names ?? []), ...side.names],
      adjectives: { ...(place?.adjectives ?? {}), ...side.adjectives },
      demonyms: [...(place?.demonyms ?? []), ...side.demonyms],
      party: side.party,
      combatants: side.combatants,
    });
  }
  for (const place of catalogue.places.places) {
    if (!story.has(place.id)) out.push({ id: place.id, en: place.en, names: place.names, adjectives: place.adjectives, demonyms: place.demonyms });
  }
  return out;
}

/**
 * The actor words of each story side for `/when` event matching: the side's
 * one-word place names, adjectives and demonyms, its names and its voices (and
 * the older `events.json` actors, when a corpus still has them).
 */
export function actorGroups(catalogue: Catalogue): Record<string, string[]> {
  const places = placesById(catalogue);
  const groups: Record<string, string[]> = {};
  for (const side of catalogue.sides.sides) {
    const place = places.get(side.id);
    const own = [...(place?.names ?? []).filter((n) => !/\s/.test(n.trim())), ...Object.keys(place?.adjectives ?? {}), ...(place?.demonyms ?? [])];
    groups[side.id] = [...new Set([...own, ...side.names, ...Object.keys(side.adjectives), ...side.demonyms, ...side.voices])];
  }
  for (const [id, words] of Object.entries(catalogue.events.actors ?? {})) groups[id] = [...new Set([...(groups[id] ?? []), ...words])];
  return groups;
}

/** Adjectives of every place and side -> English (`französisch` -> French). */
function placeAdjectives(places: PlacesFile, sides: SidesFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of places.places) Object.assign(out, p.adjectives);
  for (const s of sides.sides) Object.assign(out, s.adjectives);
  return out;
}

/**
 * The claimants data for the claimants directory: `claimants.json` with the
 * adjectives of every place and side, so `nach französischen Angaben` reads as
 * "French sources" (the claimants file's own adjectives win).
 */
export function claimantsData(catalogue: Pick<Catalogue, 'claimants' | 'places' | 'sides'>): ClaimantsData {
  const { claimants } = catalogue;
  return { ...claimants, adjectives: { ...placeAdjectives(catalogue.places, catalogue.sides), ...(claimants.adjectives ?? {}) } };
}
