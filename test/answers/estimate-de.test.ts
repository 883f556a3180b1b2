/**
 * /estimate replies in German on the seeds and the fixture stories: for every
 * catalogued measure and some free questions, the German text has no English
 * function word outside quotes and proper names; the English wording of the
 * structure is the reply's `summary` and `notice`; claimants come in German
 * (the /when attribution lines too); the chart names the measure and the
 * claimants in the reader's language, from structure.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEstimate } from '../../src/answers/estimate.ts';
import { answerWhen } from '../../src/answers/when.ts';
import { renderText } from '../../src/render/text.ts';
import { chartDataFor } from '../../src/render/chart/data.ts';
import type { Reply } from '../../src/reply/model.ts';
import { spell } from '../../src/reply/say.ts';
import { wordsFor } from '../../src/reply/words/index.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf } from '../helpers/newsroom.ts';
import { seedSnapshot } from '../helpers/seed.ts';

const EXTRA = path.join(import.meta.dirname, '../fixtures/estimate');
const STORIES = ['kursk', 'erdbeben', 'waldbrand', 'insolvenz'] as const;

const snapshots = new Map<string, Snapshot>();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  for (const id of STORIES) {
    const c = corpusOf([id]);
    cleanups.push(c.cleanup);
    // the seeds and fixtures with the extra articles of test/fixtures/estimate/ (more claimants, forecasts, places)
    if (id !== 'insolvenz') cpSync(path.join(EXTRA, id), path.join(c.dir, 'stories', id, 'articles'), { recursive: true });
    snapshots.set(id, await loadSnapshot(c.dir));
  }
});
afterAll(() => cleanups.forEach((c) => c()));

const ask = (story: string, q: string): Reply => answerEstimate(q, { snapshot: snapshots.get(story)!, story });

/** Every catalogued measure of a story (generic and its own) and some free questions, German and English. */
function questions(story: string): string[] {
  const s = snapshots.get(story)!.storyById.get(story)!;
  return [
    ...new Set([
      ...s.catalogue.measures.measures.map((m) => m.slug),
      'Tote',
      'deaths',
      'befürchtete Tote',
      'Tote Albanien',
      'Verletzte in Griechenland',
      'Hektar',
      'Spenden',
      'Soldaten',
      'nordkoreanische Soldaten Kursk',
      'how many troops',
      'Schulden in Euro',
      'xyzzy',
    ]),
  ];
}

/**
 * English words that never belong in a German reply: function words and the
 * words the English wording of /estimate and claimants uses.
 */
const ENGLISH =
  /\b(the|of|and|by|from|more|than|killed|wounded|sent|figures?|articles?|latest|earlier|reported|sources|undated|citing|unnamed|quotes?|forecasts?|counted|feared|estimates?|governments?|spokesperson|intelligence|ministry|broadcaster|president|nothing|none)\b/i;

/**
 * The German reply text minus what is verbatim or a name: quoted lines (`> `),
 * the numbered lines (article titles), the date and figure lines (the words
 * as written), text in quotes, paragraph and article ids, the echoed question,
 * and the commands and slugs of suggestions (`/estimate missing`; their titles
 * are checked).
 */
function wordedText(reply: Reply): string[] {
  const text = renderText(reply, { lang: 'de' }).replace(/^ {2}\/\w+ [\w-]+/gm, '');
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s+>/.test(line) || /^\d+\. /.test(line) || /^ {3}(Datum|Zahl): /.test(line) || line.startsWith(`/${reply.command}`)) continue;
    lines.push(
      line
        .replace(/„[^“]*“/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/[\w.-]+#p\d+/g, ''),
    );
  }
  return lines;
}

