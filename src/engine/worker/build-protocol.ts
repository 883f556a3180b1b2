/**
 * Messages between the build pool and its build workers (plain data only):
 * a unit of build work goes out with its known articles compact, a result
 * comes back with its articles compact (their texts are cut again from the
 * files the engine holds).
 *
 * @module
 */
import type { Article } from '../../corpus/types.ts';
import type { ArticleSource } from '../../corpus/load.ts';
import type { CompactArticle } from '../../snapshot/cache.ts';
import type { CompactResult, Unit, UnitResult } from '../../snapshot/story-build.ts';

/** A unit as sent: known articles compact, with their files. */
export interface WireUnit extends Omit<Unit, 'given'> {
  given: { compact: CompactArticle; source: ArticleSource }[];
}

/**
 * Pool -> build worker. `claims` (shared memory, one slot per unit of the
 * build) says who runs each unit: a worker sends more than one unit ahead, so
 * it never waits for this thread to hand out the next; before it starts one
 * it claims its slot ({@link CLAIM_WORKER}), and skips the unit when this
 * thread claimed it first ({@link CLAIM_HERE}: it ran out of work and took
 * the unit over).
 */
export interface BuildRequest {
  id: number;
  unit: WireUnit;
  claims?: Int32Array;
}

/** A unit's claim slot: nobody runs it yet, this thread runs it, a build worker runs it. */
export const CLAIM_FREE = 0;
export const CLAIM_HERE = 1;
export const CLAIM_WORKER = 2;

/**
 * Build worker -> pool: a unit's result, why it failed, or that it was
 * skipped (claimed by the pool first); `ready` once, when the worker has loaded.
 */
export type BuildReply = { id: number; result: UnitResult } | { id: number; error: string } | { id: number; skipped: true } | { ready: true };

/** A unit ready to send. */
export function unitToWire(unit: Unit, compact: (a: Article) => CompactArticle): WireUnit {
  return { ...unit, given: unit.given.map((g) => ({ compact: compact(g.article), source: g.source })) };
}

/** A result ready to send: parsed articles compact. */
export function toWire(result: UnitResult, compact: (a: Article) => CompactArticle): UnitResult {
  return { ...result, parsed: result.parsed.map((r): UnitResult['parsed'][number] => ('article' in r ? ({ compact: compact(r.article) } satisfies CompactResult) : r)) };
}
