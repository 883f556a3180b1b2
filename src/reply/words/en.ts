/**
 * English wording of replies.
 *
 * @module
 */
import { formatAmount, sourceLabel } from '../wording.ts';
import type { ErrorContext, ErrorId } from '../errors.ts';
import type { DateRef, Figure } from '../model.ts';
import { attributionLine, ctx as s, isoParts } from './common.ts';
import type { UiWords, Words } from './types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ERRORS: Record<ErrorId, (c: ErrorContext) => string> = {
  ArgumentEmpty: (c) => `Please type ${s(c, 'what')}; the argument is empty.`,
  ArgumentTooLong: (c) => `That is too long (${s(c, 'length')} characters, at most ${s(c, 'max')}). Try a few key words.`,
  ArgumentNoLetters: (c) => `That contains no letters or digits, so there is nothing to look up as ${s(c, 'what')}.`,
  ArgumentType: (c) => `That option has the wrong type (expected ${s(c, 'what')}); nothing was looked up.`,
  UnknownCommand: (c) => `Unknown command "/${s(c, 'command')}". Commands: ${s(c, 'known')}.`,
  UnknownParagraph: (c) => `No paragraph "${s(c, 'id')}" in this corpus. ${s(c, 'hint')}`,
  UnknownStory: (c) => `No story "${s(c, 'story')}" in this corpus. Stories: ${s(c, 'known')}.`,
  ReloadBusy: (c) => `A reload is already running (started ${s(c, 'seconds')} s ago). Try again when it has finished.`,
  ReloadFailed: (c) => `Reload failed: ${s(c, 'why')}. Still serving corpus ${s(c, 'version')}.`,
  ReloadNoArticle: (c) =>
    `Reload failed: no article could be loaded${c.first ? ` (first problem: ${s(c, 'first')})` : ''}. Still serving corpus ${s(c, 'version')}.`,
  ReloadUnavailable: () => 'Reloading is not available here.',
  UploadRejected: (c) => `${s(c, 'why')} Nothing was changed; still serving corpus ${s(c, 'version')}.`,
  UploadNeedsStory: (c) => `This corpus has several stories: say which one the article belongs to (story: ${s(c, 'known')}). Nothing was changed.`,
  AttachmentRejected: (c) => s(c, 'why'),
  EngineRestarting: () => 'The answer engine is restarting after a failure; please ask again in a moment.',
  InternalError: (c) => `Something went wrong answering this (ref ${s(c, 'ref')}). The bot keeps running; please try again or report the ref.`,
};

const ui: UiWords = {
  date: 'date',
  figure: 'figure',
  section: 'Section',
  before: 'Before',
  after: 'After',
  thisParagraph: 'This paragraph',
  startOfArticle: '(start of article)',
  endOfArticle: '(end of article)',
  tryInstead: 'Try instead',
  corpus: (v) => `corpus ${v}`,
  noAnswer: 'No answer.',
  page: (i, n) => `page ${i}/${n}`,
  verbatim: 'quotes are verbatim; check context with Show paragraph',
  showParagraph: (n) => `Show paragraph ${n}`,
  previous: 'Previous',
  moreSources: 'More sources',
  cut: '(cut: Show paragraph for the rest)',
  claim: 'claim:',
  published: 'published',
  undatedArticle: 'undated article',
  outletUnknown: 'outlet unknown',
  undated: 'undated',
  untitled: '(untitled)',
};

function published(iso: string | null): string {
  if (!iso) return ui.undated;
  const p = isoParts(iso);
  if (!p) return iso;
  if (p.m === null) return String(p.y);
  const month = MONTHS[p.m - 1] ?? String(p.m);
  if (p.d === null) return `${month} ${p.y}`;
  const day = `${p.d} ${month} ${p.y}`;
  return p.time ? `${day}, ${p.time}` : day;
}

/** `4 December 2024 ("ab dem 4. Dezember 2024")`, or the phrase as written when unresolved. */
function dateRef(d: DateRef): string {
  if (d.basis === 'reported') return d.label;
  if (d.iso === null) return d.label;
  return d.label && d.label !== d.text ? `${d.label} ("${d.text}")` : `"${d.text}"`;
}

const plain = new Intl.NumberFormat('en-US');

/** English wording. */
export const EN: Words = {
  lang: 'en',
  ui,
  number: (n) => plain.format(n),
  amount: (f: Figure) => formatAmount(f),
  figure: (f: Figure) => `${formatAmount(f)} ("${f.text}")`,
  published,
  dateRef,
  source: (a) => sourceLabel(a) ?? ui.outletUnknown,
  attribution: (a) => attributionLine(a, ui, published),
  error: (id, c) => ERRORS[id](c),
};
