/**
 * The local console: reads slash commands from the terminal (or a pipe) and
 * prints the replies, using the same handlers as the bot. Ends cleanly at end
 * of input, on `exit`/`quit`, or on Ctrl-C.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { COMMAND_SPECS } from '../answers/registry.ts';
import type { Engine } from '../engine/engine.ts';
import { parseCommandLine } from './command-line.ts';
import { renderJson } from '../render/json.ts';
import { renderText } from '../render/text.ts';
import type { Lang } from '../reply/lang.ts';

/** Options of {@link runConsole}. */
export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Print replies as JSON lines instead of text. */
  json?: boolean;
  /** Show a prompt (when the input is a terminal). */
  prompt?: boolean;
  /** The language replies are worded in (default English; quotes stay as written). */
  lang?: Lang;
}

const HELP = [
  'Type a slash command, for example:',
  '  /search Luftlandebrigade',
  '  /source <paragraph id from an answer>',
  '  /when russia-confirmed    /estimate casualties',
  '  /corpus    /reload',
  `Commands: ${COMMAND_SPECS.map((c) => `/${c.name}${c.option ? ` <${c.option}>` : ''}`).join(', ')}`,
  'help shows this, exit or Ctrl-D ends.',
].join('\n');

/**
 * Reads commands line by line until end of input and answers each through
 * the engine (so `/reload` works here too, as the local user is trusted).
 */
export async function runConsole(current: () => Engine, options: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input: options.input, output: options.prompt ? options.output : undefined, terminal: false });
  const write = (s: string) => options.output.write(`${s}\n`);
  const prompt = () => {
    if (options.prompt) options.output.write('> ');
  };
  if (options.prompt) write(HELP);
  prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === '') {
      prompt();
      continue;
    }
    if (/^(exit|quit|\/exit|\/quit)$/i.test(trimmed)) break;
    if (/^(help|\/help|\?)$/i.test(trimmed)) {
      write(HELP);
      prompt();
      continue;
    }
    const { command, argument, story } = parseCommandLine(trimmed);
    const reply = await current().run(command, argument, story ? { story } : {});
    write(options.json ? renderJson(reply) : `${renderText(reply, { lang: options.lang ?? 'en' })}\n`);
    prompt();
  }
  rl.close();
}
