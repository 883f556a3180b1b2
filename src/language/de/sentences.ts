/**
 * German sentence splitting: `Intl.Segmenter('de')` plus repairs for what it
 * gets wrong in news text (ordinals and dates, initials, abbreviations,
 * lowercase continuations, sentences inside quotations).
 *
 * @module
 */

import {
  ABBREVIATIONS_CONTINUE,
  ABBREVIATIONS_MAYBE_END,
  ORDINAL_DETERMINERS,
  SENTENCE_STARTERS,
  isMonthWord,
} from './lexicon.ts';

/** A sentence, verbatim, with its offsets. */
export interface Sentence {
  text: string;
  /** Offset of the first character (in the split text plus the `offset` given to {@link splitSentences}). */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

const SEGMENTER = new Intl.Segmenter('de', { granularity: 'sentence' });

interface Span {
  start: number;
  end: number;
}

/**
 * Split text into sentences.
 *
 * Sentence texts are trimmed; `start`/`end` are offsets into `text` plus
 * `offset`, so with `offset` = the text's position in an article,
 * `raw.slice(s.start, s.end) === s.text`. Line breaks inside the text (a
 * hard-wrapped paragraph) do not end a sentence. Quoted speech („…“, "…", «…»,
 * »…«) is never split, even when it holds several sentences. Sentences glued
 * without a space (`… bestätigt.Der Sprecher …`) are split; the texts stay
 * verbatim slices.
 *
 * @param text the text to split (usually one paragraph)
 * @param offset added to every offset (default 0)
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  // Line breaks would be hard sentence breaks for the segmenter; replace them by
  // spaces of the same length so offsets stay valid.
  const flat = text.replace(/[\r\n\u2028\u2029\u0085]/g, ' ');
  const quotes = quoteSpans(text);
  const merged: Span[] = [];
  for (const span of segments(flat, quotes)) {
    const prev = merged.at(-1);
    if (prev && shouldGlue(text.slice(prev.start, prev.end), text.slice(span.start, span.end), span.start, quotes)) {
      prev.end = span.end;
    } else {
      merged.push(span);
    }
  }
  const out: Sentence[] = [];
  for (const { start, end } of merged) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s + offset, end: e + offset });
  }
  return out;
}

/**
 * A sentence end glued to the next sentence without a space, as pasted pages
 * often have it (`… bestätigt.Der Sprecher …`, `… im Jahr 2024.Danach …`):
 * two lowercase letters or a four-digit number, the final punctuation
 * (perhaps a closing quote), then a capitalised word.
 */
const GLUED_END = /(?:\p{Ll}{2}|\d{4})[.!?](["“”»«']?)(?=["„“«»‚]?\p{Lu}\p{Ll})/gu;

/**
 * The segmenter's sentences, further split where two sentences are glued
 * together. A quotation mark between them goes with the sentence it opens
 * (`… Strasse.«Das ist …»`) or closes (`… gesagt.“Danach …`).
 */
function segments(flat: string, quotes: Span[]): Span[] {
  const opens = new Set(quotes.map((q) => q.start));
  const cuts: number[] = [];
  // Most paragraphs have no glued sentence end: a cheap test first.
  if (/[.!?]["“”»«'„‚]{0,2}\p{Lu}/u.test(flat)) for (const m of flat.matchAll(GLUED_END)) {
    const at = m.index + m[0].length;
    cuts.push(m[1] && opens.has(at - 1) ? at - 1 : at);
  }
  const out: Span[] = [];
  for (const seg of SEGMENTER.segment(flat)) {
    let start = seg.index;
    const end = seg.index + seg.segment.length;
    for (const at of cuts) {
      if (at <= start || at >= end) continue;
      out.push({ start, end: at });
      start = at;
    }
    out.push({ start, end });
  }
  return out;
}

/** Decide whether a segment continues the previous one. */
function shouldGlue(prevRaw: string, nextRaw: string, boundary: number, quotes: Span[]): boolean {
  const prev = prevRaw.trimEnd();
  const next = nextRaw.trimStart();
  if (!next || !prev) return true;
  if (quotes.some((q) => q.start < boundary && boundary <= q.end)) return true;
  // "„Wer hat das getan?“ fragte er." – a lowercase word cannot start a sentence.
  if (/^\p{Ll}/u.test(next)) return true;

  // the last two words of prev and the first of next (as `split(/\s+/)` gives them), without splitting the whole texts
  const lastStart = wordStart(prev, prev.length);
  const last = prev.slice(lastStart);
  const before = (lastStart > 0 ? prev.slice(wordStart(prev, spaceStart(prev, lastStart)), spaceStart(prev, lastStart)) : '').replace(/^[„"«»(]+/, '');
  const nextWord = FIRST_WORD.exec(next)![0].replace(/^[„"«»(]+/, '').replace(/[.,;:!?"“”»«)]+$/, '');
  const starter = SENTENCE_STARTERS.has(nextWord);

  // Ordinals and dates: "der 11. Luftlandebrigade", "ab dem 4. Dezember", "am 4.12. 2024".
  const ordinal = /^[(„"«»]?\d{1,2}\.(?:\d{1,2}\.)?$/.test(last);
  if (ordinal) {
    if (isMonthWord(nextWord)) return true;
    if (/^\d{1,2}\.\d{1,2}\.$/.test(last) && /^\d{2,4}\b/.test(nextWord)) return true;
    if (starter) return false;
    return ORDINAL_DETERMINERS.has(before.toLowerCase());
  }

  if (last.endsWith('.') && !last.endsWith('..')) {
    const bare = last.replace(/^[(„"«»]+/, '').replace(/\.$/, '');
    // Spaced abbreviations: "z. B.", "u. a.", "d. h.", "v. Chr." (the segmenter splits after each dot).
    if (/^\p{Ll}\.$/u.test(before) && /^\p{L}{1,3}$/u.test(bare)) return bare === 'Chr' ? !starter : true;
    // Dotted abbreviations without spaces: "z.B.", "d.h.", "u.a.".
    if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return /^(?:z\.B|d\.h|i\.d\.R|z\.T|o\.ä)$/.test(bare) || !starter;
    // Initials: "John F. Kirby" (but "Plan B. Danach" ends a sentence).
    if (/^\p{Lu}$/u.test(bare)) return !starter;
    if (ABBREVIATIONS_CONTINUE.has(bare)) return true;
    if (ABBREVIATIONS_MAYBE_END.has(bare)) return !starter;
  }
  return false;
}

const SPACE = /\s/;
const FIRST_WORD = /^\S*/;

/** Where the run of non-space characters ending at `end` starts. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** Where the run of space characters ending at `end` starts. */
function spaceStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}

const PAIRS: Record<string, string[]> = {
  '„': ['“', '”'],
  '‚': ['‘', '’'],
  '»': ['«'],
  '«': ['»'],
  '“': ['”'],
  '"': ['"'],
};

/** A mark that opens a quotation ({@link PAIRS}, but `”`): without one, a text has no quotation. */
const OPENERS = /[„‚»«“"]/;
/** Every character {@link quoteSpans} reads: the keys and closers of {@link PAIRS}, and line breaks. */
const MARKS = /[\n„‚»«“”‘’"]/g;

/**
 * Spans of balanced quotations in the text (opening to closing mark,
 * inclusive). Unclosed quotations give no span, so a stray mark never glues a
 * whole paragraph together.
 */
function quoteSpans(text: string): Span[] {
  const stack: { at: number; closers: string[] }[] = [];
  const spans: Span[] = [];
  // (only line breaks and quotation marks matter: jump from one to the next)
  if (!OPENERS.test(text)) return spans;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n' && text[i + 1] === '\n') stack.length = 0; // a blank line ends every quotation
    const top = stack.at(-1);
    if (top && top.closers.includes(c)) {
      stack.pop();
      spans.push({ start: top.at, end: i });
      continue;
    }
    // A single quote ’ is usually an apostrophe; only ‚ opens a single quotation.
    const closers = PAIRS[c];
    if (closers && !(c === '”')) stack.push({ at: i, closers });
  }
  return spans;
}
