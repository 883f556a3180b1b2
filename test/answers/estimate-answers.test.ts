/**
 * /estimate answers on four stories (the seed story and the invented
 * earthquake, wildfire and insolvency stories, some with the extra articles
 * of test/fixtures/estimate/): death tolls, injured, missing, evacuated,
 * area and magnitude questions in German and English; what a count question
 * never returns; forecasts apart; places and sides; and the summary a
 * reporter pastes from (sources named, agency repeats as one claim, the
 * latest figure per claimant, forecasts labelled).
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEstimate } from '../../src/answers/estimate.ts';
import { MEASUREMENTS } from '../../src/language/de/figures/index.ts';
import type { Answer, Reply } from '../../src/reply/model.ts';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf } from '../helpers/newsroom.ts';

const EXTRA = path.join(import.meta.dirname, '../fixtures/estimate');

const snapshots = new Map<string, Snapshot>();
const cleanups: (() => void)[] = [];

/** A story alone, or with the extra articles of test/fixtures/estimate/<story>/ (`<story>+`). */
async function open(name: string): Promise<void> {
  const id = name.replace(/\+$/, '');
  const c = corpusOf([id]);
  cleanups.push(c.cleanup);
  if (name.endsWith('+')) cpSync(path.join(EXTRA, id), path.join(c.dir, 'stories', id, 'articles'), { recursive: true });
  snapshots.set(name, await loadSnapshot(c.dir));
}

beforeAll(async () => {
  for (const name of ['erdbeben', 'erdbeben+', 'waldbrand', 'waldbrand+', 'insolvenz', 'kursk', 'kursk+']) await open(name);
});
afterAll(() => cleanups.forEach((c) => c()));

function ask(story: string, q: string): Reply {
  return answerEstimate(q, { snapshot: snapshots.get(story)!, story: story.replace(/\+$/, '') });
}

const key = (a: Answer) => `${a.paragraphId}|${a.figure?.text}`;
const texts = (r: Reply) => r.answers.map((a) => a.figure!.text);
const isYear = (n: number | null) => n !== null && Number.isInteger(n) && n >= 1900 && n <= 2099;

