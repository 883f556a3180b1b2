/**
 * Finds the catalogue entry (a `/when` event or an `/estimate` measure) a user
 * means: by slug, by label or alias, or by the words of a free question once
 * the glossary has translated it. A question that matches no entry well enough
 * falls through to the index (free words), never to a guess.
 *
 * @module
 */
import { analyze, foldForMatching as fold } from '../language/de/index.ts';
import type { Concept } from '../search/query.ts';

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

function key(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The entry the argument names. Exact slug, label or alias (case, umlauts,
 * hyphens and spaces ignored) wins; otherwise the entry whose label and alias
 * words cover most of the question's words (after glossary translation), when
 * it covers at least half of them and beats the runner-up. When several
 * entries tie while covering every word, they are returned as `tied` (the caller may
 * answer each apart; it must not pick one).
 */
export function matchEntry<T extends CatalogueEntry>(argument: string, entries: readonly T[], concepts: Concept[]): EntryMatch<T> {
  const k = key(argument);
  for (const e of entries) if (key(e.slug) === k) return { entry: e, by: 'slug' };
  for (const e of entries) {
    if ([e.en, e.de, ...e.aliases].some((label) => key(label) === k)) return { entry: e, by: 'label' };
  }
  if (concepts.length === 0) return { entry: null, by: 'none', close: [], tied: [] };
  const scored = entries.map((e) => {
    const vocabulary = new Set(analyze([e.slug.replace(/-/g, ' '), e.en, e.de, ...e.aliases, ...(e.triggers ?? [])].join(' ')));
    let covered = 0;
    for (const c of concepts) {
      const terms = c.alternatives.flatMap((a) => analyze(a));
      if (terms.some((t) => vocabulary.has(t))) covered++;
    }
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
