/**
 * What a user typed, checked and analysed once per request: one place decides
 * what is too long, empty or garbage (a {@link UserError} with an identifier),
 * and the resulting {@link Question} carries everything handlers need — the
 * tidied text, its catalogue key, its concepts (typed words plus glossary
 * translations) and their analysed terms — so no handler analyses it again.
 *
 * @module
 */
import { analyze, foldForMatching } from '../language/de/index.ts';
import { UserError } from '../reply/errors.ts';
import type { Concept } from '../search/query.ts';
import type { Story } from '../snapshot/snapshot.ts';
import { truncate } from '../system/text.ts';

/** Longest argument a question may have, in characters (after tidying). */
export const MAX_ARGUMENT_LENGTH = 200;

// Control characters except tab/newline, zero-width and bidi controls, BOM, replacement char.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFD]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A question, analysed once. */
export interface Question {
  /** The tidied text (NFKC, invisible characters removed, whitespace collapsed). */
  text: string;
  /** The text as a catalogue key: folded, punctuation and hyphens as single spaces (`Vertrag in Kraft` -> `vertrag in kraft`). */
  key: string;
  /** The concepts of the question, with glossary translations. */
  concepts: Concept[];
  /** Per concept, the analysed terms of all its alternatives. */
  conceptTerms: string[][];
  /** Every analysed term of every concept. */
  terms: ReadonlySet<string>;
}

/** NFKC, invisible and control characters removed, whitespace collapsed and trimmed. */
export function tidy(input: string | null | undefined): string {
  return (input ?? '').normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A catalogue key: folded, runs of anything but letters and digits as one space. */
export function catalogueKey(s: string): string {
  return foldForMatching(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Tidies an argument and rejects what cannot be a question: empty, longer
 * than {@link MAX_ARGUMENT_LENGTH}, or without a single letter or digit.
 *
 * @param what how to call the argument in the message ("search words", "an event").
 * @throws UserError `ArgumentEmpty`, `ArgumentTooLong` or `ArgumentNoLetters`.
 */
export function checkArgument(input: string | null | undefined, what: string): string {
  const value = tidy(input);
  if (value.length === 0) throw new UserError('ArgumentEmpty', { what });
  if (value.length > MAX_ARGUMENT_LENGTH) throw new UserError('ArgumentTooLong', { length: value.length, max: MAX_ARGUMENT_LENGTH });
  if (!LETTER_OR_DIGIT.test(value)) throw new UserError('ArgumentNoLetters', { what });
  return value;
}

/** Analyses already-checked text against a story's glossary (also for autocomplete's partial input). */
export function analyseQuestion(text: string, story: Story): Question {
  const concepts = story.index.concepts(text);
  const conceptTerms = concepts.map((c) => [...new Set(c.alternatives.flatMap((a) => analyze(a)))]);
  return { text, key: catalogueKey(text), concepts, conceptTerms, terms: new Set(conceptTerms.flat()) };
}

/**
 * Checks and analyses a command's argument.
 *
 * @throws UserError when the argument cannot be a question (see {@link checkArgument}).
 */
export function parseQuestion(argument: string, story: Story, what: string): Question {
  return analyseQuestion(checkArgument(argument, what), story);
}

/** Shortens an argument for echoing it back in a message (never echo 5,000 characters). */
export function echo(argument: string, max = 60): string {
  return truncate(argument, max, { flatten: true });
}
