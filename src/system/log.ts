/**
 * Structured logging: one JSON line per event on stdout. Only shapes and
 * sizes of user input are logged (command, argument length, latency,
 * outcome), never message content or secrets.
 *
 * @module
 */

/** One interaction, as logged. */
export interface InteractionLog {
  kind: 'command' | 'autocomplete' | 'button';
  command: string;
  argLength: number;
  latencyMs: number;
  outcome: string;
  deferred?: boolean;
  corpus?: string;
}

/** Where log lines go (replaceable in tests). */
export type LogSink = (line: string) => void;

/** A sink writing to standard error (diagnostics of tools whose stdout is their answer). */
export const stderrSink: LogSink = (line) => process.stderr.write(`${line}\n`);

/** A logger writing JSON lines. */
export class Logger {
  readonly #sink: LogSink;

  constructor(sink: LogSink = (line) => process.stdout.write(`${line}\n`)) {
    this.#sink = sink;
  }

  interaction(entry: InteractionLog): void {
    this.#sink(JSON.stringify({ t: new Date().toISOString(), event: 'interaction', ...entry }));
  }

  info(event: string, fields: Record<string, string | number | boolean | null> = {}): void {
    this.#sink(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
  }

  /** Logs an error by name and message only (no stack with user content). */
  error(event: string, err: unknown, fields: Record<string, string | number | boolean | null> = {}): void {
    const e = err as Error;
    this.#sink(JSON.stringify({ t: new Date().toISOString(), event, level: 'error', error: `${e?.name ?? 'Error'}: ${String(e?.message ?? err).slice(0, 300)}`, ...fields }));
  }
}
