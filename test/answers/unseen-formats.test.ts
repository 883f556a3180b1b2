/**
 * The answer engine on articles it was not written against: the invented
 * fixtures of test/fixtures/articles (ZEIT, 20 Minuten, tagesschau,
 * derStandard, NZZ with a header, Keystone-SDA in Windows-1252, a
 * hard-wrapped dpa file, SPIEGEL, t-online, WELT, FAZ, SZ, ZDF,
 * Deutschlandfunk), loaded as a corpus of
 * their own.
 */
import { actorGroups } from '../../src/corpus/catalogue/index.ts';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerEstimate } from '../../src/answers/estimate.ts';
import type { Answer } from '../../src/reply/model.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { answerWhen } from '../../src/answers/when.ts';
import { compileEvent, matchEvent } from '../../src/answers/event-match.ts';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(path.resolve(import.meta.dirname, '../fixtures'));
});

const byFigure = (answers: Answer[], text: string) => answers.find((a) => a.figure?.text.includes(text));

describe('answers on articles in other outlets\' formats', () => {
  it('/estimate casualties lists each outlet\'s figure with its claimant, the latest publication first', () => {
    const reply = answerEstimate('casualties', { snapshot });
    const zeit = byFigure(reply.answers, 'Mehr als 3000')!;
    expect(zeit).toMatchObject({ outlet: 'ZEIT ONLINE', published: '2024-12-23T18:41' });
    expect(zeit.figure).toMatchObject({ min: 3000, kind: 'killed-or-wounded' });
    expect(zeit.claimant).toMatch(/Selenskyj/);
    const swiss = byFigure(reply.answers, 'über 3800 nordkoreanische')!;
    expect(swiss.published).toBe('2025-01-13T07:12');
    expect(swiss.claimant).toMatch(/Ukrainian/);
    const tagesschau = byFigure(reply.answers, 'rund 4700')!;
    expect(tagesschau.figure).toMatchObject({ min: 4700, max: 4700, qualifier: 'rund' });
    expect(tagesschau.claimant).toMatch(/^NIS/);
    // the latest figure first (each claimant's superseded figures follow the latest ones)
    const published = reply.answers.map((a) => a.published ?? '');
    expect(published[0]).toBe([...published].sort().at(-1));
  });

  it('/estimate troops reads Swiss thousands separators and keeps reinforcements apart', () => {
    const reply = answerEstimate('troops', { snapshot });
    expect(byFigure(reply.answers, "rund 12'000")!.figure).toMatchObject({ min: 12000, max: 12000, kind: 'troops-sent' });
    expect(byFigure(reply.answers, 'rund 3000 Soldaten')!.claimant).toMatch(/South Korean/);
    expect(answerEstimate('casualties', { snapshot }).answers.some((a) => a.figure?.kind === 'reinforcements')).toBe(false);
  });

  it('/when north-korea-confirmed resolves "am Montag" to the exact day for a minute-precise date line', () => {
    const reply = answerWhen('north-korea-confirmed', { snapshot });
    const kcna = reply.answers.find((a) => a.quote.includes('KCNA meldete am Montag'))!;
    // tagesschau "Stand: 30.04.2025 14:05 Uhr" is a Wednesday: the Monday before is 28 April 2025.
    expect(kcna.date).toMatchObject({ text: 'am Montag', iso: '2025-04-28', precision: 'day' });
    expect(kcna.claimant).toMatch(/KCNA/);
    expect(reply.summary).toMatch(/28 April 2025/);
  });

  it('/when treaty-signed finds the date in a relative clause of another outlet', () => {
    const reply = answerWhen('treaty-signed', { snapshot });
    expect(reply.answers[0]!.date).toMatchObject({ text: 'im Juni 2024', iso: '2024-06' });
    expect(reply.answers[0]!.articleId).toMatch(/^20min-/);
  });

  it('/estimate keeps each claimant with its own figure in a SPIEGEL-style text (never the country the soldiers went to)', () => {
    const casualties = answerEstimate('casualties', { snapshot });
    const nis = byFigure(casualties.answers, 'rund 4000 Soldaten')!;
    expect(nis.figure).toMatchObject({ min: 4000, max: 4000, qualifier: 'rund', kind: 'killed-or-wounded' });
    expect(nis.claimant).toMatch(/^NIS/);
    expect(nis).toMatchObject({ agency: 'dpa, Reuters', published: '2025-02-27T08:14' });
    const selenskyj = byFigure(casualties.answers, 'mehr als 3800')!;
    expect(selenskyj.claimant).toMatch(/^Selenskyj/);
    expect(selenskyj.date).toMatchObject({ text: 'Anfang Januar', iso: '2025-01' });
    const troops = answerEstimate('troops', { snapshot });
    const sent = troops.answers.filter((a) => a.figure?.text.includes('rund 11.000') && /^(?:spiegel|tonline)-/.test(a.articleId));
    expect(sent).toHaveLength(2);
    for (const a of sent) expect(a.claimant).toMatch(/^NIS/);
    // FAZ: "Nach Angaben Kiews sollen inzwischen rund 11.000 Soldaten ..."
    expect(troops.answers.find((a) => a.articleId.startsWith('faz-') && a.figure?.text.includes('rund 11.000'))!.claimant).toBe('Kyiv');
    // ... "Das Pentagon bezifferte die Zahl am Montag auf etwa 10.000.": "die Zahl" counts the soldiers of the sentence before
    const pentagon = troops.answers.find((a) => a.articleId.startsWith('faz-') && a.figure?.text === 'etwa 10.000')!;
    expect(pentagon.figure).toMatchObject({ min: 10000, max: 10000, kind: 'troops-sent' });
    expect(pentagon.claimant).toMatch(/^Pentagon/);
    const blinken = byFigure(troops.answers, 'etwa 8000')!;
    expect(blinken).toMatchObject({ outlet: 'WELT', published: '2024-11-04' });
    expect(blinken.figure).toMatchObject({ min: 8000, max: 8000, kind: 'troops-arrived' });
    expect(blinken.claimant).toMatch(/^Blinken/);
  });

  it('/estimate names an unnamed official by institution, and keeps NIS killed and wounded apart (ZDF, SZ)', () => {
    const casualties = answerEstimate('casualties', { snapshot });
    const zdf = casualties.answers.find((a) => a.articleId.startsWith('zdf-') && a.figure?.text === 'Hunderte')!;
    expect(zdf.claimant).toBe('Pentagon official');
    expect(zdf.figure).toMatchObject({ min: 100, max: null, kind: 'killed-or-wounded' });
    const killed = byFigure(casualties.answers, 'Etwa 300')!;
    expect(killed).toMatchObject({ outlet: 'SZ', agency: 'dpa' });
    expect(killed.figure).toMatchObject({ min: 300, max: 300, kind: 'killed' });
    expect(killed.claimant).toMatch(/^NIS/);
    const wounded = casualties.answers.find((a) => a.articleId.startsWith('sz-') && a.figure?.kind === 'wounded')!;
    expect(wounded.figure).toMatchObject({ min: 2700, max: 2700 });
  });

  it('/when first-casualties: the first losses (ZDF, 17 December 2024), never a running total', () => {
    const reply = answerWhen('first-casualties', { snapshot });
    // ZDF reported the first heavy losses on 17 December 2024; SPIEGEL's "Anfang Januar … mehr als 3800" is a running total.
    expect(reply.summary).toMatch(/17 December 2024/);
    expect(reply.answers.some((a) => a.quote.includes('mehr als 3800'))).toBe(false);
    expect(reply.answers.some((a) => a.quote.includes('über 3800'))).toBe(false);
  });

  it('a Kremlin that "weder bestätigt noch dementiert" is not Russia confirming', () => {
    const reply = answerWhen('russia-confirmed', { snapshot });
    expect(reply.answers.some((a) => a.quote.includes('weder bestätigt'))).toBe(false);
  });
});

