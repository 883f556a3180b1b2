/**
 * The one way the adapter answers an interaction: {@link respond} picks
 * reply, editReply (after a deferral), update (a paging button) or followUp
 * (after an answer), always with `allowedMentions: { parse: [] }` and the
 * ephemeral flag where the message asks for it. {@link withDefer} defers an
 * interaction whose answer is not ready in time.
 *
 * @module
 */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Reply } from '../reply/model.ts';
import type { Notice } from './notices.ts';
import { paginate } from './pages.ts';
import { EPHEMERAL, noticeMessage, pageMessage, type MessagePayload } from './render.ts';
import type { ReplyStore } from './reply-store.ts';

/** Interactions the adapter answers with messages. */
export type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Sends a rendered message. `update: true` (buttons only) replaces the
 * message the button sits on; otherwise the first answer is a reply, or the
 * edit of the deferred reply, and any later one a follow-up. An ephemeral
 * message after a public deferral replaces the deferral with an ephemeral
 * follow-up, so refusals and errors are never shown to the channel.
 */
export async function respond(i: Answerable, message: MessagePayload, options: { update?: boolean } = {}): Promise<void> {
  const body = {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] as [] },
    ...(message.content !== undefined ? { content: message.content } : {}),
  };
  const flags = ((message.flags ?? 0) & EPHEMERAL) !== 0 ? { flags: MessageFlags.Ephemeral as const } : {};
  if (options.update && i.isButton() && !i.deferred && !i.replied) await i.update(body);
  else if (i.replied) await i.followUp({ ...body, ...flags });
  else if (i.deferred && 'flags' in flags && i.ephemeral === false) {
    // An edit would show an ephemeral message to everyone: drop the public "thinking…" instead.
    await i.deleteReply();
    await i.followUp({ ...body, ...flags });
  } else if (i.deferred) await i.editReply(body);
  else await i.reply({ ...body, ...flags });
}

/** Sends a refusal or notice: short plain text, ephemeral. */
export async function respondNotice(i: Answerable, n: Notice): Promise<void> {
  await respond(i, noticeMessage(n.message));
}

/**
 * Sends a reply model as page 1, keeping it in the store so its buttons can
 * page later. Refusals, invalid input and errors are ephemeral; `ephemeral`
 * forces it for the rest.
 */
export async function respondReply(i: Answerable, reply: Reply, store: ReplyStore, options: { ephemeral?: boolean } = {}): Promise<void> {
  const ephemeral = options.ephemeral === true || reply.status === 'invalid' || reply.status === 'refused' || reply.status === 'error';
  const pages = paginate(reply);
  const key = store.put({ reply, pages, ephemeral });
  await respond(i, pageMessage(reply, pages, 0, key, ephemeral));
}

/** Acknowledges now and answers later (with {@link respond}, which then edits). */
export async function defer(i: Answerable, ephemeral: boolean): Promise<void> {
  await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/**
 * Waits for `work`; when it is not done after `afterMs`, defers the
 * interaction (Discord wants an acknowledgement within 3 s) and waits on.
 * `deferred` tells whether that happened.
 */
export async function withDefer<T>(i: Answerable, work: Promise<T>, options: { afterMs: number; ephemeral: boolean }): Promise<{ value: T; deferred: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.afterMs);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    if (first !== 'late') return { value: first.value, deferred: false };
  } finally {
    clearTimeout(timer);
  }
  await defer(i, options.ephemeral);
  return { value: await work, deferred: true };
}
