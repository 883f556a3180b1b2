/**
 * Runs a command by name for any front end: parses a typed command line,
 * finds the command module, runs its handler and turns any failure into a
 * short error reply (a handler bug must never take the bot down).
 *
 * @module
 */
import { SPECS, findSpec } from '../answers/registry.ts';
import { echo } from '../answers/question.ts';
import type { Reply } from '../reply/model.ts';
import { messageReply, type CommandContext } from '../reply/build.ts';

/** A command line split into command name and argument. */
export interface ParsedLine {
  command: string;
  argument: string;
}

/**
 * Splits `/search Luftlandebrigade` into `search` + `Luftlandebrigade`. The
 * leading slash is optional; an `option:` prefix naming the command's option
 * (`/when event:russia-confirmed`) is removed.
 */
export function parseCommandLine(line: string): ParsedLine {
  const m = /^\s*\/?(\S*)\s*([\s\S]*)$/.exec(line);
  const command = (m?.[1] ?? '').toLowerCase();
  let argument = (m?.[2] ?? '').trim();
  const option = findSpec(command)?.option;
  if (option && argument.toLowerCase().startsWith(`${option}:`)) argument = argument.slice(option.length + 1).trim();
  return { command, argument };
}

/** Runs a command; unknown commands and handler failures become error replies. */
export async function runCommand(command: string, argument: string, ctx: CommandContext): Promise<Reply> {
  const def = findSpec(command);
  if (!def) {
    const known = SPECS.map((c) => `/${c.name}`).join(', ');
    return messageReply(command, argument, 'invalid', `Unknown command "/${echo(command, 30)}". Commands: ${known}.`);
  }
  try {
    const reply = await def.handler(argument, ctx);
    return reply.corpusVersion ? reply : { ...reply, corpusVersion: ctx.snapshot.version };
  } catch (err) {
    const id = Math.random().toString(36).slice(2, 8);
    console.error(`dispatch: /${def.name} failed (ref ${id}): ${(err as Error)?.stack ?? String(err)}`);
    return messageReply(def.name, argument, 'error', `Something went wrong answering this (ref ${id}). The bot keeps running; please try again or report the ref.`);
  }
}
