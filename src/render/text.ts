/**
 * Renders a reply as plain terminal text in the reader's language: the answer
 * up front, then each quote as a `> ` block with its attribution line.
 *
 * @module
 */
import { truncate } from '../system/text.ts';
import type { Lang } from '../reply/lang.ts';
import type { Reply } from '../reply/model.ts';
import { wordsFor } from '../reply/words/index.ts';
import { noticeIn, sectionIn, suggestionsIn, summaryIn } from '../reply/say.ts';
import { storyTitle } from './reply-words.ts';

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `   > ${l}`)
    .join('\n');
}

/** The whole reply as text, ending without a newline. */
export function renderText(reply: Reply, options: { lang?: Lang } = {}): string {
  const w = wordsFor(options.lang);
  const out: string[] = [];
  const head = `/${reply.command}${reply.argument ? ` ${truncate(reply.argument, 80, { flatten: true })}` : ''}`;
  const summary = summaryIn(reply, w);
  out.push(summary ? `${head}\n${summary}` : head);
  const notice = noticeIn(reply, w);
  if (notice) out.push(notice);
  if (reply.source) {
    const s = reply.source;
    out.push(
      [
        `${s.title ?? s.articleId} · ${w.published(s.published)} · ${w.source(s)}`,
        s.heading ? `${w.ui.section}: ${s.heading}` : null,
        s.url ? `URL: ${s.url}` : null,
        s.previous ? `${w.ui.before} (${s.previous.paragraphId}):\n${quoteBlock(s.previous.text)}` : `${w.ui.before}: ${w.ui.startOfArticle}`,
        `${w.ui.thisParagraph} (${s.paragraphId}):\n${quoteBlock(s.text)}`,
        s.next ? `${w.ui.after} (${s.next.paragraphId}):\n${quoteBlock(s.next.text)}` : `${w.ui.after}: ${w.ui.endOfArticle}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  } else {
    const several = new Set(reply.answers.map((a) => a.story)).size > 1;
    reply.answers.forEach((a, i) => {
      // Several stories answered apart: each story's answers under its title.
      if (several && a.story && a.story !== reply.answers[i - 1]?.story) out.push(`== ${storyTitle(reply, a.story, w.lang)} ==`);
      const lines = [`${i + 1}. ${a.title ?? a.articleId}`, quoteBlock(a.quote), `   — ${w.attribution(a)}`];
      if (a.date) lines.push(`   ${w.ui.date}: ${w.dateRef(a.date)}`);
      if (a.figure) lines.push(`   ${w.ui.figure}: ${w.figure(a.figure)}`);
      out.push(lines.join('\n'));
    });
  }
  for (const section of (reply.sections ?? []).map((s) => sectionIn(s, w))) {
    out.push(`${section.title}:\n${section.lines.map((l) => `  ${l}`).join('\n')}`);
  }
  const suggestions = suggestionsIn(reply, w);
  if (suggestions?.length) out.push(`${w.ui.tryInstead}:\n${suggestions.map((s) => `  ${s}`).join('\n')}`);
  if (reply.corpusVersion) out.push(`(${w.ui.corpus(reply.corpusVersion)})`);
  return out.join('\n\n');
}
