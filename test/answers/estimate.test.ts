import { beforeAll, describe, expect, it } from 'vitest';
import { answerEstimate } from '../../src/answers/estimate.ts';
import type { Answer } from '../../src/reply/model.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { seedSnapshot } from '../helpers/seed.ts';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await seedSnapshot();
});

const estimate = (q: string) => answerEstimate(q, { snapshot });
const figureOf = (answers: Answer[], text: string) => answers.find((a) => a.figure?.text.includes(text));

describe('/estimate on the seed corpus (facts read off the articles)', () => {
  it('casualties: NIS "mindestens 100" killed and "bis zu tausend" wounded, Selenskyj "mehr als 3000" killed or wounded', () => {
    const reply = estimate('casualties');
    expect(reply.status).toBe('ok');
    const killed = figureOf(reply.answers, 'mindestens 100')!;
    expect(killed.figure).toMatchObject({ min: 100, max: null, kind: 'killed' });
    expect(killed.claimant).toMatch(/^NIS/);
    const wounded = figureOf(reply.answers, 'bis zu tausend')!;
    expect(wounded.figure).toMatchObject({ min: null, max: 1000, kind: 'wounded' });
    const selenskyj = reply.answers.filter((a) => a.figure?.min === 3000 && a.figure.kind === 'killed-or-wounded');
    expect(selenskyj.length).toBeGreaterThanOrEqual(1);
    for (const a of selenskyj) expect(a.claimant).toMatch(/Selenskyj/);
  });

  it('casualties summary lists each distinct figure once per source, keeping every quote below', () => {
    const reply = estimate('casualties');
    const lines = reply.summary!.split('\n').filter((l) => l.startsWith('•'));
    const selenskyj = lines.filter((l) => /Selenskyj/.test(l));
    expect(selenskyj).toHaveLength(1);
    // one claim of one article quoted twice: one line, its source named, "(2 quotes)"
    expect(selenskyj[0]).toMatch(/more than 3,000 killed or wounded — dpa, undated \(2 quotes\)$/);
    expect(lines.some((l) => /NIS.*: at least 100 killed — dpa, undated$/.test(l))).toBe(true);
    expect(lines.some((l) => /NIS.*: up to 1,000 wounded — dpa, undated$/.test(l))).toBe(true);
    expect(reply.answers.filter((a) => a.claimant?.startsWith('Selenskyj'))).toHaveLength(2);
  });

  it('casualties never presents the Kyiv air strike victims or the 3000 reinforcements as North Korean casualties', () => {
    const reply = estimate('casualties');
    expect(reply.answers.some((a) => a.quote.includes('zwölf Menschen getötet'))).toBe(false);
    expect(reply.answers.some((a) => a.quote.includes('Verstärkung'))).toBe(false);
  });

  it('troops: 10.000-12.000, etwa 14.000, 12\'000 side by side, latest source first, undated last', () => {
    const reply = estimate('troops');
    expect(figureOf(reply.answers, 'zwischen 10.000 und 12.000')!.figure).toMatchObject({ min: 10000, max: 12000, kind: 'troops-sent' });
    expect(figureOf(reply.answers, 'etwa 14.000')!.figure).toMatchObject({ min: 14000, max: 14000, qualifier: 'etwa' });
    const swiss = figureOf(reply.answers, "12'000")!;
    expect(swiss.figure).toMatchObject({ min: 12000, max: 12000 });
    expect(swiss.claimant).toMatch(/^NIS/);
    const published = reply.answers.map((a) => a.published);
    const firstUndated = published.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(published.slice(firstUndated).every((p) => p === null)).toBe(true);
    const dated = published.slice(0, firstUndated) as string[];
    expect([...dated].sort().reverse()).toEqual(dated);
    // Every source stays visible: never merged or averaged.
    expect(new Set(reply.answers.map((a) => a.articleId)).size).toBeGreaterThanOrEqual(4);
    expect(reply.summary).toMatch(/not merged/);
  });

  it('shells: "mehr als acht Millionen" munitions since August 2023', () => {
    const reply = estimate('shells');
    const shells = figureOf(reply.answers, 'acht Millionen')!;
    expect(shells.figure).toMatchObject({ min: 8_000_000, max: null, kind: 'munitions' });
    expect(shells.date).toMatchObject({ text: 'seit August 2023', iso: '2023-08' });
    expect(estimate('shells').summary).toMatch(/more than 8 million munitions/);
  });

  it('every quote is verbatim and its figure text lies inside the quote', () => {
    for (const m of ['casualties', 'troops', 'shells']) {
      for (const a of estimate(m).answers) {
        expect(snapshot.articleById.get(a.articleId)!.raw.includes(a.quote)).toBe(true);
        expect(a.quote.includes(a.figure!.text)).toBe(true);
      }
    }
  });

  it('accepts German words for a catalogued measure', () => {
    expect(estimate('Verluste').answers.length).toBe(estimate('casualties').answers.length);
    expect(estimate('Soldaten').summary).toMatch(/troops/i);
  });

  it('free words take figures only from sentences with the words: "missiles" never shows the victims of the Kyiv missile strike', () => {
    for (const q of ['missiles', 'Raketen']) {
      const reply = estimate(q);
      expect(reply.answers.some((a) => a.quote.includes('zwölf Menschen'))).toBe(false);
      expect(reply.status).toBe('no-answer');
      expect(reply.notice).toMatch(/Nothing in the corpus gives a figure/);
    }
    const kursk = estimate('Kursk');
    expect(kursk.answers.length).toBeGreaterThan(0);
    for (const a of kursk.answers) expect(a.quote).toMatch(/Kursk/);
  });

  it('says so honestly when no figure answers the question', () => {
    const reply = estimate('Gefangene');
    expect(reply.status).toBe('no-answer');
    expect(reply.answers).toEqual([]);
  });
});
