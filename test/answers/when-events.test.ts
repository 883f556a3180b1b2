/**
 * `/when` on the failure classes of issue 12, each with sentences of my own
 * (invented, never third-party text) in a small corpus written for the test:
 * the clause that states the event, the date that belongs to its verb, dates
 * of other things (birth years, anniversaries, older treaties) never dating
 * it, the next sentence's date when it continues the event, catalogued events
 * with required and excluded wordings, and English questions answered from
 * German text.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWhen } from '../../src/answers/when.ts';
import type { Answer, Reply } from '../../src/reply/model.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';

/** Invented articles: file name -> text (a header with the date, then paragraphs). */
const ARTICLES: Record<string, string> = {
  'vertrag-und-gefangene.txt': `---
title: Gefangene Soldaten und ein alter Vertrag
outlet: Testzeitung
published: 2025-01-16T10:00
---
Die ukrainische Armee hat zwei nordkoreanische Soldaten gefangen genommen. Der 2001 geborene Soldat war am Donnerstag vergangener Woche in Kursk gefangen genommen worden, sein Kamerad (Jahrgang 1999) einen Tag später.

Beide Länder hatten bereits im Jahr 2000 einen Freundschaftsvertrag unterzeichnet. Den neuen Partnerschaftsvertrag unterzeichneten Putin und Kim am 19. Juni 2024 in Pjöngjang.

Das Abkommen muss noch von beiden Parlamenten ratifiziert werden und tritt mit dem Austausch der Ratifizierungsurkunden in Kraft.

Die Duma ratifizierte den Vertrag am 24. Oktober 2024. Am 4. Dezember 2024 tauschten beide Seiten die Ratifizierungsurkunden aus, seitdem ist der Vertrag in Kraft.

Zum 80. Jahrestag der Befreiung von 1943 legte der Gouverneur am Montag Kränze nieder.`,
  'vorstoss-und-ankunft.txt': `---
title: Wie der Vorstoß begann
outlet: Testzeitung
published: 2025-02-03
---
Ukrainische Einheiten waren Anfang August 2024 in das Gebiet Kursk eingerückt.

Nach Angaben aus Kiew sind die Truppen seither rund 30 Kilometer in die Region vorgedrungen.

Im Juni 2024 schlossen beide Staaten einen Beistandspakt.

Nach südkoreanischen Angaben wurden die ersten nordkoreanischen Soldaten im Oktober 2024 nach Russland gebracht

Die ersten nordkoreanischen Soldaten trafen im Oktober in Kursk ein`,
  'brand-und-beben.txt': `---
title: Waldbrand bei Orla gelöscht, Gedenken an das Beben
outlet: Testzeitung
published: 2025-08-16
---
Der Waldbrand bei Orla hatte mehrere Tage gewütet. Er war am Montagabend in einem Waldstück ausgebrochen.

Mehrere Menschen kamen in den Flammen ums Leben.

Der Waldbrand bei Orla ist gelöscht. Das teilte die Feuerwehr am Freitag mit.

Bei einer Gedenkfeier am Dienstag erinnerten die Bürger von Orla an das Beben vom Freitag vor zwei Wochen.

Zuletzt hatte 1990 ein Beben die Gegend erschüttert.

Rund 900 Menschen wurden am Dienstag aus Orla evakuiert. Nach Angaben der Feuerwehr sind 300 Hektar Wald verbrannt. Zwölf Häuser wurden zerstört. Zwei Menschen gelten als vermisst.

Die Regierung rief am Mittwoch den Notstand für die Region aus.

Ob und wann eine Waffenruhe vereinbart wird, ist offen. Die Konfliktparteien haben sich am Sonntag auf eine Waffenruhe geeinigt.`,
};

/** A catalogue for the test corpus: two story events on top of the generic ones. */
const STORY = {
  version: 1,
  title: { de: 'Testgeschichte', en: 'Test story' },
  sides: [{ id: 'ukraine', party: true }, { id: 'russia', party: true }, { id: 'north-korea', party: true }],
  events: [
    {
      slug: 'treaty-signed', en: 'Treaty signed', de: 'Vertrag unterzeichnet', aliases: ['treaty signed'],
      triggers: ['unterzeichnet', 'schlossen'], requires: [['Vertrag', 'Partnerschaftsvertrag', 'Pakt', 'Beistandspakt', 'Abkommen']],
      excludes: ['nicht'], excludePatterns: ['Freundschaftsvertrag', 'früher*'], window: { from: '2024' }, query: 'Vertrag unterzeichnet',
    },
    {
      slug: 'treaty-ratified', en: 'Treaty ratified', de: 'Vertrag ratifiziert', aliases: [],
      triggers: ['ratifiziert'], requires: [['Vertrag', 'Abkommen']], excludes: ['nicht'],
      excludePatterns: ['Ratifizierungsurkunde* … ausgetauscht|austauschen|tauschten', 'noch … ratifiziert werden'], query: 'Vertrag ratifiziert',
    },
    {
      slug: 'treaty-in-force', en: 'Treaty in force', de: 'Vertrag in Kraft', aliases: [],
      triggers: ['in Kraft'], requires: [['Vertrag', 'Abkommen']], excludes: ['nicht'], query: 'Vertrag in Kraft',
    },
    {
      slug: 'incursion', en: 'Incursion into Kursk', de: 'Vorstoß', aliases: [],
      triggers: ['vorgestoßen', 'überfallen', 'eingerückt', 'vorgedrungen'], actors: [], requires: [['Kursk', 'Gebiet', 'Region']],
      excludes: ['nicht'], query: 'Kursk eingerückt',
    },
    {
      slug: 'troops-arrived', en: 'Troops arrive', de: 'Ankunft', aliases: [],
      triggers: ['trafen ein', 'angekommen', 'nach Russland gebracht'], requires: [['Soldaten', 'Truppen']], excludes: ['nicht'], query: 'Soldaten eingetroffen',
    },
  ],
};

