/**
 * Renders the /estimate charts of a corpus as they are sent, and each one on Discord's dark and
 * light chat backgrounds, to look at before changing the chart:
 *
 *   node scripts/chart-preview.ts [--corpus DIR] [--out DIR] [--lang de|en] "/estimate troops" ...
 *   (on Node 20: sh bin/node-ts scripts/chart-preview.ts ...)
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { parseCommandLine } from '../src/cli/command-line.ts';
import { resolveCorpusDir } from '../src/cli/corpus-dir.ts';
import { LocalEngine } from '../src/engine/local.ts';
import { chartsFor } from '../src/render/chart/index.ts';

/** Discord's chat backgrounds. */
const CHATS = { dark: '#313338', light: '#ffffff' } as const;

/** The PNG framed by a chat background, at the size Discord shows it on a phone (about 330 points wide). */
function onChat(png: Buffer, width: number, height: number, background: string): Buffer {
  const w = 330;
  const h = Math.round((height / width) * w);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w + 32}" height="${h + 32}">
  <rect width="100%" height="100%" fill="${background}"/>
  <image x="16" y="16" width="${w}" height="${h}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
}

const { values, positionals } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string', default: '.cache/charts' }, lang: { type: 'string', default: 'en' } }, allowPositionals: true });
const engine = await LocalEngine.open(resolveCorpusDir(values.corpus));
mkdirSync(values.out!, { recursive: true });
for (const line of positionals.length ? positionals : ['/estimate troops']) {
  const parsed = parseCommandLine(line);
  const reply = await engine.run(parsed.command, parsed.argument, parsed.story ? { story: parsed.story } : {});
  for (const theme of ['dark', 'light'] as const) {
    for (const chart of await chartsFor(reply, { theme, lang: values.lang === 'de' ? 'de' : 'en' })) {
      const name = `${parsed.argument.replace(/\W+/g, '-')}-${chart.story ?? 'story'}-${values.lang}-${theme}`;
      writeFileSync(path.join(values.out!, `${name}.png`), chart.png);
      for (const [chat, bg] of Object.entries(CHATS)) writeFileSync(path.join(values.out!, `${name}-on-${chat}.png`), onChat(chart.png, chart.width, chart.height, bg));
      console.log(`${path.join(values.out!, name)}.png  ${chart.width}x${chart.height}  ${Math.round(chart.png.length / 1024)} KB`);
    }
  }
}
await engine.close();
