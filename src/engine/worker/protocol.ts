/**
 * Messages between {@link WorkerEngine} (host) and its engine workers.
 * Plain data only (structured clone).
 *
 * @module
 */
import type { Choice } from '../../answers/context.ts';
import type { Reply } from '../../reply/model.ts';
import type { CorpusManifest } from '../../snapshot/manifest.ts';
import type { CorpusReport } from '../open-corpus.ts';

/** `workerData` of an engine worker. */
export interface WorkerInit {
  dir: string;
  cacheDir: string | null;
  /** Compute the catalogued answers before reporting ready. */
  warm: boolean;
  /** Build workers for a large build (default 'auto': one per core beyond the engine worker). */
  threads?: number | 'auto';
}

/** Host -> worker. */
export type HostMessage =
  | { t: 'run'; id: number; command: string; argument: string; story?: string }
  | { t: 'complete'; id: number; command: string; partial: string; options: { option?: string; story?: string } }
  | { t: 'stats'; id: number }
  /** Build the next version here when it is small (at most `maxWorkBytes` of files to parse or derive from). */
  | { t: 'prepare'; id: number; maxWorkBytes: number }
  /** Make the prepared version the one answering (between two requests). */
  | { t: 'swap'; id: number }
  /** Drop the prepared version. */
  | { t: 'discard'; id: number };

/** What a worker reports of a version that is ready. */
export interface ReadyInfo {
  manifest: CorpusManifest;
  report: CorpusReport;
  warmMs: number;
  answersFromCache: boolean;
  answersCacheMiss: string | null;
  heapUsed: number;
}

/** Worker -> host. */
export type WorkerMessage =
  | ({ t: 'ready' } & ReadyInfo)
  | { t: 'failed'; message: string }
  /** The cache files of this version were written (after ready). */
  | { t: 'saved'; error: string | null }
  | { t: 'reply'; id: number; reply: Reply; handlerMs: number }
  | { t: 'choices'; id: number; choices: Choice[] }
  | { t: 'stats'; id: number; heapUsed: number }
  /** The next version was built here (`ok`), or not: too large to build here (`large`; the host builds it in a new worker), or it failed. */
  | { t: 'prepared'; id: number; ok: true; info: ReadyInfo }
  | { t: 'prepared'; id: number; ok: false; large: boolean; message: string }
  | { t: 'swapped'; id: number; ok: boolean };
