/**
 * The chart worker thread: renders the charts of the replies the host sends
 * (see `worker-host.ts`), so Vega and the rasteriser never run on the thread
 * of the Discord client. Loads Vega, Vega-Lite, resvg and the font once.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { chartsFor } from './index.ts';
import type { ChartRequest, ChartResponse } from './worker-host.ts';

const port = parentPort;
if (!port) throw new Error('chart-worker: must run in a worker thread');

port.on('message', (m: ChartRequest) => {
  void chartsFor(m.reply, { theme: m.theme, lang: m.lang }).then(
    (charts) => port.postMessage({ id: m.id, charts } satisfies ChartResponse),
    (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies ChartResponse),
  );
});
port.postMessage({ ready: true } satisfies ChartResponse);
