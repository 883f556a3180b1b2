/**
 * Discord's message limits and text helpers that respect them: cutting at a
 * sentence boundary with "…", escaping markdown so article text formats
 * nothing.
 *
 * @module
 */
import { cutAtBoundary } from '../system/text.ts';

/** Discord's documented limits (characters). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  content: 2000,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Cuts at a sentence, line or word boundary (see {@link cutAtBoundary}); returns head and rest. */
export const cutText = cutAtBoundary;

/** Cuts to at most `max` characters (see {@link cutText}), dropping the rest. */
export function clip(text: string, max: number): string {
  return cutText(text, max)[0];
}

/**
 * Escapes Discord markdown so article text shows as written: `*`, `_`, `~`,
 * `` ` ``, `|`, `\`, `<`, `[`/`]`, and `#`, `>`, `-`, `1.` at a line start. The
 * backslashes are invisible in Discord, so what the reader sees is verbatim.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|<\[\]])/g, '\\$1')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}
