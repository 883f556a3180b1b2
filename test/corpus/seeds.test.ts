import { describe, expect, it } from 'vitest';
import { allSeeds, paragraphsOverlapping, seed } from './helpers.ts';

const ntv = () => seed('ntv-');
const reuters = () => seed('reuters-');
const keystone = () => seed('keystone-');
const dpa = () => seed('dpa-');
const kursk = () => seed('kursk-');

describe('seed metadata', () => {
  it('reads the ntv article as ntv.de/AFP, published 2024-12-05T11:58 to the minute', () => {
    const a = ntv();
    // The kicker glued before the headline is split off (issue 13).
    expect(a.title).toBe('Kiew: Russland hält Kims Soldaten in der zweiten Reihe');
    expect(a.kicker).toBe('Erste Verluste gemeldet');
    expect(a.published).toEqual({ iso: '2024-12-05T11:58', precision: 'minute', text: '05.12.2024, 11:58 Uhr', from: 'text' });
    expect(a.outlet).toBe('ntv.de');
    expect(a.agency).toBe('AFP');
  });

  it('reads the Reuters article as Reuters, dated only to the month, without a title', () => {
    const a = reuters();
    expect(a.title).toBeNull();
    expect(a.published).toMatchObject({ iso: '2025-04', precision: 'month', from: 'text' });
    expect(a.agency).toBe('Reuters');
    expect(a.outlet).toBeNull();
    expect(a.url).toBeNull();
  });

  it('reads the Keystone-SDA article as undated with agency Keystone-SDA', () => {
    const a = keystone();
    expect(a.title).toBe('Russland bestätigt Beteiligung nordkoreanischer Soldaten');
    expect(a.published).toBeNull();
    expect(a.agency).toBe('Keystone-SDA');
    expect(a.outlet).toBeNull();
  });

  it('reads the closing (jal/dpa) as agency dpa with an unknown outlet, undated', () => {
    const a = dpa();
    expect(a.title).toBe('Nordkorea-Soldaten an der Front im Ukraine-Krieg waren offenbar Kims Idee');
    expect(a.published).toBeNull();
    expect(a.agency).toBe('dpa');
    expect(a.outlet).toBeNull();
  });

  it('does not take sources cited in the text («Tagesschau», «ZDF») as outlet or agency', () => {
    const a = kursk();
    expect(a.title).toBe('Kursk: Russland setzt Nordkoreaner im Ukraine-Konflikt ein');
    expect(a.published).toBeNull();
    expect(a.outlet).toBeNull();
    expect(a.agency).toBeNull();
  });

  it('does not date an article from dates mentioned in its text (Juni 2024, August 2023)', () => {
    expect(kursk().raw).toContain('im Juni 2024');
    expect(kursk().published).toBeNull();
    expect(dpa().published).toBeNull();
  });

  it('does not take the agency Yonhap cited in the dpa text as the agency', () => {
    expect(dpa().raw).toContain('Nachrichtenagentur Yonhap');
    expect(dpa().agency).not.toMatch(/Yonhap/);
  });

  it('loads every seed without problems, in German', () => {
    for (const a of allSeeds()) {
      expect(a.problems, a.id).toEqual([]);
      expect(a.language).toBe('de');
      expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
    }
  });
});

/** Junk lines of the seeds, exactly as they stand in the files. */
const JUNK: [() => ReturnType<typeof seed>, string[]][] = [
  [
    keystone,
    [
      'Keystone-SDA',
      'Russland,',
      'Russland Putin',
      'Russland hat zum ersten Mal die Beteiligung nordkoreanischer Soldaten bestätigt. - Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP',
      'Mehr zum Thema:',
      'Kommentare',
      'User #1698 (nicht angemeldet)',
      'Mal Gucken was der kleine Zarensky diesmal fordert.',
      'User #4245 (nicht angemeldet)',
      'Der Kursk Move war närrisch',
      'Weiterlesen',
      '9 Interaktionen',
      'Laut Kreml',
      'D',
      'Strände & Co.',
      'MEHR IN NEWS',
      'Explosion im Iran',
      'Mahmud Abbas',
      '82 Interaktionen',
      'Am 100. Tag',
      'MEHR AUS RUSSLAND',
      'US-Sondergesandter Steve Witkoff und Kremlchef Wladimir Putin',
      'zentralbank',
      'Trotz Bedenken',
    ],
  ],
  [
    ntv,
    [
      '05.12.2024, 11:58 Uhr Artikel anhören',
      'Nordkoreas Machthaber Kim posiert in weißer Marschall-Uniform vor seinen Soldaten während eines Fototermins.',
      '(Foto: picture alliance/dpa/KCNA)',
      'Quelle: ntv.de, gut/AFP',
    ],
  ],
  [
    reuters,
    ['date 2025-04 Quelle: (c) Copyright Thomson Reuters 2025. Click For Restrictions - https://agency.reuters.com/en/copyright.html'],
  ],
];

