/**
 * Renders the reply model as Discord messages: one page of a paged reply with
 * its footer and buttons, or a short notice. Pure: no client, no network; the
 * adapter sends what this returns (see `respond.ts`).
 *
 * @module
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Lang } from '../reply/lang.ts';
import type { Reply } from '../reply/model.ts';
import { wordsFor } from '../reply/words/index.ts';
import { pageButtonId, sourceButtonId } from './custom-ids.ts';
import { LIMITS, clip, escapeMarkdown } from './limits.ts';
import type { Page } from './pages.ts';

/** The payload of an interaction reply or edit, in Discord's JSON shape. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
  flags?: number;
  /** Files sent with the message (charts), shown as attachments above the embed. */
  files?: MessageFile[];
}

/** A file attached to a message; `description` is its alt text (at most 1,024 characters). */
export interface MessageFile {
  attachment: Buffer;
  name: string;
  description?: string;
}

/** Ephemeral message flag. */
export const EPHEMERAL = 64;

/**
 * The message for page `index` of a paged reply: the embed with a footer
 * (corpus version, page), "Show paragraph" buttons for its snippets and
 * previous/"More sources" buttons. `allowed_mentions` never lets anything ping.
 */
export function pageMessage(reply: Reply, pages: Page[], index: number, key: string, ephemeral = false, lang: Lang = 'en'): MessagePayload {
  const w = wordsFor(lang);
  const i = Math.min(Math.max(index, 0), pages.length - 1);
  const page = pages[i]!;
  const footerParts = [w.ui.corpus(reply.corpusVersion ?? '?')];
  if (pages.length > 1) footerParts.push(w.ui.page(i + 1, pages.length));
  if (reply.answers.length) footerParts.push(w.ui.verbatim);
  const embed: APIEmbed = { ...page.embed, footer: { text: clip(footerParts.join(' · '), LIMITS.footer) } };
  if (embed.fields && embed.fields.length === 0) delete embed.fields;
  const components: APIActionRowComponent<APIButtonComponent>[] = [];
  if (page.paragraphIds.length) {
    const first = reply.answers.findIndex((a) => a.paragraphId === page.paragraphIds[0]);
    components.push({
      type: 1,
      components: page.paragraphIds.slice(0, 5).map((pid, n) => ({
        type: 2,
        style: 2,
        label: clip(w.ui.showParagraph(first >= 0 ? first + n + 1 : n + 1), LIMITS.buttonLabel),
        custom_id: sourceButtonId(key, i, n, pid),
      })),
    });
  }
  if (pages.length > 1) {
    const nav: APIButtonComponent[] = [];
    if (i > 0) nav.push({ type: 2, style: 2, label: w.ui.previous, custom_id: pageButtonId(key, i - 1) });
    if (i < pages.length - 1) nav.push({ type: 2, style: 1, label: w.ui.moreSources, custom_id: pageButtonId(key, i + 1) });
    components.push({ type: 1, components: nav });
  }
  const payload: MessagePayload = { embeds: [embed], components, allowed_mentions: { parse: [] } };
  if (ephemeral) payload.flags = EPHEMERAL;
  return payload;
}

/** A short plain message (errors, refusals, cooldown), ephemeral, within 2,000 characters. */
export function noticeMessage(text: string, ephemeral = true): MessagePayload {
  const payload: MessagePayload = { content: clip(escapeMarkdown(text), LIMITS.content), embeds: [], components: [], allowed_mentions: { parse: [] } };
  if (ephemeral) payload.flags = EPHEMERAL;
  return payload;
}