describe('/estimate death tolls, German and English, on three stories', () => {
  it('"Tote", "Todesopfer", "deaths", "death toll", "dead" give the same list (erdbeben, waldbrand, kursk)', () => {
    for (const story of ['erdbeben', 'waldbrand', 'kursk']) {
      const lists = ['Tote', 'Todesopfer', 'deaths', 'death toll', 'dead'].map((q) => ask(story, q).answers.map(key).sort());
      expect(lists[0]!.length, story).toBeGreaterThan(0);
      for (const l of lists) expect(l, story).toEqual(lists[0]);
    }
  });

  it('the earthquake toll covers every article that gives one, the newest counted toll on top, the first toll listed as earlier', () => {
    const reply = ask('erdbeben', 'Tote');
    const articles = new Set(reply.answers.filter((a) => a.figure!.modality !== 'feared').map((a) => a.articleId));
    for (const a of ['tagesschau-liveblog', 'apa-', 'srf-', 'spiegel-', 'stz-', 'finanzen-', 'reuters-']) {
      expect([...articles].some((id) => id.startsWith(a)), a).toBe(true);
    }
    const top = reply.answers[0]!;
    expect(top.figure).toMatchObject({ kind: 'killed', quantity: 'count', modality: 'counted' });
    expect(top.published).toBe('2025-02-20T14:05');
    expect(reply.summary).toMatch(/1,870 killed in North Macedonia and Albania — AFP, 20 February 2025, 14:05 · latest\n {2}earlier: 1,130 killed \(APA, dpa, AFP, 18 February 2025, 14:52\)/);
    expect(reply.summary).toMatch(/\n• 1,460 killed in North Macedonia — AFP, 20 February 2025, 14:05\n/);
    // 'nach Angaben des Innenministeriums 870': the ministry's own series, apart from the unattributed tolls
    expect(reply.summary).toMatch(/interior ministry: 870 killed in North Macedonia — APA, dpa, AFP, 18 February 2025, 14:52 · latest\n {2}earlier: 480 killed \(tagesschau, 17 February 2025, 22:05\)/);
    expect(reply.summary).toMatch(/at least 120 killed — tagesschau, 17 February 2025, 07:15/);
  });

  it('a toll is never a magnitude, an age, a duration or the 1994 quake; the headline fear is a forecast', () => {
    for (const q of ['Tote', 'death toll', 'how many people died in the earthquake']) {
      const reply = ask('erdbeben', q);
      for (const a of reply.answers) {
        expect(a.figure!.quantity, `${q}: ${a.figure!.text}`).toBe('count');
        expect(a.figure!.kind).toBe('killed');
        expect(a.quote).not.toMatch(/damals starben 14/);
        expect(a.quote).not.toMatch(/elf Tote geborgen/);
      }
      const fears = reply.answers.filter((a) => /bis zu 10.000|über 3000|Tausende gehen|zwischen 1.000 und 10.000/.test(a.figure!.text));
      expect(fears.length, q).toBeGreaterThanOrEqual(3);
      for (const f of fears) expect(['feared', 'projected', 'hypothetical']).toContain(f.figure!.modality);
    }
  });

  it('wildfire deaths: two killed, reported by three articles; the 2009 fire and Greece stay out unless asked', () => {
    for (const q of ['deaths', 'Tote Waldbrand']) {
      const reply = ask('waldbrand+', q);
      expect(reply.answers[0]!.figure).toMatchObject({ min: 2, max: 2, kind: 'killed' });
      expect(reply.summary).toMatch(/\n• 2 killed — reported by 3 articles/);
      // 'nach Angaben des italienischen Zivilschutzes … zwei Menschen': a claim of its own
      expect(reply.summary).toMatch(/\n• civil protection: 2 killed — KURIER, 8 August 2025, 18:30/);
      expect(reply.answers.some((a) => a.quote.includes('Damals waren drei Menschen'))).toBe(false);
      expect(reply.answers.some((a) => a.quote.includes('In Griechenland'))).toBe(false);
    }
    for (const q of ['Tote Griechenland', 'deaths in Greece']) {
      const reply = ask('waldbrand+', q);
      expect(reply.answers[0]!.figure).toMatchObject({ min: 5, max: 5, kind: 'killed' });
      expect(reply.answers.every((a) => a.quote.includes('Griechenland'))).toBe(true);
      expect(reply.summary).toMatch(/^People killed in Greece/);
    }
  });

  it('a place asked puts its own figures only: Albania, North Macedonia (not the totals of both)', () => {
    const albania = ask('erdbeben', 'Tote Albanien');
    expect(texts(albania).sort()).toEqual(['260', '410', '520', 'mindestens 38 Menschen', 'mindestens 94 Menschen']);
    const nmk = ask('erdbeben', 'death toll North Macedonia');
    expect(nmk.answers.map((a) => a.figure!.min).sort((a, b) => a! - b!)).toEqual([480, 870, 1460, 1820]);
  });
});

