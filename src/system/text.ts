/**
 * Shortening text for display: the one place that decides how a cut is made
 * and marked ("…"). Used for echoing what a user typed, for autocomplete
 * choices and for Discord's length limits.
 *
 * @module
 */

/**
 * Characters that are invisible or change how text around them is shown:
 * C0/C1 controls (tab and newline excepted), zero-width characters, bidi
 * embeddings, overrides and isolates, word joiners, the BOM, and the
 * replacement character.
 */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFD]/g;

/** Text without {@link INVISIBLE} characters (for echoing what a user typed back into a UI). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The mark of a cut. */
export const ELLIPSIS = '…';

/**
 * At most `max` characters: the text itself when it fits, else its first
 * `max - 1` characters and "…". With `flatten`, runs of whitespace become one
 * space and the ends are trimmed first (for one-line echoes of user input).
 */
export function truncate(text: string, max: number, options: { flatten?: boolean } = {}): string {
  const t = options.flatten ? text.replace(/\s+/g, ' ').trim() : text;
  if (t.length <= max) return t;
  return `${t.slice(0, Math.max(0, max - 1))}${ELLIPSIS}`;
}

/**
 * Cuts text to at most `max` characters, preferring a sentence end, then a
 * line break, then a space (never before 40% of the room), and marks the cut
 * with "…". Returns the head and the rest (empty when nothing was cut).
 */
export function cutAtBoundary(text: string, max: number): [head: string, rest: string] {
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
  return [`${text.slice(0, cut).trimEnd()}${ELLIPSIS}`, text.slice(cut).trimStart()];
}