describe('a chronology (BR24-style) with several events, each with its own explicit date', () => {
  let chronology: Snapshot;
  beforeAll(async () => {
    chronology = await loadSnapshot(path.resolve(import.meta.dirname, '../fixtures/chronology'));
  });

  it('dates each event from its own sentence', () => {
    const when = (q: string) => answerWhen(q, { snapshot: chronology });
    expect(when('treaty-signed').answers[0]!.date).toMatchObject({ text: 'Am 19. Juni 2024', iso: '2024-06-19' });
    expect(when('treaty-ratified').answers[0]!.date).toMatchObject({ text: 'am 24. Oktober 2024', iso: '2024-10-24' });
    expect(when('north-korea-confirmed').answers[0]!.date).toMatchObject({ text: 'Am 28. April 2025', iso: '2025-04-28' });
    expect(when('first-casualties').answers[0]!.date).toMatchObject({ text: 'Ende Oktober', iso: '2024-10' });
  });

  it('reads a separable verb as the event ("trafen … die ersten Soldaten … ein" is troops arriving)', () => {
    const reply = answerWhen('troops-arrived', { snapshot: chronology });
    const a = reply.answers[0]!;
    expect(a.quote).toMatch(/^Anfang Oktober 2024 trafen .* ein\.$/);
    expect(a.date).toMatchObject({ text: 'Anfang Oktober 2024', iso: '2024-10' });
    expect(a.claimant).toMatch(/^NIS/);
    expect(a).toMatchObject({ outlet: 'BR24' });
  });

  it('a free question about one country is not answered by a clause about another ("bestätigte Nordkorea" is not Russia confirming)', () => {
    const reply = answerWhen('when did russia confirm', { snapshot: chronology });
    for (const a of reply.answers) expect(a.quote).not.toMatch(/^Am 28\. April 2025 bestätigte Nordkorea/);
    // the same words with the country that did confirm it
    const nk = answerWhen('when did north korea confirm', { snapshot: chronology });
    expect(nk.answers[0]?.quote).toMatch(/^Am 28\. April 2025 bestätigte Nordkorea/);
    expect(nk.answers[0]?.date).toMatchObject({ iso: '2025-04-28' });
  });

  it('needs the particle: "trafen sich" and "trafen eine Vereinbarung" are not arrivals', () => {
    const story = chronology.stories[0]!;
    const def = story.catalogue.events.events.find((e) => e.slug === 'troops-arrived')!;
    const event = compileEvent(def, actorGroups(story.catalogue));
    const sentence = (text: string) => ({ text, start: 0, end: text.length });
    expect(matchEvent(sentence('Putin und Kim trafen sich in Pjöngjang, um über nordkoreanische Soldaten zu sprechen.'), event)).toBeNull();
    expect(matchEvent(sentence('Sie trafen eine Vereinbarung über weitere nordkoreanische Truppen.'), event)).toBeNull();
    expect(matchEvent(sentence('Im Oktober trafen die ersten nordkoreanischen Truppen in Kursk ein.'), event)).not.toBeNull();
    expect(matchEvent(sentence('Die ersten Soldaten kamen im Oktober in Russland an.'), event)).not.toBeNull();
  });
});
