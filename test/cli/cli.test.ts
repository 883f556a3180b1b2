import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
/** The launcher of `npm start` and `npm run ask` (type stripping, or tsx's hooks on Node 20). */
const launcher = path.join(root, 'bin/node-ts');

function run(script: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('sh', [launcher, path.join(root, script), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ask = (...args: string[]) => run('src/cli/ask.ts', args);

const temp = mkdtempSync(path.join(tmpdir(), 'newsroom-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run ask (one-shot CLI)', () => {
  it('prints exactly one JSON object with the contract fields for /search --json', () => {
    const r = ask('--json', '/search Luftlandebrigade');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(json).toMatchObject({ command: 'search', argument: 'Luftlandebrigade' });
    expect(json.answers.length).toBeGreaterThan(0);
    expect(Object.keys(json.answers[0])).toEqual([
      'quote', 'articleId', 'paragraphId', 'title', 'outlet', 'agency', 'published', 'claimant', 'date', 'figure', 'story', 'claimantDe',
    ]);
    expect(json.answers[0].story).toBe('kursk');
    expect(json.stories).toEqual([{ id: 'kursk', title: { de: expect.any(String), en: expect.any(String) } }]);
    expect(json.answers[0]).toMatchObject({
      outlet: 'ntv.de',
      agency: 'AFP',
      published: '2024-12-05T11:58',
      date: null,
      figure: null,
    });
    expect(json.answers[0].quote).toContain('11. Luftlandebrigade');
  });

  it('fills date, figure and claimant for /when and /estimate, best answer first', () => {
    const when = JSON.parse(ask('--json', '/when treaty-in-force').stdout);
    expect(when.answers[0].date).toMatchObject({ iso: '2024-12-04' });
    const est = JSON.parse(ask('--json', '/estimate casualties').stdout);
    const nis = est.answers.find((a: { figure: { text: string } }) => a.figure.text.includes('mindestens 100'));
    expect(nis.claimant).toMatch(/NIS/);
    expect(nis.figure).toMatchObject({ min: 100, kind: 'killed' });
  });

  it('gives notice and suggestions, with answers empty, when nothing answers', () => {
    const json = JSON.parse(ask('--json', '/when Marsmission').stdout);
    expect(json.answers).toEqual([]);
    expect(typeof json.notice).toBe('string');
    expect(Array.isArray(json.suggestions)).toBe(true);
  });

  it('reads another corpus folder (laid out the older way, articles/ at the top) with --corpus and CORPUS_DIR, skipping a broken file with one line', () => {
    const dir = path.join(temp, 'other');
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    cpSync(path.join(root, 'corpus/stories/kursk/articles/kursk-russland-setzt-nordkoreaner-ein.txt'), path.join(dir, 'articles/kursk.txt'));
    writeFileSync(path.join(dir, 'articles/broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
    writeFileSync(path.join(dir, 'articles/empty.txt'), '   \n');
    const r = ask('--json', '--corpus', dir, '/corpus');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatch(/^1 articles?/);
    expect(r.stderr).toMatch(/broken\.txt: binary/);
    expect(r.stderr).toMatch(/empty\.txt/);
    const viaEnv = run('src/cli/ask.ts', ['--json', '/corpus'], undefined, { CORPUS_DIR: dir });
    expect(JSON.parse(viaEnv.stdout).summary).toMatch(/^1 articles?/);
  });

  it('answers bad arguments with a clear one-line message and exit code 2, never a crash', () => {
    for (const arg of ['/search', '/search    ', `/search ${'a'.repeat(5000)}`, '/search \u0001\u0002\u0007\u200b\ufffd', '/source nope#p99', '/frobnicate x']) {
      const r = ask('--json', arg);
      expect(r.code).toBe(2);
      const json = JSON.parse(r.stdout);
      expect(json.answers).toEqual([]);
      expect(json.notice).toBeTruthy();
      expect(json.notice).not.toContain('\n');
      expect(json.notice.length).toBeLessThan(200);
    }
  });

  it('writes the chart of /estimate troops with --chart FILE and says where; JSON stays one object', () => {
    const file = path.join(temp, 'charts', 'troops.png');
    const r = ask('--chart', file, '/estimate troops');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Chart written to ${file} (`);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const json = ask('--json', '--chart', path.join(temp, 'again.png'), '/estimate troops');
    expect(JSON.parse(json.stdout).command).toBe('estimate');
    expect(json.stderr).toContain(`Chart written to ${path.join(temp, 'again.png')}`);
    const none = ask('--chart', path.join(temp, 'none.png'), '/when treaty-in-force');
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/No chart: only \/estimate answers with figures at two or more dates/);
    expect(existsSync(path.join(temp, 'none.png'))).toBe(false);
  });

  it('fails with one line when the corpus folder does not exist', () => {
    const r = ask('--corpus', path.join(temp, 'missing'), '/corpus');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/corpus: cannot read folder/);
  });
});

describe('npm start without a token (local console)', () => {
  it('answers slash commands from standard input and exits cleanly at end of input', () => {
    const r = run('src/cli/main.ts', [], '/search Gerassimow\n/source kursk-russland-setzt-nordkoreaner-ein#p2\nhelp\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gerassimow');
    expect(r.stdout).toContain('12\'000');
    expect(r.stderr).toMatch(/no DISCORD_TOKEN/);
  });
});