describe('/estimate injured, missing, evacuated (what is counted and what was done to it)', () => {
  it('injured: never the dead, the missing or nobody', () => {
    for (const [story, q] of [['erdbeben', 'injured'], ['erdbeben', 'Verletzte'], ['waldbrand', 'injured'], ['waldbrand', 'Verletzte']] as const) {
      const reply = ask(story, q);
      expect(reply.answers.length).toBeGreaterThan(0);
      for (const a of reply.answers) expect(a.figure!.kind, `${q}: ${a.figure!.text}`).toBe('wounded');
      expect(reply.answers.some((a) => a.figure!.text === 'mehr als 300')).toBe(false);
    }
    expect(ask('erdbeben', 'injured').answers[0]!.figure).toMatchObject({ min: 6000, qualifier: 'rund' });
    expect(ask('erdbeben+', 'injured').answers.some((a) => a.quote.includes('Griechenland'))).toBe(false);
    expect(texts(ask('erdbeben+', 'Verletzte Griechenland'))).toEqual(['drei Menschen']);
  });

  it('missing: the missing only, the latest first', () => {
    for (const q of ['missing', 'Vermisste']) {
      const reply = ask('erdbeben', q);
      expect(texts(reply)[0]).toBe('mehr als 300');
      expect(texts(reply).sort()).toEqual(['Hunderte', 'Hunderte Vermisste', 'mehr als 300']);
      for (const a of reply.answers) expect(a.figure!.kind).toBe('missing');
    }
  });

  it('trapped people never answer "buildings collapsed", nor evacuated people "buildings destroyed"', () => {
    for (const [story, q] of [['erdbeben', 'buildings collapsed'], ['erdbeben', 'eingestürzte Gebäude'], ['waldbrand', 'houses destroyed'], ['waldbrand', 'zerstörte Häuser']] as const) {
      const reply = ask(story, q);
      expect(reply.answers.length).toBeGreaterThan(0);
      for (const a of reply.answers) expect(a.figure, `${q}: ${a.figure!.text}`).toMatchObject({ kind: 'destroyed', quantity: 'count' });
    }
    expect(texts(ask('erdbeben', 'buildings collapsed')).sort()).toEqual(['mindestens 2.300 Gebäude', 'rund 4100 Gebäude']);
    for (const q of ['Verschüttete', 'people trapped under rubble']) {
      const reply = ask('erdbeben', q);
      for (const a of reply.answers) expect(a.figure!.kind).toBe('trapped');
      expect(reply.answers[0]!.figure).toMatchObject({ text: 'Hunderte Menschen', modality: 'estimated' });
    }
  });

  it('evacuated and homeless, German and English: people only, Greece only when asked', () => {
    for (const [story, q] of [['waldbrand', 'evacuated'], ['waldbrand', 'Evakuierte'], ['erdbeben', 'homeless'], ['erdbeben', 'Obdachlose']] as const) {
      const reply = ask(story, q);
      expect(reply.answers.length).toBeGreaterThan(0);
      for (const a of reply.answers) expect(a.figure, `${q}: ${a.figure!.text}`).toMatchObject({ kind: 'evacuated', quantity: 'count' });
    }
    expect(ask('waldbrand', 'evacuated').answers[0]!.figure).toMatchObject({ min: 8000 });
    expect(ask('waldbrand+', 'evacuated').answers.some((a) => a.quote.includes('Rhodos'))).toBe(false);
  });
});

describe('/estimate area and magnitude (measurements)', () => {
  it('area burned, German and English: hectares, square kilometres, football pitches; never people or money', () => {
    for (const q of ['area burned', 'verbrannte Fläche', 'Hektar']) {
      const reply = ask('waldbrand', q);
      expect(reply.answers[0]!.figure).toMatchObject({ quantity: 'area', kind: 'area', min: 14200 });
      for (const a of reply.answers) expect(a.figure!.quantity).toBe('area');
    }
    const pitches = ask('waldbrand', 'Fußballfelder');
    expect(pitches.answers[0]!.figure!.unit).toMatch(/Fu(?:ß|ss)ballfelde/);
    // the Greek island's hectares stay out of Sardinia's area; a forecast of burned area is apart
    const more = ask('waldbrand+', 'area burned');
    expect(more.answers.some((a) => a.quote.includes('Dort verbrannten'))).toBe(false);
    const forecast = more.answers.find((a) => a.figure!.text.includes('20.000 Hektar'))!;
    expect(forecast.figure!.modality).toBe('feared');
    expect(more.summary).toMatch(/Forecasts and fears \(not counts\):\n• feared: up to 20,000 Hektar/);
  });

  it('magnitude, German and English: the main quake only (7.4 read from "7,4" and "7.4"), aftershocks apart', () => {
    for (const q of ['magnitude', 'Stärke des Bebens', 'Stärke']) {
      const reply = ask('erdbeben', q);
      expect(reply.answers[0]!.figure).toMatchObject({ quantity: 'magnitude', min: 7.4, max: 7.4 });
      expect(reply.answers.map((a) => a.figure!.min).sort()).not.toContain(6.1);
      expect(reply.answers.map((a) => a.figure!.min)).not.toContain(5.8);
      expect(reply.answers.some((a) => a.figure!.text === '7.4' && a.articleId.startsWith('srf-'))).toBe(true);
      expect(reply.summary).toMatch(/magnitude 7.4 — reported by \d articles/);
    }
    const after = ask('erdbeben', 'Nachbeben Stärke');
    expect(after.answers.map((a) => a.figure!.min).sort()).toEqual([4.5, 4.5, 6.1, 6.1, 6.1]);
    const count = ask('erdbeben', 'how many aftershocks');
    expect(count.answers.map((a) => a.figure!.text)).toEqual(['mehr als 600 Nachbeben', 'mehr als 300 Nachbeben']);
  });

  it('"Stärke" never gets the fault\'s length; "fault length" never a magnitude', () => {
    expect(ask('erdbeben', 'Stärke').answers.every((a) => a.figure!.quantity === 'magnitude')).toBe(true);
    const length = ask('erdbeben', 'fault length');
    expect(length.answers.map((a) => a.figure!.text).sort()).toEqual(['etwa 85 Kilometer', 'rund 70 Kilometern']);
  });
});

