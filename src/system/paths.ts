/**
 * Where the project lives on disk, found from this file's location by
 * walking up to the folder whose package.json is this project's. Works both
 * from the TypeScript sources and from the bundled engine worker in `.cache/`.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'newsroom-qa-bot';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`paths: cannot find the ${PACKAGE_NAME} folder above ${from}`);
    dir = up;
  }
}

/** The project folder (holding package.json, src/, corpus/). */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
