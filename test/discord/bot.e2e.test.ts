/**
 * End-to-end: the real discord.js client of the bot against the local Discord
 * API stand-in (test/standin). Everything the bot sends is recorded by the
 * stand-in and asserted here.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerEngine } from '../../src/engine/worker/host.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { createBot, type Bot } from '../../src/discord/lifecycle.ts';
import { readConfig } from '../../src/discord/config.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { Logger } from '../../src/system/log.ts';
import { deployCommands } from '../../scripts/deploy-commands.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../standin/discord-standin.ts';
import type { RecordedResponse } from '../standin/types.ts';

const MANAGE_GUILD = 1n << 5n;
let standIn: DiscordStandIn;
let bot: Bot;
let engine: WorkerEngine;
let corpusDir: string;
const logLines: string[] = [];
let userCounter = 0;

/** A fresh user per question, so the cooldown does not interfere (it has its own test). */
function newUser(): string {
  userCounter += 1;
  return `4${String(100000000000000000n + BigInt(userCounter)).slice(1)}`;
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: standIn.token,
    DISCORD_API_BASE: standIn.apiBase,
    MODERATOR_ROLE_IDS: standIn.ids.roles.Moderator!,
    COOLDOWN_SECONDS: '5',
    ...extra,
  };
}

async function ask(name: string, options: Record<string, string> = {}, member: Record<string, unknown> = {}, locale?: string): Promise<RecordedResponse[]> {
  const { id } = standIn.sendChatCommand({ name, options, member: { userId: newUser(), ...member }, ...(locale ? { locale } : {}) });
  return standIn.waitForResponse(id, { timeoutMs: 5000 });
}

/** The message data the bot finally sent (the reply, or the edit of a deferred reply). */
function finalData(responses: RecordedResponse[]): Record<string, any> {
  const answered = responses.filter((r) => !(r.kind === 'callback' && r.callbackType === 5));
  return answered[answered.length - 1]!.data as Record<string, any>;
}

/** Ephemeral: the first callback (reply or deferral) carries the ephemeral flag. */
function isEphemeral(responses: RecordedResponse[]): boolean {
  const callback = responses.find((r) => r.kind === 'callback');
  return ((callback?.data as Record<string, any> | undefined)?.flags ?? 0) === 64;
}

function expectWithinLimits(data: Record<string, any>): void {
  expect(data.allowed_mentions).toEqual({ parse: [] });
  if (data.content) expect(data.content.length).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const e of data.embeds ?? []) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      total += f.name.length + f.value.length;
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
}

function embedText(data: Record<string, any>): string {
  return (data.embeds ?? [])
    .map((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text].join('\n'))
    .join('\n');
}

beforeAll(async () => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-'));
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(corpusDir, 'stories'), { recursive: true });
  standIn = await startDiscordStandIn();
  const config = readConfig(env());
  // The engine npm start uses with a token: corpus versions in worker threads.
  engine = await WorkerEngine.open(corpusDir, { maxUploadBytes: config.MAX_UPLOAD_KB * 1024, cacheDir: path.join(corpusDir, '.cache') });
  bot = createBot({ config, engine, logger: new Logger((line) => logLines.push(line)) });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
  rmSync(corpusDir, { recursive: true, force: true });
});

describe('deploy-commands', () => {
  it('registers the six commands with their option names, to a guild when DISCORD_GUILD_ID is set', async () => {
    const n = await deployCommands(env({ DISCORD_GUILD_ID: standIn.ids.guildId }));
    expect(n).toBe(6);
    const registered = standIn.registeredCommands(standIn.ids.guildId) as Array<Record<string, any>>;
    const options = Object.fromEntries(registered.map((c) => [c.name, (c.options ?? []).map((o: any) => o.name)]));
    expect(options).toMatchObject({
      when: ['event', 'story'],
      estimate: ['measure', 'story'],
      search: ['query', 'story'],
      source: ['id'],
      corpus: [],
      reload: ['file', 'replace', 'story'],
    });
    const reload = registered.find((c) => c.name === 'reload')!;
    expect(String(reload.default_member_permissions)).toBe(String(MANAGE_GUILD));
    expect(registered.find((c) => c.name === 'when')!.description_localizations).toHaveProperty('de');
    await deployCommands(env());
    expect((standIn.registeredCommands('global') as unknown[]).length).toBe(6);
  });
});

