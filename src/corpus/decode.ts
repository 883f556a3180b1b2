/**
 * Bytes of an article file -> text. Accepts UTF-8 (with or without BOM) and
 * UTF-16 with BOM; reads invalid UTF-8 that is plausible Windows-1252/Latin-1
 * text as such (with a warning); rejects binary data and empty files.
 *
 * @module
 */

import type { FileProblem } from './types.ts';

/** The result of {@link decodeArticle}: text (with warnings) or one error. */
export type DecodeResult = { text: string; problems: FileProblem[] } | { error: FileProblem };

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const C1 = /[\u0080-\u009F]/;
/** Characters a German text in Windows-1252 plausibly contains above ASCII. */
const PLAUSIBLE_HIGH = /[\p{L}„“”‚‘’–—…€«»°§´·×÷±²³µ©®™•\u00A0]/u;

/**
 * Decode an article file.
 *
 * @param bytes the file's bytes
 * @param file the file's path relative to the corpus folder, for messages
 */
export function decodeArticle(bytes: Uint8Array, file: string): DecodeResult {
  const error = (message: string): DecodeResult => ({ error: { file, severity: 'error', message: `${file}: ${message}` } });
  const problems: FileProblem[] = [];
  if (bytes.length === 0) return error('file is empty');

  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeWith('utf-16le', bytes.subarray(2)) ?? '';
    if (!text && bytes.length > 2) return error('invalid UTF-16 text');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeWith('utf-16be', bytes.subarray(2)) ?? '';
    if (!text && bytes.length > 2) return error('invalid UTF-16 text');
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return error('binary data, not text (expected a UTF-8 .txt or .md file)');
    const utf8 = decodeWith('utf-8', body);
    if (utf8 !== null) {
      text = utf8;
    } else {
      const latin = decodeWindows1252(body);
      if (!plausibleWindows1252(latin)) return error('not valid UTF-8 and not readable as Windows-1252 text');
      text = latin;
      problems.push({ file, severity: 'warning', message: `${file}: not valid UTF-8; decoded as Windows-1252 (please save the file as UTF-8)` });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && (controls > 8 || controls / text.length > 0.001)) return error('binary data, not text (control characters)');
  if (text.trim() === '') return error(text.length ? 'file contains only whitespace' : 'file is empty');
  return { text, problems };
}

/** Windows-1252 characters for bytes 0x80-0x9F (undefined bytes stay C1 controls). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decode Windows-1252 by table. (Node 20's `TextDecoder('windows-1252')`
 * decodes as ISO-8859-1, turning `–` and `„` into C1 control characters.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function decodeWith(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes or many control bytes: not a text file (UTF-16 without BOM included). */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
  }
  return controls > 8 || controls / n > 0.01;
}

/** Decoded text whose non-ASCII characters are letters and typographic punctuation. */
function plausibleWindows1252(text: string): boolean {
  if (!text || C1.test(text)) return false;
  let high = 0;
  let plausible = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    high++;
    if (PLAUSIBLE_HIGH.test(ch)) plausible++;
  }
  return high > 0 && plausible / high >= 0.9;
}
