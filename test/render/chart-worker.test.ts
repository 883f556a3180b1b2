/**
 * Charts rendered in a worker thread: the same bytes as rendering in the
 * caller's thread, while the caller's event loop stays free (what the Discord
 * client needs); no worker for replies without a chart; a worker that does not
 * answer in time fails its request and is replaced.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import type { Reply } from '../../src/reply/model.ts';
import { chartsFor } from '../../src/render/chart/index.ts';
import { ChartWorker } from '../../src/render/chart/worker-host.ts';
import { seedSnapshot } from '../helpers/seed.ts';

let engine: LocalEngine;
let troops: Reply;
const workers: ChartWorker[] = [];
const worker = (options: ConstructorParameters<typeof ChartWorker>[0] = {}) => {
  const w = new ChartWorker({ timeoutMs: 30_000, ...options });
  workers.push(w);
  return w;
};

beforeAll(async () => {
  engine = new LocalEngine(await seedSnapshot());
  troops = await engine.run('estimate', 'troops');
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

describe('ChartWorker', () => {
  it('renders the same chart as the caller would, without keeping the caller busy', async () => {
    const w = worker();
    await w.charts({ ...troops, corpusVersion: 'warm-up' }); // the worker loads Vega once
    const before = performance.eventLoopUtilization();
    const charts = await w.charts(troops);
    const busy = performance.eventLoopUtilization(before);
    expect(charts).toHaveLength(1);
    expect(Buffer.isBuffer(charts[0]!.png)).toBe(true);
    const here = await chartsFor(troops);
    expect(charts[0]!.png.equals(here[0]!.png)).toBe(true);
    expect(charts[0]!.data).toEqual(here[0]!.data);
    // The caller's event loop ran for a few milliseconds of the render (deciding, copying), not the render itself.
    expect(busy.active).toBeLessThan(30);
  });

  it('answers a reply without a chart at once, without starting a worker', async () => {
    const w = worker();
    expect(await w.charts(await engine.run('when', 'treaty-in-force'))).toEqual([]);
    expect(await w.charts(await engine.run('estimate', 'casualties'))).toEqual([]);
    expect(w.running).toBe(false);
  });

  it('keeps the charts of a reply asked again, per language', async () => {
    const w = worker();
    const first = await w.charts(troops);
    const started = performance.now();
    const again = await w.charts(structuredClone(troops));
    expect(performance.now() - started).toBeLessThan(20);
    expect(again[0]!.png.equals(first[0]!.png)).toBe(true);
    const de = await w.charts(troops, 'de');
    expect(de[0]!.png.equals(first[0]!.png)).toBe(false);
    expect(de[0]!.alt).toMatch(/^Diagramm/);
  });

  it('fails a request the worker does not answer in time, and renders the next one in a fresh worker', async () => {
    const w = worker({ timeoutMs: 1 });
    await expect(w.charts(troops)).rejects.toThrow(/no answer within 1 ms/);
    expect(w.running).toBe(false);
    const patient = worker();
    expect(await patient.charts({ ...troops, corpusVersion: 'after-timeout' })).toHaveLength(1);
  });

  it('refuses requests once closed', async () => {
    const w = worker();
    await w.close();
    await expect(w.charts(troops)).rejects.toThrow(/closed/);
  });
});
