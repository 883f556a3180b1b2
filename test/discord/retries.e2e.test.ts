/**
 * Interaction callbacks that may not have reached Discord (a reset
 * connection, a 5xx) are retried within the 3-second window; when the reply
 * keeps failing, a deferral and an edit deliver the answer instead. The
 * stand-in injects the faults on the callback route; the engine is a stub
 * that answers at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Choice } from '../../src/answers/context.ts';
import { readConfig } from '../../src/discord/config.ts';
import { createBot, type Bot } from '../../src/discord/lifecycle.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Reply } from '../../src/reply/model.ts';
import { Logger } from '../../src/system/log.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';
import type { RecordedResponse } from '../standin/types.ts';

const CALLBACK = '/interactions/:id/:token/callback';

class QuickEngine implements Engine {
  readonly version = 'stub-2';
  async run(command: string, argument: string): Promise<Reply> {
    return { command, argument, status: 'ok', summary: `Answer to ${argument}`, answers: [], corpusVersion: this.version };
  }
  async autocomplete(): Promise<Choice[]> {
    return [{ name: 'treaty-in-force', value: 'treaty-in-force' }];
  }
  async close(): Promise<void> {}
}

let standIn: DiscordStandIn;
let bot: Bot;
const logLines: string[] = [];
let users = 0;
const newUser = () => `8${String(100000000000000000n + BigInt(++users)).slice(1)}`;

const kinds = (r: readonly RecordedResponse[]) => r.map((x) => `${x.kind}${x.callbackType ? `:${x.callbackType}` : ''}:${x.status}`);
const delivered = (r: readonly RecordedResponse[]) => r.some((x) => x.status < 300 && JSON.stringify(x.data).includes('Answer to'));
const sawError = (r: readonly RecordedResponse[]) => r.some((x) => JSON.stringify(x.data).includes('Something went wrong'));

async function ask(query: string): Promise<{ id: string; responses: RecordedResponse[] }> {
  const { id } = standIn.sendChatCommand({ name: 'search', options: { query }, member: { userId: newUser() } });
  return { id, responses: await standIn.waitForResponse(id, { timeoutMs: 5000, predicate: delivered }) };
}

/** Waits until the router has written the interaction's log line. */
async function outcomeOf(count: number): Promise<string[]> {
  await expect.poll(() => logLines.filter((l) => l.includes('"event":"interaction"')).length, { timeout: 3000 }).toBeGreaterThanOrEqual(count);
  return logLines.filter((l) => l.includes('"event":"interaction"')).map((l) => (JSON.parse(l) as { outcome: string }).outcome);
}

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const config = readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_BASE: standIn.apiBase, COOLDOWN_SECONDS: '0' });
  bot = createBot({ config, engine: new QuickEngine(), logger: new Logger((line) => logLines.push(line)) });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

describe('retrying interaction callbacks', () => {
  it('a connection reset before the callback arrived: retried, 10 of 10 answered', async () => {
    let answered = 0;
    for (let n = 0; n < 10; n++) {
      const fault = standIn.injectFault({ route: CALLBACK, kind: 'reset' });
      const { responses } = await ask(`reset ${n}`);
      expect(fault.hits).toBe(1);
      expect(kinds(responses)).toEqual(['callback:4:204']);
      expect(sawError(responses)).toBe(false);
      answered += 1;
    }
    console.info(`retries: a reset callback answered ${answered} of 10`);
    expect((await outcomeOf(10)).slice(-10)).toEqual(Array(10).fill('ok'));
  });

  it('a reset after the callback arrived: the retry hears "already acknowledged" and the answer stands', async () => {
    standIn.injectFault({ route: CALLBACK, kind: 'reset-after' });
    const { id, responses } = await ask('reset after');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = standIn.interaction(id)!.responses;
    expect(kinds(all)).toEqual(['callback:4:204', 'callback:4:400']);
    expect(all[1]!.error).toMatchObject({ code: 40060 });
    expect(delivered(responses)).toBe(true);
    expect(sawError(all)).toBe(false);
    expect((await outcomeOf(11)).at(-1)).toBe('ok');
  });

  it('5xx beyond what discord.js retries by itself: retried within the window', async () => {
    const fault = standIn.injectFault({ route: CALLBACK, kind: 502, times: 5 });
    const { responses } = await ask('five hundred');
    expect(fault.hits).toBe(5);
    expect(kinds(responses)).toEqual(['callback:4:204']);
  });

  it('a reply that keeps failing: a deferral, then the answer as an edit', async () => {
    const fault = standIn.injectFault({ route: CALLBACK, kind: 503, times: Infinity, when: (r) => (r.body as { type?: number } | undefined)?.type === 4 });
    const started = performance.now();
    const { responses } = await ask('fallback');
    standIn.clearFaults();
    expect(fault.hits).toBeGreaterThan(4);
    expect(kinds(responses)).toEqual(['callback:5:204', 'editOriginal:200']);
    expect(JSON.stringify(responses[1]!.data)).toContain('Answer to fallback');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('autocomplete choices are retried too', async () => {
    standIn.injectFault({ route: CALLBACK, kind: 'reset' });
    const { id } = standIn.sendAutocomplete({ name: 'when', options: { event: 'tre' }, focused: 'event', member: { userId: newUser() } });
    const [r] = await standIn.waitForResponse(id);
    expect(r).toMatchObject({ kind: 'callback', callbackType: 8, status: 204 });
  });

  it('leaves no stand-in errors', () => {
    expect(standIn.errors).toEqual([]);
  });
});
