/**
 * bench/RESULTS.md is written by more than one benchmark: `npm run bench`
 * writes the whole file, `npm run bench:soak` only its own section. A section
 * lives between `<!-- name:start -->` and `<!-- name:end -->` markers, so each
 * writer can replace its own and keep the others.
 *
 * @module
 */

const start = (name: string) => `<!-- ${name}:start -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

/** The markdown with section `name` (heading and body) replaced, or appended when it is not there. */
export function replaceSection(md: string, name: string, heading: string, body: string): string {
  const block = `${start(name)}\n${heading}\n\n${body.trim()}\n${end(name)}`;
  const a = md.indexOf(start(name));
  const b = md.indexOf(end(name));
  if (a >= 0 && b > a) return `${md.slice(0, a)}${block}${md.slice(b + end(name).length)}`;
  return `${md.trimEnd()}\n\n${block}\n`;
}

/** The section `name` of a markdown file with its markers, or null. */
export function sectionOf(md: string, name: string): string | null {
  const a = md.indexOf(start(name));
  const b = md.indexOf(end(name));
  return a >= 0 && b > a ? md.slice(a, b + end(name).length) : null;
}
