/**
 * What an `/estimate` question asks, read once: which measure (from the
 * story's catalogue, by slug, label, alias or by the words — labels, aliases,
 * counted nouns and the German words of the measure's kinds, so `Tote`,
 * `Todesopfer`, `deaths`, `death toll` and `dead` all name `killed`), which
 * place (`Tote Albanien`, `death toll North Macedonia`), whether it asks for
 * forecasts (`befürchten`, `projected`), whether it asks "how many" (a count,
 * never a measurement), and the words left over (topic words that rank the
 * figures of a measurement: `EU Soforthilfe`).
 *
 * @module
 */
import type { MeasureDef } from '../corpus/catalogue/index.ts';
import { analyze, foldSpelledOut } from '../language/de/index.ts';
import { COUNT_KINDS, KIND_WORDS, MEASUREMENT_WORDS, type Quantity } from '../language/de/figures/index.ts';
import { sideInputs } from '../corpus/catalogue/derive.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import type { Story } from '../snapshot/snapshot.ts';
import { analyseQuestion, catalogueKey, type Question } from './question.ts';

const COUNT_KIND_SET: ReadonlySet<string> = new Set(COUNT_KINDS);

/** Question words that ask for forecasts and fears rather than counts (folded). */
const FORECAST_ALTERNATIVES =
  'feared|fears?|projected|projections?|forecasts?|predicted|expected|could|might|worst-case|prognos\\w*|befuercht\\w*|fuercht\\w*|erwartet\\w*|erwarten|koennten|koennte|droh\\w*|hochrechnung\\w*|schaetzmodell\\w*|modell\\w*';
const FORECAST_WORDS = new RegExp(`\\b(?:${FORECAST_ALTERNATIVES})\\b`, 'i');
const FORECAST_WORD = new RegExp(`^(?:${FORECAST_ALTERNATIVES})$`, 'i');
/** Question words that ask for the past (a peak, another time). */
const PAST_WORDS = /\b(?:peak|at its peak|formerly|used to|in the past|back then|historic\w*|damals|frueher|hoechststand\w*|hoehepunkt\w*|besten zeiten|(?:19|20)\d\d)\b/i;
/** Which forecast a question asks for. */
const FORECAST_KINDS: readonly [RegExp, 'feared' | 'projected' | 'hypothetical'][] = [
  [/\b(?:feared|fears?|befuercht\w*|fuercht\w*|droh\w*|worst-case)\b/i, 'feared'],
  [/\b(?:projected|projections?|forecasts?|predicted|expected|prognos\w*|erwart\w*|hochrechnung\w*|schaetzmodell\w*|modell\w*)\b/i, 'projected'],
  [/\b(?:could|might|koennte\w*)\b/i, 'hypothetical'],
];
/** Question words that ask how many (a count, never a measurement). */
const HOW_MANY = /\b(?:how many|number of|wie viele|wieviele|wie viel|anzahl(?: der| an)?)\b/i;

/** What a question asks `/estimate` for. */
export interface EstimateQuery {
  /** The measure, or null for free words. */
  measure: MeasureDef | null;
  /** How the measure was found. */
  by: 'slug' | 'label' | 'words' | 'none';
  /** The place (side or place id) the question names, or null. */
  place: string | null;
  /** The place as the user wrote it. */
  placeText: string | null;
  /** The question asks for forecasts or fears (`befürchten`, `projected`). */
  forecast: boolean;
  /** The question asks how many (counts only). */
  howMany: boolean;
  /** The forecast the question asks for, when it names one. */
  forecastKind: 'feared' | 'projected' | 'hypothetical' | null;
  /** The question asks for another time (`peak`, `damals`, a year). */
  past: boolean;
  /** Analysed terms of the question's unit words (`Fußballfelder`, `Quadratkilometer`), for a measurement. */
  units: string[][];
  /** The question without the place, forecast and how-many words, analysed. */
  rest: Question;
  /** Analysed terms of the words a measurement's figures are ranked by (not the measure's own words). */
  topic: string[][];
}

