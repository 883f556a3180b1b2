/**
 * Charts rendered off the caller's thread: {@link ChartWorker} sends a reply
 * to a worker thread (`worker.ts`) that draws its charts and sends the PNG
 * bytes back. Rendering a chart takes about 100 ms of CPU (Vega-Lite, Vega,
 * resvg), too long for the thread of the Discord client; what stays on the
 * caller's thread is deciding whether a reply has a chart (a pass over its
 * answers) and copying the reply and the PNGs across (well under a
 * millisecond). This module does not load Vega.
 *
 * A chart is an extra: every failure (a worker that crashes or does not
 * answer in time) comes back as an error for that request, the caller sends
 * its reply without a chart, and the next request starts a fresh worker.
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../reply/lang.ts';
import type { Reply } from '../../reply/model.ts';
import { shortHash } from '../../system/hash.ts';
import { chartDataFor } from './data.ts';
import type { Chart } from './index.ts';

/** Host -> worker. */
export interface ChartRequest {
  id: number;
  reply: Reply;
  theme: 'dark' | 'light';
  lang: Lang;
}

/** Worker -> host: ready once its modules are loaded, then one answer per request. */
export type ChartResponse = { ready: true } | { id: number; charts: Chart[] } | { id: number; error: string };

/** What a front end needs: the charts of a reply, and to let go of the worker. */
export interface ChartSource {
  /** The charts of a reply in a language (none for most replies); rejects when rendering fails. */
  charts(reply: Reply, lang?: Lang): Promise<Chart[]>;
  close(): Promise<void>;
}

/** Options of {@link ChartWorker}. */
export interface ChartWorkerOptions {
  /** A request not answered within this time fails (default 5 s), and the worker is replaced. */
  timeoutMs?: number;
  /** Charts kept for replies asked again (default 50). */
  cacheSize?: number;
  theme?: 'dark' | 'light';
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The worker's entry: the TypeScript file where Node strips types, else a tsx boot file. */
function workerEntry(): string {
  const features = process.features as { typescript?: string | false };
  return path.join(HERE, features.typescript ? 'worker.ts' : 'boot.mjs');
}

type Pending = { resolve: (charts: Chart[]) => void; reject: (err: Error) => void; timer: NodeJS.Timeout };

/** Renders charts in one worker thread, started on first use (or by {@link warm}). */
export class ChartWorker implements ChartSource {
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  readonly #cache = new Map<string, Promise<Chart[]>>();
  readonly #timeoutMs: number;
  readonly #cacheSize: number;
  readonly #theme: 'dark' | 'light';
  #closed = false;

  constructor(options: ChartWorkerOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 5000;
    this.#cacheSize = options.cacheSize ?? 50;
    this.#theme = options.theme ?? 'dark';
  }

  /** Starts the worker now, so the first chart does not wait for Vega to load. */
  warm(): void {
    if (!this.#closed) this.#spawn();
  }

  /** True while a worker thread is running (for tests). */
  get running(): boolean {
    return this.#worker !== null;
  }

  /**
   * The charts of a reply: none (without a worker) when it has no figures at
   * two or more dates; from the cache when the same answers were charted
   * before; else rendered by the worker.
   */
  charts(reply: Reply, lang: Lang = 'en'): Promise<Chart[]> {
    if (this.#closed) return Promise.reject(new Error('charts: closed'));
    if (chartDataFor(reply, lang).length === 0) return Promise.resolve([]);
    const key = shortHash(JSON.stringify([lang, reply.command, reply.argument, reply.corpusVersion, reply.summary, reply.stories, reply.answers]), 32);
    const cached = this.#cache.get(key);
    if (cached) {
      this.#cache.delete(key); // most recently used last
      this.#cache.set(key, cached);
      return cached;
    }
    const rendered = this.#request(reply, lang);
    this.#cache.set(key, rendered);
    rendered.catch(() => this.#cache.delete(key));
    while (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    return rendered;
  }

  #spawn(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerEntry());
    worker.unref(); // never keeps a process alive
    worker.on('message', (m: ChartResponse) => {
      if ('ready' in m) return;
      const p = this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id);
      clearTimeout(p.timer);
      if ('error' in m) p.reject(new Error(`charts: ${m.error}`));
      else p.resolve(m.charts.map((c) => ({ ...c, png: Buffer.from(c.png.buffer, c.png.byteOffset, c.png.byteLength) })));
    });
    const fail = (err: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const p of this.#pending.values()) {
        clearTimeout(p.timer);
        p.reject(err);
      }
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`charts: worker exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  #request(reply: Reply, lang: Lang): Promise<Chart[]> {
    const worker = this.#spawn();
    const id = this.#nextId++;
    return new Promise<Chart[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A worker that does not answer in time may be stuck: replace it.
        this.#pending.delete(id);
        reject(new Error(`charts: no answer within ${this.#timeoutMs} ms`));
        if (this.#worker === worker) this.#worker = null;
        void worker.terminate();
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, reply, theme: this.#theme, lang } satisfies ChartRequest);
    });
  }

  /** Stops the worker; requests in flight fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }
}
