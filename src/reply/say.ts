/**
 * Turning {@link Message}s into the reply model's text fields: the English
 * wording for the JSON contract (`summary`, `notice`, section `lines`), and
 * any language for renderers.
 *
 * @module
 */
import type { Message, SectionId } from './messages.ts';
import type { InfoSection, Reply } from './model.ts';
import { EN } from './words/en.ts';
import type { Words } from './words/types.ts';

/** Messages as lines of text in one language. */
export function spell(messages: readonly Message[], w: Words = EN): string {
  return messages.map((m) => w.message(m)).join('\n');
}

/** A report section from its identifier and lines, with its English wording. */
export function section(id: SectionId, items: Message[]): InfoSection {
  return { title: EN.section(id), lines: items.map((m) => EN.message(m)), id, items };
}

/** The summary, notice and suggestions fields of a reply from messages (English text plus the structure). */
export function saying(parts: { summary?: Message[]; notice?: Message[]; suggestions?: Message[] }): Pick<Reply, 'summary' | 'notice' | 'say' | 'suggestions'> {
  const out: Pick<Reply, 'summary' | 'notice' | 'say' | 'suggestions'> = { summary: parts.summary ? spell(parts.summary) : null, say: parts };
  if (parts.notice) out.notice = spell(parts.notice);
  if (parts.suggestions) out.suggestions = parts.suggestions.map((m) => EN.message(m));
  return out;
}

/** A reply's suggestions in `w`'s language (their structure when they have one, else the text as made). */
export function suggestionsIn(reply: Reply, w: Words): string[] | undefined {
  return reply.say?.suggestions ? reply.say.suggestions.map((m) => w.message(m)) : reply.suggestions;
}

/** A reply's summary in `w`'s language (its structure when it has one, else the text as made). */
export function summaryIn(reply: Reply, w: Words): string | null {
  return reply.say?.summary ? spell(reply.say.summary, w) : reply.summary;
}

/** A reply's notice in `w`'s language: an error worded from its id and values, else the structure, else the text as made. */
export function noticeIn(reply: Reply, w: Words): string | undefined {
  if (reply.error) return w.error(reply.error.id as Parameters<Words['error']>[0], reply.error.params ?? {});
  return reply.say?.notice ? spell(reply.say.notice, w) : reply.notice;
}

/** A report section in `w`'s language. */
export function sectionIn(s: InfoSection, w: Words): { title: string; lines: string[] } {
  if (!s.id || !s.items) return s;
  return { title: w.section(s.id), lines: s.items.map((m) => w.message(m)) };
}