/** The quantity a measure measures: `count`, or the measurement its kinds name. */
export function measureQuantity(m: Pick<MeasureDef, 'kinds'>): Quantity {
  const k = m.kinds.find((x) => !COUNT_KIND_SET.has(x));
  return (k as Quantity | undefined) ?? 'count';
}

interface Vocabulary {
  /** The catalogue keys of the measure's slug, labels and aliases. */
  keys: ReadonlySet<string>;
  /** Analysed slug words, labels, aliases and counted nouns. */
  own: ReadonlySet<string>;
  /** The German words of the measure's kinds and measurement units. */
  kinds: ReadonlySet<string>;
  /** Labels, kind words and counted nouns, without the aliases (a measurement's topic words are the rest). */
  core: ReadonlySet<string>;
}

const VOCABULARY = new MemoSlot<WeakMap<MeasureDef, Vocabulary>>('estimate measure vocabulary');

/** The German words of a measure's kinds (`killed` -> Tote, Todesopfer, ums Leben ...). */
export function kindWords(m: Pick<MeasureDef, 'kinds'>): string[] {
  return m.kinds.flatMap((k) => (COUNT_KIND_SET.has(k) ? [...KIND_WORDS[k as keyof typeof KIND_WORDS]] : [...(MEASUREMENT_WORDS[k as keyof typeof MEASUREMENT_WORDS] ?? [])]));
}

function vocabularyOf(story: Story, m: MeasureDef): Vocabulary {
  const all = story.memo.get(VOCABULARY, () => new WeakMap());
  let v = all.get(m);
  if (!v) {
    const labels = [m.slug.replace(/-/g, ' '), m.en, m.de, ...m.heads].join(' ');
    const kinds = kindWords(m).join(' ');
    v = {
      keys: new Set([m.slug, m.en, m.de, ...m.aliases].map(catalogueKey)),
      own: new Set(analyze([labels, ...m.aliases].join(' '))),
      kinds: new Set(analyze(kinds)),
      core: new Set(analyze(`${labels} ${kinds}`)),
    };
    all.set(m, v);
  }
  return v;
}

/** Each place word of the story (folded: names, adjectives with their endings, demonyms) -> its side id; English names apart. */
interface PlaceWords {
  german: ReadonlyMap<string, string>;
  /** English names, longest first, as one pattern; `english` maps a lowercase name to its id. */
  englishPattern: RegExp;
  english: ReadonlyMap<string, string>;
}

const PLACE_WORDS = new MemoSlot<PlaceWords>('estimate place words');

function placeWords(story: Story): PlaceWords {
  return story.memo.get(PLACE_WORDS, () => {
    const german = new Map<string, string>();
    const add = (w: string, id: string) => {
      if (!german.has(w)) german.set(w, id);
    };
    const english: { en: string; id: string }[] = [];
    for (const s of sideInputs(story.catalogue)) {
      english.push({ en: s.en.toLowerCase(), id: s.id });
      for (const n of s.names) for (const e of ['', 's', 'es']) add(`${foldSpelledOut(n)}${e}`, s.id);
      for (const a of Object.keys(s.adjectives)) for (const e of ['', 'e', 'en', 'er', 'es', 'em']) add(`${foldSpelledOut(a)}${e}`, s.id);
      for (const d of s.demonyms) for (const e of ['', 'n', 'in', 'innen', 'nen']) add(`${foldSpelledOut(d)}${e}`, s.id);
    }
    english.sort((a, b) => b.en.length - a.en.length);
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return {
      german,
      englishPattern: new RegExp(`(?<![\\p{L}])(?:${english.map((e) => escape(e.en)).join('|')})(?![\\p{L}])`, 'u'),
      english: new Map(english.map((e) => [e.en, e.id])),
    };
  });
}

/** A preposition left behind by a place taken out of a question (`Beschäftigte in`, `death toll in`). */
const STRANDED = /(?:^|\s)(?:in|im|in der|in den|aus|für|fuer|of|in the|for|from|at)\s*$/i;

