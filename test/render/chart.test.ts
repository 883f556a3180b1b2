/**
 * The /estimate chart: built from the reply model alone, its data matches the
 * answer's figures (every drawn mark is an answer's figure at its date, with
 * its claimant; bounds as given; undated figures listed apart), it stays
 * within Discord's attachment limits, and replies without figures at two or
 * more dates get none. The picture itself was looked at (scripts/chart-preview.ts);
 * these tests pin what it must keep showing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import type { Answer, Reply } from '../../src/reply/model.ts';
import { chartDataFor, chartFor, chartsFor, ALT_MAX, type Chart } from '../../src/render/chart/index.ts';
import { amountLabel, isoSpan } from '../../src/render/chart/data.ts';
import { textMeasure, toSvg } from '../../src/render/chart/draw.ts';
import { chartSpec } from '../../src/render/chart/spec.ts';
import { THEMES } from '../../src/render/chart/theme.ts';
import { seedSnapshot } from '../helpers/seed.ts';
import { corpusOf, FIXTURE_STORIES } from '../helpers/newsroom.ts';

/** Discord's attachment limit for a server without boosts, bytes. */
const DISCORD_ATTACHMENT_LIMIT = 10 * 1024 * 1024;

let seeds: LocalEngine;
let fixtures: LocalEngine;
let cleanup: () => void;
let troops: Reply;
let chart: Chart;

beforeAll(async () => {
  seeds = new LocalEngine(await seedSnapshot());
  const corpus = corpusOf(FIXTURE_STORIES);
  cleanup = corpus.cleanup;
  fixtures = await LocalEngine.open(corpus.dir);
  troops = await seeds.run('estimate', 'troops');
  chart = (await chartFor(troops))!;
});

afterAll(() => cleanup?.());

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The answers a mark of the SVG says it draws (`aria-label="answer 3"`), in drawing order. */
function drawnAnswers(svg: string): number[] {
  return [...svg.matchAll(/aria-label="answer (\d+)"/g)].map((m) => Number(m[1]));
}

function expectWithinDiscordLimits(c: Chart): void {
  expect(c.png.length).toBeLessThan(DISCORD_ATTACHMENT_LIMIT);
  expect(c.png.length).toBeLessThan(400 * 1024); // quick to load on a phone
  const { width, height } = pngSize(c.png);
  expect({ width, height }).toEqual({ width: c.width, height: c.height });
  // sharp on a phone (twice the layout size), never a huge image
  expect(width).toBeGreaterThanOrEqual(800);
  expect(width).toBeLessThanOrEqual(1200);
  expect(height).toBeLessThanOrEqual(2400);
  expect(c.alt.length).toBeGreaterThan(0);
  expect(c.alt.length).toBeLessThanOrEqual(ALT_MAX);
}

