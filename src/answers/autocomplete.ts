/**
 * Autocomplete for `/when event:` and `/estimate measure:`: catalogue entries
 * whose slug, label or alias matches what was typed (prefix first, then
 * anywhere, then by translated words), plus the typed words themselves as a
 * free question when the index has paragraphs for them. At most 25 choices,
 * names at most 100 characters.
 *
 * @module
 */
import { foldForMatching as fold } from '../language/de/index.ts';
import type { CatalogueEntry } from './catalogue-match.ts';
import type { Choice } from './command.ts';
import { truncate } from '../system/text.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { catalogueSuggestions } from './suggest.ts';

const MAX_CHOICES = 25;
const MAX_NAME = 100;

function key(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

function choiceFor(e: CatalogueEntry): Choice {
  const name = `${e.en} (${e.slug})`;
  return { name: truncate(name, MAX_NAME), value: e.slug };
}

interface Indexed {
  entry: CatalogueEntry;
  keys: string[];
}

const cache = new WeakMap<Snapshot, Record<'when' | 'estimate', Indexed[]>>();

function indexed(snapshot: Snapshot, command: 'when' | 'estimate'): Indexed[] {
  let c = cache.get(snapshot);
  if (!c) {
    const build = (entries: readonly CatalogueEntry[]) =>
      entries.map((entry) => ({ entry, keys: [entry.slug, entry.en, entry.de, ...entry.aliases].map(key) }));
    c = { when: build(snapshot.catalogue.events.events), estimate: build(snapshot.catalogue.measures.measures) };
    cache.set(snapshot, c);
  }
  return c[command];
}

/** Choices for a partially typed event or measure. An empty input lists the catalogue. */
export function catalogueChoices(snapshot: Snapshot, command: 'when' | 'estimate', partial: string): Choice[] {
  const entries = indexed(snapshot, command);
  const typed = key(partial.slice(0, 200));
  if (!typed) return entries.slice(0, MAX_CHOICES).map((e) => choiceFor(e.entry));
  const prefix: CatalogueEntry[] = [];
  const inside: CatalogueEntry[] = [];
  for (const e of entries) {
    if (e.keys.some((k) => k.startsWith(typed) || k.split(' ').some((w) => w.startsWith(typed)))) prefix.push(e.entry);
    else if (e.keys.some((k) => k.includes(typed))) inside.push(e.entry);
  }
  const chosen = [...prefix, ...inside];
  const seen = new Set(chosen.map((e) => e.slug));
  // Translated words ("when was the treaty ratified") find entries too.
  for (const line of catalogueSuggestions(snapshot, partial.slice(0, 200), command, 5)) {
    const slug = line.split(' ')[1];
    const e = entries.find((x) => x.entry.slug === slug);
    if (e && !seen.has(e.entry.slug)) {
      chosen.push(e.entry);
      seen.add(e.entry.slug);
    }
  }
  const choices = chosen.slice(0, MAX_CHOICES - 1).map(choiceFor);
  const free = partial.replace(/\s+/g, ' ').trim().slice(0, 100);
  // The typed words themselves as a free question, when the articles contain them
  // (one term lookup per word: autocomplete must answer within milliseconds).
  if (free.length >= 3 && !seen.has(typed.replace(/ /g, '-')) && snapshot.index.knowsAll(free)) {
    const label = `Free words: "${free}"`;
    choices.push({ name: truncate(label, MAX_NAME), value: free });
  }
  return choices.slice(0, MAX_CHOICES);
}
