import { describe, expect, it } from 'vitest';
import { findSpec } from '../../src/answers/registry.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { cooldown, moderator, preconditionsFor, runPreconditions, type Invoker, type PreconditionDeps } from '../../src/discord/preconditions.ts';

const MOD_ROLE = '111111111111111111';
const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;
const SEND_MESSAGES = 1n << 11n;

function member(permissions: bigint | null, roleIds: string[] = [], userId = 'u1'): Invoker {
  return { userId, permissions, roleIds };
}

function deps(seconds = 3, now?: number): PreconditionDeps {
  return { moderatorRoleIds: [MOD_ROLE], cooldown: new Cooldown(seconds), ...(now !== undefined ? { now } : {}) };
}

describe('moderator precondition', () => {
  it('lets Manage Server or Administrator through by permission bit', () => {
    expect(moderator(member(MANAGE_GUILD), 'reload', deps())).toEqual({ ok: true });
    expect(moderator(member(ADMINISTRATOR | SEND_MESSAGES), 'reload', deps())).toEqual({ ok: true });
  });

  it('lets a member with a configured moderator role through without the permission', () => {
    expect(moderator(member(0n, ['222222222222222222', MOD_ROLE]), 'reload', deps())).toEqual({ ok: true });
  });

  it('refuses everyone else with NotModerator, naming the command', () => {
    for (const m of [member(SEND_MESSAGES, ['222222222222222222']), member(null), member(0n, [])]) {
      const result = moderator(m, 'reload', deps());
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.id).toBe('NotModerator');
      expect(result.message).toMatch(/^\/reload is for moderators/);
    }
    // A role id that is only moderator in another configuration does not count.
    expect(moderator(member(0n, [MOD_ROLE]), 'reload', { ...deps(), moderatorRoleIds: [] }).ok).toBe(false);
  });
});

describe('cooldown precondition', () => {
  it('refuses a second question within the cooldown with Cooldown and the seconds left, per user', () => {
    const d = deps(3);
    expect(cooldown(member(null, [], 'a'), 'search', { ...d, now: 10_000 })).toEqual({ ok: true });
    const again = cooldown(member(null, [], 'a'), 'search', { ...d, now: 10_800 });
    expect(again).toMatchObject({ ok: false, id: 'Cooldown' });
    expect(!again.ok && again.message).toMatch(/please wait 3 s/);
    expect(cooldown(member(null, [], 'b'), 'search', { ...d, now: 10_800 })).toEqual({ ok: true });
    expect(cooldown(member(null, [], 'a'), 'search', { ...d, now: 13_000 })).toEqual({ ok: true });
  });
});

const RELOAD = findSpec('reload')!;
const SEARCH = findSpec('search')!;

describe('preconditions of a command', () => {
  it('checks moderator commands for the right only, questions for the cooldown only', () => {
    expect(preconditionsFor(RELOAD)).toEqual([moderator]);
    expect(preconditionsFor(SEARCH)).toEqual([cooldown]);
    const d = deps(60, 1000);
    const mod = member(MANAGE_GUILD, [], 'm');
    // A moderator reloading twice in a row is not cooled down.
    expect(runPreconditions(preconditionsFor(RELOAD), mod, 'reload', d)).toEqual({ ok: true });
    expect(runPreconditions(preconditionsFor(RELOAD), mod, 'reload', d)).toEqual({ ok: true });
    // ... but asking twice is.
    expect(runPreconditions(preconditionsFor(SEARCH), mod, 'search', d).ok).toBe(true);
    expect(runPreconditions(preconditionsFor(SEARCH), mod, 'search', d)).toMatchObject({ ok: false, id: 'Cooldown' });
  });

  it('stops at the first refusal, so a refused command does not use up the cooldown', () => {
    const d = deps(60, 1000);
    const user = member(0n, [], 'x');
    expect(runPreconditions([moderator, cooldown], user, 'reload', d)).toMatchObject({ ok: false, id: 'NotModerator' });
    expect(runPreconditions([cooldown], user, 'search', d)).toEqual({ ok: true });
  });
});
