/**
 * One corpus holds every story a newsroom follows (the seed story and three
 * invented ones), and answers never mix them: a story named by the user, a
 * catalogue entry only one story has, or the words' fit decides; stories that
 * fit about equally are answered apart, each under its title, never
 * interleaved; and each story answers its own questions in the mixed corpus
 * exactly as it does alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import type { Reply } from '../../src/reply/model.ts';
import { loadSnapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf, FIXTURE_STORIES, NEWSROOM_STORIES, truthSheet } from '../helpers/newsroom.ts';

/** Questions about the seed story, as its answer tests ask them (English and German, catalogue and free words). */
const KURSK_QUESTIONS: [command: string, question: string][] = [
  ['when', 'russia-confirmed'],
  ['when', 'north-korea-confirmed'],
  ['when', 'treaty-in-force'],
  ['when', 'treaty'],
  ['when', 'Vertrag in Kraft'],
  ['when', 'Luftlandebrigade'],
  ['when', 'kursk-recaptured'],
  ['estimate', 'troops'],
  ['estimate', 'North Korean casualties (killed, wounded)'],
  ['estimate', 'shells'],
  ['estimate', 'Nordkoreaner'],
  ['search', 'Selenskij'],
  ['search', 'north korean troops'],
  ['search', 'Luftlandebrigade'],
];

/** Questions whose words only one story's articles use: they must be answered in that story alone. */
const DISTINCTIVE: Record<string, [command: string, question: string][]> = {
  erdbeben: [
    ['when', 'earthquake'],
    ['when', 'Erdbeben'],
    ['when', 'Staatstrauer'],
    ['estimate', 'Nachbeben'],
    ['search', 'Erdbeben Struga'],
    ['search', 'Rettungskette'],
  ],
  waldbrand: [
    ['when', 'Waldbrand ausgebrochen'],
    ['estimate', 'Hektar'],
    ['estimate', 'Löschflugzeuge'],
    ['search', 'Waldbrand Sardinien'],
    ['search', 'Baddelonga'],
  ],
  insolvenz: [
    ['when', 'Gläubigerversammlung'],
    ['when', 'Insolvenzantrag'],
    ['estimate', 'Gläubiger'],
    ['search', 'Merzinger'],
    ['search', 'Insolvenzverwalterin'],
  ],
  kursk: [
    ['when', 'russia-confirmed'],
    ['when', 'treaty-in-force'],
    ['estimate', 'troops'],
    ['estimate', 'North Korean casualties (killed, wounded)'],
    ['search', 'Luftlandebrigade'],
    ['search', 'Nordkoreaner'],
  ],
};

let mixed: LocalEngine;
const alone = new Map<string, LocalEngine>();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const all = corpusOf(NEWSROOM_STORIES);
  cleanups.push(all.cleanup);
  mixed = new LocalEngine(await loadSnapshot(all.dir));
  for (const id of NEWSROOM_STORIES) {
    const one = corpusOf([id]);
    cleanups.push(one.cleanup);
    alone.set(id, new LocalEngine(await loadSnapshot(one.dir)));
  }
});
afterAll(() => cleanups.forEach((c) => c()));

/** The stories of a reply's answers, in order, one entry per block of answers of one story. */
function blocks(reply: Reply): string[] {
  const out: string[] = [];
  for (const a of reply.answers) if (a.story !== out.at(-1)) out.push(a.story ?? '?');
  return out;
}

/** Answers without the story mark, to compare a story alone with the same story in the mixed corpus. */
function plain(reply: Reply): unknown[] {
  return reply.answers.map(({ story: _story, ...rest }) => rest);
}

/** Every question of every story's tests: the truth sheets of the fixture stories and the seed questions. */
function allQuestions(): { story: string; command: string; question: string; lang: string }[] {
  const out: { story: string; command: string; question: string; lang: string }[] = [];
  for (const id of FIXTURE_STORIES) {
    const sheet = truthSheet(id);
    for (const q of sheet.when) out.push({ story: id, command: 'when', question: q.q, lang: q.lang });
    for (const q of sheet.estimate) out.push({ story: id, command: 'estimate', question: q.q, lang: q.lang });
  }
  for (const [command, question] of KURSK_QUESTIONS) out.push({ story: 'kursk', command, question, lang: /[äöüß]|Vertrag|Nordkoreaner|Luftlande|Selenskij/.test(question) ? 'de' : 'en' });
  return out;
}

