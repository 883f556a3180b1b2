/**
 * The non-paragraph lines of a generated news page: headlines, kickers,
 * subheadings, photo captions and credits, teaser headlines, page furniture
 * (share/audio/ad lines, engagement counters) and reader comments.
 *
 * @module
 */

import { COMMENT_TEXTS, COMMENT_USERS, PEOPLE } from './lexicon.ts';
import { nounPhrase, personName, placeAdverbial, placePhrase, predicativeAdjective, type ArticleContext } from './phrases.ts';
import { countWords, joinWords, shortClause } from './sentences.ts';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Lines the cleaner reads as navigation or furniture: never used as headlines or subheadings. */
const RESERVED = /^(?:mehr\b|zum thema|lesen sie|weiterlesen|themen|tags|schlagworte|anzeige|kommentare?|empfehlung|interessant|user\b)/i;

function finish(words: string[], min: number, max: number): string | null {
  const n = countWords(words);
  if (n < min || n > max) return null;
  const text = capitalize(joinWords(words));
  if (RESERVED.test(text) || /[,;:–-]$/.test(text) || text.length > 170) return null;
  return text;
}

function retry(make: () => string | null): string {
  for (let i = 0; i < 30; i++) {
    const t = make();
    if (t) return t;
  }
  return 'Nordkoreanische Soldaten im Einsatz';
}

/** A headline (4 to 14 words, no final punctuation). */
export function headline(ctx: ArticleContext): string {
  const { rng } = ctx;
  const [open, close] = ctx.quotes;
  return retry(() => {
    const r = rng.next();
    let w: string[];
    if (r < 0.35) w = shortClause(ctx);
    else if (r < 0.5) w = [placePhrase(ctx, 'nom').words.join(' ') + ':', ...shortClause(ctx)];
    else if (r < 0.62) {
      const np = nounPhrase(ctx, 'nom', { det: 'none', num: 'pl', adjectives: 1, noGenitive: true });
      w = [...np.words, ctx.lex.verb(rng, false).p3, ...placeAdverbial(ctx)];
    } else if (r < 0.72) {
      const q = shortClause(ctx);
      w = [rng.zipfPick(PEOPLE).short + ':', open + capitalize(q.join(' ')) + close];
    } else if (r < 0.88) {
      const np = nounPhrase(ctx, 'nom', { det: 'none', noGenitive: rng.chance(0.5), adjectives: rng.chance(0.5) ? 1 : 0 });
      w = [...np.words, ...(rng.chance(0.4) ? placeAdverbial(ctx) : []), ctx.lex.verb(rng, true).part];
    } else {
      w = rng
        .pick([
          'Russland bestätigt Beteiligung nordkoreanischer Soldaten',
          'Nordkorea bestätigt erstmals Truppenentsendung',
          'Verteidigungsabkommen zwischen Russland und Nordkorea in Kraft',
          'Kiew meldet erste Verluste unter Nordkoreanern',
          'Nordkorea schickt weitere Soldaten nach Russland',
          'Moskau meldet Rückeroberung von Kursk',
          'Duma ratifiziert Abkommen mit Pjöngjang',
          'Südkorea warnt vor weiteren Truppenentsendungen',
        ])
        .split(' ');
    }
    return finish(w, 4, 14);
  });
}

/** A kicker above the headline (1 to 3 words). */
export function kicker(ctx: ArticleContext): string {
  return ctx.rng.pick(['Ukraine-Krieg', 'Krieg in der Ukraine', 'Nordkorea und Russland', 'Russland', 'Nordkorea', 'Kursk', 'Liveticker', 'Analyse', 'Ausland', 'Korea-Halbinsel']);
}