/** The text without the place at [at, end), and without a preposition left before it. */
function without(text: string, at: number, end: number): string {
  return `${text.slice(0, at).replace(STRANDED, ' ')} ${text.slice(end)}`.replace(/\s+/g, ' ').trim();
}

/** The place a question names, and the question without it. */
function findPlace(story: Story, text: string): { place: string | null; placeText: string | null; rest: string } {
  const words = placeWords(story);
  const lower = text.toLowerCase();
  // English names first (`North Macedonia`), longest first
  const m = words.englishPattern.exec(lower);
  if (m) return { place: words.english.get(m[0])!, placeText: text.slice(m.index, m.index + m[0].length), rest: without(text, m.index, m.index + m[0].length) };
  // German names, adjectives and demonyms, word by word (`Albanien`, `albanische`, `Albaner`)
  for (const w of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const id = words.german.get(foldSpelledOut(w[0]));
    if (id) return { place: id, placeText: w[0], rest: without(text, w.index, w.index + w[0].length) };
  }
  return { place: null, placeText: null, rest: text };
}

/** Concepts covered by a vocabulary. */
function covered(concepts: readonly string[][], vocabulary: ReadonlySet<string>): number {
  let n = 0;
  for (const terms of concepts) if (terms.some((t) => vocabulary.has(t))) n++;
  return n;
}

/** Distinct words of the concepts that a vocabulary holds. */
function termsKnown(concepts: readonly string[][], vocabulary: ReadonlySet<string>): number {
  const known = new Set<string>();
  for (const terms of concepts) for (const t of terms) if (vocabulary.has(t)) known.add(t);
  return known.size;
}

/**
 * Reads an `/estimate` question in a story. A slug, label or alias of a
 * measure names it exactly (the whole question, or what is left once a place
 * and forecast words are taken out). Otherwise the measure whose words cover
 * most of the question's concepts answers (at least one; ties go to the
 * measure whose own labels cover more, then to counts when the question asks
 * how many or names no measurement, then to the narrower measure).
 */
