import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../commands/index.ts';
import { COMMAND_SPECS, findSpec, isModeratorOnly, STORY_OPTION } from '../../src/answers/registry.ts';

interface OptionJson {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
}

const STRING_OPTION = 3;
const ATTACHMENT_OPTION = 11;

describe('one command registry', () => {
  it('pairs every registry entry with exactly one slash command definition of the same name', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(COMMAND_SPECS.map((c) => c.name));
    for (const c of COMMANDS) expect((c.definition.toJSON() as { name: string }).name).toBe(c.name);
  });

  it("gives each command's argument option the name the handler reads, required, autocompleted when the registry completes it", () => {
    for (const c of COMMANDS) {
      const options = ((c.definition.toJSON() as { options?: OptionJson[] }).options ?? []).filter((o) => o.type === STRING_OPTION && o.name !== STORY_OPTION);
      if (c.option === null) {
        expect(options).toEqual([]);
        continue;
      }
      expect(options.map((o) => o.name)).toEqual([c.option]);
      expect(options[0]!.required).toBe(true);
      expect(Boolean(options[0]!.autocomplete)).toBe(c.kind === 'answer' && c.autocomplete !== undefined);
    }
  });

  it('gives exactly the commands that take a story an optional, autocompleted story option', () => {
    for (const c of COMMANDS) {
      const story = ((c.definition.toJSON() as { options?: OptionJson[] }).options ?? []).filter((o) => o.name === STORY_OPTION);
      expect(story.length, c.name).toBe(c.storyOption ? 1 : 0);
      if (c.storyOption) expect(story[0]).toMatchObject({ type: STRING_OPTION, required: false, autocomplete: true });
    }
  });

  it('marks /reload as moderator-only, registered with Manage Server, with an optional attachment and an optional replace flag', () => {
    const reload = findCommand('reload')!;
    expect(isModeratorOnly(reload)).toBe(true);
    const json = reload.definition.toJSON() as { default_member_permissions?: string; options?: OptionJson[] };
    expect(json.default_member_permissions).toBe(String(1n << 5n));
    expect(json.options?.map((o) => [o.name, o.type, Boolean(o.required)])).toEqual([
      ['file', ATTACHMENT_OPTION, false],
      ['replace', 5, false],
      ['story', STRING_OPTION, false],
    ]);
    for (const c of COMMANDS) if (c.name !== 'reload') expect(isModeratorOnly(c)).toBe(false);
  });

  it('finds commands case-insensitively and nothing else', () => {
    expect(findSpec('WHEN')?.name).toBe('when');
    expect(findSpec('wen')).toBeUndefined();
    expect(findCommand('Estimate')?.name).toBe('estimate');
  });
});
