/**
 * Dispatches each interaction to the handler of its kind (chat command,
 * autocomplete, button), writes the one log line per interaction (kind,
 * command, argument length, latency, outcome, corpus version; never the
 * content) and, when a handler throws, logs the error and tells the user
 * with an ephemeral notice.
 *
 * @module
 */
import type { Interaction } from 'discord.js';
import type { InteractionLog } from '../../system/log.ts';
import { notice } from '../notices.ts';
import { markReceived, respondChoices, respondNotice } from '../respond.ts';
import { handleAutocomplete } from './autocomplete.ts';
import { buttonLogName, handleButton } from './button.ts';
import { handleCommand } from './command.ts';
import type { InteractionContext } from './context.ts';

/** An interaction the bot handles: what the log says about it and how to handle it. */
interface Route {
  kind: InteractionLog['kind'];
  command: string;
  argLength: number;
  handle: () => Promise<string>;
}

function routeOf(i: Interaction, ctx: InteractionContext): Route | null {
  if (i.isChatInputCommand()) {
    const argLength = i.options.data.reduce((n, o) => n + String(o.value ?? '').length, 0);
    return { kind: 'command', command: i.commandName, argLength, handle: () => handleCommand(i, ctx) };
  }
  if (i.isAutocomplete()) {
    const argLength = String(i.options.getFocused() ?? '').length;
    return { kind: 'autocomplete', command: i.commandName, argLength, handle: () => handleAutocomplete(i, ctx) };
  }
  if (i.isButton()) return { kind: 'button', command: buttonLogName(i.customId), argLength: 0, handle: () => handleButton(i, ctx) };
  return null;
}

/** Tells the user something went wrong (ephemeral); a failure to do so is logged, never thrown. */
async function reportFailure(i: Interaction, route: Route, ctx: InteractionContext): Promise<void> {
  if (!i.isChatInputCommand() && !i.isButton()) return; // autocomplete cannot show a message
  try {
    await respondNotice(i, notice('InternalError'), ctx.lang(i));
  } catch (err) {
    ctx.logger.error('error-reply-failed', err, { kind: route.kind, command: route.command });
  }
}

/** While the bot shuts down: a short "restarting" notice (or no choices), so no question goes unanswered. */
async function refuseWhileStopping(i: Interaction, ctx: InteractionContext): Promise<string> {
  if (i.isAutocomplete()) await respondChoices(i, []);
  else if (i.isChatInputCommand() || i.isButton()) await respondNotice(i, notice('Restarting'), ctx.lang(i));
  return 'restarting';
}

/** Handles one interaction; never throws (errors are logged and answered). Other kinds are ignored. */
export async function routeInteraction(i: Interaction, ctx: InteractionContext): Promise<void> {
  const started = performance.now();
  markReceived(i);
  const found = routeOf(i, ctx);
  if (!found) return;
  const route = ctx.stopping ? { ...found, handle: () => refuseWhileStopping(i, ctx) } : found;
  let outcome: string;
  try {
    outcome = await route.handle();
  } catch (err) {
    outcome = 'error';
    ctx.logger.error('interaction-failed', err, { kind: route.kind, command: route.command });
    await reportFailure(i, route, ctx);
  }
  ctx.logger.interaction({
    kind: route.kind,
    command: route.command,
    argLength: route.argLength,
    latencyMs: Math.round((performance.now() - started) * 10) / 10,
    outcome,
    corpus: ctx.engine.version,
  });
}