describe('seed cleaning', () => {
  for (const [article, lines] of JUNK) {
    for (const line of lines) {
      it(`never puts the junk line "${line.slice(0, 50)}" into a paragraph of ${article().id.slice(0, 20)}`, () => {
        const a = article();
        expect(paragraphsOverlapping(a, line)).toEqual([]);
        expect(a.dropped.some((d) => d.text.includes(line)), `dropped: ${line}`).toBe(true);
      });
    }
  }

  it('drops the reader comments and everything after them in one block', () => {
    const block = keystone().dropped.find((d) => d.reason === 'reader comments');
    expect(block?.text.startsWith('Kommentare')).toBe(true);
    expect(block?.text.endsWith('Trotz Bedenken')).toBe(true);
  });

  it('cuts the closing (jal/dpa) off the last paragraph', () => {
    const last = dpa().paragraphs.at(-1)!;
    expect(last.text.endsWith('zu möglichen Verlusten der Nordkoreaner geäußert.')).toBe(true);
    expect(dpa().dropped).toContainEqual(expect.objectContaining({ text: '(jal/dpa)', reason: 'agency tag' }));
  });

  it('starts paragraphs after their datelines (Seoul (Reuters) -, Moskau/Pjöngjang –)', () => {
    const r = reuters().paragraphs[0]!;
    expect(r.text.startsWith('Nach monatelangen Vorwürfen des Westens')).toBe(true);
    expect(reuters().raw.slice(r.start - 'Seoul (Reuters) - '.length, r.start)).toBe('Seoul (Reuters) - ');
    const d = dpa().paragraphs.find((p) => p.text.startsWith('Im Herbst dieses Jahres'));
    expect(d).toBeDefined();
    expect(dpa().paragraphs.some((p) => p.text.includes('Moskau/Pjöngjang'))).toBe(false);
  });

  it('keeps the standfirst and lede sentences under the title as paragraphs', () => {
    expect(kursk().paragraphs[0]!.text).toBe('Die Ukraine meldet den Einsatz nordkoreanischer Soldaten durch Russland in der Grenzregion Kursk.');
    expect(dpa().paragraphs[0]!.text.startsWith('Kreml-Chef Wladimir Putin ist überzeugt')).toBe(true);
    expect(keystone().paragraphs[0]!.text.startsWith('Russland hat erstmals den Einsatz von nordkoreanischen Soldaten')).toBe(true);
  });

  it('never makes the title line a paragraph', () => {
    for (const a of allSeeds()) {
      if (a.title) expect(a.paragraphs.some((p) => p.text.includes(a.title!)), a.id).toBe(false);
    }
  });

  it('counts the paragraphs of each seed', () => {
    expect(allSeeds().map((a) => [a.id.split('-')[0], a.paragraphs.length])).toEqual([
      ['dpa', 12],
      ['keystone', 7],
      ['kursk', 10],
      ['ntv', 8],
      ['reuters', 9],
    ]);
  });
});

describe('seed subheadings', () => {
  const expected: [() => ReturnType<typeof seed>, string[]][] = [
    [
      dpa,
      [
        'Nordkoreas Soldaten im Ukraine-Krieg – Kim Jong-un hofft auf künftige Unterstützung von Moskau',
        'Nordkoreanische Soldaten kämpfen aktiv an den Frontlinien des Ukraine-Kriegs und erleiden Verluste',
        'Südkoreanischer Geheimdienst: Nordkorea könnte zusätzliche Truppen in den Ukraine-Krieg entsenden',
        'Laut Selenskyj sollen Nordkoreaner im Ukraine-Krieg bereits mehr als 3000 Soldaten verloren haben',
      ],
    ],
    [keystone, ['Vertragsdetails und militärischer Beistand', 'Putin gratuliert zum «Sieg»']],
    [kursk, ['Militärische Kooperation vertieft', 'Russland: Einsatz der Soldaten unklar']],
    [ntv, ['Gegenseitige "sofortige militärische Hilfe" vereinbart']],
    [reuters, ['PUTIN DANKT KIM']],
  ];
  for (const [article, headings] of expected) {
    it(`keeps the subheadings of ${article().id.slice(0, 24)} as headings, not paragraphs`, () => {
      const a = article();
      expect(a.headings.map((h) => h.text)).toEqual(headings);
      for (const h of a.headings) {
        expect(a.raw.slice(h.start, h.end)).toBe(h.text);
        expect(paragraphsOverlapping(a, h.text)).toEqual([]);
        const under = a.paragraphs[h.beforeParagraph]!;
        expect(under.heading).toBe(h.text);
        expect(under.start).toBeGreaterThan(h.end);
      }
    });
  }

  it('gives paragraphs before the first subheading no heading', () => {
    expect(reuters().paragraphs[0]!.heading).toBeNull();
    expect(reuters().paragraphs.at(-1)!.heading).toBe('PUTIN DANKT KIM');
  });
});

describe('seed offsets and ids', () => {
  it('makes every paragraph and sentence a verbatim slice of the raw text', () => {
    for (const a of allSeeds()) {
      for (const p of a.paragraphs) {
        expect(a.raw.slice(p.start, p.end)).toBe(p.text);
        expect(p.sentences.length).toBeGreaterThan(0);
        for (const s of p.sentences) {
          expect(a.raw.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
        }
      }
    }
  });

  it('numbers paragraphs <id>#p1, #p2, ... in order', () => {
    for (const a of allSeeds()) {
      a.paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`${a.id}#p${i + 1}`);
        expect(p.index).toBe(i);
        expect(p.articleId).toBe(a.id);
      });
    }
  });

  it('gives the same ids, texts and hash on a second parse', () => {
    const first = allSeeds();
    const second = allSeeds();
    expect(second.map((a) => [a.hash, a.paragraphs.map((p) => [p.id, p.start, p.end, p.text])])).toEqual(
      first.map((a) => [a.hash, a.paragraphs.map((p) => [p.id, p.start, p.end, p.text])]),
    );
  });
});
