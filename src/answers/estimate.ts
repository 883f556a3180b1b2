/**
 * `/estimate <measure>`: what figures the sources give for what was asked —
 * counted what the measure counts (deaths are not injured, missing, a
 * magnitude or hectares), about the place and side asked, a fact or an
 * estimate (forecasts and fears apart, labelled) — one line per claim, the
 * latest of each claimant first, every source named. Figures are never
 * merged or averaged.
 *
 * The figures of a catalogued measure are collected once per corpus version
 * (`measureAnswer`); a question that names a place (`Tote Albanien`) or asks
 * for forecasts (`befürchtete Tote`) is answered from them per request.
 * Words that name no measure fall back to the figures of the best-matching
 * sentences.
 *
 * @module
 */
import type { MeasureDef } from '../corpus/catalogue/index.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { analyze, foldSpelledOut } from '../language/de/index.ts';
import { findDateMentions, reportedDate } from '../language/de/dates/index.ts';
import { findFigures, mayHoldFigure, toFigure, type FigureMention } from '../language/de/figures/index.ts';
import { noAnswerReply } from '../reply/build.ts';
import type { Answer, DateRef, Reply } from '../reply/model.ts';
import { matchedTerms } from '../search/snippet.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import { locate, type Story } from '../snapshot/snapshot.ts';
import { makeAnswer, reportedAt } from './attribution.ts';
import { claimantDeAt, claimantDeOf, claimantFor } from './claimants.ts';
import type { CommandContext } from './context.ts';
import { hasWord, kindWords, measureQuantity, readEstimateQuestion, type EstimateQuery } from './estimate-question.ts';
import { interval, placeOf, rankAndSummarize, type FigureRecord } from './estimate-summary.ts';
import type { EstimateMeasure, Message } from '../reply/messages.ts';
import { saying, spell } from '../reply/say.ts';
import { storyHits } from './hits.ts';
import { checkArgument, echo, type Question } from './question.ts';
import { ALONE, answerInStories, shareOf, type Share } from './stories.ts';
import type { KnownClaimant } from './when.ts';
import { catalogueSuggestionMessages } from './suggest.ts';

export { describeFigure } from './estimate-summary.ts';

/** At most this many figures per answer. */
export const ESTIMATE_LIMIT = 40;
/** Figures kept per catalogued measure (the newest), for questions that narrow it (a place, forecasts, topic words). */
const RECORD_LIMIT = 200;
/** Figures quoted for free words (computed per request, so fewer). */
const FREE_LIMIT = 12;
/** Paragraphs read for free words' figures. */
const FREE_HITS = 30;

/** A catalogue measure compiled for matching figures. */
interface CompiledMeasure {
  def: MeasureDef;
  quantity: ReturnType<typeof measureQuantity>;
  kinds: ReadonlySet<string>;
  /** Counted nouns, folded and without plural endings. */
  heads: string[];
  requires: string[][];
  excludes: string[];
}

/** A noun without its plural or case ending, folded (`Häusern` -> `haeuser`, `Stellen` -> `stell`). */
function nounStem(word: string): string {
  return foldSpelledOut(word).replace(/(?:innen|en|n|e|s)$/, '');
}

function compile(def: MeasureDef): CompiledMeasure {
  return {
    def,
    quantity: measureQuantity(def),
    kinds: new Set(def.kinds),
    heads: def.heads.map(nounStem),
    requires: def.requires,
    excludes: def.excludes,
  };
}

/** True when a folded head noun (compounds and coordinations included) is one of the measure's nouns. */
function headMatches(head: string | null, heads: readonly string[]): boolean {
  if (head === null) return false;
  return head.split(' ').some((h) => {
    const stem = nounStem(h);
    return heads.some((x) => stem.endsWith(x) || h.endsWith(x));
  });
}

/** Where a figure stands, for the rules that read more than its sentence. */
interface FigureSetting {
  /** The story's own places (side ids). */
  home: ReadonlySet<string>;
  /** The story's sides. */
  sides: Story['sides'];
  /** The figure's sentence, folded (computed when a measure asks for it). */
  readonly sentence: string;
  /** Whether the article names a side (memoized per article). */
  names(side: string): boolean;
}

/** {@link besideText} of each figure read (figures are never changed). */
const BESIDE = new WeakMap<FigureMention, string>();

