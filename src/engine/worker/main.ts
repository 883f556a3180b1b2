/**
 * The worker-thread side of {@link WorkerEngine}: a worker holds the corpus
 * version answering now. It opens the corpus (from the cache where valid),
 * makes the catalogued answers ready, reports ready, then answers requests.
 *
 * A small change (a few articles) is built here as the next version, from
 * this one (`prepare`: only changed files parsed, the stories that stay the
 * same taken over as they are) while questions keep being answered between
 * the steps; `swap` makes it the one answering, between two requests. A
 * larger build is refused here and the host builds it in a new worker.
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
import { TooMuchWork } from '../../snapshot/open.ts';
import { openCorpus, type CorpusBase, type OpenedCorpus } from '../open-corpus.ts';
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

/** The version answering now: read once at the start of each request. */
let snapshot: Snapshot;
/** What the next version is built from. */
let base: CorpusBase;
/** The next version, built and not yet swapped in. */
let pending: OpenedCorpus | null = null;
let replies = new ReplyCache();
const logger = new Logger(stderrSink);

/** What the host learns of a version that is ready. */
function readyInfo(opened: OpenedCorpus) {
  const { report } = opened;
  return { manifest: manifestOf(opened.snapshot), report, warmMs: init.warm ? report.answersMs : 0, answersFromCache: report.answersFromCache, answersCacheMiss: init.warm ? report.answersCacheMiss : 'not warmed', heapUsed: heapUsed() };
}

/** Writes the cache files of the version answering now (after it answers: the next start or reload builds on them). */
function save(opened: OpenedCorpus): void {
  void opened.saveCache().then((err) => {
    if (err) logger.error('cache-write-failed', err, {});
    send({ t: 'saved', error: err ? err.message : null });
  });
}

try {
  const opened = await openCorpus(init.dir, { cacheDir: init.cacheDir, answers: init.warm, writeCache: 'later', threads: init.threads ?? 'auto' });
  snapshot = opened.snapshot;
  base = opened.base;
  send({ t: 'ready', ...readyInfo(opened) });
  save(opened);
} catch (err) {
  send({ t: 'failed', message: (err as Error).message.split('\n')[0] ?? String(err) });
  process.exit(0);
}

/**
 * Builds the next version here, from this one, when the change is small
 * (at most `maxWorkBytes` of files to parse or derive from); questions are
 * answered between its steps.
 */
async function prepare(m: Extract<HostMessage, { t: 'prepare' }>): Promise<WorkerMessage> {
  pending = null;
  try {
    const opened = await openCorpus(init.dir, {
      cacheDir: init.cacheDir,
      answers: init.warm,
      writeCache: 'later',
      threads: 0,
      base,
      previous: snapshot,
      maxWorkBytes: m.maxWorkBytes,
    });
    pending = opened;
    return { t: 'prepared', id: m.id, ok: true, info: readyInfo(opened) };
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? String(err);
    return { t: 'prepared', id: m.id, ok: false, large: err instanceof TooMuchWork, message };
  }
}

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
    case 'prepare':
      return prepare(m);
    case 'swap': {
      // Between two requests: every request from now on reads the new version.
      if (!pending) return { t: 'swapped', id: m.id, ok: false };
      const next = pending;
      pending = null;
      snapshot = next.snapshot;
      base = next.base;
      replies = new ReplyCache();
      save(next);
      return { t: 'swapped', id: m.id, ok: true };
    }
    case 'discard':
      pending = null;
      return { t: 'swapped', id: m.id, ok: false };
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
