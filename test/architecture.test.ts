/**
 * The layering of DESIGN.md, checked on every import of every source file:
 * imports point down only, the engine worker never loads Discord code, and no
 * news story is named in the code (stories are data in corpus/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFilesOf } from '../src/snapshot/fingerprint.ts';
import { PROJECT_ROOT } from '../src/system/paths.ts';

/** Each layer of src/ and the layers it may import (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  system: [],
  language: ['system'],
  corpus: ['language', 'system'],
  search: ['corpus', 'language', 'system'],
  snapshot: ['search', 'corpus', 'language', 'system'],
  reply: ['language', 'system'],
  answers: ['snapshot', 'search', 'corpus', 'language', 'reply', 'system'],
  render: ['reply', 'language', 'system'],
  engine: ['answers', 'snapshot', 'search', 'corpus', 'language', 'reply', 'system'],
  discord: ['commands', 'engine', 'answers', 'reply', 'render', 'system'],
  cli: ['discord', 'engine', 'answers', 'snapshot', 'corpus', 'reply', 'render', 'system'],
  commands: ['answers/registry.ts'],
};

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (/\.(ts|mjs)$/.test(name)) out.push(full);
  }
  return out;
}

/** The layer of a project file: `src/<layer>/...` or `commands`. */
function layerOf(file: string): string | null {
  const rel = path.relative(PROJECT_ROOT, file).split(path.sep);
  if (rel[0] === 'commands') return 'commands';
  return rel[0] === 'src' && rel.length > 2 ? rel[1]! : null;
}

function allowed(from: string, target: string): boolean {
  const to = layerOf(target);
  if (to === null) return false;
  if (to === from) return true;
  const rel = path.relative(path.join(PROJECT_ROOT, 'src'), target).split(path.sep).join('/');
  return (MAY_IMPORT[from] ?? []).some((a) => a === to || a === rel);
}

const SOURCES = [...filesUnder(path.join(PROJECT_ROOT, 'src')), ...filesUnder(path.join(PROJECT_ROOT, 'commands'))];

describe('architecture', () => {
  it('has every source file in a known layer', () => {
    const unknown = SOURCES.filter((f) => !(layerOf(f)! in MAY_IMPORT)).map((f) => path.relative(PROJECT_ROOT, f));
    expect(unknown).toEqual([]);
  });

  it('imports point down only (DESIGN.md, Layers)', () => {
    const violations: string[] = [];
    for (const file of SOURCES) {
      const from = layerOf(file)!;
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
        const spec = m[2]!;
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (!allowed(from, target)) violations.push(`${path.relative(PROJECT_ROOT, file)} -> ${path.relative(PROJECT_ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('loads date-fns only through src/system/date-fns.ts (its CommonJS files: its ES modules cost Node 24 about 300 ms a process)', () => {
    const direct = SOURCES.filter((f) => !f.endsWith(path.join('system', 'date-fns.ts')))
      .filter((f) => [...readFileSync(f, 'utf8').matchAll(IMPORT_RE)].some((m) => /^(?:date-fns|@date-fns\/)/.test(m[2]!)))
      .map((f) => path.relative(PROJECT_ROOT, f));
    expect(direct).toEqual([]);
  });

  it('keeps Discord out of the engine worker', () => {
    const files = sourceFilesOf(path.join(PROJECT_ROOT, 'src/engine/worker/main.ts'));
    expect(files.filter((f) => f.startsWith('src/discord/') || f.startsWith('commands/'))).toEqual([]);
    for (const f of files) {
      const text = readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
      expect(text, f).not.toMatch(/from\s+['"](?:discord\.js|@discordjs\/[^'"]+)['"]/);
    }
  });

  it('names no news story in the code: stories are data in corpus/', () => {
    const story = /nordkorea|north.?korea|kursk|kiew|kyiv|selenskyj|pjöngjang|pyongyang/i;
    const hits = filesUnder(path.join(PROJECT_ROOT, 'src')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (story.test(line) ? [`${path.relative(PROJECT_ROOT, f)}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