describe('/estimate in German', () => {
  it('no English word outside quotes and names, for every catalogued measure and free questions of four stories', () => {
    let asked = 0;
    let answered = 0;
    const english: string[] = [];
    for (const story of STORIES) {
      for (const q of questions(story)) {
        const reply = ask(story, q);
        asked++;
        if (reply.status === 'ok') answered++;
        for (const line of wordedText(reply)) if (ENGLISH.test(line)) english.push(`${story} ${q}: ${line}`);
      }
    }
    expect(english).toEqual([]);
    expect(asked).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(60);
  });

  it('suggests catalogue entries with their German titles', () => {
    // nobody is missing in the seeds: the reply says so and offers the entry
    const reply = ask('kursk', 'missing');
    expect(reply.suggestions).toEqual(['/estimate missing (People missing)']);
    expect(renderText(reply, { lang: 'de' })).toContain('Nichts im Korpus nennt eine Zahl für „Vermisste“.\n\nStattdessen versuchen:\n  /estimate missing (Vermisste)');
    expect(renderText(reply, { lang: 'en' })).toContain('Try instead:\n  /estimate missing (People missing)');
  });

  it('the English wording of the structure is the summary and notice, byte for byte', () => {
    const en = wordsFor('en');
    let compared = 0;
    for (const story of STORIES) {
      for (const q of questions(story)) {
        const reply = ask(story, q);
        expect(reply.say, `${story} ${q}`).toBeDefined();
        if (reply.say?.summary) expect(spell(reply.say.summary, en)).toBe(reply.summary);
        else expect(reply.summary).toBeNull();
        if (reply.say?.notice) expect(spell(reply.say.notice, en)).toBe(reply.notice);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('troops on the seeds: the German title, claimants and figures', async () => {
    const reply = answerEstimate('troops', { snapshot: await seedSnapshot(), story: 'kursk' });
    const text = renderText(reply, { lang: 'de' });
    expect(text).toContain('Nordkoreanische Truppen (entsandt, angekommen, Verstärkung): 8 Zahlen aus 4 Artikeln, neueste zuerst (nicht zusammengefasst):');
    expect(text).toContain('• NIS (südkoreanischer Geheimdienst): 12.000 entsandte Soldaten — „Kursk: Russland setzt Nordkoreaner im Ukraine-K…“, ohne Datum');
    expect(text).toContain('• ukrainische, südkoreanische und westliche Regierungen: mehr als 10.000 entsandte Soldaten — ntv.de / AFP, 5. Dezember 2024, 11:58 Uhr');
    expect(text).toContain('— Angabe von: ukrainische Quellen · Reuters · veröffentlicht April 2025 ·');
    // the English reply says it in English, byte for byte as before the summary was structure
    expect(reply.summary).toBe("North Korean troops (sent, arrived, reinforcements): 8 figures from 4 articles, latest first (not merged):\n• Ukrainian sources: about 14,000 troops sent — Reuters, April 2025\n• Ukrainian sources: 3,000 reinforcements — Reuters, April 2025\n• more than 10,000 troops sent — ntv.de / AFP, 5 December 2024, 11:58\n• National Resistance Center (Ukrainian military): 10,000–12,000 troops sent — ntv.de / AFP, 5 December 2024, 11:58\n• Ukrainian, South Korean and Western governments: more than 10,000 troops sent — ntv.de / AFP, 5 December 2024, 11:58\n• Ukrainian and Western estimates: at least 10,000 troops sent — dpa, undated\n• NIS (South Korean intelligence): 12,000 troops sent — \"Kursk: Russland setzt Nordkoreaner im Ukraine-K…\", undated\n• Tagesschau (German broadcaster): 1,500 troops arrived — \"Kursk: Russland setzt Nordkoreaner im Ukraine-K…\", undated");
  });

  it('forecasts first, earlier figures and a cut: the English summary as before, the German one in German', () => {
    const reply = ask('erdbeben', 'befürchtete Tote');
    expect(reply.summary).toBe("People killed: 23 figures from 8 articles, latest first (not merged):\nForecasts and fears (not counts):\n• feared: WHO (World Health Organization): more than 3,000 killed — Reuters, February 2025\n• feared: up to 10,000 killed — dpa, AFP, February 2025\n• could: UN: up to 5,000 killed — watson.ch, 19 February 2025, 12:45\n• projected: 1,000–10,000 killed — tagesschau, 17 February 2025, 20:30\n• could: at least 1,000 (vague: \"Tausende\") killed — tagesschau, 17 February 2025, 20:30\nCounted:\n• 1,870 killed in North Macedonia and Albania — AFP, 20 February 2025, 14:05 · latest\n  earlier: 1,130 killed (APA, dpa, AFP, 18 February 2025, 14:52)\n• 1,460 killed in North Macedonia — AFP, 20 February 2025, 14:05\n• 410 killed in Albania — AFP, 20 February 2025, 14:05 · latest\n  earlier: at least 94 killed (tagesschau, 17 February 2025, 22:05); at least 38 killed (tagesschau, 17 February 2025, 12:30)\n• more than 1,100 killed — reported by 2 articles: watson.ch, 19 February 2025, 12:45; SRF / SDA, dpa, 18 February 2025, 19:32 · latest\n  earlier: at least 100 (vague: \"Hunderte Menschen\") killed (tagesschau, 17 February 2025, 23:14)\n• authorities: more than 1,100 killed in North Macedonia and Albania — SRF / SDA, dpa, 18 February 2025, 19:32\n• authorities: more than 1,100 killed — dpa-AFX, 18 February 2025, 16:31\n• interior ministry: 870 killed in North Macedonia — APA, dpa, AFP, 18 February 2025, 14:52 · latest\n  earlier: 480 killed (tagesschau, 17 February 2025, 22:05)\n• interior ministry: 260 killed in Albania — APA, dpa, AFP, 18 February 2025, 14:52\n… and 5 more figures below.");
    const de = renderText(reply, { lang: 'de' });
    expect(de).toContain('Prognosen und Befürchtungen (keine Zählungen):\n• befürchtet: WHO (Weltgesundheitsorganisation): über 3.000 Tote — Reuters, Februar 2025\n');
    expect(de).toContain('• 410 Tote in Albanien — AFP, 20. Februar 2025, 14:05 Uhr · neueste\n  zuvor: mindestens 94 Tote (tagesschau, 17. Februar 2025, 22:05 Uhr); mindestens 38 Tote (tagesschau, 17. Februar 2025, 12:30 Uhr)\n');
    expect(de).toContain('… und 5 weitere Zahlen unten.');
  });

  it('every answer with a claimant has its German form, and a German reply shows it', () => {
    let withClaimant = 0;
    for (const story of STORIES) {
      for (const q of questions(story)) {
        for (const a of ask(story, q).answers) {
          if (!a.claimant) {
            expect(a.claimantDe ?? null).toBeNull();
            continue;
          }
          withClaimant++;
          expect(a.claimantDe, `${story} ${q}: ${a.claimant}`).toEqual(expect.any(String));
          expect(wordsFor('de').attribution(a)).toContain(`Angabe von: ${a.claimantDe}`);
          expect(wordsFor('en').attribution(a)).toContain(`claim: ${a.claimant}`);
        }
      }
    }
    expect(withClaimant).toBeGreaterThan(50);
  });
});

describe('/when attribution lines in German', () => {
  it('name the claimant in German, with no English word', () => {
    const english: string[] = [];
    let lines = 0;
    for (const story of STORIES) {
      const s = snapshots.get(story)!.storyById.get(story)!;
      for (const e of s.catalogue.events.events) {
        const reply = answerWhen(e.slug, { snapshot: snapshots.get(story)!, story });
        for (const a of reply.answers) {
          if (!a.claimant) continue;
          const line = wordsFor('de').attribution(a).replace(/„[^“]*“|"[^"]*"/g, '').replace(/[\w.-]+#p\d+/g, '');
          lines++;
          if (ENGLISH.test(line)) english.push(`${story} ${e.slug}: ${line}`);
        }
      }
    }
    expect(english).toEqual([]);
    expect(lines).toBeGreaterThan(10);
  });
});

describe('the /estimate chart in the reader\'s language', () => {
  it('takes the measure and the claimants from structure: German title and names for a German reader, English for an English one', async () => {
    const reply = answerEstimate('troops', { snapshot: await seedSnapshot(), story: 'kursk' });
    const [de] = chartDataFor(reply, 'de');
    const [en] = chartDataFor(reply, 'en');
    expect(de!.measure).toBe('Nordkoreanische Truppen (entsandt, angekommen, Verstärkung)');
    expect(en!.measure).toBe('North Korean troops (sent, arrived, reinforcements)');
    expect(de!.series).toContain('ukrainische Quellen');
    expect(en!.series).toContain('Ukrainian sources');
    expect(de!.undated.map((u) => u.claimant)).toContain('NIS (südkoreanischer Geheimdienst)');
    // the same figures, in the same places
    expect(de!.points.map((p) => [p.answer, p.low, p.high, p.date])).toEqual(en!.points.map((p) => [p.answer, p.low, p.high, p.date]));
  });

  it('names the place asked and free words in the reader\'s language', () => {
    const placed = ask('erdbeben', 'Tote Albanien');
    const free = ask('erdbeben', 'Hektar');
    for (const [reply, de, en] of [
      [placed, /^Tote in Albanien$|^[^"„]+ in Albanien$/, /^[^"„]+ in Albania$/],
      [free, /^„Hektar“$/, /^"Hektar"$/],
    ] as const) {
      const charts = [chartDataFor(reply, 'de'), chartDataFor(reply, 'en')];
      if (charts[0]!.length === 0) continue;
      expect(charts[0]![0]!.measure).toMatch(de);
      expect(charts[1]![0]!.measure).toMatch(en);
    }
  });
});
