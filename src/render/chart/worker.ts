/**
 * The chart worker thread: renders the charts of the replies the host sends
 * (see `worker-host.ts`), so Vega and the rasteriser never run on the thread
 * of the Discord client. Loads Vega, Vega-Lite, resvg and the font once.
 *
 * @module
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { chartsFor } from './index.ts';
import type { ChartRequest, ChartResponse } from './worker-host.ts';

const port = parentPort;
if (!port) throw new Error('chart-worker: must run in a worker thread');

// resvg's pixmaps and font data live outside V8's heap, which does not count them: left to
// itself V8 collects this small heap rarely, and each render keeps about 10 MB of native memory
// until it does (measured on Node 24: the process's RSS +340 MB after 240 charts; with a
// collection after each chart +50 MB after the first and +145 MB after 240, of which the worker
// with Vega loaded is about 50). So the worker collects after each request, off the caller's thread.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as (() => void) | undefined;

port.on('message', (m: ChartRequest) => {
  void chartsFor(m.reply, { theme: m.theme, lang: m.lang })
    .then(
      (charts) => port.postMessage({ id: m.id, charts } satisfies ChartResponse),
      (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies ChartResponse),
    )
    .finally(() => setImmediate(() => gc?.()));
});
port.postMessage({ ready: true } satisfies ChartResponse);
