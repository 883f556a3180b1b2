/**
 * The adapter against the Discord stand-in with a stub engine whose answers,
 * delays and failures the test controls: deferral, error replies, expired
 * and malformed buttons, autocomplete limits, /reload attachments.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Choice, Upload } from '../../src/answers/context.ts';
import { readConfig } from '../../src/discord/config.ts';
import { createBot, type Bot } from '../../src/discord/lifecycle.ts';
import type { Engine, RunOptions } from '../../src/engine/engine.ts';
import { errorReply } from '../../src/reply/build.ts';
import { UserError } from '../../src/reply/errors.ts';
import type { Reply } from '../../src/reply/model.ts';
import { Logger } from '../../src/system/log.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';
import type { RecordedResponse } from '../standin/types.ts';

const DEFER_AFTER_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Arguments steer the stub: `slow…` waits past the deferral, `boom` throws, `invalid` is refused. */
class StubEngine implements Engine {
  readonly version = 'stub-1';
  readonly reloads: Array<Upload | undefined> = [];
  readonly arguments: unknown[] = [];
  choices: Choice[] = [];

  async run(command: string, argument: string, options: RunOptions = {}): Promise<Reply> {
    this.arguments.push(argument);
    if (command === 'reload') return this.reload(options.upload);
    if (argument.startsWith('slow')) await sleep(DEFER_AFTER_MS * 4);
    if (argument.endsWith('boom')) throw new Error('stub engine failure');
    if (argument.endsWith('invalid')) return errorReply(command, argument, new UserError('ArgumentNoLetters', { what: 'words' }));
    return { command, argument, status: 'ok', summary: `Answer to ${argument}`, answers: [], corpusVersion: this.version };
  }

  async autocomplete(): Promise<Choice[]> {
    return this.choices;
  }

  private async reload(upload?: Upload): Promise<Reply> {
    this.reloads.push(upload);
    return { command: 'reload', argument: '', status: 'ok', summary: 'Reloaded.', answers: [], corpusVersion: this.version };
  }

  async close(): Promise<void> {}
}

let standIn: DiscordStandIn;
let bot: Bot;
const engine = new StubEngine();
const logLines: string[] = [];
let users = 0;
const newUser = () => `5${String(100000000000000000n + BigInt(++users)).slice(1)}`;

type Until = (responses: readonly RecordedResponse[]) => boolean;
/** Waits for the follow-up that replaces a deleted deferral. */
const followedUp: Until = (responses) => responses.some((r) => r.kind === 'followUp');

async function ask(name: string, options: Record<string, unknown> = {}, member: Record<string, unknown> = {}, until?: Until): Promise<RecordedResponse[]> {
  const { id } = standIn.sendChatCommand({ name, options: options as never, member: { userId: newUser(), ...member } });
  return standIn.waitForResponse(id, until ? { predicate: until } : {});
}

async function press(customId: string): Promise<RecordedResponse[]> {
  const { id } = standIn.sendButton({ customId, member: { userId: newUser() } });
  return standIn.waitForResponse(id);
}

const summary = (r: RecordedResponse[]) => r.map((x) => `${x.kind}${x.callbackType ? `:${x.callbackType}` : ''}:${(x.data as any)?.flags ?? 0}`);
const last = (r: RecordedResponse[]) => r[r.length - 1]!.data as Record<string, any>;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const config = readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_BASE: standIn.apiBase, MODERATOR_ROLE_IDS: standIn.ids.roles.Moderator!, MAX_UPLOAD_KB: '1' });
  bot = createBot({ config, engine, logger: new Logger((line) => logLines.push(line)), deferAfterMs: DEFER_AFTER_MS });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

describe('deferral', () => {
  it('answers in time without deferring, and defers a slow answer publicly, then edits it in', async () => {
    expect(summary(await ask('search', { query: 'fast' }))).toEqual(['callback:4:0']);
    const slow = await ask('search', { query: 'slow question' });
    expect(summary(slow)).toEqual(['callback:5:0', 'editOriginal:0']);
    expect(last(slow).embeds[0].description).toBe('Answer to slow question');
    expect(last(slow).allowed_mentions).toEqual({ parse: [] });
  });

  it('defers a slow "Show paragraph" ephemerally', async () => {
    const shown = await press('src:slow#p1');
    expect(summary(shown)).toEqual(['callback:5:64', 'editOriginal:0']);
    expect(last(shown).embeds[0].description).toBe('Answer to slow#p1');
  });

  it('keeps a late refusal ephemeral: the public deferral is replaced, not edited', async () => {
    const refused = await ask('search', { query: 'slow invalid' }, {}, followedUp);
    expect(summary(refused)).toEqual(['callback:5:0', 'deleteOriginal:0', 'followUp:64']);
  });
});