/**
 * The words around a figure, where the words a measure requires must stand:
 * its context without the figure, its counted noun and its unit, and what it
 * is about (`2150 Beschäftigten` does not say anyone is employed). Worked out
 * once per figure, not per measure.
 */
function besideText(f: FigureMention): string {
  let text = BESIDE.get(f);
  if (text === undefined) {
    let beside = f.context.replace(foldSpelledOut(f.text), ' ');
    for (const w of [f.head, f.unit ? foldSpelledOut(f.unit) : null]) if (w) beside = beside.split(w).join(' ');
    text = `${beside} ${f.about ?? ''}`;
    BESIDE.set(f, text);
  }
  return text;
}

/**
 * True when the figure counts (or measures) what the measure asks: its
 * quantity, kind and counted noun, the words around it, whose it is. The
 * place is decided per question (see {@link placeAllows}).
 */
export function acceptsFigure(f: FigureMention, m: CompiledMeasure, setting: FigureSetting): boolean {
  if (f.min === null && f.max === null) return false;
  if (m.quantity === 'count' ? f.quantity !== 'count' : !m.kinds.has(f.quantity)) return false;
  if (m.kinds.size > 0 && (f.kind === null || !m.kinds.has(f.kind))) return false;
  if (m.heads.length > 0 && !headMatches(f.head, m.heads)) return false;
  if (m.def.subjects.length > 0 && f.subject !== null && !m.def.subjects.includes(f.subject)) return false;
  if (m.requires.length > 0) {
    const beside = besideText(f);
    if (m.requires.some((group) => !group.some((w) => hasWord(beside, w)))) return false;
  }
  if (m.excludes.length > 0) {
    const around = `${f.context} ${f.head ?? ''} ${f.about ?? ''}`;
    if (m.excludes.some((w) => hasWord(around, w))) return false;
  }
  if (m.def.excludeSentences.some((w) => hasWord(setting.sentence, w))) return false;
  const side = m.def.side;
  if (side !== null) {
    // a figure that clearly counts another side, civilians or the whole war never answers for this side
    if (f.side !== null && f.side !== side) return false;
    // one whose side the sentence does not say answers only where its article names the side
    if (f.side === null && !setting.names(side)) return false;
  }
  if (m.def.place !== null && !placeAllows(f.places, f.side, m.def.place, setting.home)) return false;
  return true;
}

/**
 * Asked for place `place`: only figures about it (its clause names it as the
 * place, or its people as whose, and no other place); else only figures about
 * the story's own places or naming none.
 */
function placeAllows(places: readonly string[], side: string | null, place: string | null, home: ReadonlySet<string>): boolean {
  if (place !== null) return (places.length === 1 && places[0] === place) || (side === place && places.every((p) => p === place));
  return places.length === 0 || home.size === 0 || places.some((p) => home.has(p));
}

/** Oldest publication first, undated last; then article. */
export function compareByPublication(a: Answer, b: Answer): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  if (a.articleId !== b.articleId) return a.articleId.localeCompare(b.articleId);
  return 0;
}

/**
 * The date a figure refers to: the sentence's own date expression when it has
 * one (`seit August 2023`), else the publication date as "reported by".
 */
function asOfDate(text: string, published: Article['published']): DateRef | null {
  const first = findDateMentions(text, published)[0];
  if (first) {
    const { index: _i, end: _e, ...ref } = first;
    return ref;
  }
  return reportedDate(published);
}

/** The date each quoted sentence refers to, read at most once per corpus version (every measure quotes the same sentences). */
const SENTENCE_DATES = new MemoSlot<WeakMap<Sentence, DateRef | null>>('estimate date per sentence');

function sentenceDate(story: Story, article: Article, paragraph: Paragraph, sentence: Sentence): DateRef | null {
  const memo = story.memo.get(SENTENCE_DATES, () => new WeakMap());
  let d = memo.get(sentence);
  if (d === undefined) {
    d = asOfDate(sentence.text, reportedAt(article, paragraph));
    memo.set(sentence, d);
  }
  return d;
}

/** The figures of each sentence, extracted at most once per corpus version. */
const SENTENCE_FIGURES = new MemoSlot<WeakMap<Sentence, FigureMention[]>>('figures per sentence');

/** The figures of a sentence, extracted once per story (sentences never change). */
function sentenceFigures(story: Story, sentence: Sentence): FigureMention[] {
  const memo = story.memo.get(SENTENCE_FIGURES, () => new WeakMap());
  let f = memo.get(sentence);
  if (!f) {
    f = mayHoldFigure(sentence.text) ? findFigures(sentence.text, story.sides) : [];
    memo.set(sentence, f);
  }
  return f;
}

