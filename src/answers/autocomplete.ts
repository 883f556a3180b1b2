/**
 * Autocomplete for `/when event:` and `/estimate measure:` (catalogue entries
 * of every story, or of the story chosen) and for the `story:` option:
 * whose slug, label or alias matches what was typed (prefix first, then
 * anywhere, then by translated words), plus the typed words themselves as a
 * free question when the index has paragraphs for them. At most 25 choices,
 * names at most 100 characters.
 *
 * @module
 */
import { MemoSlot } from '../snapshot/memo.ts';
import type { Snapshot, Story } from '../snapshot/snapshot.ts';
import { truncate } from '../system/text.ts';
import type { CatalogueEntry } from './catalogue-match.ts';
import type { Choice } from './context.ts';
import { analyseQuestion, catalogueKey, tidy } from './question.ts';
import { findStory } from './stories.ts';
import { catalogueSuggestions } from './suggest.ts';

const MAX_CHOICES = 25;
const MAX_NAME = 100;

function choiceFor(e: CatalogueEntry): Choice {
  const name = `${e.en} (${e.slug})`;
  return { name: truncate(name, MAX_NAME), value: e.slug };
}

interface Indexed {
  entry: CatalogueEntry;
  keys: string[];
}

/** The catalogue's entries with their keys, per corpus version. */
const ENTRIES = new MemoSlot<Record<'when' | 'estimate', Indexed[]>>('autocomplete entries');

function indexed(story: Story, command: 'when' | 'estimate'): Indexed[] {
  return story.memo.get(ENTRIES, () => {
    const build = (entries: readonly CatalogueEntry[]) =>
      entries.map((entry) => ({ entry, keys: [entry.slug, entry.en, entry.de, ...entry.aliases].map(catalogueKey) }));
    return { when: build(story.catalogue.events.events), estimate: build(story.catalogue.measures.measures) };
  })[command];
}

/** The entries of one story matching what was typed, best first (prefix, inside, translated words). */
function matchingEntries(story: Story, command: 'when' | 'estimate', partial: string, typed: string): CatalogueEntry[] {
  const entries = indexed(story, command);
  if (!typed) return entries.map((e) => e.entry);
  const prefix: CatalogueEntry[] = [];
  const inside: CatalogueEntry[] = [];
  for (const e of entries) {
    if (e.keys.some((k) => k.startsWith(typed) || k.split(' ').some((w) => w.startsWith(typed)))) prefix.push(e.entry);
    else if (e.keys.some((k) => k.includes(typed))) inside.push(e.entry);
  }
  const chosen = [...prefix, ...inside];
  const seen = new Set(chosen.map((e) => e.slug));
  // Translated words ("when was the treaty ratified") find entries too.
  for (const line of catalogueSuggestions(story, analyseQuestion(tidy(partial), story), command, 5)) {
    const slug = line.split(' ')[1];
    const e = entries.find((x) => x.entry.slug === slug);
    if (e && !seen.has(e.entry.slug)) {
      chosen.push(e.entry);
      seen.add(e.entry.slug);
    }
  }
  return chosen;
}

/**
 * Choices for a partially typed event or measure: the entries of the named
 * story, or of every story (a story's own entries named with its title, the
 * generic ones once). An empty input lists the catalogue.
 */
export function catalogueChoices(snapshot: Snapshot, command: 'when' | 'estimate', partial: string, storyName?: string): Choice[] {
  const named = storyName ? findStory(snapshot, storyName) : null;
  const stories = named ? [named] : snapshot.stories;
  const generic = new Set<CatalogueEntry>(command === 'when' ? snapshot.generic.events.events : snapshot.generic.measures.measures);
  const cut = partial.slice(0, 200);
  const typed = catalogueKey(cut);
  const choices: Choice[] = [];
  const seen = new Set<string>();
  const own: Choice[] = [];
  const shared: Choice[] = [];
  for (const story of stories) {
    for (const entry of matchingEntries(story, command, cut, typed)) {
      if (seen.has(`${generic.has(entry) ? '' : story.id}:${entry.slug}`)) continue;
      seen.add(`${generic.has(entry) ? '' : story.id}:${entry.slug}`);
      if (generic.has(entry)) shared.push(choiceFor(entry));
      else own.push(stories.length > 1 ? { name: truncate(`${entry.en} (${entry.slug}) · ${story.title.en}`, MAX_NAME), value: entry.slug } : choiceFor(entry));
    }
  }
  choices.push(...own, ...shared);
  const list = choices.slice(0, MAX_CHOICES - 1);
  const free = partial.replace(/\s+/g, ' ').trim().slice(0, 100);
  // The typed words themselves as a free question, when some story's articles contain them
  // (one term lookup per word: autocomplete must answer within milliseconds).
  if (free.length >= 3 && !list.some((c) => c.value === typed.replace(/ /g, '-')) && stories.some((st) => st.index.knowsAll(free))) {
    list.push({ name: truncate(`Free words: "${free}"`, MAX_NAME), value: free });
  }
  return list.slice(0, MAX_CHOICES);
}

/** Choices for the `story` option: stories whose id or title (German or English) matches what was typed. */
export function storyChoices(snapshot: Snapshot, partial: string): Choice[] {
  const typed = catalogueKey(partial.slice(0, 200));
  const matches = snapshot.stories.filter(
    (s) => !typed || [s.id, s.title.de, s.title.en].some((t) => catalogueKey(t).includes(typed)),
  );
  return matches.slice(0, MAX_CHOICES).map((s) => ({
    name: truncate(s.title.de === s.title.en ? s.title.en : `${s.title.en} / ${s.title.de}`, MAX_NAME),
    value: s.id,
  }));
}
