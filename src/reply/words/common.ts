/**
 * Language-neutral pieces the wordings share: reading an ISO date of the
 * reply model into its parts, and an error context value as text.
 *
 * @module
 */
import type { ErrorContext } from '../errors.ts';
import type { Answer } from '../model.ts';
import { sourceLabel } from '../wording.ts';
import type { UiWords } from './types.ts';

/** The parts of an ISO date as precise as the reply model gives it (`2024-12-05T11:58`, `2025-04`, `2025`). */
export interface IsoParts {
  y: number;
  m: number | null;
  d: number | null;
  time: string | null;
}

/** The parts of `iso`, or null when it is not such a date. */
export function isoParts(iso: string): IsoParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(iso);
  if (!m) return null;
  return {
    y: Number(m[1]),
    m: m[2] ? Number(m[2]) : null,
    d: m[3] ? Number(m[3]) : null,
    time: m[4] ? `${m[4]}:${m[5]}` : null,
  };
}

/** A value of an error context as text ('' when absent). */
export const ctx = (c: ErrorContext, key: string): string => String(c[key] ?? '');

/** The attribution line under a quote (`claimant`: the claimant in the reader's language): `claim: X · ntv.de / AFP · published … · <paragraph id>`. */
export function attributionLine(a: Answer, ui: UiWords, published: (iso: string) => string, claimant: string | null = a.claimant): string {
  const parts: string[] = [];
  if (claimant) parts.push(`${ui.claim} ${claimant}`);
  parts.push(sourceLabel(a) ?? ui.outletUnknown);
  parts.push(a.published ? `${ui.published} ${published(a.published)}` : ui.undatedArticle);
  parts.push(a.paragraphId);
  return parts.join(' · ');
}
