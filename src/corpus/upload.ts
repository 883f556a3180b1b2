/**
 * Adding an article from an upload (a moderator's `/reload` attachment).
 * Uploads never destroy:
 *
 * - The name must be article-shaped: `.txt` or `.md`, not hidden, not a
 *   README, with letters or digits; a long name is shortened safely (at a
 *   hyphen, to {@link MAX_ID_LENGTH} characters).
 * - One id, one file: an upload whose id already exists (in any case, as
 *   `.txt` or `.md`) is refused unless the moderator confirms replacing it;
 *   then the old file is moved to the corpus folder's `.trash/` with a
 *   timestamp in its name, never deleted.
 * - The file is checked exactly like any article file (size, text encoding,
 *   header, article text left after cleaning) before anything is written; the
 *   write is atomic (temporary file + rename). A refused upload changes
 *   nothing on disk; an accepted one can be rolled back if the reload fails
 *   (the old file comes back from the trash).
 * - Every refusal is one line that says what to do.
 *
 * Every path function takes the folder it works on, so a corpus organised in
 * stories (one articles folder per story) can use them as they are.
 *
 * @module
 */
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../system/files.ts';
import { parseArticle } from './article.ts';
import { decodeArticle } from './decode.ts';
import { articleIdFromFileName } from './load.ts';

/** Longest article id an upload gets (longer names are shortened). */
export const MAX_ID_LENGTH = 80;

/** The trash folder's name, inside the corpus folder. */
export const TRASH_FOLDER = '.trash';

/** Options of {@link saveUpload}. */
export interface SaveOptions {
  /** Largest accepted upload in bytes. */
  maxBytes: number;
  /** The moderator confirmed replacing an existing article of the same id. */
  replace?: boolean;
  /** The time of the upload (default now; tests fix it). */
  now?: Date;
}

/** Outcome of {@link saveUpload}. */
export type SaveResult =
  | {
      ok: true;
      /** The saved file, relative to the corpus folder (`articles/x.txt`). */
      file: string;
      /** The files it replaced, now in the trash, relative to the corpus folder (`.trash/…--x.txt`). */
      trashed: string[];
      /** The id was shortened from a longer file name. */
      shortened: boolean;
      /** Removes the new file and brings the replaced ones back. */
      undo: () => Promise<void>;
    }
  | { ok: false; message: string };

/** A name fit for an article: its id and extension, or why not (one line). */
export type UploadName = { ok: true; id: string; ext: '.txt' | '.md'; shortened: boolean } | { ok: false; message: string };

/** Shortens an id to at most `max` characters, at a hyphen when one is near the end; never ends in a hyphen. */
export function shortenId(id: string, max: number = MAX_ID_LENGTH): string {
  if (id.length <= max) return id;
  const cut = id.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen >= max * 0.6 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** One line naming an uploaded file without flooding the message (names can be hundreds of characters long). */
function quoted(filename: string): string {
  const flat = filename.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
}

/** Checks that an uploaded file's name is article-shaped and derives its id (see the module comment). */
export function uploadName(filename: string): UploadName {
  const base = path.basename(filename.replace(/\\/g, '/'));
  const ext = path.extname(base).toLowerCase();
  if (ext !== '.txt' && ext !== '.md') return { ok: false, message: `upload: ${quoted(filename)} is not a .txt or .md file.` };
  if (base.startsWith('.')) return { ok: false, message: `upload: ${quoted(filename)} starts with a dot, so it would never be read as an article; rename it after the article.` };
  if (/^readme\.(?:md|txt)$/i.test(base)) return { ok: false, message: `upload: ${quoted(filename)} is a notes file name, never read as an article; rename it after the article.` };
  const full = articleIdFromFileName(base);
  if (!full) return { ok: false, message: `upload: ${quoted(filename)} gives no usable article id; use letters or digits in the name.` };
  if (full === 'readme') return { ok: false, message: `upload: ${quoted(filename)} would be saved as a README, never read as an article; rename it after the article.` };
  const id = shortenId(full);
  return { ok: true, id, ext, shortened: id !== full };
}

/** The folder articles are read from: `dir/articles/` when it exists, else `dir` itself; with the prefix of paths relative to `dir`. */
export async function articleFolderOf(dir: string): Promise<{ folder: string; prefix: string }> {
  try {
    if ((await stat(path.join(dir, 'articles'))).isDirectory()) return { folder: path.join(dir, 'articles'), prefix: 'articles/' };
  } catch {
    // no articles/ subfolder
  }
  return { folder: dir, prefix: '' };
}

/** The trash folder of a corpus folder. */
export function trashFolderOf(dir: string): string {
  return path.join(dir, TRASH_FOLDER);
}

/** Names of the article files in a folder whose article id is `id` (any case, `.txt` or `.md`). */
export async function filesWithId(folder: string, id: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  return names.filter((n) => /\.(?:txt|md)$/i.test(n) && !n.startsWith('.') && articleIdFromFileName(n) === id).sort();
}

/** A timestamp safe in file names on every system, sortable: `2025-01-31T09-05-07.123Z`. */
export function trashStamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-');
}