let dir: string;
let snapshot: Snapshot;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'when-events-'));
  mkdirSync(path.join(dir, 'articles'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, 'articles', name), `${text}\n`);
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify(STORY));
  snapshot = await loadSnapshot(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const when = (q: string): Reply => answerWhen(q, { snapshot });
const quoting = (r: Reply, fragment: string): Answer | undefined => r.answers.find((a) => a.quote.includes(fragment));

describe('the date that belongs to the event, never a date of another thing', () => {
  it('a birth year never dates a capture ("Der 2001 geborene Soldat", "Jahrgang 1999")', () => {
    const r = when('when were the soldiers captured');
    expect(r.status).toBe('ok');
    const top = r.answers[0]!;
    expect(top.date?.iso).toBe('2025-01-09');
    for (const a of r.answers) expect(a.date?.iso ?? '').not.toMatch(/^(?:2001|1999)/);
  });

  it('an older treaty (signed in 2000) is never this treaty\'s signing', () => {
    const r = when('treaty-signed');
    expect(r.answers.map((a) => a.date?.iso)).toContain('2024-06-19');
    expect(r.answers.some((a) => a.quote.includes('Freundschaftsvertrag'))).toBe(false);
    expect(r.summary).not.toMatch(/2000/);
  });

  it('an anniversary\'s year (80. Jahrestag der Befreiung von 1943) dates nothing', () => {
    const r = when('Kränze niedergelegt');
    expect(r.answers[0]!.date?.iso).toBe('2025-01-13');
    for (const a of r.answers) expect(a.date?.iso).not.toBe('1943');
  });

  it('inside one sentence, the commemoration\'s Tuesday, not the quake\'s Friday', () => {
    const r = when('commemoration');
    expect(r.answers[0]!.date).toMatchObject({ text: 'am Dienstag', iso: '2025-08-12' });
  });

  it('an old quake (1990) is not the first answer for the quake asked about, nor undated noise', () => {
    const r = when('Beben ereignet');
    expect(r.status).toBe('ok');
    expect(r.answers[0]!.date?.iso).not.toBe('1990');
  });

  it('"previous earthquake" finds the 1990 quake, in its own clause', () => {
    expect(when('previous earthquake').answers[0]!.date?.iso).toBe('1990');
  });

  it('a date in the next sentence that continues the event: used, quoted with it and said so', () => {
    const r = when('fire extinguished');
    const a = quoting(r, 'ist gelöscht')!;
    expect(a.quote).toBe('Der Waldbrand bei Orla ist gelöscht. Das teilte die Feuerwehr am Freitag mit.');
    expect(a.date).toMatchObject({ text: 'am Freitag', iso: '2025-08-15' });
    expect(a.date!.label).toMatch(/next sentence/);
  });

  it('"fire started" finds the outbreak sentence that only says "Er … ausgebrochen", not the deaths', () => {
    const r = when('fire started');
    expect(r.answers[0]!.quote).toContain('ausgebrochen');
    expect(r.answers[0]!.date?.iso).toBe('2025-08-11');
    expect(r.answers[0]!.quote).not.toContain('ums Leben');
  });

  it('a question ("Ob und wann … vereinbart wird") states no event', () => {
    const r = when('ceasefire');
    expect(quoting(r, 'Ob und wann')).toBeUndefined();
    expect(r.answers[0]!.date?.iso).toBe('2025-08-10');
  });
});

describe('catalogued events: required and excluded wordings', () => {
  it('ratified is neither the exchange of instruments nor "muss noch ratifiziert werden"', () => {
    const r = when('treaty-ratified');
    expect(r.answers.map((a) => a.date?.iso)).toEqual(['2024-10-24']);
    expect(quoting(r, 'muss noch')).toBeUndefined();
    expect(quoting(r, 'tauschten')).toBeUndefined();
  });

  it('in force: the exchange on 4 December, not "tritt mit dem Austausch … in Kraft" (a rule, not an event)', () => {
    const r = when('treaty-in-force');
    expect(quoting(r, 'tritt mit dem Austausch')).toBeUndefined();
    expect(r.answers[0]!.date?.iso).toBe('2024-12-04');
  });

  it('an incursion written as "eingerückt" or "vorgedrungen", a signing written as "schlossen"', () => {
    const r = when('incursion');
    expect(quoting(r, 'eingerückt')!.date).toMatchObject({ iso: '2024-08' });
    expect(quoting(r, 'vorgedrungen')).toBeDefined();
    expect(quoting(when('treaty-signed'), 'schlossen')!.date?.iso).toBe('2024-06');
  });

  it('arrival written as "nach Russland gebracht", and a last sentence without a full stop', () => {
    const r = when('troops-arrived');
    expect(quoting(r, 'nach Russland gebracht')!.date?.iso).toBe('2024-10');
    expect(quoting(r, 'trafen im Oktober in Kursk ein')!.date?.iso).toBe('2024-10');
  });
});

describe('English questions answered from German text', () => {
  it.each([
    ['evacuated', '2025-08-12'],
    ['area burned', '2025-08-16'],
    ['buildings destroyed', '2025-08-16'],
    ['missing', '2025-08-16'],
    ['state of emergency', '2025-08-13'],
    ['ceasefire', '2025-08-10'],
    ['earthquake', null],
    ['containment', null],
  ])('"%s" is answered (never "nothing found")', (q, iso) => {
    const r = when(q);
    expect(r.status).toBe('ok');
    expect(r.answers.length).toBeGreaterThan(0);
    if (iso) expect(r.answers[0]!.date?.iso?.slice(0, 10)).toBe(iso);
  });
});
