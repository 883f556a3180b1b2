/**
 * Formatting shared by every renderer: dates as precise as known, attribution
 * lines, figures. Pure string functions over the reply model.
 *
 * @module
 */
import type { Answer, DateRef, Figure } from '../reply/model.ts';
import { formatAmount, sourceLabel } from '../reply/wording.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A publication date as precise as known: `5 December 2024, 11:58`,
 * `5 December 2024`, `April 2025`, `2025`; `undated` for null.
 */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  const day = `${Number(d)} ${month} ${y}`;
  return hh ? `${day}, ${hh}:${mm}` : day;
}

/** `Scholz (Germany's chancellor) · ntv.de / AFP · 5 December 2024, 11:58 · <paragraph id>` */
export function attributionLine(a: Answer): string {
  const parts: string[] = [];
  if (a.claimant) parts.push(`claim: ${a.claimant}`);
  parts.push(sourceLabel(a) ?? 'outlet unknown');
  parts.push(a.published ? `published ${formatPublished(a.published)}` : 'undated article');
  parts.push(a.paragraphId);
  return parts.join(' · ');
}

/** `4 December 2024 ("ab dem 4. Dezember 2024")`, or the phrase as written when unresolved. */
export function formatDateRef(d: DateRef): string {
  if (d.basis === 'reported') return d.label;
  if (d.iso === null) return d.label;
  return d.label && d.label !== d.text ? `${d.label} ("${d.text}")` : `"${d.text}"`;
}

/** `more than 3,000 ("mehr als 3000 Mann")`. */
export function formatFigure(f: Figure): string {
  return `${formatAmount(f)} ("${f.text}")`;
}
