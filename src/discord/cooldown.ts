/**
 * Per-user cooldown on questions: a user may ask again `seconds` after their
 * last accepted question. Memory is bounded by the users who asked within the
 * last `seconds`: entries are kept in the order they were taken, and every
 * call evicts those whose cooldown has run out from the front (amortised
 * O(1)), so 20,000 different users leave nothing behind.
 *
 * @module
 */

/** Tracks when each user last asked. */
export class Cooldown {
  readonly #ms: number;
  /** Last accepted question per user, oldest first (a user who asks again moves to the end). */
  readonly #last = new Map<string, number>();

  constructor(seconds: number) {
    this.#ms = Math.max(0, seconds * 1000);
  }

  /**
   * Registers a question from the user at `now`. Returns 0 when accepted, or
   * the milliseconds to wait when the user is still cooling down.
   */
  take(userId: string, now = Date.now()): number {
    if (this.#ms === 0) return 0;
    this.#evict(now);
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.#ms) return this.#ms - (now - last);
    this.#last.delete(userId);
    this.#last.set(userId, now);
    return 0;
  }

  /** Users currently tracked (those who asked within the cooldown). */
  get size(): number {
    return this.#last.size;
  }

  #evict(now: number): void {
    for (const [user, t] of this.#last) {
      if (now - t < this.#ms) break;
      this.#last.delete(user);
    }
  }
}
