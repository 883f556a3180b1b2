/**
 * What a reply says besides its quotes, as structure: each line of a summary,
 * notice or report section is a {@link Message} — an identifier and the values
 * it is made of — and each language words it (`words/en.ts`, `words/de.ts`).
 * Handlers build messages, never sentences; the English `summary`, `notice`
 * and section `lines` of the JSON contract are the English wording of them.
 *
 * @module
 */

/** A title in both languages (a story's, an event's, a measure's). */
export interface Bilingual {
  de: string;
  en: string;
}

/** One line of what a reply says. */
export type Message =
  /** Verbatim text that is not worded (an id, a catalogue line, a summary not yet structured). */
  | { id: 'text'; text: string }
  /** An empty line between blocks. */
  | { id: 'blank' }
  /** An empty list. */
  | { id: 'none' }
  | { id: 'search.found'; paragraphs: number; articles: number; query: string }
  | { id: 'search.nothing'; query: string }
  | { id: 'source.position'; index: number; count: number; title: string }
  /** Several stories answered apart: the heading of the whole reply. */
  | { id: 'stories.apart'; query: string; count: number }
  /** The heading of one story's block. */
  | { id: 'stories.story'; title: Bilingual }
  /** A story among several that has nothing to say. */
  | { id: 'stories.nothing' }
  | {
      id: 'corpus.summary';
      stories: number;
      articles: number;
      paragraphs: number;
      undated: number;
      warnings: number;
      skipped: number;
      version: string;
    }
  | { id: 'corpus.story'; story: string; title: Bilingual; articles: number; paragraphs: number; undated: number; warnings: number }
  | {
      id: 'corpus.article';
      /** The story id before the article id, when the corpus has several. */
      story: string | null;
      article: string;
      title: string | null;
      published: { iso: string; precision: string } | null;
      source: { outlet: string | null; agency: string | null };
      paragraphs: number;
    }
  /** A file problem: the loader's own text after the file and line. */
  | { id: 'problem'; severity: 'error' | 'warning'; where: string; text: string }
  | { id: 'reload.same'; version: string; articles: number }
  | {
      id: 'reload.changed';
      before: string;
      after: string;
      added: number;
      removed: number;
      changed: number;
      unchanged: number;
      articles: number;
    }
  | { id: 'reload.story'; story: string; title: Bilingual; articles: number; was: number }
  | { id: 'reload.saved'; file: string; shortened: boolean }
  | { id: 'reload.replaced'; file: string; shortened: boolean; trashed: string[] };

/** Identifiers of report sections (`/corpus`, `/reload`). */
export type SectionId = 'stories' | 'articles' | 'undated' | 'warnings' | 'added' | 'removed' | 'changed';

/** A report section as structure: its identifier and one message per line. */
export interface SectionMessages {
  id: SectionId;
  items: Message[];
}
