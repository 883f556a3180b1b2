/**
 * Adding an article from an upload (a moderator's `/reload` attachment): the
 * file is checked exactly like any article file — size, text encoding, header,
 * article text left after cleaning — and only then written into the corpus
 * folder, atomically (temporary file + rename). A rejected file changes
 * nothing on disk; an accepted one can be rolled back if the reload fails.
 *
 * @module
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import { writeFileAtomic } from '../system/files.ts';
import path from 'node:path';
import { parseArticle } from './article.ts';
import { decodeArticle } from './decode.ts';
import { articleIdFromFileName } from './load.ts';

/** Outcome of {@link saveUpload}. */
export type SaveResult =
  | { ok: true; file: string; replaced: boolean; undo: () => Promise<void> }
  | { ok: false; message: string };

/**
 * Checks an uploaded article and writes it into `dir/articles/` (or `dir` when
 * there is no `articles/` folder) under a slug of its name.
 *
 * @param maxBytes largest accepted upload
 */
export async function saveUpload(dir: string, filename: string, bytes: Uint8Array, maxBytes: number): Promise<SaveResult> {
  const ext = path.extname(filename).toLowerCase();
  if (ext !== '.txt' && ext !== '.md') return { ok: false, message: `upload: "${filename}" is not a .txt or .md file.` };
  if (bytes.length > maxBytes) {
    return { ok: false, message: `upload: "${filename}" is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${Math.floor(maxBytes / 1024)} KB.` };
  }
  const id = articleIdFromFileName(path.basename(filename));
  if (!id) return { ok: false, message: `upload: "${filename}" gives no usable article id; use letters or digits in the name.` };
  let folder = dir;
  let prefix = '';
  try {
    if ((await stat(path.join(dir, 'articles'))).isDirectory()) {
      folder = path.join(dir, 'articles');
      prefix = 'articles/';
    }
  } catch {
    // no articles/ subfolder
  }
  const name = `${id}${ext}`;
  const file = prefix + name;
  const decoded = decodeArticle(bytes, file);
  if ('error' in decoded) return { ok: false, message: `upload rejected: ${decoded.error.message}` };
  const article = parseArticle(decoded.text, { id, file });
  const errors = article.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { ok: false, message: `upload rejected: ${errors[0]!.message}` };
  if (article.paragraphs.length === 0) return { ok: false, message: `upload rejected: ${file}: no article text left after cleaning.` };

  const target = path.join(folder, name);
  let previous: Buffer | null = null;
  try {
    previous = await readFile(target);
  } catch {
    previous = null;
  }
  try {
    await writeFileAtomic(target, bytes);
  } catch (err) {
    return { ok: false, message: `upload: could not save ${file}: ${(err as Error).message}` };
  }
  const undo = async () => {
    if (previous) await writeFileAtomic(target, previous);
    else await unlink(target).catch(() => undefined);
  };
  return { ok: true, file, replaced: previous !== null, undo };
}
