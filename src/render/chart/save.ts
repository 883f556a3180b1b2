/**
 * Charts as files, for the terminal (`npm run ask -- --chart FILE`): the
 * chart of a reply written to FILE (one file per story when several stories
 * are answered apart: `FILE-<story>.png`), and the lines that say where.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../../reply/lang.ts';
import type { Reply } from '../../reply/model.ts';
import { chartsFor } from './index.ts';

/** What {@link saveCharts} did: the files written, and one line to print per file (or why there is none). */
export interface SavedCharts {
  files: string[];
  lines: string[];
}

/** Renders the charts of a reply and writes them as PNG files next to `file`. */
export async function saveCharts(reply: Reply, file: string, lang: Lang = 'en'): Promise<SavedCharts> {
  const charts = await chartsFor(reply, { lang });
  if (charts.length === 0) {
    return { files: [], lines: ['No chart: only /estimate answers with figures at two or more dates have one.'] };
  }
  const target = path.resolve(file);
  const ext = path.extname(target) || '.png';
  const base = path.extname(target) ? target.slice(0, -ext.length) : target;
  await mkdir(path.dirname(target), { recursive: true });
  const files: string[] = [];
  const lines: string[] = [];
  for (const chart of charts) {
    const out = charts.length === 1 ? `${base}${ext}` : `${base}-${chart.story ?? 'story'}${ext}`;
    await writeFile(out, chart.png);
    files.push(out);
    lines.push(`Chart written to ${out} (${chart.width}×${chart.height} px, ${Math.ceil(chart.png.length / 1024)} KB): ${chart.data.points.length} dated figures, ${chart.data.undated.length + chart.data.coarse.length} listed apart.`);
  }
  return { files, lines };
}
