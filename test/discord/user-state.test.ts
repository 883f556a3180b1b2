/**
 * Per-user state stays bounded: the cooldown forgets a user once their
 * cooldown has run out, the reply store drops expired replies, and
 * discord.js keeps at most a few hundred users and members however many
 * people ask (the soak benchmark measures the process as a whole).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Choice } from '../../src/answers/context.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { readConfig } from '../../src/discord/config.ts';
import { createBot, USER_CACHE_LIMIT, type Bot } from '../../src/discord/lifecycle.ts';
import { ReplyStore } from '../../src/discord/reply-store.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Reply } from '../../src/reply/model.ts';
import { Logger } from '../../src/system/log.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';

describe('cooldown', () => {
  it('keeps only the users of the last cooldown period: 20,000 distinct users, 100 a second, leave at most 300 entries', () => {
    const cooldown = new Cooldown(3);
    let max = 0;
    for (let n = 0; n < 20_000; n++) {
      expect(cooldown.take(`user-${n}`, n * 10)).toBe(0);
      max = Math.max(max, cooldown.size);
    }
    expect(max).toBeLessThanOrEqual(300);
    expect(cooldown.take('late', 20_000 * 10 + 3000)).toBe(0);
    expect(cooldown.size).toBe(1);
  });

  it('still refuses a user within the cooldown and lets them ask after it', () => {
    const cooldown = new Cooldown(3);
    expect(cooldown.take('a', 0)).toBe(0);
    expect(cooldown.take('b', 1000)).toBe(0);
    expect(cooldown.take('a', 2000)).toBe(1000);
    expect(cooldown.take('a', 3000)).toBe(0);
    expect(cooldown.take('b', 3500)).toBe(500);
    expect(cooldown.take('b', 4000)).toBe(0);
  });
});

describe('reply store', () => {
  it('drops expired replies when new ones come, not only when asked for', async () => {
    const store = new ReplyStore(1000, 20);
    const reply: Reply = { command: 'search', argument: 'x', status: 'ok', summary: 's', answers: [] };
    for (let n = 0; n < 50; n++) store.put({ reply, pages: [], ephemeral: false, lang: 'en' });
    expect(store.size).toBe(50);
    await new Promise((resolve) => setTimeout(resolve, 40));
    store.put({ reply, pages: [], ephemeral: false, lang: 'en' });
    expect(store.size).toBe(1);
  });
});

describe('discord.js caches', () => {
  let standIn: DiscordStandIn;
  let bot: Bot;
  const engine: Engine = {
    version: 'stub-3',
    run: async (command, argument) => ({ command, argument, status: 'ok', summary: 'ok', answers: [], corpusVersion: 'stub-3' }),
    autocomplete: async (): Promise<Choice[]> => [],
    close: async () => undefined,
  };

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ recordRequests: false });
    bot = createBot({ config: readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_BASE: standIn.apiBase, COOLDOWN_SECONDS: '3' }), engine, logger: new Logger(() => undefined) });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  it(`keep at most ${USER_CACHE_LIMIT} users and members after 600 people asked`, async () => {
    const ids = Array.from({ length: 600 }, (_, n) =>
      standIn.sendChatCommand({ name: 'search', options: { query: `frage ${n}` }, member: { userId: String(900000000000000000n + BigInt(n)) } }).id,
    );
    for (const id of ids) await standIn.waitForResponse(id, { timeoutMs: 10_000 });
    const state = bot.state();
    expect(state.cachedUsers).toBeLessThanOrEqual(USER_CACHE_LIMIT + 1);
    expect(state.cachedMembers).toBeLessThanOrEqual(USER_CACHE_LIMIT + 1);
    expect(state.cooldownUsers).toBeLessThanOrEqual(600);
    expect(state.storedReplies).toBe(600);
  });
});
