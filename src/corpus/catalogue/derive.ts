/**
 * What the rest of the code derives from an effective catalogue: the sides
 * the figure rules know, the actor words of `/when` events, and the claimants
 * data for the claimants directory (with every place's adjectives).
 *
 * @module
 */
import {
  ClaimantDirectoryError,
  compileClaimantDirectory,
  type ClaimantsData,
} from '../../language/de/claimants/index.ts';
import type { SideInput } from '../../language/de/sides.ts';
import type { Catalogue } from './load.ts';
import { CatalogueError } from './read.ts';
import type { PlacesFile, SidesFile } from './schemas.ts';

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
      de: place?.names[0] ?? side.names[0] ?? side.en ?? place?.en ?? side.id,
      names: [...(place?.names ?? []), ...side.names],
      adjectives: { ...(place?.adjectives ?? {}), ...side.adjectives },
      demonyms: [...(place?.demonyms ?? []), ...side.demonyms],
      party: side.party,
      combatants: side.combatants,
    });
  }
  for (const place of catalogue.places.places) {
    if (!story.has(place.id)) out.push({ id: place.id, en: place.en, de: place.names[0] ?? place.en, names: place.names, adjectives: place.adjectives, demonyms: place.demonyms });
  }
  return out;
}

/**
 * The actor words of each story side for `/when` event matching: the side's
 * one-word place names, adjectives and demonyms, its names and its voices.
 */
export function actorGroups(catalogue: Catalogue): Record<string, string[]> {
  const places = placesById(catalogue);
  const groups: Record<string, string[]> = {};
  for (const side of catalogue.sides.sides) {
    const place = places.get(side.id);
    const own = [...(place?.names ?? []).filter((n) => !/\s/.test(n.trim())), ...Object.keys(place?.adjectives ?? {}), ...(place?.demonyms ?? [])];
    groups[side.id] = [...new Set([...own, ...side.names, ...Object.keys(side.adjectives), ...side.demonyms, ...side.voices])];
  }
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
  return {
    ...claimants,
    actors: [...claimants.actors, ...placeActors(catalogue.places, claimants.actors)],
    adjectives: { ...placeAdjectives(catalogue.places, catalogue.sides), ...(claimants.adjectives ?? {}) },
  };
}

/**
 * Every place of `places.json` that `claimants.json` does not name yet, as a
 * claimant of kind `place` (`Italien hat … bestätigt` -> "Italy"), with the
 * names no other claimant uses.
 */
function placeActors(places: PlacesFile, actors: ClaimantsData['actors']): ClaimantsData['actors'] {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const taken = new Set(actors.flatMap((a) => [...a.aliases, ...(a.titles ?? [])].map(key)));
  const ids = new Set(actors.map((a) => a.id));
  const out: ClaimantsData['actors'] = [];
  for (const p of places.places) {
    if (ids.has(p.id)) continue;
    const aliases = p.names.filter((n) => !taken.has(key(n)));
    if (aliases.length === 0) continue;
    for (const n of aliases) taken.add(key(n));
    out.push({ id: p.id, name: p.en, role: null, display: p.en, nameDe: p.names[0] ?? p.en, kind: 'place', gender: null, aliases });
  }
  return out;
}

/**
 * Compiles the claimants directory once, for what a schema cannot check
 * (duplicate ids, an alias of two actors).
 *
 * @throws CatalogueError naming the claimants file, the entry and the field.
 */
export function checkClaimants(catalogue: Catalogue): void {
  try {
    compileClaimantDirectory(claimantsData(catalogue));
  } catch (err) {
    if (err instanceof ClaimantDirectoryError) throw new CatalogueError(`catalogue: ${catalogue.sources.claimants}: ${err.message}`);
    throw err;
  }
}