describe('/estimate: a count question never returns a magnitude, percent, distance, area, duration or year', () => {
  const questions: [string, string][] = [
    ['erdbeben', 'Tote'], ['erdbeben', 'deaths'], ['erdbeben', 'injured'], ['erdbeben', 'missing'], ['erdbeben', 'homeless'],
    ['erdbeben', 'Verschüttete'], ['erdbeben', 'buildings collapsed'], ['erdbeben', 'how many aftershocks'], ['erdbeben', 'rescue teams'],
    ['erdbeben', 'lebend geborgen'], ['erdbeben', 'Festnahmen'], ['erdbeben', 'how many people died in the earthquake'],
    ['erdbeben+', 'Tote'], ['erdbeben+', 'how many'], ['erdbeben+', 'wie viele Menschen'], ['erdbeben', 'wie viele Tote befürchten Experten'],
    ['waldbrand', 'deaths'], ['waldbrand', 'evacuated'], ['waldbrand', 'injured'], ['waldbrand', 'houses destroyed'],
    ['waldbrand', 'firefighters deployed'], ['waldbrand', 'Löschflugzeuge'], ['waldbrand+', 'Tote'], ['waldbrand', 'how many Austrians'],
    ['insolvenz', 'Stellenabbau'], ['insolvenz', 'Mitarbeiter'], ['insolvenz', 'Gläubiger'], ['insolvenz', 'how many jobs will be lost'],
    ['kursk', 'casualties'], ['kursk', 'troops'], ['kursk', 'Tote'], ['kursk+', 'Verluste'], ['kursk+', 'Soldaten'], ['kursk', 'wie viele Soldaten'],
  ];
  it.each(questions)('%s: %s', (story, q) => {
    const reply = ask(story, q);
    for (const a of reply.answers) {
      const f = a.figure!;
      expect(f.quantity, `${q}: ${f.text}`).toBe('count');
      expect(MEASUREMENTS as readonly string[]).not.toContain(f.kind);
      expect(isYear(f.min) && isYear(f.max) && f.unit === null, `${q}: ${f.text}`).toBe(false);
      expect(f.unit ?? '').not.toMatch(/^(?:Tagen?|Stunden|Kilometern?|Hektar\w*|Prozent|%|Euro|Grad|Jahren?)$/);
    }
  });
});

describe('/estimate whose: the war\'s total and one side\'s claim about the other\'s losses are never North Korean casualties', () => {
  it('casualties and killed keep "300 gefallen" and "darunter 300 Gefallene", never the war total, Ukraine\'s losses or Russia\'s', () => {
    for (const q of ['casualties', 'Verluste', 'killed', 'Tote']) {
      const reply = ask('kursk+', q);
      const found = reply.answers.map((a) => a.figure!.text);
      expect(found, q).toContain('300');
      expect(found, q).toContain('300 Gefallene');
      for (const bad of ['mehr als eine Million Soldaten', 'Hunderttausende Soldaten', 'mehr als 60.000 Soldaten', 'mehrere Tausend Mann']) {
        expect(found.some((t) => t.includes(bad)), `${q}: ${bad}`).toBe(false);
      }
      // the troop range of "Von den 11.000 bis 12.000 Soldaten seien 300 gefallen" is no casualty figure
      expect(reply.answers.some((a) => a.figure!.min === 11000)).toBe(false);
      const fear = reply.answers.find((a) => a.figure!.text === 'Tausende');
      if (fear) expect(fear.figure!.modality).toBe('hypothetical');
    }
    const troops = ask('kursk+', 'troops');
    expect(troops.answers.find((a) => a.figure!.text === '11.000 bis 12.000 nordkoreanische Soldaten')!.figure).toMatchObject({ min: 11000, max: 12000, kind: 'troops-sent' });
  });

  it('the seed answers are unchanged: the same figures as before for the catalogued measures', () => {
    expect(texts(ask('kursk', 'casualties')).sort()).toEqual(
      ['bis zu tausend weitere Soldaten', 'mehr als 3000 Mann', 'mindestens 100 nordkoreanische Soldaten', 'übersteigt die Zahl der getöteten und verwundeten nordkoreanischen Soldaten in der Region Kursk 3000'].sort(),
    );
    expect(ask('kursk', 'troops').answers).toHaveLength(8);
    expect(ask('kursk', 'Todesopfer').answers.map(key).sort()).toEqual(ask('kursk', 'killed').answers.map(key).sort());
  });
});

