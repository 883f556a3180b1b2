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

/** Pool -> build worker. */
export interface BuildRequest {
  id: number;
  unit: WireUnit;
}

/** Build worker -> pool: a unit's result or why it failed (`ready` once, when the worker has loaded). */
export type BuildReply = { id: number; result: UnitResult } | { id: number; error: string } | { ready: true };

/** A unit ready to send. */
export function unitToWire(unit: Unit, compact: (a: Article) => CompactArticle): WireUnit {
  return { ...unit, given: unit.given.map((g) => ({ compact: compact(g.article), source: g.source })) };
}

/** A result ready to send: parsed articles compact. */
export function toWire(result: UnitResult, compact: (a: Article) => CompactArticle): UnitResult {
  return { ...result, parsed: result.parsed.map((r): UnitResult['parsed'][number] => ('article' in r ? ({ compact: compact(r.article) } satisfies CompactResult) : r)) };
}
