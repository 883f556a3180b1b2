/**
 * Splits the reply model into pages of Discord embeds: the answer up front in
 * the embed description, then each snippet as a block quote with its
 * attribution line, each page within every Discord limit. Pure: no client, no
 * network.
 *
 * @module
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, Reply } from '../reply/model.ts';
import type { Lang } from '../reply/lang.ts';
import { wordsFor, type Words } from '../reply/words/index.ts';
import { noticeIn, sectionIn, suggestionsIn, summaryIn } from '../reply/say.ts';
import { storyTitle } from '../render/reply-words.ts';
import { echo } from '../answers/question.ts';
import { stripInvisible } from '../system/text.ts';
import { LIMITS, clip, cutText, escapeMarkdown } from './limits.ts';

/** One page of a rendered reply. */
export interface Page {
  embed: APIEmbed;
  /** Paragraph ids quoted on this page, for "Show paragraph" buttons. */
  paragraphIds: string[];
}


const COLOURS = { ok: 0x2b6cb0, 'no-answer': 0x718096, invalid: 0xc05621, refused: 0xc53030, error: 0xc53030 } as const;

/** At most this many snippets per page (readability; limits are enforced anyway). */
export const ANSWERS_PER_PAGE = 4;

function quoteBlock(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '))
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

/** The field for one snippet: name = source and date, value = quote + attribution. */
export function answerField(a: Answer, n: number, story?: string, w: Words = wordsFor('en')): APIEmbedField {
  const name = clip(`${n}. ${story ? `[${story}] ` : ''}${a.title ?? a.articleId}`, LIMITS.fieldName);
  const details: string[] = [escapeMarkdown(w.attribution(a))];
  if (a.date) details.push(`${capital(w.ui.date)}: ${escapeMarkdown(w.dateRef(a.date))}`);
  if (a.figure) details.push(`${capital(w.ui.figure)}: ${escapeMarkdown(w.figure(a.figure))}`);
  const tail = details.map((d) => `— ${d}`).join('\n');
  const room = LIMITS.fieldValue - tail.length - 1;
  let quote = quoteBlock(a.quote);
  if (quote.length > room) quote = `${clip(quote, Math.max(20, room - 50))}\n${w.ui.cut}`;
  return { name, value: clip(`${quote}\n${tail}`, LIMITS.fieldValue) };
}

const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

function embedSize(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** The embed title: the command and what was typed, without invisible characters and with markdown escaped. */
export function titleOf(reply: Reply): string {
  const typed = reply.argument ? escapeMarkdown(echo(stripInvisible(reply.argument), 120)) : '';
  return clip(`/${stripInvisible(reply.command)}${typed ? ` ${typed}` : ''}`, LIMITS.title);
}

/** The description text: summary, notice, sections, suggestions, /source view. */
function bodyText(reply: Reply, w: Words): string {
  const parts: string[] = [];
  const summary = summaryIn(reply, w);
  if (summary) parts.push(escapeMarkdown(summary));
  const notice = noticeIn(reply, w);
  if (notice) parts.push(escapeMarkdown(notice));
  if (reply.source) {
    const s = reply.source;
    const meta = [
      `**${escapeMarkdown(s.title ?? s.articleId)}**`,
      `${escapeMarkdown(w.source(s))} · ${w.published(s.published)}`,
      s.heading ? `${w.ui.section}: ${escapeMarkdown(s.heading)}` : null,
      s.url ? escapeMarkdown(s.url) : null,
    ].filter(Boolean);
    parts.push(meta.join('\n'));
    if (s.previous) parts.push(`${w.ui.before} (${escapeMarkdown(s.previous.paragraphId)}):\n${quoteBlock(s.previous.text)}`);
    parts.push(`**${w.ui.thisParagraph} (${escapeMarkdown(s.paragraphId)}):**\n${quoteBlock(s.text)}`);
    if (s.next) parts.push(`${w.ui.after} (${escapeMarkdown(s.next.paragraphId)}):\n${quoteBlock(s.next.text)}`);
  }
  for (const section of (reply.sections ?? []).map((s) => sectionIn(s, w))) {
    parts.push(`**${escapeMarkdown(section.title)}**\n${section.lines.map((l) => `• ${escapeMarkdown(l)}`).join('\n')}`);
  }
  const suggestions = suggestionsIn(reply, w);
  if (suggestions?.length) parts.push(`**${w.ui.tryInstead}**\n${suggestions.map((s) => `• ${escapeMarkdown(s)}`).join('\n')}`);
  return parts.join('\n\n');
}

/**
 * Splits a reply into pages. Page 1 carries the answer up front; long text
 * continues on further pages (cut at sentence boundaries), then snippets fill
 * pages of at most {@link ANSWERS_PER_PAGE}, each page within 6,000 characters,
 * 25 fields and every per-field limit. Never returns zero pages.
 */
export function paginate(reply: Reply, lang: Lang = 'en'): Page[] {
  const w = wordsFor(lang);
  const colour = COLOURS[reply.status];
  const title = titleOf(reply);
  const pages: Page[] = [];
  const newPage = (): Page => {
    const p: Page = { embed: { title, color: colour, fields: [] }, paragraphIds: [] };
    pages.push(p);
    return p;
  };
  // Description text, possibly over several pages.
  let rest = bodyText(reply, w) || (reply.answers.length ? '' : w.ui.noAnswer);
  let page = newPage();
  const footerRoom = 120; // reserved for the footer added at send time
  const descMax = Math.min(LIMITS.description, LIMITS.embedTotal - title.length - footerRoom);
  if (rest) {
    const [head, tail] = cutText(rest, descMax);
    page.embed.description = head;
    rest = tail;
    while (rest) {
      page = newPage();
      const [h, t] = cutText(rest, descMax);
      page.embed.description = h;
      rest = t;
    }
  }
  // Several stories answered apart: each answer names its story.
  const several = new Set(reply.answers.map((a) => a.story)).size > 1;
  reply.answers.forEach((a, i) => {
    const field = answerField(a, i + 1, several && a.story ? storyTitle(reply, a.story, lang) : undefined, w);
    const fields = page.embed.fields!;
    const fits =
      fields.length < Math.min(ANSWERS_PER_PAGE, LIMITS.fields) &&
      embedSize(page.embed) + field.name.length + field.value.length + footerRoom <= LIMITS.embedTotal;
    if (!fits) page = newPage();
    page.embed.fields!.push(field);
    page.paragraphIds.push(a.paragraphId);
  });
  return pages;
}
