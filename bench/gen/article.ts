/**
 * One synthetic article file in the raw shape of a pasted news page: a
 * headline, date and source lines in an outlet's format, body paragraphs with
 * subheadings, and junk blocks (captions and credits, teasers, page
 * furniture, reader comments) the corpus cleaner is expected to drop.
 *
 * Alongside the file text, the generator returns the paragraphs the cleaner
 * should keep (exact text, as the loader slices it) and every junk line it
 * wrote, so tests can check the cleaned result against what was intended.
 *
 * @module
 */

import { Rng, mixSeed } from './random.ts';
import type { Lexicon, Noun } from './morphology.ts';
import { AGENCIES, AUTHOR_CODES, MONTHS, OUTLETS, WEEKDAYS } from './lexicon.ts';
import { numericDate, personName, type ArticleContext, type QuoteStyle } from './phrases.ts';
import { paragraph } from './sentences.ts';
import { articleIdFromFileName } from '../../src/corpus/load.ts';
import {
  caption,
  captionWithCredit,
  comments,
  creditLine,
  headline,
  kicker,
  moreBlock,
  questionHeading,
  subheading,
  teaser,
  uiLine,
} from './furniture.ts';

/** A generated article file and what the cleaner should make of it. */
export interface GeneratedArticle {
  /** File name (unique in the corpus: it starts with the article's index). */
  fileName: string;
  /** The file's text. */
  text: string;
  /** The paragraphs the cleaner should keep, verbatim as the loader slices them. */
  paragraphs: string[];
  /** Every junk or metadata line written (trimmed): none may survive as a paragraph. */
  junk: string[];
}

type Layout = 'tight' | 'blank' | 'wrapped';

/** A run of lines; `together` lines stay on adjacent lines in every layout (a caption above its credit). */
interface Block {
  lines: string[];
  together?: boolean;
  /** Preceded by a blank line even in the tight layout. */
  blankBefore?: boolean;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 5, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);
const pad = (n: number): string => String(n).padStart(2, '0');

