/**
 * Small measuring helpers for the benchmark: percentiles, timing loops,
 * deterministic query sets drawn from the corpus itself, and the event-loop
 * stall monitor.
 *
 * @module
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Snapshot } from '../src/snapshot/snapshot.ts';

/** p-th percentile (0-100) of samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** p50 and p99 of samples in ms. */
export interface Latency {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

export function latency(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples), n: samples.length };
}

/**
 * Times `fn` over every input, in ms per call: one pass to warm up (also
 * returned first), then `rounds` timed passes.
 */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, rounds = 1): number[] {
  const out: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      fn(input);
      out.push(performance.now() - t);
    }
  }
  return out;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Query words drawn from the corpus text at random positions, so their
 * frequencies follow the corpus (common words often, rare words rarely), as
 * reporters' questions would. Words of 4+ letters only.
 */
export function sampleWords(snapshot: Snapshot, count: number, seed: number): string[] {
  const random = rng(seed);
  const paragraphs = [...snapshot.paragraphById.values()];
  const words: string[] = [];
  let guard = 0;
  while (words.length < count && guard++ < count * 50) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const tokens = p.text.match(/[\p{L}][\p{L}-]{3,}/gu) ?? [];
    const w = tokens[Math.floor(random() * tokens.length)];
    if (w) words.push(w);
  }
  return words;
}

/** Queries of one to three sampled words. */
export function sampleQueries(snapshot: Snapshot, count: number, seed: number): string[] {
  const random = rng(seed + 1);
  const words = sampleWords(snapshot, count * 3, seed);
  const out: string[] = [];
  let i = 0;
  for (let q = 0; q < count; q++) {
    const n = 1 + Math.floor(random() * 3);
    out.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}

/** Watches the event loop's delay; `stop()` returns the worst stall in ms. */
export function stallMonitor(): { stop(): { maxMs: number; p99Ms: number } } {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  return {
    stop() {
      h.disable();
      return { maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 };
    },
  };
}

/** Rounds for tables. */
export function ms(n: number): string {
  if (!Number.isFinite(n)) return '–';
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
