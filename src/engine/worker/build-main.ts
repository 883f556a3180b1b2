/**
 * A build worker: runs units of build work (parse a chunk of a story's
 * files, index them, derive their catalogue findings) for the engine, one
 * message per unit, and sends each result back (articles compact, the index
 * as transferable typed arrays). Holds nothing between units but compiled
 * catalogues; the pool ends it when the work is done.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { findingsByArticle } from '../answers-cache.ts';
import { compactArticle } from '../../snapshot/cache.ts';
import { givenArticle, runUnit, type Unit, type UnitResult } from '../../snapshot/story-build.ts';
import { CLAIM_FREE, CLAIM_WORKER, toWire, type BuildReply, type BuildRequest } from './build-protocol.ts';

const port = parentPort;
if (!port) throw new Error('build-worker: must run in a worker thread');

port.on('message', (m: BuildRequest) => {
  // sent ahead: the pool's thread may have taken the unit over meanwhile
  if (m.claims && Atomics.compareExchange(m.claims, m.id, CLAIM_FREE, CLAIM_WORKER) !== CLAIM_FREE) {
    port.postMessage({ id: m.id, skipped: true } satisfies BuildReply);
    return;
  }
  try {
    const unit: Unit = { ...m.unit, given: m.unit.given.map((g) => ({ article: givenArticle(g), source: g.source })) };
    const result: UnitResult = runUnit(unit, unit.derive ? findingsByArticle : null);
    const wire = toWire(result, compactArticle);
    const transfer = wire.index ? [wire.index.shortIds.buffer, wire.index.fieldLengths.buffer, wire.index.meta.buffer, wire.index.postings.buffer] : [];
    port.postMessage({ id: m.id, result: wire } satisfies BuildReply, transfer as ArrayBuffer[]);
  } catch (err) {
    port.postMessage({ id: m.id, error: (err as Error).message.split('\n')[0] ?? String(err) } satisfies BuildReply);
  }
});
port.postMessage({ ready: true });