/** `4. Dezember 2024` */
function longDate(d: Date): string {
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function hhmm(d: Date, sep = ':'): string {
  return `${pad(d.getUTCHours())}${sep}${pad(d.getUTCMinutes())}`;
}
function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Greedy hard wrap at `width` columns. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** A file-name slug: the first seven words of the headline, as the loader makes article ids. */
function slug(s: string): string {
  return articleIdFromFileName(s).split('-').slice(0, 7).join('-');
}

function pickAgency(rng: Rng, country: string, style: string): string | null {
  if (style === 'reuters') return 'Reuters';
  if (country === 'CH') return rng.chance(0.7) ? 'Keystone-SDA' : rng.chance(0.5) ? 'sda' : null;
  if (country === 'AT') return rng.chance(0.65) ? 'APA' : rng.chance(0.3) ? 'Reuters' : null;
  const r = rng.next();
  return r < 0.42 ? 'dpa' : r < 0.6 ? 'AFP' : r < 0.68 ? 'Reuters' : r < 0.72 ? 'AP' : r < 0.75 ? 'KNA' : null;
}

/** Number of paragraphs for the next article: 5 to 40, skewed towards shorter articles. */
export function articleLength(rng: Rng): number {
  return 5 + Math.floor(36 * Math.pow(rng.next(), 1.6));
}

/**
 * Generate one article.
 *
 * @param lex the shared word stock
 * @param seed the corpus seed
 * @param index the article's 0-based index (its own random stream)
 * @param paragraphs how many paragraphs the cleaner should keep (>= 1)
 */
export function generateArticle(lex: Lexicon, seed: number, index: number, paragraphs: number): GeneratedArticle {
  const rng = new Rng(mixSeed(seed, index));
  const outlet = rng.zipfPick(OUTLETS, 0.6);
  const style = outlet.style;
  const agency = pickAgency(rng, outlet.country, style);
  const pub = new Date(FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / DAY + 1)) * DAY + rng.int(5 * 60, 22 * 60 + 59) * 60_000);
  const pubDay = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()));
  const quotes: QuoteStyle = outlet.country === 'CH' ? ['«', '»'] : rng.chance(0.65) ? ['„', '“'] : ['"', '"'];
  const topic: Noun[] = [];
  for (let i = rng.int(2, 5); i > 0; i--) topic.push(rng.chance(0.5) ? lex.pair(rng.zipfFrom(20_000, 300)) : lex.noun(rng));
  const ctx: ArticleContext = { rng, lex, pub: pubDay, quotes, swiss: outlet.country === 'CH', topic };

  let layout: Layout = ['tagesschau', 'standard', 'nzz', 'reuters', 'blue', 'spiegel'].includes(style) ? 'blank' : 'tight';
  if (rng.chance(0.06)) layout = 'wrapped';
  const width = rng.int(64, 78);
  const junk: string[] = [];
  const j = (line: string): string => {
    junk.push(line.trim());
    return line;
  };
  const code = rng.pick(AUTHOR_CODES);

  // --- Paragraph texts ---------------------------------------------------------
  const texts: string[] = [];
  for (let i = 0; i < paragraphs; i++) texts.push(paragraph(ctx));

  // Dateline on the first paragraph, closing agency tag on the last.
  let dateline = '';
  if (style === 'reuters') dateline = `${rng.pick(['Seoul', 'Moskau', 'Kiew', 'Washington', 'Berlin'])} (Reuters) - `;
  else if (agency && agency !== 'sda' && rng.chance(0.12)) dateline = `${rng.pick(['Seoul', 'Moskau', 'Kiew', 'Pjöngjang', 'Brüssel'])} (${agency === 'Keystone-SDA' ? 'sda' : agency}) - `;
  else if (rng.chance(0.1)) dateline = `${rng.pick(['Moskau/Pjöngjang', 'Kiew', 'Seoul', 'Moskau', 'Berlin'])} – `;
  let tag = '';
  if (style === 'standard' && agency) tag = ` (${agency}${rng.chance(0.5) ? ', Reuters' : ''}, ${pub.getUTCDate()}.${pub.getUTCMonth() + 1}.${pub.getUTCFullYear()})`;
  else if ((style === 'plain' || style === 'spiegel' || style === 'merkur') && agency && rng.chance(0.5)) tag = ` (${code}/${agency})`;

  const kept: string[] = [];
  const renderParagraph = (i: number, bullet = false): string => {
    let line = texts[i]!;
    const first = i === 0 && !bullet ? dateline : '';
    const last = i === paragraphs - 1 && !bullet ? tag : '';
    line = (bullet ? '• ' : '') + first + line + last;
    const raw = layout === 'wrapped' ? wrap(line, width) : line;
    let para = raw;
    if (bullet) para = para.slice(2);
    if (first) para = para.slice(first.trimEnd().length).replace(/^\s+/, '');
    if (last) para = para.slice(0, para.lastIndexOf('(')).trimEnd();
    kept.push(para);
    return raw;
  };

  // --- Header ------------------------------------------------------------------
  const header: Block[] = [];
  const title = headline(ctx);
  const dateLine = (): string | null => {
    const d = pub;
    const dmy = numericDate(d);
    switch (style) {
      case 'ntv':
        return `${dmy}, ${hhmm(d)} Uhr${rng.chance(0.7) ? ' Artikel anhören' : ''}`;
      case 'tagesschau':
      case 'merkur':
        return `Stand: ${dmy}${style === 'merkur' ? ',' : ''} ${hhmm(d)} Uhr`;
      case '20min':
        return `Publiziert: ${dmy}, ${hhmm(d)} Uhr`;
      case 'zeit':
        return `${longDate(d)}, ${hhmm(d)} Uhr Quelle: ZEIT ONLINE${agency ? `, ${agency}` : ''}, ${code}`;
      case 'standard':
        return `${longDate(d)}, ${hhmm(d)}`;
      case 'nzz':
        return `Veröffentlicht am ${longDate(d)}, ${hhmm(d)} Uhr`;
      case 'reuters':
        return ` date ${isoDay(d).slice(0, 7)} Quelle: (c) Copyright Thomson Reuters ${d.getUTCFullYear()}. Click For Restrictions - https://agency.reuters.com/en/copyright.html`;
      case 'spiegel':
        return `${WEEKDAYS[d.getUTCDay()]}, ${dmy}, ${hhmm(d, '.')} Uhr`;
      case 'blue':
        return null;
      default:
        return rng.pick([
          `Veröffentlicht am ${longDate(d)}, ${hhmm(d)} Uhr`,
          `Aktualisiert am ${dmy}, ${hhmm(d)} Uhr`,
          `Erstellt: ${dmy}`,
          `${dmy} um ${hhmm(d, '.')} Uhr`,
          `${isoDay(d)} ${hhmm(d)}`,
          null,
          null,
        ]);
    }
  };
  const date = rng.chance(0.04) ? null : dateLine();
  const leadFirst = ['20min', 'zeit', 'standard'].includes(style);
  const md = style === 'spiegel' && rng.chance(0.5);

  if (style === 'reuters') {
    if (date) header.push({ lines: [j(date)] });
    if (rng.chance(0.5)) header.push({ lines: [title] });
  } else {
    if (['tagesschau', '20min', 'standard'].includes(style) || rng.chance(0.1)) header.push({ lines: [kicker(ctx)] });
    header.push({ lines: [md ? `# ${title}` : style === 'zeit' ? `Ukraine-Krieg: ${title}` : title] });
    if (style === 'blue') {
      if (agency === 'Keystone-SDA') header.push({ lines: [j('Keystone-SDA')] }, { lines: [j('Keystone-SDA')] });
      else header.push({ lines: [j(`Von ${personName(ctx)}`)] });
      header.push({ lines: [j('Russland,')] });
    }
  }
  // Lines that follow the lead paragraph in some layouts, or the date line in others.
  const afterDate: Block[] = [];
  if (date && style !== 'reuters') afterDate.push({ lines: [j(date)] });
  if (style === '20min' && date && rng.chance(0.5)) afterDate.push({ lines: [j(`Aktualisiert: ${numericDate(pub)}, ${hhmm(new Date(pub.getTime() + rng.int(20, 300) * 60_000))} Uhr`)] });
  if (style === 'zeit') afterDate.push({ lines: [j('Artikel hören Player schließen')] });
  if ((style === 'tagesschau' || style === 'merkur' || style === 'spiegel') && rng.chance(0.5)) {
    afterDate.push({ lines: [j(`Von ${personName(ctx)}${style === 'tagesschau' ? `, ${outlet.domain}` : ''}`)] });
  }
  if (style === 'ntv' && rng.chance(0.6)) afterDate.push({ lines: [j(caption(ctx)), j(creditLine(ctx))], together: true });
  if (style === 'blue' && rng.chance(0.7)) {
    afterDate.push({ lines: [j(`${rng.pick(['Russland', 'Nordkorea', 'Ukraine', 'Kim', 'Kursk'])} ${rng.pick(['Putin', 'Soldaten', 'Krieg', 'Parade'])}`), j(captionWithCredit(ctx))], together: true });
  }
  if (style === 'zeit' && rng.chance(0.6)) afterDate.push({ lines: [j(captionWithCredit(ctx))] }, { lines: [j('Artikel teilen')] });

  // --- Body --------------------------------------------------------------------
  const body: Block[] = [];
  let i = 0;
  if (style === '20min' && paragraphs >= 6 && rng.chance(0.6)) {
    body.push({ lines: ['Darum gehts'] });
    for (let b = 0; b < 3; b++) body.push({ lines: [renderParagraph(i++, true)] });
  }
  const questions = style === 'nzz' && rng.chance(0.5);
  const caps = style === 'reuters';
  let sinceHeading = 0;
  const midJunkRate = style === 'blue' || style === 'reuters' ? 0.04 : 0.09;
  while (i < paragraphs) {
    // A subheading every few paragraphs (not before the first two).
    if (i >= 2 && sinceHeading >= 2 && i < paragraphs && rng.chance(0.25)) {
      let h = questions ? questionHeading(ctx) : subheading(ctx);
      if (caps && !questions) h = h.toUpperCase();
      body.push({ lines: [md ? `## ${h}` : h] });
      sinceHeading = 0;
    }
    body.push({ lines: [renderParagraph(i++)] });
    sinceHeading++;
    if (i >= 1 && i < paragraphs && rng.chance(midJunkRate)) {
      const r = rng.next();
      if (r < 0.3) body.push({ lines: [j(caption(ctx)), j(creditLine(ctx))], together: true });
      // A caption with its own credit can read as a bare credit line, and the cleaner
      // takes the line right above a credit for its caption: keep a blank line between.
      else if (r < 0.45) body.push({ lines: [j(captionWithCredit(ctx))], blankBefore: true });
      else if (r < 0.6) body.push({ lines: [j(`Lesen Sie auch: ${teaser(ctx)}`)] });
      else if (r < 0.75) body.push({ lines: [j(uiLine(ctx, false))] });
      else if (r < 0.88) {
        const lines = [j(rng.pick(['Mehr zum Thema:', 'Mehr zum Thema', 'Weiterlesen:', 'Lesen Sie mehr:', 'Auch interessant:']))];
        for (let k = rng.int(1, 3); k > 0; k--) lines.push(j(teaser(ctx)));
        body.push({ lines });
      } else {
        const lines = [j('Anzeige')];
        for (let k = 0; k < 3; k++) lines.push(j(teaser(ctx)));
        body.push({ lines });
      }
    }
  }

  // --- Footer ------------------------------------------------------------------
  const footer: Block[] = [];
  switch (style) {
    case 'ntv':
      footer.push({ lines: [j(`Quelle: ${outlet.domain}${agency ? `, ${code}/${agency}` : ''}`)] });
      break;
    case 'tagesschau': {
      footer.push({ lines: [j(`Dieses Thema im Programm: Das Erste | tagesschau | ${numericDate(pub)} | ${pad(pub.getUTCHours())}:00 Uhr`)] });
      const lines = [j('Mehr zum Thema')];
      for (let k = rng.int(2, 3); k > 0; k--) lines.push(j(teaser(ctx)));
      footer.push({ lines }, { lines: [j('Schlagworte'), j('Nordkorea'), j('Russland'), j('Kursk')] });
      break;
    }
    case 'zeit':
    case '20min': {
      if (style === '20min') footer.push({ lines: [j('Das könnte dich auch interessieren')] });
      footer.push({ lines: comments(ctx).map(j) });
      break;
    }
    case 'standard': {
      const lines = [j('Weiterlesen:')];
      for (let k = rng.int(1, 3); k > 0; k--) lines.push(j(teaser(ctx)));
      footer.push({ lines }, { lines: [j(creditLine(ctx).replace(/^\((.*)\)$/, '$1'))] });
      break;
    }
    case 'nzz':
      if (agency) footer.push({ lines: [j('(sda)')] });
      break;
    case 'blue':
      footer.push({ lines: [j('Mehr zum Thema:')] }, { lines: comments(ctx).map(j) }, { lines: [j('Weiterlesen')] });
      footer.push({ lines: [j(`${rng.int(2, 99)} Interaktionen`)] }, { lines: moreBlock(ctx).map(j) }, { lines: moreBlock(ctx).map(j) });
      break;
    case 'merkur':
      if (agency) footer.push({ lines: [j(`Mit Material von ${agency}${rng.chance(0.4) ? ' und AFP' : ''}`)] });
      if (rng.chance(0.4)) footer.push({ lines: moreBlock(ctx).map(j) });
      break;
    case 'reuters':
      break;
    default: {
      const r = rng.next();
      if (!tag && r < 0.35) footer.push({ lines: [j(`Quelle: ${rng.chance(0.6) ? outlet.name : outlet.domain}${agency ? `, ${agency}` : ''}`)] });
      else if (agency === 'dpa' && !tag && r < 0.6) footer.push({ lines: [j(`© dpa-infocom, dpa:${isoDay(pub).slice(2).replace(/-/g, '')}-930-${rng.int(100000, 999999)}/1`)] });
      if (rng.chance(0.25)) footer.push({ lines: comments(ctx).map(j) });
      else if (rng.chance(0.3)) footer.push({ lines: moreBlock(ctx).map(j) });
    }
  }

  // --- Assemble ----------------------------------------------------------------
  let blocks: Block[];
  if (leadFirst && body.length > 1 && body[0]!.lines[0] !== 'Darum gehts') {
    // Lead paragraph right under the headline, date lines after it.
    blocks = [...header, body[0]!, ...afterDate, ...body.slice(1), ...footer];
  } else {
    blocks = [...header, ...afterDate, ...body, ...footer];
  }

  // One paragraph per line without blank lines only works when some lines are
  // long: otherwise the cleaner could take the file for a hard-wrapped one.
  if (layout === 'tight' && kept.slice(0, -1).filter((p) => p.length > 110).length < 2) layout = 'blank';
  const sep = layout === 'tight' ? '\n' : '\n\n';
  // With blank lines between paragraphs, the lines of a list (teasers, tags) get
  // blank lines between them too: the cleaner takes three or more adjacent lines
  // of 40 to 100 characters for a hard-wrapped file and joins them.
  let text = '';
  for (const [k, b] of blocks.entries()) {
    if (k > 0) text += b.blankBefore ? '\n\n' : sep;
    text += b.lines.join(layout !== 'tight' && !b.together ? '\n\n' : '\n');
  }
  if (layout === 'tight' && rng.chance(0.1)) text = text.replace(/\n(?=[^\n]*$)/, '\n\n');

  // Front matter (always valid).
  if (style === 'nzz' ? rng.chance(0.5) : rng.chance(0.08)) {
    const fm = ['---'];
    fm.push(`title: ${/^["']|["']$/.test(title) || title.includes('"') ? title : `"${title}"`}`);
    fm.push(`outlet: ${rng.chance(0.9) ? outlet.name : 'none'}`);
    if (rng.chance(0.7)) fm.push(`agency: ${agency ?? 'none'}`);
    const p = rng.next();
    fm.push(
      `published: ${
        p < 0.35
          ? `${isoDay(pub)}T${hhmm(pub)}:00${pub.getUTCMonth() >= 3 && pub.getUTCMonth() <= 9 ? '+02:00' : '+01:00'}`
          : p < 0.6
            ? `${isoDay(pub)}T${hhmm(pub)}`
            : p < 0.8
              ? isoDay(pub)
              : p < 0.93
                ? isoDay(pub).slice(0, 7)
                : 'none'
      }`,
    );
    if (rng.chance(0.6)) fm.push(`url: https://www.${outlet.domain}/ausland/${slug(title)}-${rng.int(100000, 999999)}`);
    fm.push(`language: ${outlet.country === 'CH' ? 'de-CH' : outlet.country === 'AT' ? 'de-AT' : 'de'}`);
    fm.push('---');
    text = fm.join('\n') + '\n' + text;
  }
  text += rng.chance(0.7) ? '\n' : '';

  let paras = kept;
  if (rng.chance(0.03)) {
    text = text.replace(/\n/g, '\r\n');
    paras = kept.map((p) => p.replace(/\n/g, '\r\n'));
  }
  if (rng.chance(0.01)) text = '\uFEFF' + text;

  const day = isoDay(pub);
  const fileName = `${String(index + 1).padStart(6, '0')}-${slug(outlet.domain.replace(/\.[a-z]+$/, ''))}-${day}-${slug(title) || 'artikel'}.txt`;
  return { fileName, text, paragraphs: paras, junk };
}
