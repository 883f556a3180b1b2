/**
 * Runs one answer command on one corpus version and turns every failure into
 * a reply: an expected failure ({@link UserError}) becomes its own reply with
 * its identifier; anything else is logged through the logger with a short
 * reference and answered with `InternalError` (a handler bug must never take
 * the bot down).
 *
 * @module
 */
import type { Choice } from '../answers/context.ts';
import { COMMAND_SPECS, completeStory, findSpec, STORY_OPTION, type AnswerSpec } from '../answers/registry.ts';
import { echo } from '../answers/question.ts';
import { errorReply } from '../reply/build.ts';
import { UserError } from '../reply/errors.ts';
import type { Reply } from '../reply/model.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { Logger } from '../system/log.ts';

/** The reply to a command name no registry entry has. */
export function unknownCommandReply(command: string, argument: string): Reply {
  const known = COMMAND_SPECS.map((c) => `/${c.name}`).join(', ');
  return errorReply(command, argument, new UserError('UnknownCommand', { command: echo(command, 30), known }));
}

/** Runs an answer command's handler on a snapshot (in the story named, if any); never throws. */
export async function answerOn(snapshot: Snapshot, spec: AnswerSpec, argument: string, logger: Logger, story?: string): Promise<Reply> {
  try {
    const reply = await spec.handler(argument, story !== undefined && spec.storyOption ? { snapshot, story } : { snapshot });
    return reply.corpusVersion ? reply : { ...reply, corpusVersion: snapshot.version };
  } catch (err) {
    if (err instanceof UserError) return errorReply(spec.name, argument, err, { corpusVersion: snapshot.version });
    const ref = Math.random().toString(36).slice(2, 8);
    logger.error('command-failed', err, { command: spec.name, ref });
    return errorReply(spec.name, argument, new UserError('InternalError', { ref }), { corpusVersion: snapshot.version });
  }
}

/** Which option is being completed, and the story option's value when the user already chose one. */
export interface CompleteOptions {
  /** The focused option (default: the command's argument option). */
  option?: string;
  story?: string;
}

/** Autocomplete choices of a command on a snapshot (none for unknown commands or on failure); never throws. */
export function completeOn(snapshot: Snapshot, command: string, partial: string, logger: Logger, options: CompleteOptions = {}): Choice[] {
  const spec = findSpec(command);
  if (!spec) return [];
  try {
    if (options.option === STORY_OPTION) return spec.storyOption ? completeStory(partial, { snapshot }) : [];
    if (spec.kind !== 'answer' || !spec.autocomplete) return [];
    return spec.autocomplete(partial, options.story ? { snapshot, story: options.story } : { snapshot });
  } catch (err) {
    logger.error('autocomplete-failed', err, { command: spec.name });
    return [];
  }
}