describe('the chart of /estimate troops on the seeds', () => {
  it('is produced, as a PNG within Discord attachment limits', () => {
    expect(troops.status).toBe('ok');
    expect(chart).not.toBeNull();
    expect(chart.story).toBe('kursk');
    expectWithinDiscordLimits(chart);
  });

  it('draws every dated figure of the answer once, at its publication date, with its claimant and bounds', () => {
    const { points } = chart.data;
    const dated = troops.answers.map((a, i) => ({ a, i })).filter(({ a }) => a.figure && a.published);
    expect(points.map((p) => p.answer).sort()).toEqual(dated.map(({ i }) => i).sort());
    for (const p of points) {
      const a = troops.answers[p.answer]!;
      expect(p.date).toBe(a.published);
      expect(p.dateBasis).toBe('published');
      expect(p.claimant).toBe(a.claimant);
      expect(p.series).toBe(a.claimant ?? [a.outlet, a.agency].filter(Boolean).join(' / '));
      expect({ min: p.min, max: p.max, qualifier: p.qualifier, kind: p.kind }).toEqual({
        min: a.figure!.min,
        max: a.figure!.max,
        qualifier: a.figure!.qualifier,
        kind: a.figure!.kind,
      });
      expect(a.story).toBe('kursk');
    }
    // the two dates of the seeds: 5 December 2024, 11:58 (ntv.de / AFP) and April 2025 (Reuters)
    expect(chart.data.dates).toBe(2);
    expect(new Set(points.map((p) => p.date))).toEqual(new Set(['2024-12-05T11:58', '2025-04']));
  });

  it('keeps bounds as written: "mehr als" a lower bound, "zwischen" a bar, a month a month', () => {
    const byText = (t: string) => chart.data.points.find((p) => troops.answers[p.answer]!.figure!.text === t)!;
    const more = byText('mehr als 10.000 Soldaten');
    expect(more).toMatchObject({ bound: 'lower', low: 10000, high: 10000, min: 10000, max: null, label: '>10,000' });
    const range = byText('zwischen 10.000 und 12.000 Soldaten');
    expect(range).toMatchObject({ bound: 'range', low: 10000, high: 12000, label: '10,000–12,000' });
    expect(range.claimant).toMatch(/National Resistance Center/);
    const april = byText('etwa 14.000 Soldaten');
    expect(april).toMatchObject({ bound: 'about', label: '≈14,000', coarse: true, date: '2025-04' });
    // April 2025 is drawn across the whole month, not as a day
    expect(april.from).toBe(Date.UTC(2025, 3, 1));
    expect(april.to).toBe(Date.UTC(2025, 4, 1));
    const minute = byText('Über zehntausend nordkoreanische Soldaten');
    expect(minute).toMatchObject({ coarse: false, from: Date.UTC(2024, 11, 5, 11, 58), to: Date.UTC(2024, 11, 5, 11, 58) });
  });

  it('lists the undated figures apart, never on the time axis', () => {
    const undated = troops.answers.map((a, i) => ({ a, i })).filter(({ a }) => a.figure && !a.published && !a.date?.iso);
    expect(undated.length).toBe(3);
    expect(chart.data.undated.map((u) => u.answer)).toEqual(undated.map(({ i }) => i));
    expect(chart.data.undated.map((u) => u.label)).toEqual(['≥10,000 troops sent', '12,000 troops sent', '1,500 troops arrived']);
    expect(chart.data.undated.map((u) => u.claimant)).toEqual(undated.map(({ a }) => a.claimant));
    expect(chart.data.points.some((p) => chart.data.undated.some((u) => u.answer === p.answer))).toBe(false);
  });

  it('draws one mark per plotted figure, each naming its answer, in panels per thing counted', async () => {
    const { spec, panels } = chartSpec(chart.data, THEMES.dark, textMeasure());
    expect(panels.map((p) => p.counts)).toEqual(['troops sent', 'reinforcements']);
    // the three figures of 5 December 2024, 11:58 would cover each other: side by side, centred on their date
    const sent = panels[0]!;
    const december = sent.points.map((n, i) => ({ p: chart.data.points[n]!, dx: sent.layout.dx[i]! })).filter(({ p }) => p.date === '2024-12-05T11:58');
    expect(december.length).toBe(3);
    expect(new Set(december.map((d) => d.dx)).size).toBe(3);
    expect(december.reduce((s, d) => s + d.dx, 0)).toBeCloseTo(0);
    const svg = await toSvg(spec);
    expect(drawnAnswers(svg).sort()).toEqual(chart.data.points.map((p) => p.answer).sort());
    expect(svg).toContain('North Korean soldiers in the Kursk region');
    expect(svg).toContain('Undated, not on the time axis:');
    for (const u of chart.data.undated) expect(svg).toContain(u.label);
  });

  it('has a text alternative naming the measure and every dated figure', () => {
    expect(chart.alt).toMatch(/^Chart: North Korean troops/);
    for (const p of chart.data.points) expect(chart.alt).toContain(p.label);
  });

  it('words a German chart in German, numbers included', async () => {
    const de = (await chartFor(troops, { lang: 'de' }))!;
    expect(de.data.title).toBe(troops.stories![0]!.title.de);
    expect(de.data.points.map((p) => p.label)).toContain('10.000–12.000');
    expect(de.data.undated.map((u) => u.label)).toContain('1.500 eingetroffene Soldaten');
    expect(de.alt).toMatch(/^Diagramm:/);
    expectWithinDiscordLimits(de);
  });
});

describe('no chart', () => {
  it('for a reply whose figures stand at fewer than two dates', async () => {
    // the seeds' casualty figures are all undated
    const casualties = await seeds.run('estimate', 'casualties');
    expect(casualties.answers.length).toBeGreaterThan(0);
    expect(await chartFor(casualties)).toBeNull();
    // one date only
    const oneDate: Reply = { ...troops, answers: troops.answers.filter((a) => a.published === '2024-12-05T11:58' || a.published === null) };
    expect(chartDataFor(oneDate)).toEqual([]);
    expect(await chartsFor(oneDate)).toEqual([]);
  });

  it('for other commands and for replies without an answer', async () => {
    expect(await chartFor(await seeds.run('when', 'treaty-in-force'))).toBeNull();
    expect(await chartFor(await seeds.run('estimate', 'Zahnbürsten'))).toBeNull();
  });
});

