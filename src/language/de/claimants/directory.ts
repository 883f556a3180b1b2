/**
 * The claimant directory: known actors (people, agencies, governments,
 * outlets, places used for their governments) with their aliases and short
 * English display names, plus the vocabulary of collective sources.
 *
 * The data lives in `corpus/claimants.json` (a moderator extends it); the
 * catalogue loader validates it, this module compiles it. No file IO here.
 *
 * @module
 */
import { tokenize } from './text.ts';
import {
  BUILTIN_LABELS_DE,
  BUILTIN_ROLE_NOUNS,
  BUILTIN_SOURCE_NOUNS,
  BUILTIN_STANDALONE,
} from './lexicon.ts';

/** What an actor is; anaphora (`der Geheimdienst`, `dem Bericht`) and pronouns use it. */
export type ActorKind =
  | 'person'
  | 'government'
  | 'military'
  | 'intelligence'
  | 'media'
  | 'organisation'
  | 'party'
  | 'place'
  | 'group';

/** Grammatical gender, for `er`/`sie` (`die Nachrichtenagentur` -> sie). */
export type Gender = 'm' | 'f' | 'n' | 'pl';

/** A known actor, validated. */
export interface ClaimantActor {
  /** Stable id (`scholz`). */
  id: string;
  /** Short name (`Scholz`, `NIS`, `Russia`). */
  name: string;
  /** English role (`Ukraine's president`), or null. */
  role: string | null;
  /** What users see: `display` from the data, else `name (role)` or `name`. */
  display: string;
  /** The name in German (`russische Regierung`, `die Regierungspartei`); `name` when not given. */
  nameDe: string;
  /** What German readers see: `displayDe`, else `nameDe (roleDe)` or `nameDe` (the English role when no German one is given). */
  displayDe: string;
  kind: ActorKind;
  gender: Gender | null;
  /** Names that identify the actor anywhere (`Gerassimow`, `Gerasimov`). */
  aliases: string[];
  /** Descriptions that identify the actor only when no other name is next to them (`ukrainische Präsident`). */
  titles: string[];
  /** Head nouns a later definite phrase may use to refer back (`Geheimdienst`, `Agentur`). */
  heads: string[];
}

/** One compiled alias: the stems of its words, for matching against sentence tokens. */
export interface AliasPattern {
  stems: string[];
  /** Comparison keys per word part (see {@link stemKeys}). */
  keys: string[][];
  actor: ClaimantActor;
  /** `title` aliases yield to a person's name in the same phrase. */
  title: boolean;
}

/** A validated, compiled directory. Build it with {@link compileClaimantDirectory}. */
export interface ClaimantDirectory {
  readonly actors: readonly ClaimantActor[];
  /** Identity adjective stem -> English (`ukrainisch` -> Ukrainian). */
  readonly adjectives: ReadonlyMap<string, string>;
  /** English identity -> a German adjective for it as written in the data (`Ukrainian` -> `ukrainisch`; the first one given). */
  readonly adjectivesDe: ReadonlyMap<string, string>;
  /** English label of a source noun, standalone source, role or document -> German (`sources` -> `Quellen`, `spokesperson` -> `Sprecher`). */
  readonly labelsDe: ReadonlyMap<string, string>;
  /** Source noun stem -> English (`angab` -> sources). */
  readonly sourceNouns: ReadonlyMap<string, string>;
  /** Source noun stem -> display when used alone (`bericht` in `Berichten zufolge` -> unnamed reports). */
  readonly standalone: ReadonlyMap<string, string>;
  /** Role noun stem -> English (`sprecher` -> spokesperson). */
  readonly roleNouns: ReadonlyMap<string, string>;
  /** Any key of an alias's first word -> patterns starting with it, longest first. */
  readonly aliasIndex: ReadonlyMap<string, readonly AliasPattern[]>;
  /** Head noun stem -> actors that can be referred to by it. */
  readonly heads: ReadonlyMap<string, readonly ClaimantActor[]>;
}

/** One actor as the catalogue gives it (validated by the catalogue loader). */
export interface ActorInput {
  id: string;
  name: string;
  role?: string | null | undefined;
  display?: string | undefined;
  /** The name in German, when it differs (`Russian government` -> `russische Regierung`). */
  nameDe?: string | undefined;
  /** The role in German (`Ukraine's president` -> `ukrainischer Präsident`). */
  roleDe?: string | null | undefined;
  /** What German readers see, when not `nameDe (roleDe)`. */
  displayDe?: string | undefined;
  kind: ActorKind;
  gender?: Gender | null | undefined;
  aliases: string[];
  titles?: string[] | undefined;
  heads?: string[] | undefined;
}

/**
 * The claimants data as the catalogue gives it: actors plus additions to the
 * built-in German vocabulary of collective sources.
 */
export interface ClaimantsData {
  actors: ActorInput[];
  /** Identity adjective -> English (`ukrainisch` -> `Ukrainian`). */
  adjectives?: Record<string, string> | undefined;
  /** Source noun -> English (`Angaben` -> `sources`). */
  sourceNouns?: Record<string, string> | undefined;
  /** Source noun used alone -> display (`Berichten zufolge` -> `unnamed reports`). */
  standaloneSources?: Record<string, string> | undefined;
  /** Role noun -> English (`Sprecher` -> `spokesperson`). */
  roleNouns?: Record<string, string> | undefined;
  /** English labels of the tables above -> German (`police` -> `Polizei`), adding to the built-in ones. */
  labelsDe?: Record<string, string> | undefined;
}

