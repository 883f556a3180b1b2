/**
 * Checks that run before a command's handler, in the manner of sapphire's
 * preconditions: each returns ok or a refusal with an identifier and the text
 * to send. A command declares what it needs (moderator-only engine commands
 * in the registry); {@link preconditionsFor} turns that into the list to run.
 *
 * @module
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { isModeratorOnly, type CommandSpec } from '../answers/registry.ts';
import type { Cooldown } from './cooldown.ts';
import { notice, type Notice } from './notices.ts';
import { isModerator } from './permissions.ts';

/** What the checks know about the member who invoked a command. */
export interface Invoker {
  userId: string;
  /** Permission bits in the channel, or null outside a guild. */
  permissions: bigint | null;
  roleIds: readonly string[];
}

/** What the checks use besides the invoker. */
export interface PreconditionDeps {
  moderatorRoleIds: readonly string[];
  cooldown: Cooldown;
  /** Clock for the cooldown (default `Date.now()`). */
  now?: number;
}

/** The outcome of a check: ok, or a refusal to send instead of running the command. */
export type PreconditionResult = { ok: true } | ({ ok: false } & Notice);

/** A check: the invoker, the command's name, what it depends on. */
export type Precondition = (invoker: Invoker, command: string, deps: PreconditionDeps) => PreconditionResult;

const OK: PreconditionResult = { ok: true };

/** Refuses anyone without Manage Server, Administrator or a role in `MODERATOR_ROLE_IDS`. */
export const moderator: Precondition = (invoker, command, deps) =>
  isModerator(invoker, deps.moderatorRoleIds) ? OK : { ok: false, ...notice('NotModerator', { command }) };

/**
 * Refuses a user who asks again within the cooldown. An accepted call counts
 * as a question, so this must be the last check in a list.
 */
export const cooldown: Precondition = (invoker, _command, deps) => {
  const waitMs = deps.cooldown.take(invoker.userId, deps.now);
  return waitMs > 0 ? { ok: false, ...notice('Cooldown', { waitMs }) } : OK;
};

/** The checks a command needs: moderator commands are checked for the right, questions for the cooldown. */
export function preconditionsFor(spec: CommandSpec): readonly Precondition[] {
  return isModeratorOnly(spec) ? [moderator] : [cooldown];
}

/** Runs the checks in order and returns the first refusal, or ok. */
export function runPreconditions(list: readonly Precondition[], invoker: Invoker, command: string, deps: PreconditionDeps): PreconditionResult {
  for (const check of list) {
    const result = check(invoker, command, deps);
    if (!result.ok) return result;
  }
  return OK;
}

/** The invoker of a chat command: user id, channel permissions and role ids (cached member or raw API member). */
export function invokerOf(i: ChatInputCommandInteraction): Invoker {
  const member = i.member;
  const roleIds = member && 'roles' in member ? (Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()]) : [];
  return { userId: i.user.id, permissions: i.memberPermissions?.bitfield ?? null, roleIds };
}
