/**
 * The worker-thread side of {@link WorkerEngine}: one worker holds one
 * snapshot (one corpus version) for its whole life. It opens the corpus (from
 * the cache when valid), computes the catalogued answers once, reports ready,
 * then answers requests until the host retires it.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import { catalogueAnswers, installCatalogueAnswers } from '../../answers/catalogued.ts';
import { findSpec } from '../../answers/registry.ts';
import { manifestOf } from '../../snapshot/manifest.ts';
import { openSnapshot } from '../../snapshot/open.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { Logger, stderrSink } from '../../system/log.ts';
import { answersFile, answersKey, readAnswers, writeAnswers, type CatalogueAnswers } from '../answers-cache.ts';
import { answerOn, completeOn, unknownCommandReply } from '../dispatch.ts';
import { ReplyCache } from '../reply-cache.ts';
import type { HostMessage, WorkerInit, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('engine-worker: must run in a worker thread');

const init = workerData as WorkerInit;
const send = (m: WorkerMessage) => port.postMessage(m);

/**
 * Makes every catalogued /when and /estimate answer ready before the version
 * goes live, so requests only read them: from the answers cache when it holds
 * this version, else computed (and cached).
 */
async function warm(snapshot: Snapshot): Promise<{ ms: number; fromCache: boolean }> {
  const t = performance.now();
  const file = init.cacheDir ? answersFile(init.cacheDir, init.dir) : null;
  const key = answersKey(snapshot.version);
  const cached = file ? readAnswers(file, key) : null;
  if (cached && snapshot.stories.every((s) => cached.stories[s.id])) {
    for (const s of snapshot.stories) installCatalogueAnswers(s, cached.stories[s.id]!);
    return { ms: performance.now() - t, fromCache: true };
  }
  const answers: CatalogueAnswers = { stories: {} };
  for (const s of snapshot.stories) answers.stories[s.id] = catalogueAnswers(s);
  if (file) await writeAnswers(file, key, answers);
  return { ms: performance.now() - t, fromCache: false };
}

function heapUsed(): number {
  return v8.getHeapStatistics().used_heap_size;
}

let snapshot: Snapshot;
const replies = new ReplyCache();
const logger = new Logger(stderrSink);
try {
  const { snapshot: s, report } = await openSnapshot(init.dir, { cacheDir: init.cacheDir });
  snapshot = s;
  const warmed = init.warm ? await warm(snapshot) : { ms: 0, fromCache: false };
  send({ t: 'ready', manifest: manifestOf(snapshot), report, warmMs: warmed.ms, answersFromCache: warmed.fromCache, heapUsed: heapUsed() });
} catch (err) {
  send({ t: 'failed', message: (err as Error).message.split('\n')[0] ?? String(err) });
  process.exit(0);
}

port.on('message', async (m: HostMessage) => {
  switch (m.t) {
    case 'run': {
      const started = performance.now();
      const key = ReplyCache.key(m.command, m.argument, m.story);
      let reply = key ? replies.get(key) : undefined;
      if (!reply) {
        const spec = findSpec(m.command);
        reply = spec?.kind === 'answer' ? await answerOn(snapshot, spec, m.argument, logger, m.story) : unknownCommandReply(m.command, m.argument);
        if (key) replies.set(key, reply);
      }
      send({ t: 'reply', id: m.id, reply, handlerMs: performance.now() - started });
      break;
    }
    case 'complete':
      send({ t: 'choices', id: m.id, choices: completeOn(snapshot, m.command, m.partial, logger, m.options) });
      break;
    case 'stats':
      send({ t: 'stats', id: m.id, heapUsed: heapUsed() });
      break;
  }
});
