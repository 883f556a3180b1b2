/**
 * English wording of replies.
 *
 * @module
 */
import { formatAmount, sourceLabel } from '../wording.ts';
import type { ErrorContext, ErrorId } from '../errors.ts';
import { isWhenMessage, type Message, type SectionId } from '../messages.ts';
import type { DateRef, Figure } from '../model.ts';
import { attributionLine, ctx as s, isoParts } from './common.ts';
import type { UiWords, Words } from './types.ts';
import { dateEn, whenMessageEn } from './when-en.ts';
import { estimateMessageEn } from './estimate-en.ts';

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
  const label = dateEn(d);
  if (d.basis === 'reported') return label;
  if (d.iso === null) return label;
  return label && label !== d.text ? `${label} ("${d.text}")` : `"${d.text}"`;
}

const plain = new Intl.NumberFormat('en-US');

/** `1 article`, `2 articles`. */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function message(m: Message): string {
  if (isWhenMessage(m)) return whenMessageEn(m);
  switch (m.id) {
    case 'text':
      return m.text;
    case 'blank':
      return '';
    case 'none':
      return 'none';
    case 'search.found':
      return `${count(m.paragraphs, 'paragraph')} from ${count(m.articles, 'article')} match "${m.query}".`;
    case 'search.nothing':
      return `Nothing in the corpus matches "${m.query}".`;
    case 'source.position':
      return `Paragraph ${m.index} of ${m.count} in "${m.title}".`;
    case 'stories.apart':
      return `"${m.query}" fits ${m.count} stories; each is answered apart with its best quotes, best fit first (name one with story: for its full answer):`;
    case 'stories.story':
      return `${m.title.en}:`;
    case 'stories.nothing':
      return 'nothing in this story answers that.';
    case 'corpus.summary':
      return (
        `${m.stories > 1 ? `${count(m.stories, 'story', 'stories')}, ` : ''}${m.articles} articles, ${m.paragraphs} paragraphs, ` +
        `${m.undated} undated, ${m.warnings} warnings${m.skipped ? ` (${m.skipped} files skipped)` : ''}; corpus version ${m.version}.`
      );
    case 'corpus.story':
      return `${m.story} — "${m.title.en}" — ${count(m.articles, 'article')}, ${m.paragraphs} paragraphs, ${m.undated} undated, ${count(m.warnings, 'warning')}`;
    case 'corpus.article':
      return (
        (m.story ? `${m.story}: ` : '') +
        [
          m.article,
          m.title ? `"${m.title}"` : '(no title)',
          m.published ? `${m.published.iso} (${m.published.precision})` : 'undated',
          sourceLabel(m.source) ?? ui.outletUnknown,
          `${m.paragraphs} paragraphs`,
        ].join(' — ')
      );
    case 'problem':
      return `${m.severity === 'error' ? 'skipped' : 'warning'}: ${m.where}: ${m.text}`;
    case 'reload.same':
      return `Reloaded: nothing changed (corpus ${m.version}, ${m.articles} articles).`;
    case 'reload.changed':
      return (
        `Reloaded: corpus ${m.before} → ${m.after}: ${m.added} added, ${m.removed} removed, ` +
        `${m.changed} changed, ${m.unchanged} unchanged; ${m.articles} articles now.`
      );
    case 'reload.story':
      return `${m.story} (${m.title.en}): ${count(m.articles, 'article')}${m.articles !== m.was ? ` (was ${m.was})` : ''}`;
    case 'reload.saved':
      return `Saved ${m.file}${m.shortened ? ' (name shortened)' : ''}.`;
    case 'reload.replaced':
      return `Replaced ${m.file}${m.shortened ? ' (name shortened)' : ''}; the old text is kept as ${m.trashed.join(', ')}.`;
    default:
      return estimateMessageEn(m);
  }
}

const SECTIONS: Record<SectionId, string> = {
  stories: 'Stories',
  articles: 'Articles',
  undated: 'Undated articles',
  warnings: 'Warnings',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

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
  message,
  section: (id) => SECTIONS[id],
};
