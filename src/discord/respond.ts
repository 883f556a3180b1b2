/**
 * The one way the adapter answers an interaction: {@link respond} picks
 * reply, editReply (after a deferral), update (a paging button) or followUp
 * (after an answer), always with `allowedMentions: { parse: [] }` and the
 * ephemeral flag where the message asks for it. {@link withDefer} defers an
 * interaction whose answer is not ready in time.
 *
 * Interaction callbacks are retried when they may not have reached Discord
 * (a reset or cut connection, a 5xx): within Discord's 3-second window, with
 * a short backoff; a retry that Discord answers "already acknowledged" means
 * the first attempt did arrive. When the full reply still fails near the end
 * of the window, a small deferral is sent instead and the answer follows as
 * an edit (webhooks have 15 minutes), so an answer is not lost to one bad
 * connection.
 *
 * @module
 */
import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Reply } from '../reply/model.ts';
import { noticeText, type Notice } from './notices.ts';
import type { Lang } from '../reply/lang.ts';
import { paginate } from './pages.ts';
import { EPHEMERAL, noticeMessage, pageMessage, type MessageFile, type MessagePayload } from './render.ts';
import type { ReplyStore } from './reply-store.ts';

/** Discord's window for the first response to an interaction, ms. */
export const CALLBACK_WINDOW_MS = 3000;
/** Time kept back in the window for the fallback deferral, ms. */
const FALLBACK_RESERVE_MS = 900;
/** Time kept back at the very end of the window (a callback needs time to travel), ms. */
const FINAL_RESERVE_MS = 150;

const received = new WeakMap<object, number>();

/** Notes when an interaction reached the bot (the start of its 3-second window as far as the bot can tell). */
export function markReceived(i: object, at: number = Date.now()): void {
  if (!received.has(i)) received.set(i, at);
}

/**
 * Milliseconds left in an interaction's callback window, counted from when it
 * reached the bot (the snowflake's time would depend on this host's clock
 * agreeing with Discord's; the gateway's delivery delay is covered by the reserves).
 */
function windowLeft(i: { createdTimestamp: number }): number {
  return (received.get(i) ?? i.createdTimestamp) + CALLBACK_WINDOW_MS - Date.now();
}

/**
 * True when a failed request may not have reached Discord, or reached it
 * while Discord failed, so sending it again is the right thing to do: a
 * connection reset or cut (undici's socket errors, ECONNRESET, EPIPE), a
 * timeout, or a 5xx (which @discordjs/rest already retried a few times).
 */
export function mayNotHaveArrived(err: unknown): boolean {
  const e = err as { status?: unknown; code?: unknown; name?: unknown; cause?: { code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.status === 'number') return e.status >= 500;
  const codes = [e.code, e.cause?.code].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => /^(?:ECONNRESET|EPIPE|ECONNABORTED|ETIMEDOUT|UND_ERR_SOCKET|UND_ERR_CLOSED|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/.test(c))) {
    return true;
  }
  return e.name === 'AbortError' || e.name === 'TimeoutError';
}

/** Discord's "Interaction has already been acknowledged" (40060). */
function alreadyAcknowledged(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 40060;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends an interaction callback, retrying while it may not have arrived and
 * `reserveMs` of the window is left. When a retry is answered "already
 * acknowledged", an earlier attempt did arrive: `arrived` records that on the
 * interaction and the call succeeds.
 *
 * @throws the last error when retrying is not possible or not right
 */
export async function sendCallback(i: { createdTimestamp: number }, send: () => Promise<unknown>, arrived: () => void, reserveMs = FINAL_RESERVE_MS): Promise<void> {
  let backoff = 50;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return;
    } catch (err) {
      if (attempt > 0 && alreadyAcknowledged(err)) {
        arrived();
        return;
      }
      if (!mayNotHaveArrived(err) || windowLeft(i) - backoff < reserveMs) throw err;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 400);
    }
  }
}

