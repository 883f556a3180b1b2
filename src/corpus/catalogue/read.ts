/**
 * Reading and validating one catalogue file: JSON parsed, checked against
 * its zod schema, errors that name the file, the entry and the field.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';

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
function describePath(issuePath: readonly PropertyKey[], json: unknown): string {
  let out = '';
  let node: unknown = json;
  for (const key of issuePath) {
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

/** Validates parsed JSON against a schema; throws {@link CatalogueError} naming the file and path. */
export function validateCatalogueFile<T>(file: string, schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new CatalogueError(
    result.error.issues
      .slice(0, 5)
      .map((issue) => `catalogue: ${file}: ${describePath(issue.path, json)}: ${issue.message}`)
      .join('\n'),
  );
}

/** A catalogue file's parsed JSON and the label it is reported under. */
export interface ReadJson {
  json: unknown;
  /** The file as shown in messages (`stories/flood-2024/story.json`, `bundled:glossary.json`). */
  source: string;
}

/**
 * Reads the first of the given files that exists: `[folder, label]` pairs in
 * order (a corpus file, then the bundled default). Null when none exists.
 *
 * @throws CatalogueError when a file exists but cannot be read or is not JSON.
 */
export async function readFirstJson(name: string, candidates: readonly (readonly [folder: string, label: string])[]): Promise<ReadJson | null> {
  for (const [folder, label] of candidates) {
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
  return null;
}
