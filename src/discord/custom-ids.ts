/**
 * Custom ids of the bot's buttons, built and parsed in this one place:
 *
 * - `more:<key>:<page>` — show page `page` of the stored reply `key`;
 * - `src:<paragraphId>` — show a paragraph with its context;
 * - `srck:<key>:<page>:<n>` — the same when `src:` plus the id would not
 *   fit: the `n`-th paragraph of page `page` of the stored reply `key`.
 *
 * Discord allows at most 100 characters; anything longer or malformed is
 * rejected when parsed, so a handler never sees a half-valid id.
 *
 * @module
 */
import { LIMITS } from './limits.ts';

/** What a button asks for, as parsed from its custom id. */
export type ButtonId =
  | { kind: 'page'; key: string; page: number }
  | { kind: 'source'; paragraphId: string }
  | { kind: 'source-by-key'; key: string; page: number; n: number };

/** Keys of the reply store: URL-safe characters (see `ReplyStore.put`). */
const KEY = /^[A-Za-z0-9_-]{1,32}$/;
/** Page and button numbers: small non-negative integers without leading zeros. */
const INDEX = /^(0|[1-9]\d{0,2})$/;
/** Control characters never appear in a paragraph id. */
const CONTROL = /[\u0000-\u001f\u007f]/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new RangeError('reply key must be 1-32 URL-safe characters');
  return key;
}

function checkIndex(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError('page and button numbers must be integers 0-999');
  return n;
}

/** The id of a paging button ("Previous", "More sources"): `more:<key>:<page>`. */
export function pageButtonId(key: string, page: number): string {
  return `more:${checkKey(key)}:${checkIndex(page)}`;
}

/**
 * The id of a "Show paragraph" button: `src:<paragraphId>` when that fits in
 * 100 characters, otherwise `srck:<key>:<page>:<n>` (resolved through the
 * reply store, so it stops working when the stored reply expires).
 */
export function sourceButtonId(key: string, page: number, n: number, paragraphId: string): string {
  const direct = `src:${paragraphId}`;
  if (paragraphId.length > 0 && direct.length <= LIMITS.customId && !CONTROL.test(paragraphId)) return direct;
  return `srck:${checkKey(key)}:${checkIndex(page)}:${checkIndex(n)}`;
}

/** Parses a custom id built by this module; null for anything else (unknown, malformed, over 100 characters). */
export function parseButtonId(customId: string): ButtonId | null {
  if (customId.length > LIMITS.customId) return null;
  const colon = customId.indexOf(':');
  if (colon < 0) return null;
  const prefix = customId.slice(0, colon);
  const rest = customId.slice(colon + 1);
  if (prefix === 'src') {
    // Paragraph ids may themselves contain ':'; they must not be empty or contain control characters.
    return rest.length > 0 && !CONTROL.test(rest) ? { kind: 'source', paragraphId: rest } : null;
  }
  const parts = rest.split(':');
  if (prefix === 'more' && parts.length === 2) {
    const [key, page] = parts as [string, string];
    return KEY.test(key) && INDEX.test(page) ? { kind: 'page', key, page: Number(page) } : null;
  }
  if (prefix === 'srck' && parts.length === 3) {
    const [key, page, n] = parts as [string, string, string];
    return KEY.test(key) && INDEX.test(page) && INDEX.test(n) ? { kind: 'source-by-key', key, page: Number(page), n: Number(n) } : null;
  }
  return null;
}