/** Moves a file into the trash folder as `<stamp>--<name>`; returns the new path. */
export async function moveToTrash(file: string, trash: string, now: Date): Promise<string> {
  await mkdir(trash, { recursive: true });
  const target = path.join(trash, `${trashStamp(now)}--${path.basename(file)}`);
  await rename(file, target);
  return target;
}

/** A file kept in the trash: what it was and when it was replaced. */
export interface TrashEntry {
  /** Path relative to the corpus folder (`.trash/2025-01-31T09-05-07.123Z--x.txt`). */
  file: string;
  /** The file name it had (`x.txt`). */
  name: string;
  /** When it was replaced (ISO), from its name. */
  replacedAt: string;
}

/** The files in a corpus folder's trash, newest first. */
export async function listTrash(dir: string): Promise<TrashEntry[]> {
  let names: string[];
  try {
    names = await readdir(trashFolderOf(dir));
  } catch {
    return [];
  }
  const entries: TrashEntry[] = [];
  for (const n of names) {
    const m = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(?:\.\d+)?Z)--(.+)$/.exec(n);
    if (!m) continue;
    entries.push({ file: `${TRASH_FOLDER}/${n}`, name: m[2]!, replacedAt: m[1]!.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3') });
  }
  return entries.sort((a, b) => (a.replacedAt < b.replacedAt ? 1 : a.replacedAt > b.replacedAt ? -1 : 0));
}

/**
 * Checks an uploaded article and writes it into the corpus folder's articles
 * folder (see {@link articleFolderOf}) as `<id>.txt|.md` (see the module
 * comment for every rule).
 */
export async function saveUpload(dir: string, filename: string, bytes: Uint8Array, options: SaveOptions): Promise<SaveResult> {
  const refuse = (message: string): SaveResult => ({ ok: false, message });
  const name = uploadName(filename);
  if (!name.ok) return refuse(name.message);
  const { maxBytes } = options;
  if (bytes.length > maxBytes) {
    return refuse(`upload: ${quoted(filename)} is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${Math.floor(maxBytes / 1024)} KB.`);
  }
  const { folder, prefix } = await articleFolderOf(dir);
  const fileName = `${name.id}${name.ext}`;
  const file = prefix + fileName;
  const existing = await filesWithId(folder, name.id);
  if (existing.length && !options.replace) {
    return refuse(
      `upload: an article "${name.id}" already exists (${existing.map((n) => prefix + n).join(', ')}); nothing was replaced. ` +
        `To replace it, attach the file again with replace:true (the old text is kept in ${TRASH_FOLDER}/).`,
    );
  }

  const decoded = decodeArticle(bytes, file);
  if ('error' in decoded) return refuse(`upload rejected: ${oneLine(decoded.error.message)}`);
  const article = parseArticle(decoded.text, { id: name.id, file });
  const errors = article.problems.filter((p) => p.severity === 'error');
  if (errors.length) return refuse(`upload rejected: ${oneLine(errors[0]!.message)}`);
  if (article.paragraphs.length === 0) return refuse(`upload rejected: ${file}: no article text left after cleaning.`);

  const now = options.now ?? new Date();
  const trash = trashFolderOf(dir);
  const moved: Array<{ from: string; to: string }> = [];
  const target = path.join(folder, fileName);
  try {
    for (const n of existing) {
      const from = path.join(folder, n);
      moved.push({ from, to: await moveToTrash(from, trash, now) });
    }
    await writeFileAtomic(target, bytes);
  } catch (err) {
    for (const m of moved.reverse()) await rename(m.to, m.from).catch(() => undefined);
    return refuse(`upload: could not save ${file}: ${oneLine((err as Error).message)}`);
  }
  const undo = async () => {
    await unlink(target).catch(() => undefined);
    for (const m of [...moved].reverse()) await rename(m.to, m.from).catch(() => undefined);
  };
  return { ok: true, file, trashed: moved.map((m) => path.relative(dir, m.to).split(path.sep).join('/')), shortened: name.shortened, undo };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
