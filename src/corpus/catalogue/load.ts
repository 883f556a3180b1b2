/**
 * Loading the catalogue of a corpus: the generic knowledge every story shares
 * (glossary, claimants directory, places, generic events and measures) and
 * each story's own `story.json`, merged into one effective {@link Catalogue}
 * per story. Story entries extend or refine generic ones (same slug: the
 * story's wins); nothing story-specific lives in the generic files.
 *
 * A corpus folder without one of the generic files uses the bundled one
 * (`corpus/` of this repository). A corpus laid out the older way
 * (`articles/` at the top, no `stories/`) is one story whose catalogue is its
 * `story.json`, or else its top-level `events.json`, `measures.json` and
 * `sides.json`; its generic events and measures are the bundled ones.
 *
 * @module
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../system/paths.ts';
import { CatalogueError, readFirstJson, validateCatalogueFile, type ReadJson } from './read.ts';
import {
  ClaimantsFileSchema,
  EventsFileSchema,
  GlossarySchema,
  MeasuresFileSchema,
  PlacesFileSchema,
  SidesFileSchema,
  StoryFileSchema,
  type ClaimantsFile,
  type EventsFile,
  type Glossary,
  type MeasuresFile,
  type PlacesFile,
  type SidesFile,
  type StoryFile,
} from './schemas.ts';

/** The corpus folder bundled with the bot (`<repo>/corpus`). */
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');

/** How a corpus folder is laid out: `stories/<id>/` folders, or one story with `articles/` at the top. */
export type CorpusLayout = 'stories' | 'single';

/** The catalogue parts of a corpus. */
export type CatalogueFile = 'glossary' | 'events' | 'measures' | 'claimants' | 'places' | 'sides' | 'story';

/** What every story of a corpus shares. */
export interface GenericCatalogue {
  glossary: Glossary;
  events: EventsFile;
  measures: MeasuresFile;
  claimants: ClaimantsFile;
  places: PlacesFile;
  sources: Record<Exclude<CatalogueFile, 'sides' | 'story'>, string>;
}

/** The effective catalogue of one story: the generic catalogue with the story's additions. */
export interface Catalogue {
  glossary: Glossary;
  events: EventsFile;
  measures: MeasuresFile;
  claimants: ClaimantsFile;
  places: PlacesFile;
  /** The story's sides and places. */
  sides: SidesFile;
  /** Which file each part came from (relative to the corpus folder, or `bundled:<name>`, or `none`). */
  sources: Record<CatalogueFile, string>;
}

/** What a story says about itself. */
export interface StoryInfo {
  title: { de: string; en: string };
  /** The publication dates a curator expects, when set (`2025-02`, `2025-02-17`). */
  window: { from: string | null; to: string | null } | null;
}

const GENERIC_FILES = ['glossary', 'events', 'measures', 'claimants', 'places'] as const;

/** Where a corpus file is looked for: the corpus folder, then the bundled corpus. */
function withBundled(dir: string, name: string): [string, string][] {
  const own: [string, string] = [dir, name];
  return path.resolve(dir) === path.resolve(DEFAULT_CORPUS_DIR) ? [own] : [own, [DEFAULT_CORPUS_DIR, `bundled:${name}`]];
}

async function required(name: string, candidates: [string, string][]): Promise<ReadJson> {
  const found = await readFirstJson(name, candidates);
  if (!found) throw new CatalogueError(`catalogue: ${name}: missing in ${candidates[0]![0]} and in the bundled corpus`);
  return found;
}

function uniqueSlugs(source: string, slugs: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const s of slugs) {
    if (seen.has(s)) throw new CatalogueError(`catalogue: ${source}: duplicate ${what} "${s}"`);
    seen.add(s);
  }
}

/**
 * Reads and validates the generic catalogue of a corpus folder. In the
 * single-story layout the folder's `events.json` and `measures.json` belong
 * to its story, so the generic ones are the bundled files.
 *
 * @throws CatalogueError when a file is missing everywhere, or exists but is invalid.
 */
