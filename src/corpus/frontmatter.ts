/**
 * The optional header (front matter) at the top of an article file:
 *
 * ```
 * ---
 * title: Schweden bestätigt Truppenentsendung
 * outlet: tagesschau.de
 * agency: dpa
 * published: 2025-04-28T10:15
 * url: https://www.tagesschau.de/ausland/...
 * language: de
 * ---
 * ```
 *
 * Values may be quoted. `none` (or `null`, `unbekannt`, `-`) states explicitly
 * that a title, outlet, agency or date is unknown, overriding inference.
 * Unknown fields are an error (typo protection).
 *
 * @module
 */

import { z } from 'zod';
import type { FileProblem, PublishedDate } from './types.ts';
import { parseDateValue } from './dates.ts';
import { splitLines } from './lines.ts';

/** Header fields; `null` means "explicitly unknown", absent means "infer". */
export interface FrontMatter {
  title?: string | null;
  outlet?: string | null;
  agency?: string | null;
  published?: PublishedDate | null;
  url?: string | null;
  language?: string;
}

/** What {@link parseFrontMatter} found. */
export interface FrontMatterResult {
  /** The validated header, or null when the file has none (or it is invalid). */
  header: FrontMatter | null;
  /** 0-based index of the first line after the header (0 when there is none). */
  bodyLineIndex: number;
  /** Errors (an invalid header makes the whole file an error). */
  problems: FileProblem[];
}

/** The fields a header may set. */
export const FRONT_MATTER_FIELDS = ['title', 'outlet', 'agency', 'published', 'url', 'language'] as const;

const NULL_WORDS = new Set(['null', '~', 'none', 'unknown', 'unbekannt', 'keine', 'keiner', '-']);
const DATE_HINT = 'expected a date like 2024-12-05, 2025-04 or 2024-12-05T11:58';

const nullable = <T extends z.ZodType>(inner: T) => z.union([z.null(), inner]);

const label = z
  .string()
  .trim()
  .min(1, 'must not be empty (write "none" if it is unknown)')
  .max(200, 'is too long (at most 200 characters)')
  .refine((s) => !/[\u0000-\u001f]/.test(s), 'contains control characters');

const SCHEMA = z.strictObject({
  title: nullable(label.max(300, 'is too long (at most 300 characters)')).optional(),
  outlet: nullable(label).optional(),
  agency: nullable(label).optional(),
  published: nullable(
    z.string().transform((value, ctx): PublishedDate => {
      const d = parseDateValue(value);
      if (!d) {
        ctx.addIssue({ code: 'custom', message: DATE_HINT });
        return z.NEVER;
      }
      return { iso: d.iso, precision: d.precision, text: value, from: 'header' };
    }),
  ).optional(),
  url: nullable(z.url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/, 'expected a language code like de or de-CH')
    .optional(),
});

interface Entry {
  key: string;
  value: string;
  line: number;
}

/**
 * Read and validate the header of an article file, if it has one.
 *
 * A header starts with a `---` line on line 1 and ends with the next `---`
 * line; in between are `key: value` lines (blank lines and `#` comments
 * allowed). A leading `---` followed by no `key: value` line at all is a
 * Markdown rule, not a header. Errors name the file, the 1-based line, the
 * field and the problem in one line:
 * `articles/foo.txt:3: field "published": expected a date like ... (got "5 Dez")`.
 *
 * @param raw the decoded file text (BOM removed)
 * @param file the file's path relative to the corpus folder, for messages
 */
export function parseFrontMatter(raw: string, file: string): FrontMatterResult {
  const lines = splitLines(raw);
  const none: FrontMatterResult = { header: null, bodyLineIndex: 0, problems: [] };
  if (lines[0]?.trimmed !== '---') return none;

  const entries: Entry[] = [];
  const bad: { line: number; text: string }[] = [];
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trimmed === '---' || l.trimmed === '...') {
      close = i;
      break;
    }
    if (l.trimmed === '' || l.trimmed.startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/.exec(l.trimmed);
    if (m) entries.push({ key: m[1]!, value: unquote(m[2] ?? ''), line: l.number });
    else bad.push({ line: l.number, text: l.trimmed });
  }
  if (entries.length === 0) return none;

  const problems: FileProblem[] = [];
  const error = (line: number, field: string | undefined, message: string): void => {
    const where = field ? `field "${field}": ` : '';
    problems.push({ file, line, ...(field ? { field } : {}), severity: 'error', message: `${file}:${line}: ${where}${message}` });
  };

  if (close < 0) {
    error(1, undefined, 'header opened with "---" is not closed by a "---" line');
    return { header: null, bodyLineIndex: 0, problems };
  }
  for (const b of bad) error(b.line, undefined, `header line is not "field: value" (got "${clip(b.text)}")`);

  const input: Record<string, string | null> = {};
  const lineOf = new Map<string, Entry>();
  for (const e of entries) {
    const key = e.key.toLowerCase();
    if (lineOf.has(key)) {
      error(e.line, key, `appears twice (first on line ${lineOf.get(key)!.line})`);
      continue;
    }
    lineOf.set(key, e);
    const nullable = key !== 'language' && NULL_WORDS.has(e.value.trim().toLowerCase());
    input[key] = nullable ? null : e.value;
  }

  const result = SCHEMA.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const e = lineOf.get(key);
          error(e?.line ?? 1, key, `unknown field (expected one of ${FRONT_MATTER_FIELDS.join(', ')})`);
        }
        continue;
      }
      const key = String(issue.path[0] ?? '');
      const e = lineOf.get(key);
      const got = e ? ` (got "${clip(e.value)}")` : '';
      // A union reports the failure of its last member; for `null | string` that is the useful one.
      const message = issue.code === 'invalid_union' ? unionMessage(issue) : issue.message;
      error(e?.line ?? 1, key || undefined, `${message}${got}`);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0 || !result.success) return { header: null, bodyLineIndex: close + 1, problems };
  return { header: result.data as FrontMatter, bodyLineIndex: close + 1, problems };
}

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const inner = issue.errors.at(-1)?.[0];
  return inner?.message ?? 'invalid value';
}

function unquote(v: string): string {
  const t = v.trim();
  const m = /^"(.*)"$|^'(.*)'$/.exec(t);
  return m ? (m[1] ?? m[2] ?? '') : t;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