describe('errors and refusals', () => {
  it('tells the user ephemerally when the engine fails, before or after deferring, and logs it without the question', async () => {
    const now = await ask('search', { query: 'Gerassimow boom' });
    expect(summary(now)).toEqual(['callback:4:64']);
    expect(last(now).content).toMatch(/Something went wrong/);
    const late = await ask('search', { query: 'slow Gerassimow boom' }, {}, followedUp);
    expect(summary(late)).toEqual(['callback:5:0', 'deleteOriginal:0', 'followUp:64']);
    expect(last(late).content).toMatch(/Something went wrong/);
    // The log line follows the answer once the bot's request returns.
    await vi.waitFor(() => expect(logLines.filter((l) => l.includes('"outcome":"error"')).length).toBe(2));
    expect(logLines.filter((l) => l.includes('"interaction-failed"')).length).toBe(2);
    expect(logLines.join('\n')).not.toContain('Gerassimow');
  });

  it('refuses an unknown command, an expired answer and a malformed button ephemerally', async () => {
    const unknown = await ask('nosuchcommand');
    expect(summary(unknown)).toEqual(['callback:4:64']);
    expect(last(unknown).content).toMatch(/Unknown command \/nosuchcommand/);
    expect(last(await press('more:unknownKey1:1')).content).toMatch(/answer has expired/);
    for (const id of ['more:bad key:1', 'srck:key:1', 'whatever']) {
      const r = await press(id);
      expect(summary(r)).toEqual(['callback:4:64']);
      expect(last(r).content).toMatch(/button has expired/);
    }
  });
});

describe('option types', () => {
  it('refuses an option whose value is not text (a forged or broken client) before the engine sees it', async () => {
    const before = engine.arguments.length;
    for (const value of [12345, true]) {
      const r = await ask('search', [{ name: 'query', type: 3, value }] as never);
      expect(summary(r)).toEqual(['callback:4:64']);
      expect(last(r).content).toMatch(/The option "query" must be text; nothing was looked up/);
    }
    const wrongType = await ask('search', [{ name: 'query', type: 4, value: 7 }] as never);
    expect(last(wrongType).content).toMatch(/must be text/);
    expect(engine.arguments.length).toBe(before);
    expect(logLines.some((l) => l.includes('"outcome":"invalid-option"'))).toBe(true);
  });
});

describe('autocomplete', () => {
  it('sends at most 25 choices with names cut to 100 characters and drops values Discord would refuse', async () => {
    engine.choices = [
      { name: 'v'.repeat(50), value: 'x'.repeat(101) },
      ...Array.from({ length: 40 }, (_, n) => ({ name: `${n} ${'Name '.repeat(30)}`, value: `value-${n}` })),
    ];
    const { id } = standIn.sendAutocomplete({ name: 'when', options: { event: 'v' }, focused: 'event', member: { userId: newUser() } });
    const [r] = await standIn.waitForResponse(id);
    expect(r!.status).toBeLessThan(300);
    const choices = (r!.data as any).choices as Choice[];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: `0 ${'Name '.repeat(30)}`.slice(0, 99) + '…', value: 'value-0' });
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('what users typed, shown back', () => {
  const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

  it('strips control, zero-width and bidi characters from autocomplete choices', async () => {
    engine.choices = [
      { name: 'Free words: "Kur\u202Esk\u200B\u0007"', value: 'Kur\u202Esk\u200B\u0007' },
      { name: '\u200B\u2066\u2069', value: 'invisible-only' },
      { name: 'treaty-in-force', value: 'treaty-in-force' },
    ];
    const { id } = standIn.sendAutocomplete({ name: 'when', options: { event: 'Kur\u202Esk' }, focused: 'event', member: { userId: newUser() } });
    const [r] = await standIn.waitForResponse(id);
    expect((r!.data as any).choices).toEqual([
      { name: 'Free words: "Kursk"', value: 'Kursk' },
      { name: 'treaty-in-force', value: 'treaty-in-force' },
    ]);
  });

  it('escapes markdown and drops invisible characters in the embed title', async () => {
    const r = await ask('search', { query: '**fett** _kursiv_ \u202Egnirts\u200B ~~weg~~' });
    const title: string = last(r).embeds[0].title;
    expect(title).toBe('/search \\*\\*fett\\*\\* \\_kursiv\\_ gnirts \\~\\~weg\\~\\~');
    expect(title).not.toMatch(INVISIBLE);
  });
});

describe('/reload attachments', () => {
  it('refuses a non-moderator before looking at the attachment, and checks the file before the engine sees it', async () => {
    const file = standIn.hostAttachment('notes.txt', 'Titel\n\nText.\n', 'text/plain');
    const refused = await ask('reload', { file }, { roles: [], permissions: 0n });
    expect(last(refused).content).toMatch(/for moderators/);
    const pdf = standIn.hostAttachment('notes.pdf', '%PDF', 'application/pdf');
    const rejected = await ask('reload', { file: pdf }, { roles: ['Moderator'], permissions: 0n });
    expect(summary(rejected)).toEqual(['callback:5:64', 'editOriginal:0']);
    expect(last(rejected).embeds[0].description).toMatch(/"notes\.pdf" is not a \.txt or \.md file/);
    const big = standIn.hostAttachment('big.txt', 'x'.repeat(2048), 'text/plain');
    expect(last(await ask('reload', { file: big }, { roles: ['Moderator'], permissions: 0n })).embeds[0].description).toMatch(/limit is 1 KB/);
    expect(engine.reloads).toEqual([]);
    await ask('reload', { file }, { roles: ['Moderator'], permissions: 0n });
    expect(engine.reloads).toHaveLength(1);
    expect(engine.reloads[0]!.filename).toBe('notes.txt');
    expect(new TextDecoder().decode(engine.reloads[0]!.bytes)).toBe('Titel\n\nText.\n');
  });
});
