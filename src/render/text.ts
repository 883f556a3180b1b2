/**
 * Renders a reply as plain terminal text: the answer up front, then each
 * quote as a `> ` block with its attribution line.
 *
 * @module
 */
import { truncate } from '../system/text.ts';
import type { Reply } from '../reply/model.ts';
import { attributionLine, formatDateRef, formatFigure, formatPublished } from './format.ts';

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `   > ${l}`)
    .join('\n');
}

/** The whole reply as text, ending without a newline. */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  const head = `/${reply.command}${reply.argument ? ` ${truncate(reply.argument, 80, { flatten: true })}` : ''}`;
  out.push(reply.summary ? `${head}\n${reply.summary}` : head);
  if (reply.notice) out.push(reply.notice);
  if (reply.source) {
    const s = reply.source;
    out.push(
      [
        `${s.title ?? s.articleId} · ${formatPublished(s.published)} · ${[s.outlet, s.agency].filter(Boolean).join(' / ') || 'outlet unknown'}`,
        s.heading ? `Section: ${s.heading}` : null,
        s.url ? `URL: ${s.url}` : null,
        s.previous ? `Before (${s.previous.paragraphId}):\n${quoteBlock(s.previous.text)}` : 'Before: (start of article)',
        `This paragraph (${s.paragraphId}):\n${quoteBlock(s.text)}`,
        s.next ? `After (${s.next.paragraphId}):\n${quoteBlock(s.next.text)}` : 'After: (end of article)',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  } else {
    const titles = new Map((reply.stories ?? []).map((s) => [s.id, s.title.en]));
    const several = new Set(reply.answers.map((a) => a.story)).size > 1;
    reply.answers.forEach((a, i) => {
      // Several stories answered apart: each story's answers under its title.
      if (several && a.story && a.story !== reply.answers[i - 1]?.story) out.push(`== ${titles.get(a.story) ?? a.story} ==`);
      const lines = [`${i + 1}. ${a.title ?? a.articleId}`, quoteBlock(a.quote), `   — ${attributionLine(a)}`];
      if (a.date) lines.push(`   date: ${formatDateRef(a.date)}`);
      if (a.figure) lines.push(`   figure: ${formatFigure(a.figure)}`);
      out.push(lines.join('\n'));
    });
  }
  for (const section of reply.sections ?? []) {
    out.push(`${section.title}:\n${section.lines.map((l) => `  ${l}`).join('\n')}`);
  }
  if (reply.suggestions?.length) out.push(`Try instead:\n${reply.suggestions.map((s) => `  ${s}`).join('\n')}`);
  if (reply.corpusVersion) out.push(`(corpus ${reply.corpusVersion})`);
  return out.join('\n\n');
}
