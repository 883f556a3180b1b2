/**
 * Suggestions offered next to an honest "nothing found": the catalogue
 * entries (`/when` events, `/estimate` measures) closest to what was asked.
 *
 * @module
 */
import { analyze } from '../language/de/index.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

interface Candidate {
  command: 'when' | 'estimate';
  slug: string;
  en: string;
  terms: Set<string>;
}

const cache = new WeakMap<Snapshot, Candidate[]>();

function candidates(snapshot: Snapshot): Candidate[] {
  let list = cache.get(snapshot);
  if (list) return list;
  list = [];
  for (const e of snapshot.catalogue.events.events) {
    const text = [e.slug.replace(/-/g, ' '), e.en, e.de, ...e.aliases, e.query, ...e.triggers].join(' ');
    list.push({ command: 'when', slug: e.slug, en: e.en, terms: new Set(analyze(text)) });
  }
  for (const m of snapshot.catalogue.measures.measures) {
    const text = [m.slug.replace(/-/g, ' '), m.en, m.de, ...m.aliases, m.query].join(' ');
    list.push({ command: 'estimate', slug: m.slug, en: m.en, terms: new Set(analyze(text)) });
  }
  cache.set(snapshot, list);
  return list;
}

/**
 * Up to `limit` catalogue commands sharing words with the query (after the
 * glossary translated it), best overlap first, e.g. `/when treaty-in-force (Treaty in force)`.
 * Restrict to one command with `only`.
 */
export function catalogueSuggestions(
  snapshot: Snapshot,
  query: string,
  only?: 'when' | 'estimate',
  limit = 3,
): string[] {
  const words = new Set<string>();
  for (const c of snapshot.index.concepts(query)) for (const alt of c.alternatives) for (const t of analyze(alt)) words.add(t);
  const scored: { c: Candidate; score: number }[] = [];
  for (const c of candidates(snapshot)) {
    if (only && c.command !== only) continue;
    let score = 0;
    for (const w of words) if (c.terms.has(w)) score++;
    if (score > 0) scored.push({ c, score });
  }
  scored.sort((a, b) => b.score - a.score || a.c.slug.localeCompare(b.c.slug));
  return scored.slice(0, limit).map(({ c }) => `/${c.command} ${c.slug} (${c.en})`);
}
