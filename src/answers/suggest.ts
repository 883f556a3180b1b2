/**
 * Suggestions offered next to an honest "nothing found": the catalogue
 * entries (`/when` events, `/estimate` measures) closest to what was asked.
 *
 * @module
 */
import { analyze } from '../language/de/index.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import type { Story } from '../snapshot/snapshot.ts';
import type { Question } from './question.ts';
import type { Message } from '../reply/messages.ts';

interface Candidate {
  command: 'when' | 'estimate';
  slug: string;
  en: string;
  de: string;
  terms: Set<string>;
}

/** Every catalogue entry with its analysed words, per corpus version. */
const CANDIDATES = new MemoSlot<Candidate[]>('suggestion candidates');

function candidates(story: Story): Candidate[] {
  return story.memo.get(CANDIDATES, () => {
    const list: Candidate[] = [];
    for (const e of story.catalogue.events.events) {
      const text = [e.slug.replace(/-/g, ' '), e.en, e.de, ...e.aliases, e.query, ...e.triggers].join(' ');
      list.push({ command: 'when', slug: e.slug, en: e.en, de: e.de, terms: new Set(analyze(text)) });
    }
    for (const m of story.catalogue.measures.measures) {
      const text = [m.slug.replace(/-/g, ' '), m.en, m.de, ...m.aliases, m.query].join(' ');
      list.push({ command: 'estimate', slug: m.slug, en: m.en, de: m.de, terms: new Set(analyze(text)) });
    }
    return list;
  });
}

/**
 * Up to `limit` catalogue commands sharing words with the question (after the
 * glossary translated it), best overlap first, e.g. `/when treaty-in-force (Treaty in force)`.
 * Restrict to one command with `only`.
 */
export function catalogueSuggestions(story: Story, question: Question, only?: 'when' | 'estimate', limit = 3): string[] {
  return catalogueSuggestionMessages(story, question, only, limit).map((m) => `/${m.command} ${m.slug} (${m.title.en})`);
}

/** {@link catalogueSuggestions} as messages, so a reply words the titles in the reader's language. */
export function catalogueSuggestionMessages(story: Story, question: Question, only?: 'when' | 'estimate', limit = 3): Extract<Message, { id: 'when.try' }>[] {
  const scored: { c: Candidate; score: number }[] = [];
  for (const c of candidates(story)) {
    if (only && c.command !== only) continue;
    let score = 0;
    for (const w of question.terms) if (c.terms.has(w)) score++;
    if (score > 0) scored.push({ c, score });
  }
  scored.sort((a, b) => b.score - a.score || a.c.slug.localeCompare(b.c.slug));
  return scored.slice(0, limit).map(({ c }) => ({ id: 'when.try', command: c.command, slug: c.slug, title: { en: c.en, de: c.de } }));
}
