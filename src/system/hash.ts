/**
 * The one hasher of the project: SHA-256, shortened to a hex prefix where a
 * short id is enough (article hashes, corpus versions, cache keys).
 *
 * @module
 */
import { createHash, type Hash } from 'node:crypto';

/** Data a hash can be fed with. */
export type Hashable = string | Uint8Array;

/** An incremental hasher: feed parts, then take a short hex digest. */
export class Hasher {
  readonly #hash: Hash = createHash('sha256');

  /** Adds a part (strings as UTF-8). Returns this for chaining. */
  update(part: Hashable): this {
    this.#hash.update(part);
    return this;
  }

  /** The first `length` hex characters of the digest (default 16). Ends the hasher. */
  digest(length = 16): string {
    return this.#hash.digest('hex').slice(0, length);
  }
}

/** The short hex hash of one value (default 16 hex characters). */
export function shortHash(data: Hashable, length = 16): string {
  return new Hasher().update(data).digest(length);
}
