/**
 * bin/node-ts, the launcher of npm start / npm run ask: it runs a TypeScript
 * entry as this very process, by Node's own type stripping where the running
 * Node has it (22.18 and later), else through tsx's loader hooks — never a
 * tsx or shell process in between.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/system/paths.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-launcher-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bin/node-ts', () => {
  it('runs TypeScript with type stripping when Node can, else with tsx hooks, in one process', () => {
    const entry = path.join(temp, 'probe.ts');
    writeFileSync(entry, `const shape: { argv: string[] } = { argv: process.execArgv };\nconsole.log(JSON.stringify({ ...shape, pid: process.pid }));\n`);
    const run = spawnSync('sh', [path.join(PROJECT_ROOT, 'bin', 'node-ts'), entry], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { argv: string[]; pid: number };
    const strips = Boolean((process.features as { typescript?: unknown }).typescript);
    // (the main thread's young generation: see bin/node-ts)
    if (strips) expect(out.argv).toEqual(['--max-semi-space-size=32']);
    else expect(out.argv.join(' ')).toMatch(/^--max-semi-space-size=32 --import \S*tsx\S*loader\.mjs$/);
    expect(out.pid).toBe(run.pid); // exec: the launcher became node, no process in between
  });

  it('passes Node options and arguments through', () => {
    const entry = path.join(temp, 'args.ts');
    writeFileSync(entry, `console.log(JSON.stringify({ args: process.argv.slice(2), gc: typeof (globalThis as { gc?: unknown }).gc }));\n`);
    const run = spawnSync('sh', [path.join(PROJECT_ROOT, 'bin', 'node-ts'), '--expose-gc', entry, '/when', 'treaty in force'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ args: ['/when', 'treaty in force'], gc: 'function' });
  });
});
