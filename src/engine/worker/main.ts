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
import { findSpec } from '../../answers/registry.ts';
import { errorReply } from '../../reply/build.ts';
import { UserError } from '../../reply/errors.ts';
import type { Reply } from '../../reply/model.ts';
import { manifestOf } from '../../snapshot/manifest.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { Logger, stderrSink } from '../../system/log.ts';
import { openCorpus } from '../open-corpus.ts';
import { answerOn, completeOn, unknownCommandReply } from '../dispatch.ts';
import { ReplyCache } from '../reply-cache.ts';
import type { HostMessage, WorkerInit, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('engine-worker: must run in a worker thread');

const init = workerData as WorkerInit;
const send = (m: WorkerMessage) => port.postMessage(m);

function heapUsed(): number {
  return v8.getHeapStatistics().used_heap_size;
}

let snapshot: Snapshot;
const replies = new ReplyCache();
const logger = new Logger(stderrSink);
let saveCache: () => Promise<Error | null>;
try {
  const opened = await openCorpus(init.dir, { cacheDir: init.cacheDir, answers: init.warm, writeCache: 'later', threads: init.threads ?? 'auto' });
  snapshot = opened.snapshot;
  saveCache = opened.saveCache;
  const { report } = opened;
  send({ t: 'ready', manifest: manifestOf(snapshot), report, warmMs: init.warm ? report.answersMs : 0, answersFromCache: report.answersFromCache, answersCacheMiss: init.warm ? report.answersCacheMiss : 'not warmed', heapUsed: heapUsed() });
} catch (err) {
  send({ t: 'failed', message: (err as Error).message.split('\n')[0] ?? String(err) });
  process.exit(0);
}
// The version answers now; the cache files of what changed are written after (the next start or reload builds on them).
void saveCache().then((err) => {
  if (err) logger.error('cache-write-failed', err, {});
  send({ t: 'saved', error: err ? err.message : null });
});

/** Answers one `run` request; every failure becomes this request's error reply (the worker keeps serving). */
async function run(m: Extract<HostMessage, { t: 'run' }>): Promise<WorkerMessage> {
  const started = performance.now();
  const command = typeof m.command === 'string' ? m.command : '';
  if (typeof m.argument !== 'string') {
    return { t: 'reply', id: m.id, reply: invalidArgumentReply(command), handlerMs: performance.now() - started };
  }
  try {
    const story = typeof m.story === 'string' ? m.story : undefined;
    const key = ReplyCache.key(command, m.argument, story);
    let reply = key ? replies.get(key) : undefined;
    if (!reply) {
      const spec = findSpec(command);
      reply = spec?.kind === 'answer' ? await answerOn(snapshot, spec, m.argument, logger, story) : unknownCommandReply(command, m.argument);
      if (key) replies.set(key, reply);
    }
    return { t: 'reply', id: m.id, reply, handlerMs: performance.now() - started };
  } catch (err) {
    return { t: 'reply', id: m.id, reply: internalErrorReply(command, m.argument, err), handlerMs: performance.now() - started };
  }
}

/** The reply to an unexpected failure outside the handler: logged with a reference, never the question. */
function internalErrorReply(command: string, argument: string, err: unknown): Reply {
  const ref = Math.random().toString(36).slice(2, 8);
  logger.error('worker-request-failed', err, { command: findSpec(command)?.name ?? 'unknown', ref });
  return errorReply(command, argument, new UserError('InternalError', { ref }), { corpusVersion: snapshot.version });
}

function invalidArgumentReply(command: string): Reply {
  return errorReply(command, '', new UserError('ArgumentType', { what: 'text' }), { corpusVersion: snapshot.version });
}

/** Handles one message; never throws, so one bad request cannot take the worker (and every question in it) down. */
async function handle(m: HostMessage): Promise<WorkerMessage | null> {
  switch (m?.t) {
    case 'run':
      return run(m);
    case 'complete':
      try {
        const partial = typeof m.partial === 'string' ? m.partial : '';
        return { t: 'choices', id: m.id, choices: completeOn(snapshot, String(m.command), partial, logger) };
      } catch (err) {
        logger.error('worker-request-failed', err, { command: 'autocomplete' });
        return { t: 'choices', id: m.id, choices: [] };
      }
    case 'stats':
      return { t: 'stats', id: m.id, heapUsed: heapUsed() };
    default:
      logger.error('worker-unknown-message', new Error('unknown message'), {});
      return null;
  }
}

port.on('message', (m: HostMessage) => {
  void handle(m).then((answer) => {
    if (!answer) return;
    try {
      send(answer);
    } catch (err) {
      // A reply that cannot cross threads: answer with an error instead of dying.
      if (answer.t === 'reply') send({ ...answer, reply: internalErrorReply(answer.reply.command, '', err) });
    }
  });
});
