/**
 * Builders for replies every handler needs (invalid input, refusals, errors,
 * "nothing found"), so their shape is the same everywhere.
 *
 * @module
 */
import type { Reply } from './model.ts';
import type { UserError } from './errors.ts';

/** A reply with no answers and a notice: an honest "nothing found". */
export function noAnswerReply(command: string, argument: string, notice: string, extra: Partial<Reply> = {}): Reply {
  return { command, argument, status: 'no-answer', summary: null, answers: [], notice, ...extra };
}

/** The reply of an expected failure: its status, its message as the notice and its identifier. */
export function errorReply(command: string, argument: string, error: UserError, extra: Partial<Reply> = {}): Reply {
  return {
    command,
    argument,
    status: error.status,
    summary: null,
    answers: [],
    notice: error.message,
    error: { id: error.id, params: error.context },
    ...extra,
  };
}
