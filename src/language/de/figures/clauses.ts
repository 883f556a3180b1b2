/**
 * Clauses and segments: the part of a sentence whose verbs and nouns say what
 * a figure counts. A sentence can hold two figures of different kinds
 * ("zwölf Menschen getötet und mehr als 90 verletzt"), so each figure reads
 * only its own segment first.
 *
 * @module
 */
import { isCapitalized, type Token } from './tokens.ts';

/** A run of tokens, indices inclusive. */
export interface Span {
  first: number;
  last: number;
}

const BOUNDARY = /^[,;:()[\]–—!?]$/;
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ca', 'mio', 'mrd', 'tsd', 'nr', 'dr', 'prof', 'bzw', 'usw', 'etc', 'vgl', 'st', 'mind', 'max', 'rd', 'art',
  'abs', 'inkl', 'bspw', 'evtl', 'ggf', 'sog', 'str', 'jh', 'mr', 'mrs',
]);
/** Words that coordinate two figures' segments. */
const COORDINATORS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw', 'aber', 'waehrend', 'wobei', 'davon', 'darunter']);
/** Words that open a relative clause describing the noun before the comma. */
const RELATIVES: ReadonlySet<string> = new Set(['die', 'der', 'das', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'welches']);

function isBoundary(toks: readonly Token[], i: number, figures: ReadonlySet<number>): boolean {
  const inside = (set: ReadonlySet<number>, k: number) => set.has(k);
  const t = toks[i]!;
  if (t.type !== 'punct' || inside(figures, i)) return false;
  if (BOUNDARY.test(t.text)) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (/^[-‑]$/.test(t.text)) return !!prev && !!next && prev.end < t.start && next.start > t.end;
  if (t.text !== '.') return false;
  if (!prev) return false;
  if (prev.type === 'word') {
    if (ABBREVIATIONS.has(prev.fold) || prev.text.length === 1) return false;
  } else if (prev.type === 'num') {
    if (!inside(figures, i - 1)) return false;
  }
  return !next || next.type !== 'word' || isCapitalized(next.text);
}

/** Splits a sentence's tokens into clauses; tokens inside `figures` (ranges, `Mio.`) are never boundaries. */
export function splitClauses(toks: readonly Token[], figures: readonly Span[]): Span[] {
  const clauses: Span[] = [];
  const covered = new Set<number>();
  for (const f of figures) for (let k = f.first; k <= f.last; k++) covered.add(k);
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!isBoundary(toks, i, covered)) continue;
    if (i > start) clauses.push({ first: start, last: i - 1 });
    start = i + 1;
  }
  if (start < toks.length) clauses.push({ first: start, last: toks.length - 1 });
  return clauses;
}

/** Index of the clause that holds token `i`, or -1. */
export function clauseIndexOf(clauses: readonly Span[], i: number): number {
  return clauses.findIndex((c) => i >= c.first && i <= c.last);
}

/**
 * Segments of a clause for the figures in it (sorted, given as spans): each
 * figure's segment runs from the coordinator after the previous figure
 * (`und`, `oder`, `sowie`) to the coordinator before the next one; with no
 * coordinator, to the next figure's start.
 */
export function segmentsOf(toks: readonly Token[], clause: Span, figures: readonly Span[]): Span[] {
  const cuts: number[] = [];
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1]!;
    const b = figures[k]!;
    let cut = b.first;
    for (let i = b.first - 1; i > a.last; i--) {
      if (COORDINATORS.has(toks[i]!.fold)) {
        cut = i;
        break;
      }
    }
    cuts.push(cut);
  }
  return figures.map((_, k) => ({
    first: k === 0 ? clause.first : cuts[k - 1]!,
    last: k === figures.length - 1 ? clause.last : cuts[k]! - 1,
  }));
}

/** The relative clause right after `clause` (`..., die getötet oder verwundet wurden`), if there is one. */
export function relativeClauseAfter(toks: readonly Token[], clauses: readonly Span[], index: number): Span | null {
  const next = clauses[index + 1];
  const clause = clauses[index];
  if (!next || !clause) return null;
  const sep = toks[clause.last + 1];
  if (!sep || sep.text !== ',') return null;
  const w = toks[next.first];
  if (!w || w.type !== 'word') return null;
  if (RELATIVES.has(w.fold) && !isCapitalized(w.text)) return next;
  if (w.fold === 'von' && toks[next.first + 1]?.fold === 'denen') return next;
  return null;
}

/** The folded words of a span, joined by spaces, for cue patterns. */
export function foldedText(toks: readonly Token[], span: Span): string {
  return toks
    .slice(span.first, span.last + 1)
    .map((t) => t.fold)
    .join(' ');
}