export function readEstimateQuestion(story: Story, question: Question): EstimateQuery {
  const measures = story.catalogue.measures.measures;
  const { place, placeText, rest: withoutPlace } = findPlace(story, question.text);
  const folded = foldSpelledOut(withoutPlace);
  const forecast = FORECAST_WORDS.test(folded);
  const howMany = HOW_MANY.test(folded);
  const restText = wordsOf(withoutPlace)
    .filter((w) => !FORECAST_WORD.test(foldSpelledOut(w)))
    .join(' ')
    .replace(new RegExp(HOW_MANY.source, 'gi'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rest = restText === question.text ? question : analyseQuestion(restText, story);
  const forecastKind = FORECAST_KINDS.find(([re]) => re.test(folded))?.[1] ?? null;
  const past = PAST_WORDS.test(folded);
  const base = { place, placeText, forecast, howMany, rest, forecastKind, past };

  const keys = [...new Set([question.key, catalogueKey(withoutPlace), catalogueKey(restText)].filter(Boolean))];
  for (const m of measures) if (keys.includes(catalogueKey(m.slug))) return { ...base, measure: m, by: 'slug', topic: topicOf(story, m, rest), units: unitsOf(m, rest) };
  for (const m of measures) {
    const own = vocabularyOf(story, m).keys;
    if (keys.some((k) => own.has(k))) return { ...base, measure: m, by: 'label', topic: topicOf(story, m, rest), units: unitsOf(m, rest) };
  }
  const conceptKeys = rest.concepts.map((c) => catalogueKey(c.text));
  const concepts = rest.conceptTerms;
  if (concepts.length === 0) return { ...base, measure: null, by: 'none', topic: [], units: [] };
  const scored = measures
    .map((m, order) => {
      const v = vocabularyOf(story, m);
      const all = new Set([...v.own, ...v.kinds]);
      const count = measureQuantity(m) === 'count';
      return {
        m,
        order,
        covered: covered(concepts, all),
        // how many of the concepts' words it knows: `death toll` (Zahl, Tote, Todesopfer, Bilanz) is
        // the dead's (Tote, Todesopfer), not the aftershocks' (Zahl der Nachbeben)
        terms: termsKnown(concepts, all),
        // a word that is the measure's label or alias itself (`Beschäftigte`)
        exact: conceptKeys.filter((k) => v.keys.has(k)).length,
        own: covered(concepts, v.own),
        count: howMany || !namesMeasurement(concepts) ? (count ? 1 : 0) : count ? 0 : 1,
        // narrower first: fewer kinds, words it requires (`Umsatz`), counted nouns
        narrow: -(m.kinds.length + m.heads.length / 10) + (m.requires.length ? 0.5 : 0),
      };
    })
    .filter((s) => s.covered > 0)
    .sort((a, b) => b.covered - a.covered || b.exact - a.exact || b.terms - a.terms || b.own - a.own || b.narrow - a.narrow || b.count - a.count || a.order - b.order);
  const best = scored[0];
  if (!best || (howMany && measureQuantity(best.m) !== 'count' && !scored.some((s) => measureQuantity(s.m) === 'count'))) {
    return { ...base, measure: null, by: 'none', topic: [], units: [] };
  }
  const chosen = howMany ? (scored.find((s) => measureQuantity(s.m) === 'count') ?? best) : best;
  return { ...base, measure: chosen.m, by: 'words', topic: topicOf(story, chosen.m, rest), units: unitsOf(chosen.m, rest) };
}

/** True when one of the concepts is a measurement word (`Prozent`, `Euro`, `Hektar`, `Stärke`). */
function namesMeasurement(concepts: readonly string[][]): boolean {
  return concepts.some((terms) => terms.some((t) => MEASUREMENT_TERMS.has(t)));
}

const MEASUREMENT_TERMS: ReadonlySet<string> = new Set(
  analyze(
    [
      ...Object.entries(MEASUREMENT_WORDS)
        .filter(([q]) => q !== 'duration' && q !== 'age')
        .flatMap(([, w]) => w),
      'percent', 'hectares', 'magnitude', 'euros', 'money', 'area', 'temperature',
    ].join(' '),
  ),
);

/** The concepts of a measurement question that name a unit (`Fußballfelder`, `Hektar`): they rank figures in that unit first. */
function unitsOf(m: MeasureDef, rest: Question): string[][] {
  if (measureQuantity(m) === 'count') return [];
  return rest.conceptTerms.filter((terms) => terms.some((t) => UNIT_TERMS.has(t)));
}

/** The German unit words of the measurements (`Hektar`, `Fußballfelder`, `Prozent`), analysed. */
const UNIT_TERMS: ReadonlySet<string> = new Set(
  analyze(
    Object.entries(MEASUREMENT_WORDS)
      .filter(([q]) => q !== 'duration' && q !== 'age' && q !== 'magnitude')
      .flatMap(([, w]) => w)
      .join(' '),
  ),
);

/** The words of a text, as written. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Topic words of a measurement question: the concepts the measure's labels,
 * kinds and counted nouns do not cover (`EU Soforthilfe` for money ranks
 * the EU's aid first). A count measure has none (the kind is the topic).
 */
function topicOf(story: Story, m: MeasureDef, rest: Question): string[][] {
  if (measureQuantity(m) === 'count') return [];
  const core = vocabularyOf(story, m).core;
  return rest.conceptTerms.filter((terms) => !terms.some((t) => core.has(t)) && !terms.some((t) => UNIT_TERMS.has(t)));
}

/** Words {@link hasWord} looks for (catalogue and question words, few), folded. */
const foldedWords = new Map<string, string>();

/** True when the folded text has a word starting with the word, folded (`nachbeben` in `… nachbeben …`). */
export function hasWord(foldedText: string, word: string): boolean {
  let w = foldedWords.get(word);
  if (w === undefined) {
    w = foldSpelledOut(word).trim();
    if (foldedWords.size >= 10_000) foldedWords.clear();
    foldedWords.set(word, w);
  }
  if (!w) return false;
  for (let i = foldedText.indexOf(w); i >= 0; i = foldedText.indexOf(w, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(foldedText[i - 1]!)) return true;
  }
  return false;
}
