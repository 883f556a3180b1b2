import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/reply/model.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { answerWhen } from '../../src/answers/when.ts';
import { LocalEngine } from '../../src/engine/local.ts';
import { seedSnapshot } from '../helpers/seed.ts';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await seedSnapshot();
});

const when = (q: string) => answerWhen(q, { snapshot });
const find = (answers: Answer[], fragment: string) => answers.find((a) => a.quote.includes(fragment));

function expectVerbatim(answers: Answer[]): void {
  for (const a of answers) expect(snapshot.articleById.get(a.articleId)!.raw.includes(a.quote)).toBe(true);
}

describe('/when on the seed corpus (facts read off the articles)', () => {
  it('treaty-in-force: 4 December 2024, from "ab dem 4. Dezember 2024" and KCNA "am Mittwoch"', () => {
    const reply = when('treaty-in-force');
    expect(reply.status).toBe('ok');
    expect(reply.summary).toContain('4 December 2024');
    expect(reply.answers[0]!.date!.iso).toBe('2024-12-04');
    const explicit = find(reply.answers, 'ab dem 4. Dezember 2024')!;
    expect(explicit.date).toMatchObject({ text: 'ab dem 4. Dezember 2024', iso: '2024-12-04', precision: 'day' });
    const wednesday = find(reply.answers, 'am Mittwoch')!;
    expect(wednesday.date).toMatchObject({ text: 'am Mittwoch', iso: '2024-12-04' });
    expect(wednesday.claimant).toMatch(/KCNA/);
    // "das im Juni vereinbarte Verteidigungsabkommen ... in Kraft getreten": June is the agreement, not the entry into force.
    const getreten = find(reply.answers, 'in Kraft getreten')!;
    expect(getreten.date).toMatchObject({ basis: 'reported', iso: '2024-12-05T11:58' });
    expectVerbatim(reply.answers);
  });

  it('russia-confirmed: a Saturday in April 2025 (month precision only), Keystone-SDA undated', () => {
    const reply = when('russia-confirmed');
    const saturday = find(reply.answers, 'Russland hatte am Samstag erstmals bestätigt')!;
    expect(saturday.date).toMatchObject({ text: 'am Samstag', iso: '2025-04', precision: 'month' });
    expect(saturday.date!.label).toMatch(/^a Saturday, April 2025/);
    expect(reply.summary).toMatch(/a Saturday, April 2025/);
    const keystone = reply.answers.filter((a) => a.articleId.startsWith('keystone'));
    expect(keystone.length).toBeGreaterThanOrEqual(1);
    for (const a of keystone) expect(a.date!.iso).toBeNull();
    // North Korea confirming, the US confirming or a denial are not Russia confirming.
    expect(find(reply.answers, 'hat Nordkorea erstmals')).toBeUndefined();
    expect(find(reply.answers, 'US-Aussenministerium')).toBeUndefined();
    expect(find(reply.answers, 'bis heute nicht')).toBeUndefined();
    expectVerbatim(reply.answers);
  });

  it('north-korea-confirmed: KCNA "am Montag" in April 2025, not Russia\'s confirmation', () => {
    const reply = when('north-korea-confirmed');
    const kcna = find(reply.answers, 'meldete die staatliche Nachrichtenagentur KCNA am Montag')!;
    expect(kcna.date).toMatchObject({ text: 'am Montag', iso: '2025-04', precision: 'month' });
    expect(find(reply.answers, 'hat Nordkorea erstmals die Entsendung')).toBeDefined();
    expect(find(reply.answers, 'Russland hatte am Samstag')).toBeUndefined();
    expect(reply.summary).toMatch(/April 2025/);
  });

  it('treaty-signed: June 2024 from "im Juni", "im Juni 2024" and "im vergangenen Jahr" (2024) agreeing', () => {
    const reply = when('treaty-signed');
    expect(reply.summary).toMatch(/June 2024/);
    expect(find(reply.answers, 'hatten das Abkommen im Juni')!.date).toMatchObject({ iso: '2024-06', precision: 'month' });
    expect(find(reply.answers, 'im Juni 2024 durch einen Vertrag besiegelt')!.date!.iso).toBe('2024-06');
    expect(find(reply.answers, 'im vergangenen Jahr')!.date!.iso).toBe('2024');
  });

  it('treaty-ratified: November 2024 from the year-less "Im November" of an article of December 2024', () => {
    const reply = when('treaty-ratified');
    expect(reply.answers[0]!.quote).toContain('Im November ratifizierten beide Länder das Abkommen');
    expect(reply.answers[0]!.date).toMatchObject({ text: 'Im November', iso: '2024-11', precision: 'month' });
    expect(reply.summary).toMatch(/November 2024/);
  });

  it('kursk-incursion: summer 2024; "Anfang August vergangenen Jahres" in an undated article stays unresolved', () => {
    const reply = when('kursk-incursion');
    expect(find(reply.answers, 'im Sommer 2024')!.date).toMatchObject({ precision: 'season', from: '2024-06-01', to: '2024-08-31' });
    const august = find(reply.answers, 'Anfang August vergangenen Jahres')!;
    expect(august.date).toMatchObject({ iso: null, basis: 'unresolved', text: 'Anfang August vergangenen Jahres' });
  });

  it('ammunition-deliveries: since August 2023', () => {
    const reply = when('ammunition-deliveries');
    expect(reply.answers[0]!.date).toMatchObject({ iso: '2023-08', text: 'seit August 2023' });
  });

  it('first-casualties: only "reported by" the ntv article, never "einen Gefallen erweisen"', () => {
    const reply = when('first-casualties');
    expect(find(reply.answers, 'erste Soldaten gefallen')!.date).toMatchObject({ basis: 'reported', iso: '2024-12-05T11:58' });
    expect(find(reply.answers, 'Gefallen erweisen')).toBeUndefined();
    expect(reply.summary).toMatch(/no source dates the event itself/);
  });

  it('finds the event from German words or a free English question as well as the slug', () => {
    expect(when('Vertrag in Kraft').answers[0]!.date!.iso).toBe('2024-12-04');
    expect(when('when was the treaty ratified').answers[0]!.date!.iso).toBe('2024-11');
    expect(when('Russland bestätigt').answers[0]!.date!.iso).toBe('2025-04');
  });

  it('answers a question that fits several events ("treaty") with each event apart, never one picked', () => {
    for (const q of ['treaty', 'Vertrag']) {
      const reply = when(q);
      expect(reply.status).toBe('ok');
      const lines = reply.summary!.split('\n').slice(1);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^• Treaty signed.*June 2024.*\(\/when treaty-signed\)$/);
      expect(lines[1]).toMatch(/^• Treaty ratified: November 2024.*\(\/when treaty-ratified\)$/);
      expect(lines[2]).toMatch(/^• Treaty enters into force: Wednesday, 4 December 2024.*\(\/when treaty-in-force\)$/);
      expect(reply.suggestions).toEqual(['/when treaty-signed', '/when treaty-ratified', '/when treaty-in-force']);
      expect(find(reply.answers, 'ab dem 4. Dezember 2024')).toBeDefined();
      expect(find(reply.answers, 'Im November')).toBeDefined();
      expectVerbatim(reply.answers);
    }
    // A word only some events share is not enough: "Kursk befreit" is the recapture alone.
    expect(when('Kursk befreit').summary).toMatch(/^Russia declares Kursk recaptured/);
  });

  it('falls back to the index for words no catalogue entry foresaw ("Kirby": "letzte Woche", unresolved)', () => {
    const reply = when('Kirby');
    expect(reply.status).toBe('ok');
    expect(reply.notice).toMatch(/not a catalogued event/);
    expect(reply.answers[0]!.quote).toContain('John F. Kirby');
    expect(reply.answers[0]!.date).toMatchObject({ text: 'letzte Woche', iso: null });
  });

  it('free words take the date of their own clause, never one across "dass"', () => {
    // "Russland hatte am Samstag erstmals bestätigt, dass nordkoreanische Soldaten auf russischer Seite in Kursk kämpfen."
    const reply = when('russischer Seite kämpfen');
    const reuters = find(reply.answers, 'auf russischer Seite in Kursk kämpfen')!;
    expect(reuters.date).toMatchObject({ basis: 'reported', iso: '2025-04' });
    expect(when('erstmals bestätigt Samstag').answers.find((a) => a.quote.includes('auf russischer Seite'))!.date).toMatchObject({ text: 'am Samstag' });
  });

  it('never reads a negation as the event: "nicht" falls back to the words, "nicht bestätigt" asks for the confirmation', () => {
    const bare = when('nicht');
    expect(bare.notice).toMatch(/no clause of the corpus states it as an event/);
    expect(bare.notice).not.toMatch(/whose clause states "nicht"/);
    const confirmed = when('nicht bestätigt');
    expect(confirmed.notice).toMatch(/whose clause states "bestätigt"/);
    expect(find(confirmed.answers, 'erstmals bestätigt')).toBeDefined();
  });

  it('answers honestly when nothing supports the question, with suggestions apart', () => {
    const reply = when('Marsmission');
    expect(reply.status).toBe('no-answer');
    expect(reply.answers).toEqual([]);
    expect(reply.notice).toMatch(/Nothing in the corpus answers/);
  });

  it('rejects empty and oversized arguments with one short line and an error identifier', async () => {
    const engine = new LocalEngine(snapshot);
    for (const [bad, id] of [
      ['', 'ArgumentEmpty'],
      ['   ', 'ArgumentEmpty'],
      ['x'.repeat(5000), 'ArgumentTooLong'],
      ['\u0000\u0001\u200b', 'ArgumentEmpty'],
      ['?!…', 'ArgumentNoLetters'],
    ] as const) {
      const reply = await engine.run('when', bad);
      expect(reply.status).toBe('invalid');
      expect(reply.error?.id).toBe(id);
      expect(reply.notice!.length).toBeLessThan(160);
      expect(reply.notice).not.toContain('\n');
    }
  });
});
