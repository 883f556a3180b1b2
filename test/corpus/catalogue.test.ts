import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, DEFAULT_CORPUS_DIR, loadCatalogue } from '../../src/corpus/catalogue.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { loadSnapshot } from '../../src/snapshot/snapshot.ts';

/** A copy of the seed corpus in a temporary folder, with some catalogue files replaced. */
function corpusWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
  cpSync(path.join(DEFAULT_CORPUS_DIR, 'articles'), path.join(dir, 'articles'), { recursive: true });
  for (const [name, json] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

const ACTOR = { id: 'nis', name: 'NIS', kind: 'intelligence', aliases: ['NIS'] };

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
    const error = await loadCatalogue(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).message).toContain(`catalogue: ${message}`);
    await expect(loadSnapshot(dir)).rejects.toThrow(message);
  });

  it('rejects a measure whose kind is not a figure kind, naming the measure', async () => {
    const measures = { measures: [{ slug: 'deaths', en: 'Deaths', de: 'Tote', kinds: ['dead'], query: 'Tote' }] };
    await expect(loadCatalogue(corpusWith({ 'measures.json': measures }))).rejects.toThrow(
      /catalogue: measures\.json: measures\[0\] \("deaths"\)\.kinds\[0\]: /,
    );
  });

  it('rejects a file that is not JSON, naming it', async () => {
    await expect(loadCatalogue(corpusWith({ 'claimants.json': '{ "version": 1, actors: [] }' }))).rejects.toThrow(/catalogue: claimants\.json: invalid JSON/);
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