/** A bare "die Zahl" (`Das Pentagon bezifferte die Zahl auf etwa 10.000.`), not "die Zahl der Toten". */
const BARE_COUNT = /(?<![\p{L}])(?:die|deren|ihre|diese)\s+Zahl(?![\p{L}])(?!\s+(?:der|des|von|an)\b)/iu;

/**
 * Figures of a sentence, where a bare "die Zahl" counts what the sentence
 * before counted: `… rund 11.000 Soldaten … stationiert sein. Das Pentagon
 * bezifferte die Zahl auf etwa 10.000.` The figure takes the kind and subject
 * of the last classified figure before it; without one it stays unclassified.
 */
function figuresWithAntecedent(story: Story, paragraph: Paragraph, i: number): FigureMention[] {
  const own = sentenceFigures(story, paragraph.sentences[i]!);
  const prev = paragraph.sentences[i - 1];
  if (!prev || own.length === 0 || !BARE_COUNT.test(paragraph.sentences[i]!.text)) return own;
  const antecedent = [...sentenceFigures(story, prev)].reverse().find((f) => f.kind !== null && f.quantity === 'count');
  if (!antecedent) return own;
  return own.map((f) =>
    f.kind === null && f.unit === null && f.quantity === 'count'
      ? { ...f, kind: antecedent.kind, subject: antecedent.subject, side: antecedent.side, head: antecedent.head, context: `${f.context} , ${antecedent.context}` }
      : f,
  );
}

/** The sides each article names, per corpus version. */
const ARTICLE_SIDES = new MemoSlot<Map<string, boolean>>('estimate article names a side');

function settingOf(story: Story, article: Article, home: ReadonlySet<string>, sentenceText: string): FigureSetting {
  let folded: string | null = null;
  return {
    home,
    sides: story.sides,
    get sentence() {
      folded ??= foldSpelledOut(sentenceText);
      return folded;
    },
    names(side: string) {
      const memo = story.memo.get(ARTICLE_SIDES, () => new Map());
      const key = `${article.id}\u0000${side}`;
      let named = memo.get(key);
      if (named === undefined) {
        const re = story.sides.sides.find((x) => x.id === side)?.any;
        if (re) re.lastIndex = 0;
        named = re ? re.test(articleText(story, article)) : false;
        memo.set(key, named);
      }
      return named;
    },
  };
}

/** Each article's text, folded, per corpus version (the side rule reads it). */
const ARTICLE_TEXT = new MemoSlot<Map<string, string>>('estimate article text');

