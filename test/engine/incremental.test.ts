/**
 * An incremental version answers exactly like a full rebuild of the same
 * files. A newsroom corpus of four stories goes through randomised sequences
 * of edits (seeded): articles added, changed (paragraphs appended, figures
 * and claims inserted, text cut), deleted, moved between stories, copied to
 * another story (a duplicate id), broken and mended, story catalogues
 * changed, nothing changed. After each step the corpus is opened three ways —
 * from scratch, from the previous version in memory, from the cache files on
 * disk (in small units of work, so merges of many parts happen) — and every
 * story's articles, problems, index (byte for byte), search results for many
 * queries, catalogued answers and engine replies must be identical.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueAnswers } from '../../src/answers/catalogued.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { openCorpus, type OpenedCorpus } from '../../src/engine/open-corpus.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { rng } from '../../bench/measure.ts';
import { corpusOf, NEWSROOM_STORIES } from '../helpers/newsroom.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Spare articles to add: invented articles in many outlets' formats. */
const SPARE = [
  ...readdirSync(path.join(FIXTURES, 'articles')).map((f) => path.join(FIXTURES, 'articles', f)),
  ...readdirSync(path.join(FIXTURES, 'pages')).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, 'pages', f)),
];

/** Sentences that catalogued events and measures pick up, to insert into articles. */
const INSERTS = [
  'Nach Angaben des südkoreanischen Geheimdienstes NIS wurden mindestens 300 Soldaten getötet und 2.700 verwundet.',
  'Russland hat den Einsatz der Truppen am Montag erstmals offiziell bestätigt, sagte ein Sprecher in Moskau.',
  'Der Vertrag trat am 4. Dezember in Kraft, hieß es in einer Mitteilung.',
  'Die Feuerwehr meldete am Abend, der Brand sei eingedämmt; rund 1.200 Hektar Wald seien verbrannt.',
  'Das Beben der Stärke 5,8 erschütterte am Dienstagmorgen die Region, mindestens 12 Menschen wurden verletzt.',
  'Das Unternehmen hat beim Amtsgericht einen Insolvenzantrag gestellt; 4.000 Beschäftigte sind betroffen.',
  'Laut Pentagon sind inzwischen etwa 11.000 Soldaten im Einsatz.',
];

/** Queries asked of every story's index. */
const QUERIES = ['Soldaten', 'Kursk Verluste', 'Brand Hektar', 'Beben Stärke', 'Insolvenz Beschäftigte', 'casualties', 'Vertrag in Kraft', 'getötet', "12'000", 'Feuerwehr eingedämmt', 'Selenskij', 'bestätigt'];

const files = (dir: string, story: string) => {
  const folder = path.join(dir, 'stories', story, 'articles');
  return existsSync(folder) ? readdirSync(folder).filter((f) => !f.startsWith('.')).sort() : [];
};