export async function loadGenericCatalogue(dir: string, layout: CorpusLayout): Promise<GenericCatalogue> {
  const bundledOnly = (name: string): [string, string][] => [[DEFAULT_CORPUS_DIR, `bundled:${name}`]];
  const [g, e, m, c, p] = await Promise.all(
    GENERIC_FILES.map((part) => {
      const name = `${part}.json`;
      const storyOwned = layout === 'single' && (part === 'events' || part === 'measures');
      return required(name, storyOwned && path.resolve(dir) !== path.resolve(DEFAULT_CORPUS_DIR) ? bundledOnly(name) : withBundled(dir, name));
    }),
  );
  const events = validateCatalogueFile(e!.source, EventsFileSchema, e!.json);
  events.events.forEach((ev, i) => {
    if (ev.actors.length) throw new CatalogueError(`catalogue: ${e!.source}: events[${i}] ("${ev.slug}").actors: generic events name no side (a story's events do)`);
  });
  if (events.actors) throw new CatalogueError(`catalogue: ${e!.source}: actors: generic events name no side (put sides in a story's story.json)`);
  const measures = validateCatalogueFile(m!.source, MeasuresFileSchema, m!.json);
  measures.measures.forEach((ms, i) => {
    if (ms.side !== null) throw new CatalogueError(`catalogue: ${m!.source}: measures[${i}] ("${ms.slug}").side: generic measures name no side (a story's measures do)`);
    if (ms.place !== null) throw new CatalogueError(`catalogue: ${m!.source}: measures[${i}] ("${ms.slug}").place: generic measures name no place (a story's measures do)`);
  });
  uniqueSlugs(e!.source, events.events.map((x) => x.slug), 'event');
  uniqueSlugs(m!.source, measures.measures.map((x) => x.slug), 'measure');
  return {
    glossary: validateCatalogueFile(g!.source, GlossarySchema, g!.json),
    events,
    measures,
    claimants: validateCatalogueFile(c!.source, ClaimantsFileSchema, c!.json),
    places: validateCatalogueFile(p!.source, PlacesFileSchema, p!.json),
    sources: { glossary: g!.source, events: e!.source, measures: m!.source, claimants: c!.source, places: p!.source },
  };
}

/** A story's own catalogue file, read (or composed from the older layout's files), with its label. */
async function readStoryFile(storyDir: string, label: string, layout: CorpusLayout, id: string): Promise<{ story: StoryFile; source: string }> {
  const own = await readFirstJson('story.json', [[storyDir, `${label}story.json`]]);
  if (own) return { story: validateCatalogueFile(own.source, StoryFileSchema, own.json), source: own.source };
  const empty: StoryFile = { version: 1, title: { de: id, en: id }, sides: [], places: [], events: [], measures: [], claimants: [], glossary: {} };
  if (layout === 'stories' || path.resolve(storyDir) === path.resolve(DEFAULT_CORPUS_DIR)) return { story: empty, source: 'none' };
  // The older layout: events.json (with its actor groups), measures.json and sides.json at the top.
  const [e, m, s] = await Promise.all([
    readFirstJson('events.json', [[storyDir, 'events.json']]),
    readFirstJson('measures.json', [[storyDir, 'measures.json']]),
    readFirstJson('sides.json', [[storyDir, 'sides.json']]),
  ]);
  const events = e ? validateCatalogueFile(e.source, EventsFileSchema, e.json) : null;
  const sides = s ? validateCatalogueFile(s.source, SidesFileSchema, s.json) : null;
  const storySides = [...(sides?.sides ?? [])];
  for (const [sideId, words] of Object.entries(events?.actors ?? {})) {
    const known = storySides.find((x) => x.id === sideId);
    if (known) known.voices = [...known.voices, ...words];
    else storySides.push({ id: sideId, names: [], adjectives: {}, demonyms: [], voices: words, party: false, combatants: false });
  }
  const story: StoryFile = {
    ...empty,
    sides: storySides,
    places: sides?.places ?? [],
    events: events?.events ?? [],
    measures: m ? validateCatalogueFile(m.source, MeasuresFileSchema, m.json).measures : [],
  };
  const sources = [e?.source, m?.source, s?.source].filter(Boolean);
  return { story, source: sources.length ? sources.join(', ') : 'none' };
}

