/**
 * Fault injection for the Discord stand-in: what a bad day at Discord looks like on the wire.
 *
 * REST faults apply to requests on a chosen route (the template the stand-in records, e.g.
 * `/interactions/:id/:token/callback`), optionally only for one method, for the next `times`
 * matching requests:
 *
 * - a status: `429` (with `Retry-After` and Discord's rate-limit body) or any 4xx/5xx with a
 *   Discord-like error body; the request is **not** processed.
 * - `'reset'`: the socket is destroyed before the request is processed (it never reached Discord).
 * - `'reset-after'`: the request **is** processed (an interaction callback is acknowledged), then
 *   the socket is destroyed before the response is sent (the client cannot know it arrived).
 * - `'delay'`: the request is processed after `delayMs` — unless the client closed its connection
 *   meanwhile (its process exited): then it is dropped and recorded as `delay-abandoned`.
 *
 * Gateway faults live on the gateway: `closeGateway(code)` (any close code, fatal ones included)
 * and `setHeartbeatAcks(false)` (heartbeats are recorded but never acknowledged).
 */

import type { RecordedRequest } from './types.ts';

/** What happens to a matching request. */
export type RestFaultKind = number | 'reset' | 'reset-after' | 'delay';

/** A fault to inject (see the module comment). */
export interface RestFaultSpec {
  /** Route template as recorded in `RecordedRequest.route` (`/interactions/:id/:token/callback`). */
  route: string;
  /** Only this HTTP method (default: any). */
  method?: string;
  /** Only requests for which this holds (e.g. `(r) => (r.body as any)?.type === 4`: replies, not deferrals). */
  when?: (request: RecordedRequest) => boolean;
  kind: RestFaultKind;
  /** How many matching requests get the fault (default 1; `Infinity` for all until cleared). */
  times?: number;
  /** For 429: the `Retry-After` in milliseconds (default 50). */
  retryAfterMs?: number;
  /** For `'delay'`: how long to hold the request, ms (default 500). */
  delayMs?: number;
}

/** An injected fault: how often it struck so far. */
export interface RestFault extends Readonly<Required<Omit<RestFaultSpec, 'method' | 'when'>>> {
  readonly method: string | null;
  readonly when: ((request: RecordedRequest) => boolean) | null;
  /** Matching requests that got the fault. */
  hits: number;
}

/** The injected REST faults of one stand-in. */
export class RestFaults {
  readonly #active: RestFault[] = [];

  add(spec: RestFaultSpec): RestFault {
    const fault: RestFault = {
      route: spec.route,
      method: spec.method?.toUpperCase() ?? null,
      when: spec.when ?? null,
      kind: spec.kind,
      times: spec.times ?? 1,
      retryAfterMs: spec.retryAfterMs ?? 50,
      delayMs: spec.delayMs ?? 500,
      hits: 0,
    };
    this.#active.push(fault);
    return fault;
  }

  /** The fault for this request, counted as a hit, or null. */
  take(method: string, route: string, request: RecordedRequest): RestFault | null {
    const fault = this.#active.find(
      (f) => f.route === route && (f.method === null || f.method === method) && f.hits < f.times && (f.when === null || f.when(request)),
    );
    if (!fault) return null;
    fault.hits += 1;
    return fault;
  }

  clear(): void {
    this.#active.length = 0;
  }
}

/** Discord's body for a rate-limited request. */
export function rateLimitBody(retryAfterMs: number): { message: string; retry_after: number; global: boolean; code: number } {
  return { message: 'You are being rate limited.', retry_after: retryAfterMs / 1000, global: false, code: 0 };
}

/** Headers Discord sends with a 429 (bucket headers included so @discordjs/rest handles it as a route limit). */
export function rateLimitHeaders(retryAfterMs: number): Record<string, string> {
  return {
    // Discord sends whole seconds; a fraction keeps tests fast (@discordjs/rest reads it as a number).
    'retry-after': (retryAfterMs / 1000).toFixed(3),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': (retryAfterMs / 1000).toFixed(3),
    'x-ratelimit-bucket': 'standin-fault',
    'x-ratelimit-scope': 'user',
  };
}
