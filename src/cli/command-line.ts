/**
 * Typed command lines for the terminal front ends (`npm run ask`, the local
 * console): `/search Luftlandebrigade` is command `search` with argument
 * `Luftlandebrigade`.
 *
 * @module
 */
import { findSpec } from '../answers/registry.ts';

/** A command line split into command name and argument. */
export interface ParsedLine {
  command: string;
  argument: string;
}

/**
 * Splits a line into command and argument. The leading slash is optional; an
 * `option:` prefix naming the command's option (`/when event:treaty-signed`)
 * is removed.
 */
export function parseCommandLine(line: string): ParsedLine {
  const m = /^\s*\/?(\S*)\s*([\s\S]*)$/.exec(line);
  const command = (m?.[1] ?? '').toLowerCase();
  let argument = (m?.[2] ?? '').trim();
  const option = findSpec(command)?.option;
  if (option && argument.toLowerCase().startsWith(`${option}:`)) argument = argument.slice(option.length + 1).trim();
  return { command, argument };
}
