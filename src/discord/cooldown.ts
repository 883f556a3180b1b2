/**
 * Per-user cooldown on questions: a user may ask again `seconds` after their
 * last accepted question. Memory stays bounded: old entries are swept.
 *
 * @module
 */

/** Tracks when each user last asked. */
export class Cooldown {
  readonly #ms: number;
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
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.#ms) return this.#ms - (now - last);
    this.#last.set(userId, now);
    if (this.#last.size > 10_000) this.#sweep(now);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, t] of this.#last) if (now - t >= this.#ms) this.#last.delete(user);
  }
}
