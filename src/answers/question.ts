/**
 * Checks and tidies what a user typed before any handler looks at it: one
 * place decides what is too long, empty or garbage, and says so in one short
 * line.
 *
 * @module
 */
import { truncate } from '../system/text.ts';

/** Longest argument a question may have, in characters (after tidying). */
export const MAX_ARGUMENT_LENGTH = 200;

/** A tidied argument, or the reason it cannot be used. */
export type CheckedArgument = { ok: true; value: string } | { ok: false; message: string };

// Control characters except tab/newline, zero-width and bidi controls, BOM, replacement char.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFD]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Normalises an argument (NFKC, so full-width `ＫＵＲＳＫ` reads as `KURSK`;
 * invisible and control characters removed; whitespace collapsed) and rejects what cannot be a question: empty,
 * whitespace only, longer than {@link MAX_ARGUMENT_LENGTH}, or without a
 * single letter or digit (binary garbage, emoji only).
 *
 * @param what How to call the argument in the message ("search words", "event").
 */
export function checkArgument(input: string | null | undefined, what: string): CheckedArgument {
  const value = (input ?? '').normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (value.length === 0) {
    return { ok: false, message: `Please type ${what}; the argument is empty.` };
  }
  if (value.length > MAX_ARGUMENT_LENGTH) {
    return {
      ok: false,
      message: `That is too long (${value.length} characters, at most ${MAX_ARGUMENT_LENGTH}). Try a few key words.`,
    };
  }
  if (!LETTER_OR_DIGIT.test(value)) {
    return { ok: false, message: `That contains no letters or digits, so there is nothing to look up as ${what}.` };
  }
  return { ok: true, value };
}

/** Shortens an argument for echoing it back in a message (never echo 5,000 characters). */
export function echo(argument: string, max = 60): string {
  return truncate(argument, max, { flatten: true });
}