describe('rules of truth', () => {
  it('reads dates as precise as written', () => {
    expect(isoSpan('2025')).toEqual({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1), coarse: true });
    expect(isoSpan('2024-12-05')).toEqual({ from: Date.UTC(2024, 11, 5), to: Date.UTC(2024, 11, 6), coarse: false });
    expect(isoSpan('2024-06/2024-08')).toEqual({ from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 8, 1), coarse: true });
    expect(isoSpan('2025-02-30')).toBeNull();
    expect(isoSpan('gestern')).toBeNull();
  });

  it('labels every kind of bound as given, never as a bare number', () => {
    const f = (min: number | null, max: number | null, qualifier: string | null) => ({ text: '', min, max, qualifier, unit: null, kind: null });
    expect(amountLabel(f(3000, null, 'mehr als'))).toBe('>3,000');
    expect(amountLabel(f(100, null, 'mindestens'))).toBe('≥100');
    expect(amountLabel(f(null, 10000, 'bis zu'))).toBe('≤10,000');
    expect(amountLabel(f(null, 50, 'weniger als'))).toBe('<50');
    expect(amountLabel(f(null, 3000, 'knapp'))).toBe('almost 3,000');
    expect(amountLabel(f(1000, null, 'vage'))).toBe('1,000+ (vague)');
    expect(amountLabel(f(14000, 14000, 'etwa'))).toBe('≈14,000');
    expect(amountLabel(f(12000, 12000, null))).toBe('12,000');
  });

  it('never mixes stories: one chart per story, each drawing only its own answers', async () => {
    const reply = await fixtures.run('estimate', 'casualties');
    expect(new Set(reply.answers.map((a) => a.story)).size).toBeGreaterThan(1);
    const charts = await chartsFor(reply);
    expect(charts.map((c) => c.story).sort()).toEqual(['erdbeben', 'waldbrand']);
    for (const c of charts) {
      expect(c.data.title).toBe(reply.stories!.find((s) => s.id === c.story)!.title.en);
      for (const n of [...c.data.points, ...c.data.undated, ...c.data.coarse].map((x) => x.answer)) expect(reply.answers[n]!.story).toBe(c.story);
      const svg = await toSvg(chartSpec(c.data, THEMES.dark, textMeasure()).spec);
      for (const n of drawnAnswers(svg)) expect(reply.answers[n]!.story).toBe(c.story);
      expectWithinDiscordLimits(c);
    }
  });
});

describe('the fixture stories', () => {
  let tote: Reply;
  let toll: Chart;
  beforeAll(async () => {
    tote = await fixtures.run('estimate', 'Tote', { story: 'erdbeben' });
    toll = (await chartFor(tote))!;
  });

  it('charts the death toll of the earthquake over the live blog and the reports that followed', () => {
    expect(toll).not.toBeNull();
    expect(toll.data.title).toMatch(/Earthquake/);
    expectWithinDiscordLimits(toll);
    const answers = (xs: { answer: number }[]) => xs.map((x) => x.answer);
    // every figure of the reply is drawn, listed as dated only to a month, or listed as undated: none is lost
    const all = [...answers(toll.data.points), ...answers(toll.data.coarse), ...answers(toll.data.undated)].sort((a, b) => a - b);
    expect(all).toEqual(tote.answers.map((_, i) => i).filter((i) => tote.answers[i]!.figure));
    // the toll dated only "February 2025" would squeeze the live blog of 17-20 February into a corner: listed apart
    expect(toll.data.coarse.length).toBeGreaterThan(0);
    for (const c of toll.data.coarse) expect(tote.answers[c.answer]!.published).toBe('2025-02');
    expect(toll.data.coarse.every((c) => c.date === 'February 2025')).toBe(true);
    expect(toll.data.points.every((p) => !p.coarse)).toBe(true);
    // every figure of this story is dated (undated figures are listed apart: see the seed story's chart)
    expect(toll.data.undated).toEqual([]);
  });

  it('places labels where they cover no other label and no mark, and keeps marks at their dates', () => {
    const { panels } = chartSpec(toll.data, THEMES.light, textMeasure());
    for (const { layout } of panels) {
      const boxes = layout.labels.filter((l) => l !== null).map((l) => l!.box);
      expect(boxes.length).toBeGreaterThan(0);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `labels ${i} and ${j} overlap`).toBe(false);
        }
      }
      // a mark moves sideways only among marks of its own date that it would cover, by a few pixels
      for (const dx of layout.dx) expect(Math.abs(dx)).toBeLessThanOrEqual(48);
    }
  });

  it('moves no mark that covers no other mark of its date, and sets marks that would cover each other side by side', () => {
    const { panels } = chartSpec(toll.data, THEMES.light, textMeasure());
    const killed = panels.find((p) => p.counts === 'killed')!;
    const marks = killed.points.map((n, i) => ({ p: toll.data.points[n]!, dx: killed.layout.dx[i]! }));
    // a mark alone at its date stays at its date
    const alone = marks.filter(({ p }) => marks.filter((m) => m.p.date === p.date).length === 1);
    expect(alone.length).toBeGreaterThan(3);
    for (const { dx } of alone) expect(dx).toBe(0);
    // 18 February, 14:52: 1,130, 870 and 260 killed in one article, within a few pixels of each other on an
    // axis up to 12,000 (the projections): side by side, centred on their date
    const feb18 = marks.filter(({ p }) => p.date === '2025-02-18T14:52');
    expect(feb18.map(({ p }) => p.label).sort()).toEqual(['1,130', '260', '870']);
    expect(feb18.map(({ dx }) => dx).sort((a, b) => a - b)).toEqual([-16, 0, 16]);
  });

  it('charts the wildfire, drawing figures dated only to August across the month', async () => {
    const fire = (await chartFor(await fixtures.run('estimate', 'casualties', { story: 'waldbrand' })))!;
    expect(fire).not.toBeNull();
    const august = fire.data.points.filter((p) => p.coarse);
    expect(august.length).toBeGreaterThan(0);
    for (const p of august) expect([p.from, p.to]).toEqual([Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)]);
    expectWithinDiscordLimits(fire);
  });
});
