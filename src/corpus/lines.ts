/**
 * Lines of an article with their offsets into the raw text.
 *
 * @module
 */

/** One line of the raw text (line break excluded). */
export interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** Offset of the line's first character in the raw text. */
  start: number;
  /** Offset just after the line's last character (before the line break). */
  end: number;
  /** The line as written, without its line break. */
  text: string;
  /** The line without surrounding whitespace. */
  trimmed: string;
  /** Offsets of {@link trimmed} in the raw text. */
  tStart: number;
  tEnd: number;
}

/**
 * Split raw text into lines (LF, CRLF or CR), keeping offsets so every
 * line's `raw.slice(start, end) === text` and `raw.slice(tStart, tEnd) === trimmed`.
 */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let number = 1;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    const text = raw.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    lines.push({ number, start, end, text, trimmed, tStart: start + lead, tEnd: start + lead + trimmed.length });
    if (!m) break;
    start = m.index + m[0].length;
    number++;
  }
  return lines;
}
