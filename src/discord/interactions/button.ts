/**
 * Buttons: "Previous"/"More sources" page through a stored reply (updating
 * the message); "Show paragraph" asks the engine for the paragraph with its
 * context (ephemeral, deferred when slow). Custom ids are parsed by
 * `custom-ids.ts`; anything it rejects counts as expired.
 *
 * @module
 */
import type { ButtonInteraction } from 'discord.js';
import { parseButtonId, type ButtonId } from '../custom-ids.ts';
import { notice } from '../notices.ts';
import { pageMessage } from '../render.ts';
import type { ReplyStore } from '../reply-store.ts';
import { respond, respondNotice, respondReply, withDefer } from '../respond.ts';
import type { InteractionContext } from './context.ts';

/** The paragraph a "Show paragraph" button stands for, or undefined when it can no longer be found. */
function paragraphOf(id: Exclude<ButtonId, { kind: 'page' }>, store: ReplyStore): string | undefined {
  if (id.kind === 'source') return id.paragraphId;
  return store.get(id.key)?.pages[id.page]?.paragraphIds[id.n];
}

/** Handles a button press; returns the outcome for the log (`page`, `expired`, `source:<status>`). */
export async function handleButton(i: ButtonInteraction, ctx: InteractionContext): Promise<string> {
  const id = parseButtonId(i.customId);
  if (id?.kind === 'page') {
    const stored = ctx.store.get(id.key);
    if (!stored) {
      await respondNotice(i, notice('Expired'), ctx.lang(i));
      return 'expired';
    }
    await respond(i, pageMessage(stored.reply, stored.pages, id.page, id.key, stored.ephemeral, stored.lang), { update: true });
    return 'page';
  }
  const paragraphId = id ? paragraphOf(id, ctx.store) : undefined;
  if (!paragraphId) {
    await respondNotice(i, notice('ButtonExpired'), ctx.lang(i));
    return 'expired';
  }
  const { value: reply, deferred } = await withDefer(i, ctx.engine.run('source', paragraphId), { afterMs: ctx.deferAfterMs, ephemeral: true });
  await respondReply(i, reply, ctx.store, { ephemeral: true, lang: ctx.lang(i) });
  return deferred ? `source:${reply.status}+deferred` : `source:${reply.status}`;
}

/** What the log calls a button: the kind its custom id names, or `malformed`. */
export function buttonLogName(customId: string): string {
  return parseButtonId(customId)?.kind ?? 'malformed';
}
