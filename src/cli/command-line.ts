/**
 * Typed command lines for the terminal front ends (`npm run ask`, the local
 * console): `/search Luftlandebrigade` is command `search` with argument
 * `Luftlandebrigade`.
 *
 * @module
 */
import { findSpec } from '../answers/registry.ts';

/** A command line split into command name, argument and the story option. */
export interface ParsedLine {
  command: string;
  argument: string;
  /** `story:<id>` (or `story:"Title words"`) anywhere in the line, for commands that take a story. */
  story?: string;
}

/** `story:flood-2024`, `story:"Waldbrand Sardinien"` as a word of its own. */
const STORY_OPTION_RE = /(?:^|\s)story:(?:"([^"]*)"|(\S+))/i;

/**
 * Splits a line into command, argument and story. The leading slash is
 * optional; an `option:` prefix naming the command's option
 * (`/when event:treaty-signed`) is removed; `story:<id>` names the story
 * (`/estimate Tote story:erdbeben`).
 */
export function parseCommandLine(line: string): ParsedLine {
  const m = /^\s*\/?(\S*)\s*([\s\S]*)$/.exec(line);
  const command = (m?.[1] ?? '').toLowerCase();
  let argument = (m?.[2] ?? '').trim();
  const spec = findSpec(command);
  let story: string | undefined;
  const s = spec?.storyOption ? STORY_OPTION_RE.exec(argument) : null;
  if (s) {
    story = (s[1] ?? s[2] ?? '').trim();
    argument = `${argument.slice(0, s.index)} ${argument.slice(s.index + s[0].length)}`.replace(/\s+/g, ' ').trim();
  }
  const option = spec?.option;
  if (option && argument.toLowerCase().startsWith(`${option}:`)) argument = argument.slice(option.length + 1).trim();
  return story ? { command, argument, story } : { command, argument };
}
