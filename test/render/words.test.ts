/**
 * Replies in the reader's language: the German and English wordings of
 * numbers, amounts, dates, labels and errors, the language a reader gets, and
 * the renderers' use of them. Quotes are never changed.
 */
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/corpus/catalogue/index.ts';
import { paginate } from '../../src/discord/pages.ts';
import { pageMessage } from '../../src/discord/render.ts';
import { notice, noticeText } from '../../src/discord/notices.ts';
import { renderText } from '../../src/render/text.ts';
import { UserError, type ErrorId } from '../../src/reply/errors.ts';
import { langOf, readerLang } from '../../src/reply/lang.ts';
import type { Figure } from '../../src/reply/model.ts';
import { wordsFor } from '../../src/reply/words/index.ts';
import { loadSnapshot } from '../../src/snapshot/snapshot.ts';

const de = wordsFor('de');
const en = wordsFor('en');
const fig = (f: Partial<Figure>): Figure => ({ text: '', min: null, max: null, qualifier: null, unit: null, kind: null, ...f }) as Figure;

describe('the reader\'s language', () => {
  it.each([
    ['de', 'de'], ['de-AT', 'de'], ['de_CH.UTF-8', 'de'], ['en-US', 'en'], ['en-GB', 'en'], ['fr', null], ['', null], [undefined, null], ['C.UTF-8', null],
  ])('langOf(%j) is %j', (tag, lang) => {
    expect(langOf(tag)).toBe(lang);
  });

  it('answers German and English readers in their language, others in the server default', () => {
    expect(readerLang('de', 'en')).toBe('de');
    expect(readerLang('en-US', 'de')).toBe('en');
    expect(readerLang('fr', 'de')).toBe('de');
    expect(readerLang('pl', undefined)).toBe('en');
  });
});

