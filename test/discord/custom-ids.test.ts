import { describe, expect, it } from 'vitest';
import { pageButtonId, parseButtonId, sourceButtonId } from '../../src/discord/custom-ids.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { paginate } from '../../src/discord/pages.ts';
import { pageMessage } from '../../src/discord/render.ts';
import type { Answer, Reply } from '../../src/reply/model.ts';

describe('button custom ids', () => {
  it('round-trips paging, paragraph and stored-paragraph ids', () => {
    expect(parseButtonId(pageButtonId('Ab_-9xYz01', 3))).toEqual({ kind: 'page', key: 'Ab_-9xYz01', page: 3 });
    expect(parseButtonId(pageButtonId('k', 0))).toEqual({ kind: 'page', key: 'k', page: 0 });
    const direct = sourceButtonId('key', 0, 1, 'kursk-russland:teil-2#p12');
    expect(direct).toBe('src:kursk-russland:teil-2#p12');
    expect(parseButtonId(direct)).toEqual({ kind: 'source', paragraphId: 'kursk-russland:teil-2#p12' });
  });

  it('falls back to the stored reply when "src:" plus the paragraph id would pass 100 characters', () => {
    const fits = 'a'.repeat(LIMITS.customId - 'src:'.length);
    expect(sourceButtonId('key', 2, 4, fits)).toBe(`src:${fits}`);
    const long = `${fits}b`;
    const id = sourceButtonId('key', 2, 4, long);
    expect(id).toBe('srck:key:2:4');
    expect(parseButtonId(id)).toEqual({ kind: 'source-by-key', key: 'key', page: 2, n: 4 });
  });

  it('rejects malformed ids', () => {
    for (const bad of [
      '',
      'more',
      'more:',
      'more:key',
      'more:key:',
      'more:key:x',
      'more:key:-1',
      'more:key:01',
      'more:key:1.5',
      'more:key:1000',
      'more:key:1:2',
      'more:ke y:1',
      'more::1',
      'src:',
      'src:line\nbreak',
      'srck:key:1',
      'srck:key:1:x',
      'srck:key:1:2:3',
      'other:key:1',
      'MORE:key:1',
    ]) {
      expect(parseButtonId(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('rejects ids over Discord\'s 100 characters, even well-formed ones', () => {
    const at = `src:${'p'.repeat(LIMITS.customId - 4)}`;
    expect(parseButtonId(at)).not.toBeNull();
    expect(parseButtonId(`${at}x`)).toBeNull();
  });

  it('refuses to build ids that would not parse', () => {
    expect(() => pageButtonId('bad key', 1)).toThrow(RangeError);
    expect(() => pageButtonId('key', -1)).toThrow(RangeError);
    expect(() => pageButtonId('key', 1.5)).toThrow(RangeError);
    expect(() => sourceButtonId('key', 0, 0, '')).not.toThrow();
    expect(parseButtonId(sourceButtonId('key', 0, 0, ''))).toEqual({ kind: 'source-by-key', key: 'key', page: 0, n: 0 });
  });

  it('every button the renderer puts on a page parses back to that page or paragraph', () => {
    const answers: Answer[] = Array.from({ length: 9 }, (_, n) => ({
      quote: `Satz ${n}.`,
      articleId: `a${n}`,
      paragraphId: n === 4 ? `${'x'.repeat(120)}#p4` : `a${n}#p${n}`,
      title: null,
      outlet: null,
      agency: null,
      published: null,
      claimant: null,
      date: null,
      figure: null,
    }));
    const reply: Reply = { command: 'search', argument: 'x', status: 'ok', summary: 'S', answers };
    const pages = paginate(reply);
    expect(pages.length).toBeGreaterThan(1);
    const msg = pageMessage(reply, pages, 1, 'Key123');
    const ids = msg.components.flatMap((row) => row.components.map((b) => (b as { custom_id: string }).custom_id));
    const parsed = ids.map(parseButtonId);
    expect(parsed).not.toContain(null);
    expect(parsed).toEqual(
      expect.arrayContaining([
        { kind: 'page', key: 'Key123', page: 0 },
        { kind: 'source', paragraphId: pages[1]!.paragraphIds[1] },
        { kind: 'source-by-key', key: 'Key123', page: 1, n: 0 },
      ]),
    );
  });
});
