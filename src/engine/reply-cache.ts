/**
 * A small LRU of replies for one snapshot: the same question asked again
 * (a burst of reporters on the same story) is answered from memory. Safe
 * because a snapshot never changes; a reload brings a new snapshot and so a
 * new cache.
 *
 * @module
 */
import type { Reply } from '../reply/model.ts';

/** Commands whose replies depend only on the snapshot and the argument. */
const CACHEABLE = new Set(['when', 'estimate', 'search', 'source', 'corpus']);

/** Bounded map of recent replies, least recently used evicted first. */
export class ReplyCache {
  readonly #items = new Map<string, Reply>();
  readonly #capacity: number;

  constructor(capacity = 1000) {
    this.#capacity = capacity;
  }

  static key(command: string, argument: string, story?: string): string | null {
    const c = command.toLowerCase();
    return CACHEABLE.has(c) ? `${c}\u0000${argument.replace(/\s+/g, ' ').trim()}\u0000${story?.trim() ?? ''}` : null;
  }

  get(key: string): Reply | undefined {
    const hit = this.#items.get(key);
    if (hit) {
      this.#items.delete(key);
      this.#items.set(key, hit);
    }
    return hit;
  }

  /** Keeps answers and honest "nothing found" replies; never errors or refusals. */
  set(key: string, reply: Reply): void {
    if (reply.status !== 'ok' && reply.status !== 'no-answer') return;
    this.#items.set(key, reply);
    if (this.#items.size > this.#capacity) this.#items.delete(this.#items.keys().next().value as string);
  }
}