describe('/estimate summary: sources, repeats, latest and earlier, forecasts', () => {
  it('names every source by outlet, or by its shortened title and date or "undated" — never "outlet unknown"', () => {
    for (const [story, q] of [['erdbeben', 'Tote'], ['erdbeben', 'rescue teams'], ['insolvenz', 'Stellenabbau'], ['kursk', 'shells'], ['waldbrand', 'Tote']] as const) {
      const summary = ask(story, q).summary!;
      expect(summary).not.toMatch(/outlet unknown/);
      for (const line of summary.split('\n').filter((l) => l.startsWith('•'))) {
        expect(line, line).toMatch(/ — (?:.+), (?:undated|\d{1,2} \w+ \d{4}(?:, \d\d:\d\d)?|\w+ \d{4}|\d{4})(?: \(\d quotes\))?(?: · latest)?$/);
      }
    }
    expect(ask('kursk', 'shells').summary).toMatch(/— "Kursk: Russland setzt Nordkoreaner im Ukraine-K…", undated/);
    expect(ask('erdbeben', 'rescue teams').summary).toMatch(/"Nach dem Beben: Weidenbacher THW-Helfer graben…", undated/);
  });

  it('a figure several articles repeat from one agency is one claim "reported by N articles"', () => {
    const reply = ask('waldbrand', 'deaths');
    const lines = reply.summary!.split('\n').filter((l) => l.startsWith('•'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^• 2 killed — reported by 3 articles: AFP, August 2025; "Waldbrand auf Sardinien: 46-Jähriger unter Bran…", August 2025; SZ \/ dpa, AFP, 15 August 2025, 16:20$/);
    expect(reply.answers).toHaveLength(3);
    const aid = ask('waldbrand', 'aid money').summary!;
    expect(aid).toMatch(/40 million Euro — reported by 3 articles/);
  });

  it('forecasts are shown apart and labelled; a question about fears puts them first', () => {
    const reply = ask('erdbeben', 'Tote');
    const [facts, forecasts] = reply.summary!.split('Forecasts and fears (not counts):');
    expect(facts).not.toMatch(/10,000/);
    expect(forecasts).toMatch(/• feared: up to 10,000 killed — dpa, AFP, February 2025/);
    expect(forecasts).toMatch(/• projected: 1,000–10,000 killed — tagesschau/);
    expect(forecasts).toMatch(/• could: at least 1,000 \(vague: "Tausende"\) killed/);
    for (const q of ['wie viele Tote befürchten Experten', 'projected death toll']) {
      const fear = ask('erdbeben', q);
      expect(['feared', 'projected', 'hypothetical']).toContain(fear.answers[0]!.figure!.modality);
      expect(fear.summary!.split('\n')[1]).toBe('Forecasts and fears (not counts):');
    }
    const jobs = ask('insolvenz', 'könnten Stellen wegfallen');
    expect(jobs.answers[0]!.figure!.modality).toBe('hypothetical');
  });

  it('every quote is verbatim and holds its figure', () => {
    for (const [story, q] of [['erdbeben+', 'Tote'], ['waldbrand+', 'area burned'], ['kursk+', 'casualties'], ['insolvenz', 'Schulden']] as const) {
      const snapshot = snapshots.get(story)!;
      for (const a of ask(story, q).answers) {
        const article = snapshot.stories.flatMap((s) => s.articles).find((x) => x.id === a.articleId)!;
        expect(article.raw.includes(a.quote)).toBe(true);
        expect(a.quote.includes(a.figure!.text)).toBe(true);
      }
    }
  });
});
