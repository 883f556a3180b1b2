/**
 * The claimant directory: known actors (people, agencies, governments,
 * outlets, places used for their governments) with their aliases and short
 * English display names, plus the vocabulary of collective sources.
 *
 * The data lives in `corpus/claimants.json` (a moderator extends it); this
 * module only validates a parsed value and compiles it. No file IO here.
 *
 * @module
 */
import { z } from 'zod';
import { tokenize } from './text.ts';
import {
  BUILTIN_ADJECTIVES,
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

/** A validated, compiled directory. Build it with {@link parseClaimantDirectory}. */
export interface ClaimantDirectory {
  readonly actors: readonly ClaimantActor[];
  /** Identity adjective stem -> English (`ukrainisch` -> Ukrainian). */
  readonly adjectives: ReadonlyMap<string, string>;
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

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  name: nonEmpty,
  role: nonEmpty.nullable().optional(),
  display: nonEmpty.optional(),
  kind: z.enum(['person', 'government', 'military', 'intelligence', 'media', 'organisation', 'party', 'place', 'group']),
  gender: z.enum(['m', 'f', 'n', 'pl']).nullable().optional(),
  aliases: z.array(nonEmpty).min(1, 'needs at least one alias'),
  titles: z.array(nonEmpty).optional(),
  heads: z.array(nonEmpty).optional(),
});

const wordMap = z.record(nonEmpty, nonEmpty);

const fileSchema = z.object({
  version: z.literal(1),
  actors: z.array(actorSchema),
  adjectives: wordMap.optional(),
  sourceNouns: wordMap.optional(),
  standaloneSources: wordMap.optional(),
  roleNouns: wordMap.optional(),
});

type ActorInput = z.infer<typeof actorSchema>;

/** Describe a zod issue path as `actors[3] ("scholz").aliases[1]`. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  let out = '';
  let node: unknown = json;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      if (i === 1 && path[0] === 'actors' && node && typeof node === 'object') {
        const id = (node as Record<string, unknown>).id;
        if (typeof id === 'string') out += ` ("${id}")`;
      }
    } else {
      const k = String(key);
      out += out === '' ? k : `.${k}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
    }
  }
  return out === '' ? '(root)' : out;
}

function fail(message: string): never {
  throw new Error(`claimants: ${message}`);
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
  return {
    id: a.id,
    name: a.name,
    role,
    display: a.display ?? (role ? `${a.name} (${role})` : a.name),
    kind: a.kind,
    gender: a.gender ?? null,
    aliases: a.aliases,
    titles: a.titles ?? [],
    heads: a.heads ?? [],
  };
}

/**
 * Validate and compile a parsed `claimants.json` value. Table entries
 * (`adjectives`, `sourceNouns`, `standaloneSources`, `roleNouns`) add to or
 * override the built-in German vocabulary.
 *
 * @throws Error starting with `claimants:` naming the entry and field, e.g.
 *   `claimants: actors[2] ("nis").aliases: needs at least one alias`.
 */
export function parseClaimantDirectory(json: unknown): ClaimantDirectory {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) fail('invalid directory');
    fail(`${describePath(issue.path, json)}: ${issue.message}`);
  }
  const data = parsed.data;
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
    adjectives: toMap(BUILTIN_ADJECTIVES, tables.adjectives),
    sourceNouns: toMap(BUILTIN_SOURCE_NOUNS, tables.sourceNouns),
    standalone: toMap(BUILTIN_STANDALONE, tables.standaloneSources),
    roleNouns: toMap(BUILTIN_ROLE_NOUNS, tables.roleNouns),
    aliasIndex,
    heads,
  };
}