function articleText(story: Story, article: Article): string {
  const memo = story.memo.get(ARTICLE_TEXT, () => new Map());
  let t = memo.get(article.id);
  if (t === undefined) {
    t = foldSpelledOut([article.title ?? '', ...article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '))].join(' '));
    memo.set(article.id, t);
  }
  return t;
}

/** The story's own places: its sides. */
function homeOf(story: Story): ReadonlySet<string> {
  return new Set(story.catalogue.sides.sides.map((s) => s.id));
}

/** The year a figure's article was published (for "a year well before publication is another time"), or the story's latest. */
function referenceYear(story: Story, article: Article): number | null {
  const own = article.published?.iso ? Number(article.published.iso.slice(0, 4)) : null;
  return own || latestYear(story);
}

/** The latest publication year of a story (the reference of its undated articles), per corpus version. */
const LATEST_YEAR = new MemoSlot<{ year: number | null }>('estimate latest year');

/** The latest publication year of a story's articles, or null when none is dated: what the figures of its undated articles are measured against. */
export function latestYear(story: Story): number | null {
  return story.memo.get(LATEST_YEAR, () => {
    let latest: number | null = null;
    for (const a of story.articles) {
      const y = a.published?.iso ? Number(a.published.iso.slice(0, 4)) : null;
      if (y && (latest === null || y > latest)) latest = y;
    }
    return { year: latest };
  }).year;
}

/** True when the figure is about another time: `damals`, or a year at least three before publication (last year's revenue is news, the 1994 quake is not). */
function isHistorical(f: FigureMention, year: number | null): boolean {
  return f.past || (year !== null && f.years.some((y) => y < year - 2));
}

/**
 * An accepted figure of a paragraph (plain data, kept between corpus
 * versions: it depends on its own article only).
 */
export interface MeasureFinding {
  paragraphId: string;
  /** The sentence's index in its paragraph. */
  sentence: number;
  /** The figure's index among the sentence's figures. */
  k: number;
  figure: FigureMention;
  /** Where: the figure's places, or those its paragraph carried over. */
  places: string[];
}

/** An accepted figure before its quote is made (claimant and date are read only for the figures kept). */
interface Candidate {
  article: Article;
  paragraph: Paragraph;
  sentence: number;
  figure: FigureMention;
  places: string[];
  historical: boolean;
  order: number;
  /** The publication interval start of its paragraph (ms), for keeping the newest; null when undated. */
  when: number | null;
  finding: MeasureFinding;
}

/** The publication time of a paragraph as a number (ms since 1970 of its start), or null. */
function whenOf(article: Article, paragraph: Paragraph): number | null {
  return interval(reportedAt(article, paragraph)?.iso ?? null)?.[0] ?? null;
}

/**
 * Every figure of the given paragraphs the test accepts, in the order given.
 * A paragraph about another country keeps its place for its later sentences
 * (`In Griechenland kamen fünf Menschen ums Leben. Auf Rhodos mussten 12.000
 * Menschen …`).
 */
function collectFindings(
  story: Story,
  paragraphIds: Iterable<string>,
  accept: (f: FigureMention, setting: FigureSetting) => boolean,
  sentenceFilter: ((paragraph: Paragraph, sentence: Sentence) => boolean) | null = null,
): MeasureFinding[] {
  const out: MeasureFinding[] = [];
  const seen = new Set<string>();
  const home = homeOf(story);
  for (const pid of paragraphIds) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    const located = locate(story, pid);
    if (!located) continue;
    const { paragraph, article } = located;
    // each sentence's figures, places and setting as every measure reads them (free words: only the sentences holding the words)
    for (const e of paragraphFigures(story, article, paragraph, home, sentenceFilter)) {
      if (!accept(e.figure, e.setting)) continue;
      out.push({ paragraphId: paragraph.id, sentence: e.sentence, k: e.k, figure: e.figure, places: e.places });
    }
  }
  return out;
}

/** A figure of a paragraph as every measure reads it (see {@link paragraphFigures}). */
interface ParagraphFigure {
  sentence: number;
  k: number;
  figure: FigureMention;
  /** The figure's places, or those its paragraph carried over. */
  places: string[];
  setting: FigureSetting;
}

/** Each paragraph's figures as the measures read them, per corpus version. */
const PARAGRAPH_FIGURES = new MemoSlot<WeakMap<Paragraph, ParagraphFigure[]>>('estimate figures per paragraph');

/**
 * The figures of every sentence of a paragraph, with their places (a
 * paragraph about another country keeps its place for its later sentences)
 * and their sentence's setting: what {@link collectFindings} reads of a
 * paragraph for any measure, worked out once (`home` is the story's).
 */
function paragraphFigures(
  story: Story,
  article: Article,
  paragraph: Paragraph,
  home: ReadonlySet<string>,
  sentenceFilter: ((paragraph: Paragraph, sentence: Sentence) => boolean) | null = null,
): ParagraphFigure[] {
  // (free words read only the sentences that hold the words: not kept, it depends on the words)
  const memo = sentenceFilter ? null : story.memo.get(PARAGRAPH_FIGURES, () => new WeakMap());
  let out = memo?.get(paragraph);
  if (out) return out;
  out = [];
  let abroad: string[] | null = null;
  for (let i = 0; i < paragraph.sentences.length; i++) {
    const sentence = paragraph.sentences[i]!;
    if (sentenceFilter && !sentenceFilter(paragraph, sentence)) continue;
    const all = figuresWithAntecedent(story, paragraph, i);
    const carried = abroad;
    for (const f of all) if (f.places.length) abroad = f.places.every((p) => !home.has(p)) ? f.places : null;
    if (all.length === 0) continue;
    const setting = settingOf(story, article, home, sentence.text);
    for (const [k, fig] of all.entries()) {
      out.push({ sentence: i, k, figure: fig, places: fig.places.length === 0 && carried && home.size > 0 ? carried : fig.places, setting });
    }
  }
  memo?.set(paragraph, out);
  return out;
}

/** The candidates of findings, in corpus order: where each stands in the story, when it was reported, whether about another time. */
function candidatesOf(story: Story, findings: readonly MeasureFinding[]): Candidate[] {
  const articleOrder = articleOrderOf(story);
  const out: Candidate[] = [];
  for (const finding of findings) {
    const located = locate(story, finding.paragraphId);
    if (!located) continue;
    const { paragraph, article } = located;
    out.push({
      article,
      paragraph,
      sentence: finding.sentence,
      figure: finding.figure,
      places: finding.places,
      historical: isHistorical(finding.figure, referenceYear(story, article)),
      order: ((articleOrder.get(article.id) ?? 0) * 100_000 + paragraph.index) * 1000 + finding.sentence * 10 + Math.min(9, finding.k),
      when: whenOf(article, paragraph),
      finding,
    });
  }
  return out.sort((a, b) => a.order - b.order);
}

/** Every figure of the given paragraphs the test accepts, in corpus order. */
function collectCandidates(
  story: Story,
  paragraphIds: Iterable<string>,
  accept: (f: FigureMention, setting: FigureSetting) => boolean,
  sentenceFilter: ((paragraph: Paragraph, sentence: Sentence) => boolean) | null = null,
): Candidate[] {
  return candidatesOf(story, collectFindings(story, paragraphIds, accept, sentenceFilter));
}

/** The newest `limit` candidates (undated last), in corpus order. */
function newest(candidates: Candidate[], limit: number): Candidate[] {
  if (candidates.length <= limit) return candidates;
  return [...candidates]
    .sort((a, b) => (a.when === null ? (b.when === null ? 0 : 1) : b.when === null ? -1 : b.when - a.when) || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order);
}

/** A quote's claimant in German as worked out for an unchanged article before (see {@link KnownClaimant}); undefined when not known. */
export type KnownClaimantDe = KnownClaimant;

/**
 * The records of candidates: each quote with its claimant in English and
 * German (`known` and `knownDe` may give them as worked out earlier), its
 * date and its figure.
 */
function toRecords(story: Story, candidates: readonly Candidate[], known?: KnownClaimant, knownDe?: KnownClaimantDe): FigureRecord[] {
  return candidates.map((c) => {
    const sentence = c.paragraph.sentences[c.sentence]!;
    const date = sentenceDate(story, c.article, c.paragraph, sentence);
    const bare = makeAnswer(c.article, c.paragraph, sentence.start, sentence.end, { date, figure: toFigure(c.figure) });
    const finding = { paragraphId: c.paragraph.id, sentence: c.sentence, answer: bare };
    const taken = known?.(finding);
    const claimant = taken ?? claimantFor(story, c.paragraph, c.sentence, c.sentence);
    const takenDe = taken !== undefined && taken !== null ? knownDe?.(finding) : undefined;
    const claimantDe =
      claimant === null
        ? null
        : takenDe !== undefined
          ? takenDe
          : taken === undefined
            ? claimantDeAt(story, c.paragraph, c.sentence, claimant) // (worked out here for this sentence)
            : claimantDeOf(story, { claimant, paragraphId: c.paragraph.id });
    const answer = { ...bare, claimant, claimantDe };
    return { answer, places: c.places, side: c.figure.side, historical: c.historical, order: c.order, sentence: c.sentence };
  });
}

/** Each article's position in its story, per corpus version. */
const ARTICLE_ORDER = new MemoSlot<Map<string, number>>('estimate article order');

function articleOrderOf(story: Story): Map<string, number> {
  return story.memo.get(ARTICLE_ORDER, () => new Map(story.articles.map((a, i) => [a.id, i])));
}

/** The answer to a catalogued measure (plain data: cached between runs). */
export interface MeasureAnswer {
  /** The English wording of `say`. */
  summary: string;
  /** The summary as structure (`estimate.*` messages). */
  say: Message[];
  /** Every figure kept, in the order the plain question shows them; the first `shown` are its quotes. */
  answers: Answer[];
  total: number;
  /** How many of `answers` the plain question quotes. */
  shown: number;
  /** Per answer: where, whose and when, for questions that narrow the measure. */
  records: { places: string[]; side: string | null; historical: boolean; order: number; sentence: number }[];
}

/** Catalogued `/estimate` answers, by measure slug, per corpus version (also filled from the answers cache). */
export const MEASURE_ANSWERS = new MemoSlot<Map<string, MeasureAnswer>>('catalogued measure answers');

/** The words that find a measure's candidate paragraphs: its query, labels, aliases, counted nouns and required words, and its kinds' own words. */
export function measureWords(def: MeasureDef): string[] {
  return [
    ...new Set([
      ...analyze(def.query),
      ...analyze([def.en, def.de, ...def.aliases, ...def.heads, ...def.requires.flat(), ...kindWords(def)].join(' ')),
    ]),
  ];
}

/** Which records a question keeps: the place asked (else the story's own places), no other time unless it names a year. */
function recordsFor(story: Story, records: readonly FigureRecord[], place: string | null, pastToo = false): FigureRecord[] {
  const home = homeOf(story);
  return records.filter((r) => placeAllows(r.places, r.side, place, home) && (pastToo || !r.historical));
}

/** Every figure of the given paragraphs the measure accepts, in the order given (plain data). */
export function measureFindings(story: Story, def: MeasureDef, paragraphIds: Iterable<string>): MeasureFinding[] {
  const compiled = compile(def);
  return collectFindings(story, paragraphIds, (f, setting) => acceptsFigure(f, compiled, setting));
}

/**
 * The answer from every finding of the story (the newest when there are too
 * many to keep; claimants and dates only for those kept), summarised.
 * `known` may give a quote's claimant as worked out for an earlier version
 * of the same article.
 */
export function measureAnswerFrom(
  story: Story,
  def: MeasureDef,
  findings: readonly MeasureFinding[],
  known?: KnownClaimant,
  knownDe?: KnownClaimantDe,
): MeasureAnswer {
  const kept = toRecords(story, newest(candidatesOf(story, findings), RECORD_LIMIT), known, knownDe);
  const ranked = rankAndSummarize(story, recordsFor(story, kept, def.place), {
    measure: { title: { en: def.en, de: def.de }, place: null },
    forecastsFirst: false,
    limit: ESTIMATE_LIMIT,
  });
  // the quoted answers first, then the rest, each with its record
  const quoted = new Set(ranked.answers);
  const byAnswer = new Map(kept.map((r) => [r.answer, r]));
  const ordered = [...ranked.answers, ...kept.map((r) => r.answer).filter((a) => !quoted.has(a))];
  // a record's order is its place among the kept figures (corpus order), not its article's place in the
  // story: an article added or removed elsewhere leaves this answer as it is
  const rank = new Map(kept.map((r, i) => [r.answer, i]));
  return {
    summary: ranked.summary,
    say: ranked.say,
    answers: ordered,
    total: ranked.total,
    shown: ranked.answers.length,
    records: ordered.map((a) => {
      const r = byAnswer.get(a)!;
      return { places: r.places, side: r.side, historical: r.historical, order: rank.get(a)!, sentence: r.sentence };
    }),
  };
}

/** Every figure of the corpus for a catalogued measure, computed once per story. */
export function measureAnswer(story: Story, def: MeasureDef): MeasureAnswer {
  const m = story.memo.get(MEASURE_ANSWERS, () => new Map());
  const cached = m.get(def.slug);
  if (cached) return cached;
  const result = measureAnswerFrom(story, def, measureFindings(story, def, story.index.matchAny(measureWords(def))));
  m.set(def.slug, result);
  return result;
}

/** The records of a catalogued answer again (answers with where, whose and when). */
function recordsOf(answer: MeasureAnswer): FigureRecord[] {
  return answer.answers.map((a, i) => ({ answer: a, ...answer.records[i]! }));
}

/** Answers `/estimate` in the story (or stories) the question is about. */
export function answerEstimate(argument: string, ctx: CommandContext): Reply {
  const text = checkArgument(argument, 'a measure (a catalogue slug or free words)');
  return answerInStories(ctx, 'estimate', text, (s) => s.catalogue.measures.measures, answerEstimateIn);
}


/** Answers `/estimate` within one story. */
export function answerEstimateIn(story: Story, question: Question, share: Share = ALONE): Reply {
  const value = question.text;
  const query = readEstimateQuestion(story, question);
  // An honest "nothing", with the closest catalogue entries offered apart.
  const nothing = (measure: EstimateMeasure) => {
    const notice: Message[] = [{ id: 'estimate.nothing', measure }];
    const suggestions = catalogueSuggestionMessages(story, question, 'estimate');
    return noAnswerReply('estimate', value, spell(notice), {
      say: { notice, suggestions },
      suggestions: suggestions.map((m) => spell([m])),
      corpusVersion: story.version,
    });
  };
  if (query.measure) return measureReply(story, value, query, query.measure, nothing);
  return freeWordsReply(story, question, query, nothing, share);
}

/** The reply for a catalogued measure, narrowed to the place asked and ranked as the question asks. */
function measureReply(story: Story, value: string, query: EstimateQuery, def: MeasureDef, nothing: (measure: EstimateMeasure) => Reply): Reply {
  const cached = measureAnswer(story, def);
  // `Tote Schweden` for a measure of that side's dead: the side is whose, and the measure already asks it
  if (query.place !== null && query.place === def.side) query = { ...query, place: null, placeText: null };
  const plain = query.place === null && !query.forecast && query.topic.length === 0 && !query.past && query.units.length === 0;
  const title = { en: def.en, de: def.de };
  const where = query.place ? placeOf(story, query.place) : null;
  if (plain) {
    if (cached.shown === 0) return nothing({ title, place: null });
    return {
      command: 'estimate',
      argument: value,
      status: 'ok',
      summary: cached.summary,
      say: { summary: cached.say },
      answers: cached.answers.slice(0, cached.shown),
      corpusVersion: story.version,
    };
  }
  const pastToo = query.past;
  let records = recordsFor(story, recordsOf(cached), query.place ?? def.place, pastToo);
  let topic = query.topic;
  let notice: Message | undefined;
  if (records.length === 0 && query.place !== null && query.placeText) {
    // no figure is about that place: the place is one of the words that rank the figures
    records = recordsFor(story, recordsOf(cached), def.place, pastToo);
    topic = [...topic, analyze(query.placeText)];
    notice = { id: 'estimate.place-as-word', title, place: placeOf(story, query.place), words: query.placeText };
  }
  if (records.length === 0) return nothing({ title, place: where });
  const score = scoreFor(story, query, topic);
  const ranked = rankAndSummarize(story, records, {
    measure: { title, place: notice ? null : where },
    forecastsFirst: query.forecast,
    limit: ESTIMATE_LIMIT,
    ...(score ? { score } : {}),
  });
  if (query.forecast && !records.some((r) => r.answer.figure?.modality && ['feared', 'projected', 'hypothetical', 'planned'].includes(r.answer.figure.modality))) {
    notice = { id: 'estimate.no-forecast' };
  }
  return {
    command: 'estimate',
    argument: value,
    status: 'ok',
    ...saying({ summary: ranked.say, ...(notice ? { notice: [notice] } : {}) }),
    answers: ranked.answers,
    corpusVersion: story.version,
  };
}

/** The analysed terms of each sentence (and the article's title), per corpus version: topic ranking reads them. */
const SENTENCE_TERMS = new MemoSlot<WeakMap<object, ReadonlySet<string>>>('estimate sentence terms');

function termsOf(story: Story, key: object, text: string): ReadonlySet<string> {
  const memo = story.memo.get(SENTENCE_TERMS, () => new WeakMap());
  let t = memo.get(key);
  if (!t) {
    t = new Set(analyze(text));
    memo.set(key, t);
  }
  return t;
}

/** True when a concept's term is among the terms, or inside a longer one (`spend` ~ `spendenaktion`, `osterreich` ~ `oberosterreich`). */
function holds(terms: ReadonlySet<string>, concept: readonly string[]): boolean {
  for (const t of concept) {
    if (terms.has(t)) return true;
    if (t.length >= 5) for (const x of terms) if (x.includes(t)) return true;
  }
  return false;
}

/**
 * How near a record's quote is to the topic words: in the quoted sentence 4,
 * in the sentence before it 3 (`… eine Spendenaktion gestartet. Bis Freitag
 * kamen 18.000 Euro zusammen.`), in its paragraph 2, in its article 1; summed
 * over the topic concepts.
 */
function topicScore(story: Story, topic: readonly string[][]): (r: FigureRecord) => number {
  return (r) => {
    const located = locate(story, r.answer.paragraphId);
    if (!located) return 0;
    const { paragraph, article } = located;
    const sentence = paragraph.sentences[r.sentence];
    const before = paragraph.sentences[r.sentence - 1];
    const tiers: [number, ReadonlySet<string>][] = [];
    if (sentence) tiers.push([4, termsOf(story, sentence, sentence.text)]);
    if (before) tiers.push([3, termsOf(story, before, before.text)]);
    tiers.push([2, termsOf(story, paragraph, paragraph.sentences.map((x) => x.text).join(' '))]);
    tiers.push([1, termsOf(story, article, `${article.title ?? ''} ${articleText(story, article)}`)]);
    let n = 0;
    for (const concept of topic) n += tiers.find(([, terms]) => holds(terms, concept))?.[0] ?? 0;
    return n;
  };
}

/** The words of a figure's unit (`Fußballfeldern`; `%` is `Prozent`), analysed. */
function unitTerms(unit: string | null): ReadonlySet<string> {
  return new Set(unit ? analyze(unit === '%' ? 'Prozent %' : unit) : []);
}

/**
 * How a question ranks the figures of a measure: its topic words, the units
 * it names (`Fußballfelder`, `Quadratkilometer`), the kind of forecast it asks
 * for (`könnten` -> possible first, `befürchten` -> fears first), figures of
 * another time first when it asks for them (`peak`, `damals`).
 */
function scoreFor(story: Story, query: EstimateQuery, topic: readonly string[][]): ((r: FigureRecord) => number) | undefined {
  if (topic.length === 0 && query.units.length === 0 && query.forecastKind === null && !query.past) return undefined;
  const byTopic = topic.length ? topicScore(story, topic) : () => 0;
  return (r) => {
    const f = r.answer.figure!;
    let n = byTopic(r);
    if (query.units.length && holdsAny(unitTerms(f.unit), query.units)) n += 8;
    if (query.forecastKind !== null && f.modality === query.forecastKind) n += 1;
    if (query.past && r.historical) n += 16;
    return n;
  };
}

function holdsAny(terms: ReadonlySet<string>, concepts: readonly string[][]): boolean {
  return concepts.some((c) => holds(terms, c));
}

/**
 * Free words: the figures of the best-matching sentences (a figure counts
 * only in a sentence that has one of the words, so "missiles" never shows
 * the victims of a missile strike told in the next sentence). Durations,
 * ages and figures about another time or place are left out; a question
 * that asks how many gets counts only. Figures whose counted noun or
 * surrounding words hold the question's words come first.
 */
function freeWordsReply(story: Story, question: Question, query: EstimateQuery, nothing: (measure: EstimateMeasure) => Reply, share: Share): Reply {
  const value = question.text;
  const limit = shareOf(FREE_LIMIT, share, 4);
  // without a measure, a place is one of the words
  const words = question;
  const hits = storyHits(story, words.concepts, shareOf(FREE_HITS, share, 10));
  const termsOf = new Map(hits.map((h) => [h.paragraphId, new Set(h.terms)]));
  const home = homeOf(story);
  const candidates = collectCandidates(
    story,
    hits.map((h) => h.paragraphId),
    (f) =>
      (f.min !== null || f.max !== null) &&
      f.quantity !== 'duration' &&
      f.quantity !== 'age' &&
      !(query.howMany && f.quantity !== 'count') &&
      placeAllows(f.places, f.side, null, home),
    (paragraph, sentence) => matchedTerms(sentence, termsOf.get(paragraph.id) ?? new Set()).size > 0,
  ).filter((c) => !(c.historical && c.figure.quantity === 'count'));
  const terms = words.conceptTerms;
  const ownScore = (f: { unit: string | null; kind: string | null }) => terms.filter((c) => holds(unitTerms(f.unit), c)).length * 2 + (f.kind !== null ? 1 : 0);
  // claimants and dates only for the figures that can be shown
  const best = [...candidates]
    .sort((a, b) => ownScore(b.figure) - ownScore(a.figure) || (b.when ?? -Infinity) - (a.when ?? -Infinity) || a.order - b.order)
    .slice(0, limit * 2)
    .sort((a, b) => a.order - b.order);
  const records = toRecords(story, best);
  const score = (r: FigureRecord) => ownScore(r.answer.figure!);
  const ranked = rankAndSummarize(story, records, {
    measure: { words: echo(value) },
    forecastsFirst: query.forecast,
    limit,
    score,
  });
  if (ranked.answers.length === 0) return nothing({ words: echo(value) });
  return {
    command: 'estimate',
    argument: value,
    status: 'ok',
    ...saying({ summary: ranked.say, notice: [{ id: 'estimate.free-words', query: echo(value) }], suggestions: catalogueSuggestionMessages(story, question, 'estimate') }),
    answers: ranked.answers,
    corpusVersion: story.version,
  };
}

