/**
 * Finds the catalogue entry (a `/when` event or an `/estimate` measure) a user
 * means: by slug, by label or alias, or by the words of a free question once
 * the glossary has translated it. A question that matches no entry well enough
 * falls through to the index (free words), never to a guess.
 *
 * @module
 */
import { analyze } from '../language/de/index.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import type { Story } from '../snapshot/snapshot.ts';
import { catalogueKey, type Question } from './question.ts';

/** The fields shared by events and measures. */
export interface CatalogueEntry {
  slug: string;
  en: string;
  de: string;
  aliases: string[];
  query: string;
  /** German words that state the event in a sentence (events only); they count as its vocabulary too. */
  triggers?: string[];
}

/** How an entry was found. */
export type EntryMatch<T> =
  | { entry: T; by: 'slug' | 'label' | 'words' }
  | { entry: null; by: 'none'; close: T[]; tied: T[] };

/** Each entry's vocabulary (analysed slug, labels, aliases and triggers), per corpus version. */
const VOCABULARY = new MemoSlot<WeakMap<CatalogueEntry, ReadonlySet<string>>>('catalogue entry vocabulary');

function vocabularyOf(story: Story, e: CatalogueEntry): ReadonlySet<string> {
  const all = story.memo.get(VOCABULARY, () => new WeakMap());
  let v = all.get(e);
  if (!v) {
    v = new Set(analyze([e.slug.replace(/-/g, ' '), e.en, e.de, ...e.aliases, ...(e.triggers ?? [])].join(' ')));
    all.set(e, v);
  }
  return v;
}

/** An entry's slug and labels (with aliases) as {@link catalogueKey}s, worked out once per entry (entries never change). */
const ENTRY_KEYS = new WeakMap<CatalogueEntry, { slug: string; labels: ReadonlySet<string> }>();

export function entryKeys(e: CatalogueEntry): { slug: string; labels: ReadonlySet<string> } {
  let keys = ENTRY_KEYS.get(e);
  if (!keys) ENTRY_KEYS.set(e, (keys = { slug: catalogueKey(e.slug), labels: new Set([e.en, e.de, ...e.aliases].map(catalogueKey)) }));
  return keys;
}

/**
 * The entry the question names. Exact slug, label or alias (case, umlauts,
 * hyphens and spaces ignored) wins; otherwise the entry whose label and alias
 * words cover most of the question's concepts (after glossary translation),
 * when it covers at least half of them and beats the runner-up. When several
 * entries tie while covering every concept, they are returned as `tied` (the
 * caller may answer each apart; it must not pick one).
 */
export function matchEntry<T extends CatalogueEntry>(story: Story, question: Question, entries: readonly T[]): EntryMatch<T> {
  const k = question.key;
  for (const e of entries) if (entryKeys(e).slug === k) return { entry: e, by: 'slug' };
  for (const e of entries) {
    if (entryKeys(e).labels.has(k)) return { entry: e, by: 'label' };
  }
  const concepts = question.conceptTerms;
  if (concepts.length === 0) return { entry: null, by: 'none', close: [], tied: [] };
  const scored = entries.map((e) => {
    const vocabulary = vocabularyOf(story, e);
    let covered = 0;
    for (const terms of concepts) if (terms.some((t) => vocabulary.has(t))) covered++;
    return { e, covered };
  });
  scored.sort((a, b) => b.covered - a.covered);
  const [best, second] = scored;
  if (best && best.covered > 0 && best.covered * 2 >= concepts.length && (!second || best.covered > second.covered)) {
    return { entry: best.e, by: 'words' };
  }
  // `treaty`: several entries cover the question equally well (signed, ratified, in force)
  const tied = best && best.covered === concepts.length ? scored.filter((s) => s.covered === best.covered).map((s) => s.e) : [];
  return { entry: null, by: 'none', close: scored.filter((s) => s.covered > 0).slice(0, 3).map((s) => s.e), tied };
}
