/**
 * The file a moderator attaches to `/reload`: checked before downloading
 * (extension, declared size, content type), then downloaded with a timeout
 * and a byte limit. The result is an {@link Upload} for the engine, or a
 * refusal to show; the engine checks the content itself.
 *
 * @module
 */
import type { Upload } from '../answers/context.ts';
import { notice, type Notice } from './notices.ts';

/** What Discord tells about an attachment (as on discord.js's `Attachment`). */
export interface AttachmentFacts {
  name: string;
  /** Declared size in bytes. */
  size: number;
  contentType: string | null;
  url: string;
}

/** Limits and plumbing of a download. */
export interface DownloadOptions {
  maxKb: number;
  /** Default 15 s. */
  timeoutMs?: number;
  /** Default the global `fetch` (replaceable in tests). */
  fetch?: typeof fetch;
}

/** A downloaded upload, or why there is none. */
export type AttachmentResult = { ok: true; upload: Upload } | ({ ok: false } & Notice);

const TEXT_TYPE = /^text\/|^application\/octet-stream/i;

/** The checks that need no download: `.txt`/`.md`, declared size, a text content type (when given). Null when they pass. */
export function checkAttachment(att: AttachmentFacts, maxKb: number): Notice | null {
  const { name } = att;
  if (!/\.(txt|md)$/i.test(name)) return notice('AttachmentType', { name });
  if (att.size > maxKb * 1024) return notice('AttachmentTooLarge', { name, sizeKb: Math.ceil(att.size / 1024), maxKb });
  if (att.contentType && !TEXT_TYPE.test(att.contentType)) return notice('AttachmentNotText', { name, contentType: att.contentType });
  return null;
}

/** Reads a response body, stopping as soon as it exceeds `max` bytes (null then). */
async function readLimited(res: Response, max: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body ?? []) {
    total += chunk.length;
    if (total > max) return null; // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * Checks and downloads an attachment. Never throws: a failed check, an HTTP
 * error, a timeout, a network error or a body larger than the limit (whatever
 * the declared size) all come back as a refusal.
 */
export async function downloadAttachment(att: AttachmentFacts, options: DownloadOptions): Promise<AttachmentResult> {
  const refused = checkAttachment(att, options.maxKb);
  if (refused) return { ok: false, ...refused };
  const { name } = att;
  const max = options.maxKb * 1024;
  try {
    const res = await (options.fetch ?? fetch)(att.url, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, ...notice('AttachmentHttp', { name, status: res.status }) };
    }
    const bytes = await readLimited(res, max);
    if (!bytes) return { ok: false, ...notice('AttachmentTooLarge', { name, sizeKb: null, maxKb: options.maxKb }) };
    return { ok: true, upload: { filename: name, bytes } };
  } catch (err) {
    const timedOut = (err as Error)?.name === 'TimeoutError' || (err as Error)?.name === 'AbortError';
    return { ok: false, ...notice('AttachmentDownloadFailed', { name, timedOut }) };
  }
}