describe('a corpus of four stories', () => {
  it('lists its stories in /corpus with articles, paragraphs, undated articles and warnings per story', async () => {
    const reply = await mixed.run('corpus', '');
    const lines = reply.sections?.find((s) => s.title === 'Stories')?.lines ?? [];
    expect(lines.map((l) => l.split(' — ')[0])).toEqual([...NEWSROOM_STORIES]);
    for (const l of lines) expect(l).toMatch(/— \d+ articles?, \d+ paragraphs, \d+ undated, \d+ warnings?$/);
    expect(reply.summary).toMatch(/^4 stories, /);
    expect(reply.stories?.map((s) => s.id)).toEqual([...NEWSROOM_STORIES]);
  });

  it('answers a question asked with the story option from that story only, exactly as the story alone does', async () => {
    let asked = 0;
    for (const { story, command, question } of allQuestions()) {
      const reply = await mixed.run(command, question, { story });
      expect(reply.answers.filter((a) => a.story !== story), `${story} /${command} ${question}`).toEqual([]);
      const own = await alone.get(story)!.run(command, question);
      expect(plain(reply), `${story} /${command} ${question}`).toEqual(plain(own));
      asked++;
    }
    expect(asked).toBeGreaterThan(150);
  });

  it.each(Object.entries(DISTINCTIVE).flatMap(([story, qs]) => qs.map(([command, question]) => [story, command, question] as const)))(
    'answers %s\'s "/%s %s" in that story only, without being told the story',
    async (story, command, question) => {
      const reply = await mixed.run(command, question);
      expect(reply.status).toBe('ok');
      expect(reply.answers.length).toBeGreaterThan(0);
      expect(new Set(reply.answers.map((a) => a.story))).toEqual(new Set([story]));
      expect(reply.stories?.map((s) => s.id)).toEqual([story]);
    },
  );

  it('answers the seed story exactly as before when it shares the corpus', async () => {
    for (const [command, question] of KURSK_QUESTIONS) {
      const reply = await mixed.run(command, question, { story: 'kursk' });
      expect(plain(reply)).toEqual(plain(await alone.get('kursk')!.run(command, question)));
    }
  });

  it('never interleaves stories: each answered story is one block, in the order the reply names them', async () => {
    let several = 0;
    for (const { command, question } of allQuestions()) {
      const reply = await mixed.run(command, question);
      const b = blocks(reply);
      expect(new Set(b).size, `/${command} ${question}: ${b.join(' ')}`).toBe(b.length);
      const named = (reply.stories ?? []).map((s) => s.id);
      expect(b.every((id) => named.includes(id))).toBe(true);
      expect(b).toEqual(named.filter((id) => b.includes(id)));
      if (named.length > 1) {
        several++;
        for (const id of b) expect(reply.summary).toContain(`${reply.stories!.find((s) => s.id === id)!.title.en}:\n`);
      }
    }
    expect(several).toBeGreaterThan(0);
  });

  it('routes a generic word by the articles even where one story\'s own entry takes it as an alias (Verletzte: not only the seed story\'s wounded soldiers)', async () => {
    // kursk's own `wounded` (North Korean soldiers wounded) lists `Verletzte`; the generic `injured` is named so too
    const reply = await mixed.run('estimate', 'Verletzte');
    const named = (reply.stories ?? []).map((s) => s.id);
    expect(named).toEqual(expect.arrayContaining(['erdbeben', 'waldbrand']));
    // the story's own label still takes its question, and so does its slug (what autocomplete offers), though `wounded` is a generic alias too
    for (const q of ['Verwundete nordkoreanische Soldaten', 'wounded']) {
      const own = await mixed.run('estimate', q);
      expect((own.stories ?? []).map((s) => s.id), q).toEqual(['kursk']);
    }
  });

  it('gives each of several stories answered apart its share of the quotes; the story named gives its full answer', async () => {
    let shared = 0;
    for (const [command, question] of [
      ['when', 'nicht'],
      ['when', 'Menschen'],
      ['search', 'Polizei'],
      ['search', 'Angaben'],
      ['estimate', 'Menschen'],
    ] as const) {
      const reply = await mixed.run(command, question);
      const named = (reply.stories ?? []).map((s) => s.id);
      expect(named.length, `/${command} ${question}`).toBeGreaterThan(1);
      expect(reply.summary).toContain('each is answered apart with its best quotes');
      for (const id of named) {
        const part = reply.answers.filter((a) => a.story === id);
        const full = (await mixed.run(command, question, { story: id })).answers;
        // the share: a third of a free answer's quotes each for three stories, half each for two, rounded down (never fewer than three)
        const limit = { when: 12, search: 10, estimate: 12 }[command];
        expect(part.length, `/${command} ${question} in ${id}`).toBeLessThanOrEqual(Math.max(3, Math.floor(limit / named.length)));
        expect(full.length).toBeGreaterThanOrEqual(part.length);
        if (full.length > part.length) shared++;
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('scores where every test question goes without a story named (right: its story alone; partly: apart with others; wrong: not its story)', async () => {
    const card = new Map<string, { right: number; partly: number; wrong: number; nothing: number }>();
    for (const { story, command, question, lang } of allQuestions()) {
      const reply = await mixed.run(command, question);
      const key = `${story} ${lang}`;
      const row = card.get(key) ?? { right: 0, partly: 0, wrong: 0, nothing: 0 };
      const named = (reply.stories ?? []).map((s) => s.id);
      if (reply.answers.length === 0) row.nothing++;
      else if (named.length === 1 && named[0] === story) row.right++;
      else if (named.includes(story)) row.partly++;
      else row.wrong++;
      card.set(key, row);
    }
    const lines = [...card].sort().map(([k, r]) => `${k.padEnd(13)} right ${r.right}  partly ${r.partly}  wrong ${r.wrong}  nothing ${r.nothing}`);
    console.log(`story routing scorecard (mixed corpus, no story named):\n${lines.join('\n')}`);
    const total = [...card.values()].reduce((a, r) => ({ right: a.right + r.right, partly: a.partly + r.partly, wrong: a.wrong + r.wrong }), { right: 0, partly: 0, wrong: 0 });
    // Most questions go to their story alone; a wrong story is rare (generic words every story uses, "EU Hilfe").
    expect(total.right).toBeGreaterThan(2 * (total.partly + total.wrong));
    expect(total.wrong).toBeLessThanOrEqual(Math.ceil(0.1 * (total.right + total.partly + total.wrong)));
  });

  it('refuses an unknown story with the list of stories', async () => {
    const reply = await mixed.run('when', 'earthquake', { story: 'atlantis' });
    expect(reply.status).toBe('invalid');
    expect(reply.error?.id).toBe('UnknownStory');
    expect(reply.notice).toContain('erdbeben, insolvenz, kursk, waldbrand');
  });

  it('finds a story by its title in either language, or a unique beginning of it', async () => {
    for (const name of ['Erdbeben im Grenzgebiet Nordmazedonien–Albanien', 'earthquake in the north', 'ERDBEBEN']) {
      const reply = await mixed.run('search', 'Struga', { story: name });
      expect(reply.stories?.map((s) => s.id), name).toEqual(['erdbeben']);
    }
  });

  it('autocompletes the story option by title and narrows events to the chosen story', async () => {
    expect((await mixed.autocomplete('when', 'wald', { option: 'story' })).map((c) => c.value)).toEqual(['waldbrand']);
    expect((await mixed.autocomplete('when', '', { option: 'story' })).map((c) => c.value)).toEqual([...NEWSROOM_STORIES]);
    const kursk = (await mixed.autocomplete('when', 'treaty', { story: 'kursk' })).map((c) => c.value);
    expect(kursk).toContain('treaty-in-force');
    expect((await mixed.autocomplete('when', 'treaty', { story: 'erdbeben' })).map((c) => c.value)).not.toContain('treaty-in-force');
    // without a story, a story's own entries carry its title
    const all = await mixed.autocomplete('when', 'creditors');
    expect(all.find((c) => c.value === 'creditors-meeting')?.name).toMatch(/Insolvency of the car-parts maker/);
  });
});

describe('uploads in a corpus of several stories', () => {
  const ARTICLE = 'Neue Meldung\n\nDie Feuerwehr meldete am Montag einen weiteren Brand, sagte ein Sprecher.\n';

  it('asks which story an upload belongs to, adds it there, and refuses an id another story has', async () => {
    const corpus = corpusOf(['kursk', 'waldbrand']);
    cleanups.push(corpus.cleanup);
    const engine = new LocalEngine(await loadSnapshot(corpus.dir));
    const upload = { filename: 'neue-meldung.txt', bytes: new TextEncoder().encode(ARTICLE) };
    const unnamed = await engine.run('reload', '', { upload });
    expect(unnamed.error?.id).toBe('UploadNeedsStory');
    const saved = await engine.run('reload', '', { upload, story: 'waldbrand' });
    expect(saved.status).toBe('ok');
    expect(saved.summary).toMatch(/^Saved stories\/waldbrand\/articles\/neue-meldung\.txt\./);
    expect(readFileSync(path.join(corpus.dir, 'stories', 'waldbrand', 'articles', 'neue-meldung.txt'), 'utf8')).toBe(ARTICLE);
    expect(saved.sections?.find((s) => s.title === 'Added')?.lines).toEqual(['waldbrand: neue-meldung']);
    const twin = await engine.run('reload', '', { upload, story: 'kursk' });
    expect(twin.error?.id).toBe('UploadRejected');
    expect(twin.notice).toMatch(/exists in story waldbrand/);
  });

  it('flags an article published outside its story window in /corpus', async () => {
    const corpus = corpusOf(['erdbeben']);
    cleanups.push(corpus.cleanup);
    writeFileSync(path.join(corpus.dir, 'stories', 'erdbeben', 'articles', 'zz-spaet.txt'), '---\npublished: 2025-06-01\n---\nSpäter Bericht\n\nDie Aufräumarbeiten dauern an, sagte ein Sprecher.\n');
    const reply = await new LocalEngine(await loadSnapshot(corpus.dir)).run('corpus', '');
    expect(reply.sections?.find((s) => s.title === 'Warnings')?.lines.join('\n')).toMatch(/zz-spaet\.txt: published 2025-06-01, outside the story's window \(2025-02 to 2025-03\)/);
  });
});