/** A directory that cannot be compiled: the message names the entry and field (`actors[2] ("x").aliases[0]: ...`). */
export class ClaimantDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimantDirectoryError';
  }
}

function fail(message: string): never {
  throw new ClaimantDirectoryError(message);
}

function stemsOf(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.kind === 'word' || t.kind === 'num')
    .flatMap((t) => t.parts);
}

function stemKey(word: string): string {
  return stemsOf(word).join(' ');
}

function toMap(builtin: Record<string, string>, extra: Record<string, string> | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries({ ...builtin, ...(extra ?? {}) })) m.set(stemKey(k), v);
  return m;
}

function buildActor(a: ActorInput): ClaimantActor {
  const role = a.role ?? null;
  const nameDe = a.nameDe ?? a.name;
  const roleDe = a.roleDe ?? role;
  return {
    id: a.id,
    name: a.name,
    role,
    display: a.display ?? (role ? `${a.name} (${role})` : a.name),
    nameDe,
    displayDe: a.displayDe ?? (roleDe ? `${nameDe} (${roleDe})` : nameDe),
    kind: a.kind,
    gender: a.gender ?? null,
    aliases: a.aliases,
    titles: a.titles ?? [],
    heads: a.heads ?? [],
  };
}

/**
 * Compiles validated claimants data into a directory. Table entries
 * (`adjectives`, `sourceNouns`, `standaloneSources`, `roleNouns`) add to or
 * override the built-in German vocabulary.
 *
 * @throws ClaimantDirectoryError naming the entry and field for what a schema
 *   cannot check: duplicate ids, an alias shared by two actors, an alias without words.
 */
export function compileClaimantDirectory(data: ClaimantsData): ClaimantDirectory {
  const seenIds = new Map<string, number>();
  const aliasOwner = new Map<string, string>();
  const actors: ClaimantActor[] = [];
  data.actors.forEach((input, i) => {
    const where = `actors[${i}] ("${input.id}")`;
    const prev = seenIds.get(input.id);
    if (prev !== undefined) fail(`${where}.id: duplicate id, also actors[${prev}]`);
    seenIds.set(input.id, i);
    const actor = buildActor(input);
    const all: Array<[string, string, number]> = [
      ...actor.aliases.map((s, j): [string, string, number] => ['aliases', s, j]),
      ...actor.titles.map((s, j): [string, string, number] => ['titles', s, j]),
    ];
    for (const [field, alias, j] of all) {
      const key = stemKey(alias);
      if (key === '') fail(`${where}.${field}[${j}]: "${alias}" has no words`);
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== actor.id) {
        fail(`${where}.${field}[${j}]: "${alias}" is also an alias of "${owner}"`);
      }
      aliasOwner.set(key, actor.id);
    }
    actors.push(actor);
  });
  return compileDirectory(actors, data);
}

function compileDirectory(
  actors: ClaimantActor[],
  tables: {
    adjectives?: Record<string, string> | undefined;
    sourceNouns?: Record<string, string> | undefined;
    standaloneSources?: Record<string, string> | undefined;
    roleNouns?: Record<string, string> | undefined;
    labelsDe?: Record<string, string> | undefined;
  },
): ClaimantDirectory {
  const aliasIndex = new Map<string, AliasPattern[]>();
  const heads = new Map<string, ClaimantActor[]>();
  for (const actor of actors) {
    const add = (phrase: string, title: boolean) => {
      const toks = tokenize(phrase).filter((t) => t.kind === 'word' || t.kind === 'num');
      const stems = toks.flatMap((t) => t.parts);
      const keys = toks.flatMap((t) => t.keys);
      const pattern: AliasPattern = { stems, keys, actor, title };
      for (const k of keys[0] ?? []) {
        const list = aliasIndex.get(k) ?? [];
        list.push(pattern);
        aliasIndex.set(k, list);
      }
    };
    for (const a of actor.aliases) add(a, false);
    for (const t of actor.titles) add(t, true);
    for (const h of actor.heads) {
      const key = stemKey(h);
      heads.set(key, [...(heads.get(key) ?? []), actor]);
    }
  }
  for (const list of aliasIndex.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return {
    actors,
    // whose sources these are (`nach schwedischen Angaben`): data, from the catalogue's places and claimants
    adjectives: toMap({}, tables.adjectives),
    adjectivesDe: germanAdjectives(tables.adjectives ?? {}),
    labelsDe: new Map(Object.entries({ ...BUILTIN_LABELS_DE, ...(tables.labelsDe ?? {}) })),
    sourceNouns: toMap(BUILTIN_SOURCE_NOUNS, tables.sourceNouns),
    standalone: toMap(BUILTIN_STANDALONE, tables.standaloneSources),
    roleNouns: toMap(BUILTIN_ROLE_NOUNS, tables.roleNouns),
    aliasIndex,
    heads,
  };
}

/** English identity -> the first German adjective given for it (`Ukrainian` -> `ukrainisch`). */
function germanAdjectives(adjectives: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [de, en] of Object.entries(adjectives)) if (!m.has(en)) m.set(en, de);
  return m;
}

/**
 * A directory with no known actors, only the built-in German vocabulary:
 * collective sources (`nach ukrainischen Angaben` -> "Ukrainian sources")
 * and unknown named people still resolve. Loads nothing from disk; pass the
 * validated claimants data to {@link compileClaimantDirectory} for the
 * full directory.
 */
export function defaultClaimantDirectory(): ClaimantDirectory {
  return compileDirectory([], {});
}