/** A subheading (2 to 9 words, no final punctuation). */
export function subheading(ctx: ArticleContext): string {
  const { rng } = ctx;
  const [open, close] = ctx.quotes;
  return retry(() => {
    const r = rng.next();
    let w: string[];
    if (r < 0.3) {
      const np = nounPhrase(ctx, 'nom', { det: 'none', noGenitive: true, adjectives: rng.chance(0.5) ? 1 : 0 });
      w = [...np.words, ctx.lex.verb(rng, true).part];
    } else if (r < 0.5) {
      const a = nounPhrase(ctx, 'nom', { det: 'none', noGenitive: true, adjectives: 0 });
      const b = nounPhrase(ctx, 'nom', { det: 'none', noGenitive: true, adjectives: 1 });
      w = [...a.words, 'und', ...b.words];
    } else if (r < 0.62) {
      const np = nounPhrase(ctx, 'nom', { det: 'none', num: 'pl', noGenitive: true, adjectives: 1 });
      w = [open + capitalize(np.words.join(' ')) + close, ...placeAdverbial(ctx)];
    } else if (r < 0.74) {
      w = [...placePhrase(ctx, 'nom').words, ctx.lex.verb(rng, false).s3];
    } else if (r < 0.86) {
      const np = nounPhrase(ctx, 'nom', { det: 'def', noGenitive: false, adjectives: 0 });
      w = [placePhrase(ctx, 'nom').words.join(' ') + ':', ...np.words.slice(1), ...predicativeAdjective(ctx)];
    } else {
      w = shortClause(ctx);
    }
    return finish(w, 2, 9);
  });
}

/** A question subheading (`Wie viele Soldaten hat Nordkorea geschickt?`), at most 10 words. */
export function questionHeading(ctx: ArticleContext): string {
  const { rng } = ctx;
  return retry(() => {
    const r = rng.next();
    let w: string[];
    if (r < 0.35) {
      const np = nounPhrase(ctx, 'nom', { det: 'none', num: 'pl', noGenitive: true, adjectives: 0 });
      w = ['Wie', 'viele', ...np.words, 'hat', ...placePhrase(ctx, 'nom').words, ctx.lex.verb(rng, true).part];
    } else if (r < 0.6) {
      const np = nounPhrase(ctx, 'nom', { det: 'def', num: 'pl', noGenitive: true, adjectives: 1 });
      w = ['Wo', ctx.lex.verb(rng, false).p3, ...np.words];
    } else if (r < 0.8) {
      const np = nounPhrase(ctx, 'nom', { det: 'def', num: 'sg', noGenitive: true, adjectives: 0 });
      w = ['Was', rng.pick(['bedeutet', 'ändert', 'bringt']), ...np.words, 'für', ...placePhrase(ctx, 'acc').words];
    } else {
      w = ['Warum', rng.pick(['schweigt', 'zögert', 'reagiert']), ...placePhrase(ctx, 'nom').words];
    }
    const t = finish(w, 3, 10);
    return t ? t + '?' : null;
  });
}

/** A teaser headline of another article (for navigation blocks). */
export function teaser(ctx: ArticleContext): string {
  return retry(() => {
    const w = ctx.rng.chance(0.5) ? shortClause(ctx) : [...nounPhrase(ctx, 'nom', { det: 'none', noGenitive: true }).words, ...placeAdverbial(ctx)];
    return finish(w, 3, 9);
  });
}

/** A photo caption: one short sentence (with or without final period). */
export function caption(ctx: ArticleContext): string {
  const { rng } = ctx;
  return retry(() => {
    const who = rng.chance(0.4)
      ? [...rng.zipfPick(PEOPLE).title.split(' '), ...rng.zipfPick(PEOPLE).full.split(' ')].slice(-3)
      : nounPhrase(ctx, 'nom', { det: rng.chance(0.5) ? 'none' : 'def', num: 'pl', noGenitive: true, adjectives: 1 }).words;
    const what = rng.pick([['bei', 'einer', 'Militärparade'], ['während', 'eines', 'Fototermins'], ['bei', 'einer', 'Zeremonie'], ['an', 'der', 'Front'], ['bei', 'einer', 'Übung'], ['auf', 'einem', 'Archivbild']]);
    const w = [...who, ...what, ...placeAdverbial(ctx)];
    const t = finish(w, 5, 18);
    if (!t) return null;
    return rng.chance(0.3) ? `${t} (Archivbild).` : rng.chance(0.6) ? `${t}.` : t;
  });
}

