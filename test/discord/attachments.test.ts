import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAttachment, downloadAttachment, type AttachmentFacts } from '../../src/discord/attachments.ts';

let server: Server;
let base: string;
const TEXT = 'Titel\n\nRussland hat am Montag weitere Truppen verlegt.\n';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT);
    else if (req.url === '/big.txt') {
      // Declared small by Discord, but the body keeps coming: 3 KiB in 1 KiB chunks.
      res.writeHead(200, { 'content-type': 'text/plain' });
      let n = 0;
      const timer = setInterval(() => {
        if (n++ < 3) res.write('x'.repeat(1024));
        else {
          clearInterval(timer);
          res.end();
        }
      }, 5);
    } else if (req.url === '/slow.txt') setTimeout(() => res.writeHead(200).end(TEXT), 1000);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function att(name: string, extra: Partial<AttachmentFacts> = {}): AttachmentFacts {
  return { name, size: 100, contentType: 'text/plain; charset=utf-8', url: `${base}/${name}`, ...extra };
}

describe('attachment checks before downloading', () => {
  it('accepts .txt and .md (any case) with a text or octet-stream type, or none', () => {
    expect(checkAttachment(att('a.txt'), 1)).toBeNull();
    expect(checkAttachment(att('B.MD', { contentType: 'application/octet-stream' }), 1)).toBeNull();
    expect(checkAttachment(att('c.txt', { contentType: null }), 1)).toBeNull();
  });

  it('refuses another extension, a declared size over the limit and a non-text type, naming the file', () => {
    expect(checkAttachment(att('a.pdf'), 1)).toMatchObject({ id: 'AttachmentType', message: expect.stringContaining('"a.pdf"') });
    expect(checkAttachment(att('a.txt.exe'), 1)?.id).toBe('AttachmentType');
    expect(checkAttachment(att('a.txt', { size: 1024 }), 1)).toBeNull();
    expect(checkAttachment(att('a.txt', { size: 1025 }), 1)).toMatchObject({ id: 'AttachmentTooLarge', message: expect.stringMatching(/2 KB; the limit is 1 KB/) });
    expect(checkAttachment(att('a.txt', { contentType: 'image/png' }), 1)).toMatchObject({ id: 'AttachmentNotText', message: expect.stringContaining('image/png') });
  });
});

describe('downloading an attachment', () => {
  it('returns the bytes under the attachment\'s name', async () => {
    const result = await downloadAttachment(att('ok.txt'), { maxKb: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.upload.filename).toBe('ok.txt');
    expect(new TextDecoder().decode(result.upload.bytes)).toBe(TEXT);
  });

  it('does not download at all when a check fails', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const result = await downloadAttachment(att('a.pdf'), { maxKb: 1, fetch: fetchSpy });
    expect(result).toMatchObject({ ok: false, id: 'AttachmentType' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses an HTTP error, a body over the limit whatever the declared size, a timeout and a network error', async () => {
    expect(await downloadAttachment(att('missing.txt'), { maxKb: 1 })).toMatchObject({ ok: false, id: 'AttachmentHttp', message: expect.stringContaining('HTTP 404') });
    expect(await downloadAttachment(att('big.txt', { size: 10 }), { maxKb: 2 })).toMatchObject({ ok: false, id: 'AttachmentTooLarge' });
    const slow = await downloadAttachment(att('slow.txt'), { maxKb: 1, timeoutMs: 100 });
    expect(slow).toMatchObject({ ok: false, id: 'AttachmentDownloadFailed', message: expect.stringContaining('timed out') });
    const down = await downloadAttachment(att('x.txt', { url: 'http://127.0.0.1:1/x.txt' }), { maxKb: 1 });
    expect(down).toMatchObject({ ok: false, id: 'AttachmentDownloadFailed', message: expect.stringContaining('network error') });
  });
});
