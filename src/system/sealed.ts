/**
 * Sealed files: content with a checksum in front, so a cache file that was
 * truncated, bit-flipped or half-written is recognised and rebuilt instead of
 * trusted. The header is one line that is also a JavaScript comment, so a
 * sealed bundle is still a loadable module:
 *
 *     //sealed sha256=<64 hex digits> bytes=<length>\n<content>
 *
 * @module
 */
import { shortHash } from './hash.ts';

const PREFIX = '//sealed sha256=';
const HEADER = /^\/\/sealed sha256=([0-9a-f]{64}) bytes=(\d+)\n/;
/** Longest possible header (prefix, digest, " bytes=", up to 16 digits, newline). */
const MAX_HEADER = PREFIX.length + 64 + 7 + 16 + 1;

/** The full SHA-256 of the content, from the project's one hasher. */
function sha256(data: Uint8Array): string {
  return shortHash(data, 64);
}

/** The content with its checksum header in front. */
export function seal(content: Uint8Array | string): Buffer {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const header = Buffer.from(`${PREFIX}${sha256(body)} bytes=${body.length}\n`, 'latin1');
  return Buffer.concat([header, body]);
}

/** Why {@link unseal} refused a file. */
export type SealProblem = 'no checksum header' | 'length mismatch (truncated or extended)' | 'checksum mismatch';

/**
 * The content of a sealed file when its length and checksum match, otherwise
 * the problem. The content is a view on `bytes` (no copy).
 */
export function unseal(bytes: Uint8Array): { content: Uint8Array } | { problem: SealProblem } {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_HEADER)).toString('latin1');
  const m = HEADER.exec(head);
  if (!m) return { problem: 'no checksum header' };
  const start = m[0].length;
  const content = bytes.subarray(start);
  if (content.length !== Number(m[2])) return { problem: 'length mismatch (truncated or extended)' };
  if (sha256(content) !== m[1]) return { problem: 'checksum mismatch' };
  return { content };
}
