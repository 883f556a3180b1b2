import { describe, expect, it } from 'vitest';
import type { Answer, Reply } from '../../src/reply/model.ts';
import { ConfigError, readConfig } from '../../src/discord/config.ts';
import { cutText, escapeMarkdown, LIMITS } from '../../src/discord/limits.ts';
import { paginate } from '../../src/discord/pages.ts';
import { pageMessage } from '../../src/discord/render.ts';
import { isModerator } from '../../src/discord/permissions.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';

function answer(quote: string, n: number): Answer {
  return {
    quote,
    articleId: `article-${n}`,
    paragraphId: `article-${n}#p${n}`,
    title: `Titel ${n} `.repeat(40),
    outlet: 'ntv.de',
    agency: 'AFP',
    published: '2024-12-05T11:58',
    claimant: 'Selenskyj (Ukraine\'s president)',
    date: null,
    figure: null,
  };
}

const sentence = 'Nordkoreanische Soldaten werden im Gebiet Kursk stationiert, berichtet das Zentrum. ';

function sizeOf(embed: any): number {
  return (
    (embed.title ?? '').length +
    (embed.description ?? '').length +
    (embed.footer?.text ?? '').length +
    (embed.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0)
  );
}

describe('Discord rendering within limits', () => {
  it('splits an oversized reply into pages that each respect every limit, cutting at sentence ends', () => {
    const reply: Reply = {
      command: 'search',
      argument: 'x'.repeat(300),
      status: 'ok',
      summary: sentence.repeat(120),
      answers: Array.from({ length: 40 }, (_, i) => answer(sentence.repeat(30), i)),
      corpusVersion: 'abc123',
    };
    const pages = paginate(reply);
    expect(pages.length).toBeGreaterThan(5);
    const shown = new Set<string>();
    pages.forEach((_, i) => {
      const msg = pageMessage(reply, pages, i, 'key123');
      const embed = msg.embeds[0]!;
      expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of embed.fields ?? []) {
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      }
      expect(sizeOf(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(msg.allowed_mentions).toEqual({ parse: [] });
      for (const row of msg.components) {
        expect(row.components.length).toBeLessThanOrEqual(5);
        for (const b of row.components) expect((b as any).custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      }
      for (const pid of pages[i]!.paragraphIds) shown.add(pid);
    });
    // Every answer is on some page ("offer the rest", never drop).
    expect(shown.size).toBe(40);
    // Long text is cut at a sentence end and marked.
    expect(pages[0]!.embed.description!.endsWith('stationiert, berichtet das Zentrum.…')).toBe(true);
  });

  it('cuts at a sentence boundary with "…" and returns the rest', () => {
    const [head, rest] = cutText('Erster Satz. Zweiter Satz ist länger. Dritter.', 30);
    expect(head).toBe('Erster Satz.…');
    expect(rest).toBe('Zweiter Satz ist länger. Dritter.');
  });

  it('escapes markdown so article text formats nothing', () => {
    expect(escapeMarkdown('**fett** _kursiv_ `code` ~~weg~~ ||spoiler|| <@123>')).toBe(
      '\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` \\~\\~weg\\~\\~ \\|\\|spoiler\\|\\| \\<@123>',
    );
    expect(escapeMarkdown('# Titel\n- Punkt\n1. Eins')).toBe('\\# Titel\n\\- Punkt\n1\\. Eins');
  });
});

describe('configuration', () => {
  it('accepts an empty environment (console mode) with defaults', () => {
    expect(readConfig({})).toMatchObject({ COOLDOWN_SECONDS: 3, MODERATOR_ROLE_IDS: [], MAX_UPLOAD_KB: 512 });
  });

  it('names the bad variable in one line without printing its value', () => {
    const secret = 'not a token but secret-ish value';
    try {
      readConfig({ DISCORD_TOKEN: secret });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/^config: DISCORD_TOKEN /);
      expect((err as Error).message).not.toContain(secret);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(() => readConfig({ MODERATOR_ROLE_IDS: '123,abc' })).toThrow(/^config: MODERATOR_ROLE_IDS/);
    expect(() => readConfig({ COOLDOWN_SECONDS: 'soon' })).toThrow(/^config: COOLDOWN_SECONDS/);
    expect(() => readConfig({ DISCORD_API_BASE: 'ftp://x' })).toThrow(/^config: DISCORD_API_BASE/);
  });
});

describe('moderators and cooldown', () => {
  it('counts Manage Server, Administrator or a listed role as moderator, nothing else', () => {
    expect(isModerator({ permissions: 1n << 5n, roleIds: [] }, [])).toBe(true);
    expect(isModerator({ permissions: 1n << 3n, roleIds: [] }, [])).toBe(true);
    expect(isModerator({ permissions: 0n, roleIds: ['111111111111111111'] }, ['111111111111111111'])).toBe(true);
    expect(isModerator({ permissions: 1n << 11n, roleIds: ['2'] }, ['111111111111111111'])).toBe(false);
    expect(isModerator({ permissions: null, roleIds: [] }, [])).toBe(false);
  });

  it('lets a user ask again only after the cooldown, per user', () => {
    const c = new Cooldown(3);
    expect(c.take('a', 1000)).toBe(0);
    expect(c.take('a', 2000)).toBe(2000);
    expect(c.take('b', 2000)).toBe(0);
    expect(c.take('a', 4001)).toBe(0);
    expect(new Cooldown(0).take('a', 1)).toBe(0);
  });
});