describe('German numbers, amounts and dates', () => {
  it('writes numbers as a German reader expects', () => {
    expect(de.number(10000)).toBe('10.000');
    expect(de.number(3_500_000)).toBe('3,5 Millionen');
    expect(de.number(1_000_000)).toBe('1 Million');
    expect(de.number(2_000_000_000)).toBe('2 Milliarden');
    expect(en.number(10000)).toBe('10,000');
  });

  it('keeps the bounds and the source\'s own qualifier', () => {
    expect(de.amount(fig({ min: 3000, qualifier: 'mehr als', text: 'mehr als 3000' }))).toBe('mehr als 3.000');
    expect(de.amount(fig({ min: 10000, max: 12000 }))).toBe('10.000–12.000');
    expect(de.amount(fig({ max: 1000, qualifier: 'bis zu' }))).toBe('bis zu 1.000');
    expect(de.amount(fig({ min: 14000, max: 14000, qualifier: 'rund' }))).toBe('rund 14.000');
    expect(de.amount(fig({ min: 100, qualifier: 'vage', text: 'Hunderte' }))).toBe('mindestens 100 (vage: „Hunderte“)');
    expect(en.amount(fig({ min: 10000, max: 12000 }))).toBe('10,000–12,000');
  });

  it('writes publication dates only as precisely as known', () => {
    expect(de.published('2024-12-05T11:58')).toBe('5. Dezember 2024, 11:58 Uhr');
    expect(de.published('2024-12-05')).toBe('5. Dezember 2024');
    expect(de.published('2025-04')).toBe('April 2025');
    expect(de.published('2025')).toBe('2025');
    expect(de.published(null)).toBe('ohne Datum');
    expect(en.published('2024-12-05T11:58')).toBe('5 December 2024, 11:58');
  });

  it('writes resolved dates with the weekday, a month-only date with the days it can be, and never a day it does not know', () => {
    expect(de.dateRef({ text: 'am Mittwoch', iso: '2024-12-04', precision: 'day', basis: 'relative', label: 'Wednesday, 4 December 2024' })).toBe(
      'Mittwoch, 4. Dezember 2024 („am Mittwoch“)',
    );
    const saturday = de.dateRef({ text: 'am Samstag', iso: '2025-04', precision: 'month', from: '2025-03-29', to: '2025-04-26', basis: 'relative', label: 'a Saturday, April 2025 (or 29 March 2025)' });
    expect(saturday).toContain('April 2025');
    expect(saturday).toContain('29. März 2025');
    expect(saturday).not.toMatch(/\b\d{1,2}\. April 2025 \(/);
    expect(de.dateRef({ text: '', iso: null, precision: 'unknown', basis: 'unresolved', label: 'no date in the sentence, and the article is undated' })).toMatch(/kein Datum/);
  });
});

describe('errors and notices', () => {
  const ids: ErrorId[] = [
    'ArgumentEmpty', 'ArgumentTooLong', 'ArgumentNoLetters', 'ArgumentType', 'UnknownCommand', 'UnknownParagraph', 'UnknownStory', 'ReloadBusy',
    'ReloadFailed', 'ReloadNoArticle', 'ReloadUnavailable', 'UploadRejected', 'UploadNeedsStory', 'AttachmentRejected', 'EngineRestarting', 'InternalError',
  ];
  it.each(ids)('%s has an English and a German message that differ', (id) => {
    const c = { what: 'search words', length: 5000, max: 300, command: 'x', known: 'a, b', id: 'x#p9', hint: '', story: 's', seconds: 3, why: 'Grund.', version: 'v1', first: 'f', ref: 'r1' };
    const english = en.error(id, c);
    expect(english).toBe(new UserError(id, c).message);
    if (id === 'AttachmentRejected') return; // the reason itself, already worded by the adapter
    expect(de.error(id, c)).not.toBe(english);
    expect(de.error(id, c).length).toBeGreaterThan(10);
  });

  it('words every Discord notice in both languages', () => {
    const n = notice('Cooldown', { waitMs: 2500 });
    expect(noticeText(n, 'en')).toMatch(/wait 3 s/);
    expect(noticeText(n, 'de')).toMatch(/3 s/);
    expect(noticeText(n, 'de')).not.toBe(noticeText(n, 'en'));
  });
});

describe('renderers in German', async () => {
  const engine = new LocalEngine(await loadSnapshot(DEFAULT_CORPUS_DIR));

  it('/when in the terminal: German labels and dates around the verbatim quote', async () => {
    const reply = await engine.run('when', 'treaty-in-force');
    const text = renderText(reply, { lang: 'de' });
    expect(text).toContain('Datum: Mittwoch, 4. Dezember 2024 („ab dem 4. Dezember 2024“)');
    expect(text).toContain('veröffentlicht 5. Dezember 2024, 11:58 Uhr');
    for (const a of reply.answers) expect(text).toContain(a.quote);
    expect(renderText(reply)).toContain('date: Wednesday, 4 December 2024');
  });

  it('/search, /source and /corpus in German, with singular and plural right', async () => {
    const one = renderText(await engine.run('search', 'Luftlandebrigade'), { lang: 'de' });
    expect(one).toContain('1 Absatz aus 1 Artikel passt zu „Luftlandebrigade“.');
    const many = renderText(await engine.run('search', 'Soldaten'), { lang: 'de' });
    expect(many).toMatch(/\d+ Absätze aus \d+ Artikeln passen zu „Soldaten“\./);
    const source = renderText(await engine.run('source', 'kursk-russland-setzt-nordkoreaner-ein#p3'), { lang: 'de' });
    expect(source).toMatch(/^Absatz 3 von 10 in „Kursk: /m);
    expect(source).toMatch(/^Davor \(/m);
    expect(source).toMatch(/ohne Datum · Medium unbekannt/);
    const corpus = renderText(await engine.run('corpus', ''), { lang: 'de' });
    expect(corpus).toMatch(/^5 Artikel, 46 Absätze, 3 ohne Datum, 0 Warnungen; Korpusversion /m);
    expect(corpus).toMatch(/^Themen:$/m);
    expect(corpus).toMatch(/2024-12-05T11:58 \(Minute\)/);
  });

  it('an invalid question is refused in German', async () => {
    const reply = await engine.run('search', 'x'.repeat(5000));
    expect(renderText(reply, { lang: 'de' })).toMatch(/zu lang \(5000 Zeichen/);
  });

  it('Discord pages and buttons in German', async () => {
    const reply = await engine.run('when', 'treaty');
    expect(reply.answers.length).toBeGreaterThan(4);
    const pages = paginate(reply, 'de');
    const message = pageMessage(reply, pages, 0, 'k1', false, 'de');
    const labels = message.components.flatMap((row) => row.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels).toContain('Weitere Quellen');
    expect(labels.some((l) => /^Absatz \d+ zeigen$/.test(l ?? ''))).toBe(true);
    expect(message.embeds[0]!.footer!.text).toMatch(/^Korpus /);
    const fields = message.embeds[0]!.fields ?? [];
    expect(fields.some((f) => /Datum: /.test(f.value))).toBe(true);
    const estimate = await engine.run('estimate', 'casualties');
    const fieldsOf = paginate(estimate, 'de')[0]!.embed.fields ?? [];
    expect(fieldsOf.some((f) => /Zahl: (mindestens|bis zu|mehr als) /.test(f.value))).toBe(true);
  });
});