/** One random edit of the corpus folder; returns what it did. */
function edit(dir: string, random: () => number, step: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const story = pick(NEWSROOM_STORIES);
  const folder = path.join(dir, 'stories', story, 'articles');
  const present = files(dir, story);
  const kind = pick(['add', 'add', 'change', 'change', 'change', 'same', 'delete', 'move', 'duplicate', 'broken', 'catalogue', 'nothing'] as const);
  if ((kind === 'change' || kind === 'same' || kind === 'delete' || kind === 'move' || kind === 'duplicate') && present.length <= 2) return edit(dir, random, step);
  switch (kind) {
    case 'same': {
      // The same dated sentence in several articles: answers that tie on their date keep corpus order.
      const sentence = pick(INSERTS);
      const names = present.filter(() => random() < 0.5);
      for (const name of names) writeFileSync(path.join(folder, name), Buffer.concat([readFileSync(path.join(folder, name)), Buffer.from(`\n\n${sentence}\n`)]));
      return `same sentence in ${story}/${names.join(', ')}`;
    }
    case 'add': {
      const from = pick(SPARE);
      const name = `s${step}-${path.basename(from)}`;
      copyFileSync(from, path.join(folder, name));
      return `add ${story}/${name}`;
    }
    case 'change': {
      const name = pick(present);
      const file = path.join(folder, name);
      const text = readFileSync(file);
      const how = Math.floor(random() * 3);
      if (how === 0) writeFileSync(file, Buffer.concat([text, Buffer.from(`\n\n${pick(INSERTS)}\n`)]));
      else if (how === 1) writeFileSync(file, Buffer.concat([text.subarray(0, Math.floor(text.length * (0.5 + random() / 2))), Buffer.from('\n')]));
      else {
        // a sentence inserted after the first blank line
        const s = text.toString('utf8');
        const at = s.indexOf('\n\n', s.length / 3);
        writeFileSync(file, at < 0 ? `${s}\n\n${pick(INSERTS)}\n` : `${s.slice(0, at)}\n\n${pick(INSERTS)}${s.slice(at)}`);
      }
      return `change(${how}) ${story}/${name}`;
    }
    case 'delete': {
      const name = pick(present);
      rmSync(path.join(folder, name));
      return `delete ${story}/${name}`;
    }
    case 'move': {
      const name = pick(present);
      const to = pick(NEWSROOM_STORIES.filter((s) => s !== story));
      renameSync(path.join(folder, name), path.join(dir, 'stories', to, 'articles', name));
      return `move ${story}/${name} -> ${to}`;
    }
    case 'duplicate': {
      const name = pick(present);
      const to = pick(NEWSROOM_STORIES.filter((s) => s !== story));
      copyFileSync(path.join(folder, name), path.join(dir, 'stories', to, 'articles', name));
      return `duplicate ${story}/${name} -> ${to}`;
    }
    case 'broken': {
      const name = `broken-${step % 3}.txt`;
      const file = path.join(folder, name);
      if (existsSync(file)) {
        writeFileSync(file, `Repariert\n\n${pick(INSERTS)}\n`);
        return `mend ${story}/${name}`;
      }
      writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
      return `break ${story}/${name}`;
    }
    case 'catalogue': {
      const file = path.join(dir, 'stories', story, 'story.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as { events?: { triggers?: string[]; aliases?: string[] }[] };
      const event = json.events?.[0];
      if (!event) return 'nothing';
      event.triggers = [...(event.triggers ?? []), pick(['meldete', 'bestätigte', 'verbrannt', 'getötet', 'eingedämmt'])];
      writeFileSync(file, JSON.stringify(json, null, 2));
      return `catalogue ${story}`;
    }
    case 'nothing':
      return 'nothing';
  }
}

/** Everything a version answers with, per story. */
function shape(s: Snapshot) {
  return {
    version: s.version,
    problems: s.problems,
    stories: s.stories.map((story) => ({
      id: story.id,
      articles: story.articles,
      problems: story.problems,
      index: story.index.encode(),
      search: QUERIES.map((q) => story.index.search(q, { limit: 30 })),
      matchAny: story.index.matchAny(['Soldaten', 'Brand', 'Beben', 'Insolvenz']),
      answers: catalogueAnswers(story),
    })),
  };
}

/** Replies of the engine to catalogued and free questions in every story. */
async function replies(s: Snapshot, random: () => number): Promise<unknown[]> {
  const engine = new LocalEngine(s);
  const out: unknown[] = [];
  for (const story of s.stories) {
    for (const e of story.catalogue.events.events.slice(0, 4)) out.push(await engine.run('when', e.slug, { story: story.id }));
    for (const m of story.catalogue.measures.measures.slice(0, 3)) out.push(await engine.run('estimate', m.slug, { story: story.id }));
    const words = story.articles.flatMap((a) => a.paragraphs.map((p) => p.text.split(/\s+/)[Math.floor(random() * 5)] ?? ''));
    for (let k = 0; k < 3 && words.length; k++) out.push(await engine.run('search', words[Math.floor(random() * words.length)]!, { story: story.id }));
  }
  out.push(await engine.run('corpus', ''));
  return out;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('a build on every core', () => {
  it('answers exactly like a build in one thread (units in build workers, stories finished as their units come in)', { timeout: 120_000 }, async () => {
    const corpus = corpusOf(NEWSROOM_STORIES);
    cleanups.push(corpus.cleanup);
    const one = await openCorpus(corpus.dir, { threads: 0 });
    const parallel = await openCorpus(corpus.dir, { threads: 1, minParallelBytes: 0, unitBytes: 8000, unitsHere: false });
    expect(parallel.report.runner.threads).toBe(1);
    expect(parallel.report.runner.elsewhere).toBeGreaterThan(0);
    expect(parallel.report.runner.retried).toBe(0);
    expect(shape(parallel.snapshot)).toEqual(shape(one.snapshot));
  });

  it('runs each unit once when this thread and a build worker share them (units sent ahead, taken over at the end)', { timeout: 120_000 }, async () => {
    const corpus = corpusOf(NEWSROOM_STORIES);
    cleanups.push(corpus.cleanup);
    const one = await openCorpus(corpus.dir, { threads: 0, unitBytes: 6000 });
    const both = await openCorpus(corpus.dir, { threads: 1, minParallelBytes: 0, unitBytes: 6000 });
    const units = one.report.runner.here;
    expect(units).toBeGreaterThan(4);
    expect(both.report.runner.threads).toBe(1);
    expect(both.report.runner.retried).toBe(0);
    // every unit's result used exactly once, whoever ran it
    expect(both.report.runner.here + both.report.runner.elsewhere).toBe(units);
    expect(shape(both.snapshot)).toEqual(shape(one.snapshot));
  });
});

describe('incremental versions answer exactly like a full rebuild', () => {
  for (const seed of [7, 2024]) {
    it(`randomised edits of a four-story corpus (seed ${seed})`, { timeout: 240_000 }, async () => {
      const corpus = corpusOf(NEWSROOM_STORIES);
      cleanups.push(corpus.cleanup);
      const dir = corpus.dir;
      const cacheDir = path.join(dir, '..', `${path.basename(dir)}-cache`);
      cleanups.push(() => rmSync(cacheDir, { recursive: true, force: true }));
      mkdirSync(cacheDir, { recursive: true });
      const random = rng(seed);
      let memory: OpenedCorpus = await openCorpus(dir, { threads: 0 });
      await openCorpus(dir, { cacheDir, threads: 0 });
      const log: string[] = [];
      let reusedSome = 0;
      let partly = 0;
      for (let step = 1; step <= 10; step++) {
        const edits = 1 + Math.floor(random() * 3);
        for (let e = 0; e < edits; e++) log.push(`${step}: ${edit(dir, random, step * 10 + e)}`);
        const full = await openCorpus(dir, { threads: 0 });
        const fromMemory = await openCorpus(dir, { threads: 0, base: memory.base });
        // From the cache files, in small units (many parts to merge, articles moving between them).
        const fromDisk = await openCorpus(dir, { cacheDir, threads: 0, unitBytes: 6000 });
        const expected = shape(full.snapshot);
        expect(shape(fromMemory.snapshot), log.join('\n')).toEqual(expected);
        expect(shape(fromDisk.snapshot), log.join('\n')).toEqual(expected);
        if (step % 3 === 0) expect(await replies(fromDisk.snapshot, rng(step)), log.join('\n')).toEqual(await replies(full.snapshot, rng(step)));
        if (fromMemory.report.stories.some((s) => s.reused > 0)) reusedSome++;
        // Answers kept as they were never needed their safety check to step in: the entries to redo were found.
        for (const opened of [fromMemory, fromDisk]) expect(opened.report.answers.filter((a) => a.miss?.startsWith('corrupt')), log.join('\n')).toEqual([]);
        const entries = (id: string) => {
          const st = full.snapshot.storyById.get(id)!;
          return st.catalogue.events.events.length + st.catalogue.measures.measures.length;
        };
        if (fromMemory.report.answers.some((a) => a.recomputed > 0 && a.recomputed < entries(a.id))) partly++;
        if (log.at(-1)!.endsWith('nothing') && edits === 1) {
          expect(fromDisk.report.fromCache).toBe(true);
          expect(fromDisk.report.answersFromCache).toBe(true);
        }
        memory = fromMemory;
      }
      // The versions were incremental: articles reused, catalogued answers partly kept.
      expect(reusedSome).toBeGreaterThan(7);
      expect(partly).toBeGreaterThan(2);
    });
  }
});
