/**
 * Discord's message limits and text helpers that respect them: cutting at a
 * sentence boundary with "…", escaping markdown so article text formats
 * nothing.
 *
 * @module
 */

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

/**
 * Cuts text to at most `max` characters, preferring a sentence end, then a line
 * break, then a space, and marks the cut with "…". Returns the head and the
 * rest (empty when nothing was cut).
 */
export function cutText(text: string, max: number): [head: string, rest: string] {
  if (text.length <= max) return [text, ''];
  const room = Math.max(1, max - 1);
  const window = text.slice(0, room);
  const floor = Math.floor(room * 0.4);
  let cut = -1;
  for (const m of window.matchAll(/[.!?…»“"«]\s|\n/g)) {
    const at = m.index + m[0].length - (m[0].endsWith('\n') ? 0 : 1);
    if (at >= floor) cut = at;
  }
  if (cut < 0) {
    const space = window.lastIndexOf(' ');
    cut = space >= floor ? space : room;
  }
  return [`${text.slice(0, cut).trimEnd()}…`, text.slice(cut).trimStart()];
}

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