/** Checks what a schema cannot: slugs unique, events' sides and measures' sides known. */
function checkStory(source: string, story: StoryFile, places: PlacesFile): void {
  uniqueSlugs(source, story.events.map((x) => x.slug), 'event');
  uniqueSlugs(source, story.measures.map((x) => x.slug), 'measure');
  uniqueSlugs(source, story.sides.map((x) => x.id), 'side');
  const sideIds = new Set(story.sides.map((x) => x.id));
  story.events.forEach((ev, i) => {
    ev.actors.forEach((a, j) => {
      if (!sideIds.has(a)) throw new CatalogueError(`catalogue: ${source}: events[${i}] ("${ev.slug}").actors[${j}]: unknown side "${a}" (not among the story's sides)`);
    });
  });
  const known = new Set([...sideIds, ...places.places.map((x) => x.id)]);
  story.measures.forEach((ms, i) => {
    if (ms.side !== null && !known.has(ms.side)) {
      throw new CatalogueError(`catalogue: ${source}: measures[${i}] ("${ms.slug}").side: unknown side "${ms.side}"`);
    }
    if (ms.place !== null && !known.has(ms.place)) {
      throw new CatalogueError(`catalogue: ${source}: measures[${i}] ("${ms.slug}").place: unknown place "${ms.place}"`);
    }
  });
}

/** Generic entries with the story's entries first; a story entry with a generic entry's slug replaces it. */
function withOverrides<T extends { slug: string }>(story: readonly T[], generic: readonly T[]): T[] {
  const own = new Set(story.map((x) => x.slug));
  return [...story, ...generic.filter((x) => !own.has(x.slug))];
}

/** The generic glossary with the story's words added to the same keys. */
function mergeGlossary(generic: Glossary, story: Glossary): Glossary {
  const out: Glossary = { ...generic };
  for (const [key, words] of Object.entries(story)) out[key] = [...new Set([...(out[key] ?? []), ...words])];
  return out;
}

/**
 * The effective catalogue of one story: the generic catalogue with the
 * story's events, measures, sides, places, claimants and glossary words.
 *
 * @param storyDir the story's folder (in the older layout: the corpus folder)
 * @param label the story folder relative to the corpus folder, with a trailing slash (`stories/flood-2024/`), or '' in the older layout
 * @throws CatalogueError when the story's file is invalid or refers to unknown sides.
 */
export async function loadStoryCatalogue(
  storyDir: string,
  label: string,
  layout: CorpusLayout,
  id: string,
  generic: GenericCatalogue,
): Promise<{ info: StoryInfo; catalogue: Catalogue }> {
  const { story, source } = await readStoryFile(storyDir, label, layout, id);
  checkStory(source, story, generic.places);
  const ownActors = new Set(story.claimants.map((a) => a.id));
  const catalogue: Catalogue = {
    glossary: mergeGlossary(generic.glossary, story.glossary),
    events: { events: withOverrides(story.events, generic.events.events) },
    measures: { measures: withOverrides(story.measures, generic.measures.measures) },
    claimants: { ...generic.claimants, actors: [...generic.claimants.actors.filter((a) => !ownActors.has(a.id)), ...story.claimants] },
    places: generic.places,
    sides: { version: 1, sides: story.sides, places: story.places },
    sources: { ...generic.sources, sides: source, story: source },
  };
  const window = story.window ? { from: story.window.from ?? null, to: story.window.to ?? null } : null;
  return { info: { title: story.title, window }, catalogue };
}
