/**
 * Atomic file writes: the content goes to a temporary file beside the target,
 * which is then renamed over it, so a reader sees the old file or the new one,
 * never half of one. The one helper every cache and upload uses.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A temporary name beside `file`, unique to this process and call. */
export function tempNameFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/**
 * Writes `data` to `file` atomically, creating the folder when needed.
 *
 * @throws the underlying error; the temporary file is removed first.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempNameFor(file);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Like {@link writeFileAtomic}, but returns the error instead of throwing (for caches, whose writes may fail harmlessly). */
export async function tryWriteFileAtomic(file: string, data: string | Uint8Array): Promise<Error | null> {
  try {
    await writeFileAtomic(file, data);
    return null;
  } catch (err) {
    return err as Error;
  }
}