/** Retries an idempotent webhook request (an edit or delete of a message) a few times when it may not have arrived. */
async function sendIdempotent(send: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return;
    } catch (err) {
      if (attempt >= 3 || !mayNotHaveArrived(err)) throw err;
      await sleep(100 * 2 ** attempt);
    }
  }
}

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
    // Files only when there are some: an edit without them keeps the message's attachments (paging keeps the chart).
    ...(message.files?.length ? { files: message.files } : {}),
  };
  const ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  if (options.update && i.isButton() && !i.deferred && !i.replied) {
    const button = i;
    await withFallback(
      button,
      () => sendCallback(button, () => button.update(body), () => void (button.replied = true), FALLBACK_RESERVE_MS),
      async () => {
        await sendCallback(button, () => button.deferUpdate(), () => void (button.deferred = true));
        await sendIdempotent(() => button.editReply(body));
      },
    );
  } else if (i.replied) await i.followUp({ ...body, ...flags });
  else if (i.deferred && ephemeral && i.ephemeral === false) {
    // An edit would show an ephemeral message to everyone: drop the public "thinking…" instead.
    await sendIdempotent(() => i.deleteReply());
    await i.followUp({ ...body, ...flags });
  } else if (i.deferred) await sendIdempotent(() => i.editReply(body));
  else {
    const arrived = () => {
      i.replied = true;
      i.ephemeral = ephemeral;
    };
    await withFallback(
      i,
      () => sendCallback(i, () => i.reply({ ...body, ...flags }), arrived, FALLBACK_RESERVE_MS),
      async () => {
        await sendCallback(i, () => i.deferReply(flags), () => {
          i.deferred = true;
          i.ephemeral = ephemeral;
        });
        await sendIdempotent(() => i.editReply(body));
      },
    );
  }
}

/**
 * Runs `first`; when it fails in a way that may not have reached Discord and
 * the window still has room, runs `fallback` (a deferral, then an edit).
 */
async function withFallback(i: Answerable, first: () => Promise<void>, fallback: () => Promise<void>): Promise<void> {
  try {
    await first();
  } catch (err) {
    if (!mayNotHaveArrived(err) || windowLeft(i) < FINAL_RESERVE_MS) throw err;
    await fallback();
  }
}

/** Answers an autocomplete request, retried like any callback (never after its window). */
export async function respondChoices(i: AutocompleteInteraction, choices: readonly { name: string; value: string }[]): Promise<void> {
  await sendCallback(i, () => i.respond([...choices]), () => void (i.responded = true));
}

/** Sends a refusal or notice: short plain text, ephemeral. */
export async function respondNotice(i: Answerable, n: Notice, lang: Lang = 'en'): Promise<void> {
  await respond(i, noticeMessage(noticeText(n, lang)));
}

/**
 * Sends a reply model as page 1, keeping it in the store so its buttons can
 * page later. Refusals, invalid input and errors are ephemeral; `ephemeral`
 * forces it for the rest.
 */
export async function respondReply(
  i: Answerable,
  reply: Reply,
  store: ReplyStore,
  options: { ephemeral?: boolean; lang?: Lang; files?: MessageFile[] } = {},
): Promise<void> {
  const ephemeral = options.ephemeral === true || reply.status === 'invalid' || reply.status === 'refused' || reply.status === 'error';
  const lang = options.lang ?? 'en';
  const pages = paginate(reply, lang);
  const key = store.put({ reply, pages, ephemeral, lang });
  const message = pageMessage(reply, pages, 0, key, ephemeral, lang);
  if (options.files?.length) message.files = options.files;
  await respond(i, message);
}

/** Acknowledges now and answers later (with {@link respond}, which then edits); retried like any callback. */
export async function defer(i: Answerable, ephemeral: boolean): Promise<void> {
  await sendCallback(i, () => i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}), () => {
    i.deferred = true;
    i.ephemeral = ephemeral;
  });
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
