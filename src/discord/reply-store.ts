/**
 * Keeps recent replies so the "More sources" and "Show paragraph" buttons can
 * page through them later: a small LRU with a time limit, keyed by a short
 * random key that goes into the buttons' custom ids.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { Lang } from '../reply/lang.ts';
import type { Reply } from '../reply/model.ts';
import type { Page } from './pages.ts';

/** A stored reply with its pages. */
export interface StoredReply {
  reply: Reply;
  pages: Page[];
  ephemeral: boolean;
  /** The language the pages are worded in (buttons page on in it). */
  lang: Lang;
}

/** Bounded store of recent replies. */
export class ReplyStore {
  readonly #items = new Map<string, { value: StoredReply; at: number }>();
  readonly #capacity: number;
  readonly #ttlMs: number;

  constructor(capacity = 1000, ttlMs = 60 * 60 * 1000) {
    this.#capacity = capacity;
    this.#ttlMs = ttlMs;
  }

  /** Stores a reply and returns its key (10 URL-safe characters). Expired replies are dropped first. */
  put(value: StoredReply): string {
    const now = Date.now();
    for (const [old, item] of this.#items) {
      if (now - item.at <= this.#ttlMs) break; // kept in insertion order: the rest are younger
      this.#items.delete(old);
    }
    const key = randomBytes(8).toString('base64url').slice(0, 10);
    this.#items.set(key, { value, at: now });
    while (this.#items.size > this.#capacity) {
      const oldest = this.#items.keys().next().value as string;
      this.#items.delete(oldest);
    }
    return key;
  }

  /** Replies kept now. */
  get size(): number {
    return this.#items.size;
  }

  /** The stored reply, or undefined when unknown or expired. */
  get(key: string): StoredReply | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (Date.now() - item.at > this.#ttlMs) {
      this.#items.delete(key);
      return undefined;
    }
    return item.value;
  }
}
