/**
 * Who counts as a moderator: a member with Manage Server, or with one of the
 * roles in `MODERATOR_ROLE_IDS`. Checked at run time for `/reload` even though
 * the command is registered with `default_member_permissions` = Manage Server,
 * because a server admin can widen a command's permissions in Discord.
 *
 * @module
 */

const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

/** What the check needs to know about a member: permission bits and role ids. */
export interface MemberFacts {
  permissions: bigint | null;
  roleIds: readonly string[];
}

/** True when the member may run moderator commands. */
export function isModerator(member: MemberFacts, moderatorRoleIds: readonly string[]): boolean {
  const p = member.permissions ?? 0n;
  if ((p & MANAGE_GUILD) !== 0n || (p & ADMINISTRATOR) !== 0n) return true;
  return moderatorRoleIds.some((id) => member.roleIds.includes(id));
}