/** A standalone photo credit line (follows a caption on the next line). */
export function creditLine(ctx: ArticleContext): string {
  return ctx.rng.pick([
    '(Foto: picture alliance/dpa/KCNA)',
    'Bild: REUTERS',
    'KCNA via REUTERS',
    'Foto: IMAGO/ITAR-TASS',
    'Bild: Keystone',
    '(Foto: AP Photo/Ahn Young-joon)',
    'Foto: Getty Images',
    'Bild: KEYSTONE/EPA/YONHAP',
    `Foto: ${personName(ctx)}/dpa`,
    'Bild: Sputnik/Pool via AP',
  ]);
}

/** A caption carrying its own credit (`... (Foto: KCNA)`, `... - Name, Pool Photo via AP`, `... © X/Reuters`). */
export function captionWithCredit(ctx: ArticleContext): string {
  const { rng } = ctx;
  const c = caption(ctx).replace(/ \(Archivbild\)\.$|\.$/, '');
  const r = rng.next();
  if (r < 0.35) return `${c} (Foto: ${rng.pick(['KCNA', 'picture alliance/dpa', 'IMAGO/ITAR-TASS', 'Reuters'])})`;
  if (r < 0.7) return `${c}. - ${personName(ctx)}, ${rng.pick(['Sputnik, Kremlin Pool Photo via AP', 'Pool Photo via AP', 'KCNA via AP', 'Reuters'])}`;
  return `${c} © ${rng.pick(['Ukrainian Armed Forces/Reuters', 'Imago/ITAR-TASS', 'dpa', 'KCNA/Reuters', 'Getty Images'])}`;
}

/**
 * Page furniture lines (share, audio, ad lines; with `counters`, engagement
 * counters, which open a teaser list and so belong at the end of a page).
 */
export function uiLine(ctx: ArticleContext, counters: boolean): string {
  const { rng } = ctx;
  const lines = ['Artikel anhören', 'Artikel teilen', 'Anzeige', 'Weiterlesen', 'Artikel hören Player schließen', 'Video abspielen', 'Teilen', 'Drucken', 'Newsletter abonnieren', `Lesezeit: ${rng.int(2, 9)} Min.`];
  return counters && rng.chance(0.3) ? `${rng.int(2, 140)} Interaktionen` : rng.pick(lines);
}

/** A reader-comment section: its opening line, then user lines and comments. */
export function comments(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const lines = [rng.pick(['Kommentare', `${rng.int(2, 300)} Kommentare`, 'Deine Meinung zählt', 'Leserkommentare', `Kommentare (${rng.int(1, 99)})`])];
  const n = rng.int(1, 5);
  const anonymous = rng.chance(0.5);
  for (let i = 0; i < n; i++) {
    if (anonymous) lines.push(`User #${rng.int(100, 9999)} (nicht angemeldet)`);
    else lines.push(rng.pick(COMMENT_USERS).replace(/_/g, rng.chance(0.5) ? '_' : ' '), `vor ${rng.int(1, 23)} Stunden`);
    lines.push(rng.pick(COMMENT_TEXTS));
  }
  return lines;
}

/** A `MEHR IN NEWS` block: a section label, headlines and engagement counters. */
export function moreBlock(ctx: ArticleContext): string[] {
  const { rng } = ctx;
  const lines = [rng.pick(['MEHR IN NEWS', 'MEHR AUS RUSSLAND', 'MEHR AUS DEM AUSLAND', 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Meistgelesen'])];
  const n = rng.int(2, 6);
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.4)) lines.push(`${rng.int(2, 140)} Interaktionen`);
    lines.push(rng.chance(0.3) ? rng.pick(['Laut Kreml', 'Im Iran', 'In Moskau', 'Trotz Bedenken', 'Verhandlungen', 'Am 100. Tag']) : teaser(ctx));
  }
  return lines;
}
