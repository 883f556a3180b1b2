/**
 * English wording of reply fields, shared by the answers' summaries and the
 * renderers: amounts (bounds exactly as the source gives them) and source
 * labels.
 *
 * @module
 */
import type { Figure } from './model.ts';

const plain = new Intl.NumberFormat('en-US');
const millions = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `12,000`; whole millions as words (`8 million`, `1.5 million`) as reporters write them. */
const fmtNumber = {
  format(n: number): string {
    if (Math.abs(n) >= 1_000_000 && n % 10_000 === 0) {
      return n % 1_000_000_000 === 0 && Math.abs(n) >= 1_000_000_000 ? `${millions.format(n / 1_000_000_000)} billion` : `${millions.format(n / 1_000_000)} million`;
    }
    return plain.format(n);
  },
};

const LOWER: Record<string, string> = { mindestens: 'at least', wenigstens: 'at least', gut: 'a good' };
const UPPER: Record<string, string> = {
  'weniger als': 'fewer than',
  unter: 'fewer than',
  knapp: 'almost',
  fast: 'almost',
  nahezu: 'almost',
  höchstens: 'at most',
  maximal: 'at most',
};

/**
 * The amount of a figure in English, bounds as given and never averaged:
 * `10,000–12,000`, `about 14,000`, `at least 100`, `more than 3,000`,
 * `up to 1,000`, `12,000`.
 */
export function formatAmount(f: Figure): string {
  const q = f.qualifier?.toLowerCase() ?? null;
  if (f.min !== null && f.max !== null && f.min !== f.max) return `${fmtNumber.format(f.min)}–${fmtNumber.format(f.max)}`;
  if (f.min !== null && f.max !== null) return q ? `about ${fmtNumber.format(f.min)}` : fmtNumber.format(f.min);
  if (f.min !== null) {
    if (q === 'vage') return `at least ${fmtNumber.format(f.min)} (vague: "${f.text}")`;
    return `${(q && LOWER[q]) ?? 'more than'} ${fmtNumber.format(f.min)}`;
  }
  if (f.max !== null) return `${(q && UPPER[q]) ?? 'up to'} ${fmtNumber.format(f.max)}`;
  return 'an unstated number';
}

/** "ntv.de / AFP", "Reuters", or null when neither is known. */
export function sourceLabel(a: { outlet: string | null; agency: string | null }): string | null {
  if (a.outlet && a.agency) return a.outlet.toLowerCase() === a.agency.toLowerCase() ? a.outlet : `${a.outlet} / ${a.agency}`;
  return a.outlet ?? a.agency ?? null;
}