describe('commands through the real client', () => {
  it('/when answers with the date up front, the quotes as block quotes and their attribution', async () => {
    const data = finalData(await ask('when', { event: 'treaty-in-force' }));
    expectWithinLimits(data);
    const embed = data.embeds[0];
    expect(embed.description).toMatch(/4 December 2024/);
    expect(embed.fields[0].value).toMatch(/^> /);
    expect(embed.fields[0].value).toMatch(/ntv\.de \/ AFP/);
    expect(embed.footer.text).toMatch(new RegExp(`corpus ${engine.version}`));
    expect(data.flags ?? 0).toBe(0);
  });

  it('/estimate shows every source side by side with claimants', async () => {
    const data = finalData(await ask('estimate', { measure: 'casualties' }));
    expectWithinLimits(data);
    const text = embedText(data);
    expect(text).toMatch(/NIS \(South Korean intelligence\)/);
    expect(text).toMatch(/Selenskyj/);
    expect(text).toMatch(/mindestens 100/);
  });

  it('/estimate troops comes with its chart attached: a PNG within the attachment limit, with alt text, kept while paging', async () => {
    const responses = await ask('estimate', { measure: 'troops' });
    const answered = responses.filter((r) => !(r.kind === 'callback' && r.callbackType === 5));
    const final = answered[answered.length - 1]!;
    expectWithinLimits(final.data as Record<string, any>);
    expect(final.files).toHaveLength(1);
    const [file] = final.files;
    expect(file!.filename).toBe('estimate-kursk.png');
    expect(file!.content.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(file!.size).toBeLessThan(10 * 1024 * 1024);
    const attachment = (final.data as any).attachments[0];
    expect(attachment.description).toMatch(/^Chart: North Korean troops/);
    expect(attachment.description.length).toBeLessThanOrEqual(1024);
    // "More sources" edits the embed; the chart stays on the message
    const messageId = final.messageId;
    expect(messageId).toBeTruthy();
    const message = standIn.message(messageId!)!;
    expect((message['attachments'] as unknown[]).length).toBe(1);
    const more = (final.data as any).components.flatMap((row: any) => row.components).find((b: any) => b.label === 'More sources');
    const page = standIn.sendButton({ customId: more.custom_id, messageId: messageId!, member: { userId: newUser() } });
    const [update] = await standIn.waitForResponse(page.id);
    expect(update!.callbackType).toBe(7);
    expect(update!.files).toHaveLength(0);
    expect((standIn.message(messageId!)!['attachments'] as unknown[]).length).toBe(1);
    // a reply without figures at two dates has none
    const when = await ask('when', { event: 'treaty-in-force' });
    expect(when.flatMap((r) => r.files)).toEqual([]);
  });

  it('/search, /source and /corpus answer within every Discord limit', async () => {
    const search = finalData(await ask('search', { query: 'Luftlandebrigade' }));
    expectWithinLimits(search);
    expect(embedText(search)).toMatch(/11\\?\. Luftlandebrigade/);
    const source = finalData(await ask('source', { id: 'kursk-russland-setzt-nordkoreaner-ein#p2' }));
    expectWithinLimits(source);
    expect(embedText(source)).toMatch(/12'000/);
    const corpus = finalData(await ask('corpus'));
    expectWithinLimits(corpus);
    expect(corpus.embeds[0].description).toMatch(/5 articles/);
  });

  it('refuses bad input with a short ephemeral message and keeps serving', async () => {
    const empty = finalData(await ask('search', { query: '   ' }));
    expect(empty.flags).toBe(64);
    const unknown = finalData(await ask('source', { id: 'nope#p1' }));
    expect(unknown.flags).toBe(64);
    const ok = finalData(await ask('search', { query: 'Kursk' }));
    expect(ok.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('autocomplete offers catalogue entries (at most 25, names at most 100 characters)', async () => {
    const { id } = standIn.sendAutocomplete({ name: 'when', options: { event: 'treaty' }, focused: 'event', member: { userId: newUser() } });
    const [r] = await standIn.waitForResponse(id);
    expect(r!.callbackType).toBe(8);
    const choices = (r!.data as any).choices as Array<{ name: string; value: string }>;
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['treaty-in-force', 'treaty-signed', 'treaty-ratified']));
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    const { id: id2 } = standIn.sendAutocomplete({ name: 'estimate', options: { measure: 'Verl' }, focused: 'measure', member: { userId: newUser() } });
    const [r2] = await standIn.waitForResponse(id2);
    expect(((r2!.data as any).choices as Array<{ value: string }>).map((c) => c.value)).toContain('casualties');
  });

  it('"More sources" pages through further answers and "Show paragraph" opens the source, ephemeral', async () => {
    const { id } = standIn.sendChatCommand({ name: 'search', options: { query: 'Soldaten' }, member: { userId: newUser() } });
    const [first] = await standIn.waitForResponse(id);
    const data = first!.data as any;
    const buttons = data.components.flatMap((row: any) => row.components);
    const more = buttons.find((b: any) => b.label === 'More sources');
    expect(more).toBeDefined();
    const messageId = standIn.interaction(id)!.originalMessageId!;
    const page = standIn.sendButton({ customId: more.custom_id, messageId, member: { userId: newUser() } });
    const [update] = await standIn.waitForResponse(page.id);
    expect(update!.callbackType).toBe(7);
    expect((update!.data as any).embeds[0].footer.text).toMatch(/page 2\//);
    expectWithinLimits(update!.data as any);
    const show = buttons.find((b: any) => b.label.startsWith('Show paragraph'));
    const src = standIn.sendButton({ customId: show.custom_id, messageId, member: { userId: newUser() } });
    const [shown] = await standIn.waitForResponse(src.id);
    expect((shown!.data as any).flags).toBe(64);
    expect((shown!.data as any).embeds[0].description).toMatch(/This paragraph/);
  });

  it('asks a user who is too quick to wait, ephemerally', async () => {
    const user = newUser();
    finalData(await ask('search', { query: 'Kursk' }, { userId: user }));
    const second = finalData(await ask('search', { query: 'Kursk' }, { userId: user }));
    expect(second.flags).toBe(64);
    expect(second.content).toMatch(/please wait/);
  });
});

describe('a German Discord client (interaction locale "de")', () => {
  const askDe = (name: string, options: Record<string, string> = {}, member: Record<string, unknown> = {}) => ask(name, options, member, 'de');

  it('gets German labels, dates and numbers around the verbatim quotes, within every limit', async () => {
    const when = finalData(await askDe('when', { event: 'treaty-in-force' }));
    expectWithinLimits(when);
    expect(embedText(when)).toMatch(/Mittwoch, 4\. Dezember 2024/);
    expect(when.embeds[0].description).toMatch(/^Vertrag tritt in Kraft: Mittwoch, 4\. Dezember 2024 \(\d+ von \d+ datierten Zitaten stimmen überein\)/);
    expect(embedText(when)).not.toMatch(/\b(?:quotes|agree|published|claim:)\b/);
    expect(when.embeds[0].footer.text).toMatch(new RegExp(`Korpus ${engine.version}`));
    const estimate = finalData(await askDe('estimate', { measure: 'troops' }));
    expectWithinLimits(estimate);
    expect(embedText(estimate)).toMatch(/12\.000/);
    expect(estimate.embeds[0].description).toMatch(/^Nordkoreanische Truppen .*: \d+ Zahlen aus \d+ Artikeln, neueste zuerst/);
    expect(embedText(estimate)).toMatch(/NIS \(südkoreanischer Geheimdienst\)/);
    expect(embedText(estimate)).not.toMatch(/\b(?:figures|articles|latest|undated|troops sent)\b/);
    const search = finalData(await askDe('search', { query: 'Soldaten' }));
    expectWithinLimits(search);
    const labels = search.components.flatMap((row: any) => row.components).map((b: any) => b.label);
    expect(labels).toContain('Weitere Quellen');
    expect(labels.some((l: string) => l.startsWith('Absatz '))).toBe(true);
    const corpus = finalData(await askDe('corpus'));
    expectWithinLimits(corpus);
    expect(corpus.embeds[0].description).toMatch(/5 Artikel/);
  });

  it('gets refusals and errors in German, and English again from an English client', async () => {
    const empty = finalData(await askDe('search', { query: '   ' }));
    expect(empty.flags).toBe(64);
    expect(empty.content ?? embedText(empty)).toMatch(/Bitte .* eingeben/);
    const reload = finalData(await askDe('reload', {}, { roles: [], permissions: 0n }));
    expect(reload.flags).toBe(64);
    expect(reload.content).toMatch(/Moderatoren vorbehalten/);
    const english = finalData(await ask('search', { query: '   ' }));
    expect(english.content ?? embedText(english)).not.toMatch(/Bitte/);
  });
});

describe('/reload', () => {
  it('refuses a member without Manage Server or a moderator role and changes nothing', async () => {
    const before = engine.version;
    const data = finalData(await ask('reload', {}, { roles: [], permissions: 0n }));
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/moderators/);
    expect(engine.version).toBe(before);
  });

  it('lets a moderator role reload and reports what changed, ephemerally', async () => {
    writeFileSync(
      path.join(corpusDir, 'stories', 'kursk', 'articles', 'zz-test-neu.txt'),
      'Neue Meldung zu Kursk\n\nNach Angaben des NIS sind weitere 2000 nordkoreanische Soldaten eingetroffen. @everyone **fett** soll nichts auslösen.\n',
    );
    const responses = await ask('reload', {}, { roles: ['Moderator'], permissions: 0n });
    expect(isEphemeral(responses)).toBe(true);
    const data = finalData(responses);
    expect(data.embeds[0].description).toMatch(/1 added/);
    expect((await engine.run('source', 'zz-test-neu#p1')).status).toBe('ok');
  });

  it('never pings or formats from article text: "@everyone" and "**" arrive escaped with allowed_mentions.parse = []', async () => {
    const data = finalData(await ask('search', { query: 'fett auslösen' }));
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const text = embedText(data);
    expect(text).toContain('@everyone');
    expect(text).toContain('\\*\\*fett\\*\\*');
  });

  it('saves an attached .txt article atomically (Manage Server), and rejects a binary one without touching disk', async () => {
    const good = standIn.hostAttachment('Neuer Artikel.txt', 'Titel der Meldung\n\nRussland hat am Montag weitere Truppen an die Grenze verlegt, sagte ein Sprecher.\n', 'text/plain; charset=utf-8');
    const data = finalData(await ask('reload', { file: good as unknown as string }, { permissions: MANAGE_GUILD }));
    expect(data.embeds[0].description).toMatch(/Saved stories\/kursk\/articles\/neuer-artikel\.txt/);
    expect(existsSync(path.join(corpusDir, 'stories', 'kursk', 'articles', 'neuer-artikel.txt'))).toBe(true);
    const files = readdirSync(path.join(corpusDir, 'stories', 'kursk', 'articles')).sort();
    const bad = standIn.hostAttachment('kaputt.txt', Buffer.from([0, 159, 146, 150, 0, 0, 1, 2]), 'text/plain');
    const rejected = finalData(await ask('reload', { file: bad as unknown as string }, { permissions: MANAGE_GUILD }));
    expect(rejected.embeds[0].description ?? rejected.content).toMatch(/rejected|not text|binary/);
    expect(readdirSync(path.join(corpusDir, 'stories', 'kursk', 'articles')).sort()).toEqual(files);
  });

  it('refuses an upload whose article exists (any case, .md or .txt) in one line; replace:true keeps the old text in .trash/ and /corpus lists it', async () => {
    const target = path.join(corpusDir, 'stories', 'kursk', 'articles', 'neuer-artikel.txt');
    const before = readFileSync(target, 'utf8');
    const files = readdirSync(path.join(corpusDir, 'stories', 'kursk', 'articles')).sort();
    const text = 'Titel der Meldung, korrigiert\n\nRussland hat am Dienstag weitere Truppen an die Grenze verlegt, sagte ein Sprecher.\n';
    for (const name of ['NEUER ARTIKEL.txt', 'Neuer Artikel.md']) {
      const data = finalData(await ask('reload', { file: standIn.hostAttachment(name, text, 'text/plain') as unknown as string }, { permissions: MANAGE_GUILD }));
      const description: string = data.embeds[0].description;
      expect(description).toMatch(/an article "neuer-artikel" already exists \(articles\/neuer-artikel\.txt\); nothing was replaced/);
      expect(description.split('\n')).toHaveLength(1);
    }
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(readdirSync(path.join(corpusDir, 'stories', 'kursk', 'articles')).sort()).toEqual(files);
    const file = standIn.hostAttachment('Neuer Artikel.txt', text, 'text/plain');
    const replaced = finalData(await ask('reload', { file: file as unknown as string, replace: true as unknown as string }, { permissions: MANAGE_GUILD }));
    expect(replaced.embeds[0].description).toMatch(/Replaced stories\/kursk\/articles\/neuer-artikel\.txt; the old text is kept as stories\/kursk\/\.trash\/[0-9T:.\-]+Z--neuer-artikel\.txt/);
    expect(readFileSync(target, 'utf8')).toBe(text);
    const trash = readdirSync(path.join(corpusDir, 'stories', 'kursk', '.trash'));
    expect(trash).toHaveLength(1);
    expect(readFileSync(path.join(corpusDir, 'stories', 'kursk', '.trash', trash[0]!), 'utf8')).toBe(before);
    expect(embedText(finalData(await ask('corpus')))).toMatch(/Replaced articles \(old texts kept\)[\s\S]*neuer-artikel\.txt — replaced/);
  });
});

describe('connection and load', () => {
  it('reconnects after the gateway drops and answers the next interaction', async () => {
    const resumes = standIn.stats.resumeCount;
    const identifies = standIn.stats.identifyCount;
    await standIn.dropConnection(4000);
    const data = finalData(await ask('search', { query: 'Gerassimow' }));
    expect(embedText(data)).toMatch(/Gerassimow/);
    expect(standIn.stats.resumeCount + standIn.stats.identifyCount).toBeGreaterThan(resumes + identifies);
  });

  it('answers a burst of 200 interactions in one second completely', async () => {
    const queries = ['Kursk', 'Verluste', 'Vertrag', 'Selenskyj', 'Munition'];
    const handles = [];
    for (let i = 0; i < 200; i++) {
      const name = i % 3 === 0 ? 'when' : i % 3 === 1 ? 'estimate' : 'search';
      const options: Record<string, string> =
        name === 'when' ? { event: 'treaty-in-force' } : name === 'estimate' ? { measure: 'troops' } : { query: queries[i % queries.length]! };
      handles.push(standIn.sendChatCommand({ name, options, member: { userId: newUser() } }));
    }
    const all = await Promise.all(handles.map((h) => standIn.waitForResponse(h.id, { timeoutMs: 10_000 })));
    expect(all.every((r) => r.some((x) => x.status === 204 || x.status === 200))).toBe(true);
    expect(all).toHaveLength(200);
    expect(standIn.errors).toEqual([]);
  });

  it('logs one structured line per interaction without message content or the token', () => {
    const interactions = logLines.map((l) => JSON.parse(l)).filter((l) => l.event === 'interaction');
    expect(interactions.length).toBeGreaterThan(200);
    for (const l of interactions) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['command', 'argLength', 'latencyMs', 'outcome']));
    }
    const all = logLines.join('\n');
    expect(all).not.toContain(standIn.token);
    expect(all).not.toContain('Gerassimow');
  });
});
