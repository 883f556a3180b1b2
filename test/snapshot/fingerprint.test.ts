import { mkdtempSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, sourceFilesOf } from '../../src/snapshot/fingerprint.ts';
import { PROJECT_ROOT } from '../../src/system/paths.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...tsFilesUnder(full));
    else if (name.endsWith('.ts')) out.push(path.relative(PROJECT_ROOT, full));
  }
  return out;
}

describe('code fingerprints (cache keys)', () => {
  it('change when any reachable file changes, however deep, and not for unreachable files', () => {
    const dir = tree({
      'src/entry.ts': "import { a } from './answers/a.ts';\nexport const x = a;\n",
      'src/answers/a.ts': "export { b as a } from '../language/de/dates/b.ts';\n",
      'src/language/de/dates/b.ts': "import type { C } from '../c.ts';\nexport const b = 1 as unknown as C;\n",
      'src/language/de/c.ts': 'export type C = number;\n',
      'src/discord/unrelated.ts': 'export const u = 1;\n',
    });
    expect(sourceFilesOf(path.join(dir, 'src/entry.ts'), dir)).toEqual([
      'src/answers/a.ts',
      'src/entry.ts',
      'src/language/de/c.ts',
      'src/language/de/dates/b.ts',
    ]);
    const before = fingerprintOf('src/entry.ts', dir);
    writeFileSync(path.join(dir, 'src/discord/unrelated.ts'), 'export const u = 2;\n');
    expect(fingerprintOf('src/entry.ts', dir)).toBe(before);
    writeFileSync(path.join(dir, 'src/language/de/c.ts'), 'export type C = string;\n');
    expect(fingerprintOf('src/entry.ts', dir)).not.toBe(before);
  });

  it('cover every file of the German analysis for the answers cache, including nested dates, figures and claimants', () => {
    // The answers cache is keyed by the code reachable from the registry: a change in
    // src/language/de/dates/resolve.ts must invalidate cached /when answers.
    const covered = new Set(['src/answers/registry.ts', 'src/answers/catalogued.ts'].flatMap((e) => sourceFilesOf(path.join(PROJECT_ROOT, e))));
    const language = tsFilesUnder(path.join(PROJECT_ROOT, 'src/language'));
    expect(language.length).toBeGreaterThan(20);
    expect(language.filter((f) => !covered.has(f))).toEqual([]);
    // every answer file but the reload report (made by the engine, never cached)
    const answers = tsFilesUnder(path.join(PROJECT_ROOT, 'src/answers')).filter((f) => f !== 'src/answers/reload.ts');
    expect(answers.filter((f) => !covered.has(f))).toEqual([]);
    expect([...covered].some((f) => f.startsWith('src/discord/'))).toBe(false);
  });
});
