/**
 * Request body reading for the stand-in: JSON, or multipart/form-data with `payload_json` and
 * `files[n]` parts (what @discordjs/rest sends when a message carries files).
 */
import type { IncomingMessage } from 'node:http';

/** One uploaded file part of a multipart request. */
export interface UploadedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
}

/** A parsed request body. */
export interface ParsedBody {
  /** Parsed JSON (or `payload_json`), `undefined` when the request had no body. */
  json: unknown;
  files: UploadedFile[];
  /** `json` or `multipart` or `empty` or `other`. */
  kind: 'json' | 'multipart' | 'empty' | 'other';
}

/** Error thrown for malformed bodies; the stand-in answers it like Discord's 50109. */
export class BodyError extends Error {
  constructor(message: string) {
    super(`standin/body: ${message}`);
  }
}

/** Reads the whole body, refusing bodies larger than `limitBytes`. */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > limitBytes) throw new BodyError(`request body larger than ${limitBytes} bytes`);
    chunks.push(buf);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** Parses a body according to its content type. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { json: undefined, files: [], kind: 'empty' };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    try {
      return { json: JSON.parse(raw.toString('utf8')), files: [], kind: 'json' };
    } catch {
      throw new BodyError('body is not valid JSON');
    }
  }
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, contentType!);
  return { json: undefined, files: [], kind: 'other' };
}

/** Uses the platform's (undici) form-data parser, the same one fetch uses. */
async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new BodyError('malformed multipart body');
  }
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') {
        try {
          json = JSON.parse(value);
        } catch {
          throw new BodyError('payload_json is not valid JSON');
        }
      }
      continue;
    }
    const content = Buffer.from(await value.arrayBuffer());
    files.push({
      field,
      filename: value.name,
      contentType: value.type || 'application/octet-stream',
      size: content.length,
      content,
    });
  }
  return { json, files, kind: 'multipart' };
}
