import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueError, DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { loadSnapshot, readCorpusSources } from '../../src/snapshot/snapshot.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the seed corpus (stories/kursk) in a temporary folder, with some catalogue files written over. */
function corpusWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(temp, 'corpus-'));
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'stories'), path.join(dir, 'stories'), { recursive: true });
  for (const [name, json] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

const ACTOR = { id: 'nis', name: 'NIS', kind: 'intelligence', aliases: ['NIS'] };

/** The error of reading a corpus's catalogue, or null. */
async function catalogueError(dir: string): Promise<unknown> {
  return readCorpusSources(dir).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('catalogue files are validated at load', () => {
  it.each([
    ['an actor without aliases', { version: 1, actors: [{ ...ACTOR, aliases: [] }] }, 'claimants.json: actors[0] ("nis").aliases: needs at least one alias'],
    ['an unknown actor kind', { version: 1, actors: [{ ...ACTOR, kind: 'spy' }] }, 'claimants.json: actors[0] ("nis").kind'],
    ['a role that is not text', { version: 1, actors: [{ ...ACTOR, role: 3 }] }, 'claimants.json: actors[0] ("nis").role'],
    ['a misspelt field', { version: 1, actors: [{ ...ACTOR, alias: ['NIS'] }] }, 'claimants.json: actors[0] ("nis")'],
    ['a duplicate id', { version: 1, actors: [ACTOR, { ...ACTOR, aliases: ['Geheimdienst NIS'] }] }, 'claimants.json: actors[1] ("nis").id: duplicate id'],
    ['an alias of two actors', { version: 1, actors: [ACTOR, { ...ACTOR, id: 'nis-2' }] }, 'claimants.json: actors[1] ("nis-2").aliases[0]: "NIS" is also an alias of "nis"'],
    ['no actors list', { version: 1 }, 'claimants.json: actors'],
  ])('rejects claimants.json with %s, naming the file, the entry and the field', async (_what, json, message) => {
    const dir = corpusWith({ 'claimants.json': json });
    const error = await catalogueError(dir);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).message).toContain(`catalogue: ${message}`);
    await expect(loadSnapshot(dir)).rejects.toThrow(message);
  });

  it('rejects a measure whose kind is not a figure kind, naming the measure', async () => {
    const measures = { measures: [{ slug: 'deaths', en: 'Deaths', de: 'Tote', kinds: ['dead'], query: 'Tote' }] };
    expect(String(await catalogueError(corpusWith({ 'measures.json': measures })))).toMatch(/catalogue: measures\.json: measures\[0\] \("deaths"\)\.kinds\[0\]: /);
  });

  it("rejects a story's event that names a side the story does not have, naming the story file", async () => {
    const dir = corpusWith({});
    const file = path.join(dir, 'stories', 'kursk', 'story.json');
    const story = JSON.parse(readFileSync(file, 'utf8'));
    story.events[0].actors = ['atlantis'];
    writeFileSync(file, JSON.stringify(story));
    expect(String(await catalogueError(dir))).toMatch(/catalogue: stories\/kursk\/story\.json: events\[0\] \("russia-confirmed"\)\.actors\[0\]: unknown side "atlantis"/);
  });

  it('rejects generic events or measures that name a side: sides belong to stories', async () => {
    const events = { events: [{ slug: 'x', en: 'X', de: 'X', triggers: ['x'], actors: ['russia'], query: 'x' }] };
    expect(String(await catalogueError(corpusWith({ 'events.json': events })))).toMatch(/events\.json: events\[0\] \("x"\)\.actors: generic events name no side/);
  });

  it('rejects a file that is not JSON, naming it', async () => {
    expect(String(await catalogueError(corpusWith({ 'claimants.json': '{ "version": 1, actors: [] }' })))).toMatch(/catalogue: claimants\.json: invalid JSON/);
  });

  it('keeps the old version answering when a reload meets a broken claimants.json', async () => {
    const dir = corpusWith({});
    const engine = await LocalEngine.open(dir);
    const before = engine.version;
    writeFileSync(path.join(dir, 'claimants.json'), JSON.stringify({ version: 1, actors: [{ ...ACTOR, aliases: [] }] }));
    const reply = await engine.run('reload', '');
    expect(reply.status).toBe('error');
    expect(reply.error?.id).toBe('ReloadFailed');
    expect(reply.notice).toContain('claimants.json: actors[0] ("nis").aliases');
    expect(engine.version).toBe(before);
    const when = await engine.run('when', 'russia-confirmed');
    expect(when.status).toBe('ok');
    expect(when.answers[0]?.claimant).toBe('Russia');
  });
});
