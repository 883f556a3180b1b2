/**
 * `/estimate <measure>`: what figures the sources give, side by side, oldest
 * source first (undated last), each with its claimant and outlet. Figures are
 * never merged or averaged: how estimates moved is the information.
 *
 * @module
 */
import type { MeasureDef } from '../corpus/catalogue/index.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { analyze } from '../language/de/index.ts';
import { findDateMentions, reportedDate } from '../language/de/dates/index.ts';
import { findFigures, mayHoldFigure, toFigure, type FigureMention } from '../language/de/figures/index.ts';
import { formatAmount, sourceLabel } from '../reply/wording.ts';
import { noAnswerReply } from '../reply/build.ts';
import type { Answer, DateRef, Figure, Reply } from '../reply/model.ts';
import { matchedTerms } from '../search/snippet.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import { locate, type Story } from '../snapshot/snapshot.ts';
import { makeAnswer, reportedAt } from './attribution.ts';
import { matchEntry } from './catalogue-match.ts';
import { claimantFor } from './claimants.ts';
import type { CommandContext } from './context.ts';
import { checkArgument, echo, type Question } from './question.ts';
import { answerInStories } from './stories.ts';
import type { KnownClaimant } from './when.ts';
import { catalogueSuggestions } from './suggest.ts';
import { storyHits } from './hits.ts';

/** At most this many figures per answer. */
export const ESTIMATE_LIMIT = 40;
/** Figures quoted for free words (computed per request, so fewer). */
const FREE_LIMIT = 12;
/** Lines of the summary (the quotes below carry the rest). */
const SUMMARY_LINES = 12;

/** What `/estimate` accepts of a figure for a measure. */
export interface FigureFilter {
  kinds: readonly string[] | null;
  subjects: readonly string[];
  /** Whose figures count, or null for any side. */
  side: string | null;
}

/** True when the figure counts what the measure measures. */
export function acceptsFigure(f: FigureMention, filter: FigureFilter): boolean {
  if (f.min === null && f.max === null) return false;
  if (filter.kinds && (f.kind === null || !filter.kinds.includes(f.kind))) return false;
  if (filter.subjects.length > 0 && f.subject !== null && !filter.subjects.includes(f.subject)) return false;
  // a figure that clearly counts another side (or civilians) never answers for this one
  if (filter.side !== null && f.side !== null && f.side !== filter.side) return false;
  return true;
}

/** Oldest publication first, undated last; then article, then position in the article. */
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
  const antecedent = [...sentenceFigures(story, prev)].reverse().find((f) => f.kind !== null);
  if (!antecedent) return own;
  return own.map((f) =>
    f.kind === null && f.unit === null ? { ...f, kind: antecedent.kind, subject: antecedent.subject, side: antecedent.side } : f,
  );
}

/** An accepted figure with where it stands (plain data, kept between corpus versions). */
export interface MeasureFinding {
  /** The answer, without claimant. */
  answer: Answer;
  paragraphId: string;
  /** The sentence's index in its paragraph. */
  sentence: number;
  /** Paragraph index, sentence index, figure index: the order within an article. */
  order: [number, number, number];
}

/** Every accepted figure in the given paragraphs, in the order given; without claimants yet. */
function gatherFigures(
  story: Story,
  paragraphIds: Iterable<string>,
  filter: FigureFilter,
  sentenceFilter: ((paragraph: Paragraph, sentence: Sentence) => boolean) | null = null,
): MeasureFinding[] {
  const found: MeasureFinding[] = [];
  const seen = new Set<string>();
  for (const pid of paragraphIds) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    const located = locate(story, pid);
    if (!located) continue;
    const { paragraph, article } = located;
    paragraph.sentences.forEach((sentence, i) => {
      if (sentenceFilter && !sentenceFilter(paragraph, sentence)) return;
      const figures = figuresWithAntecedent(story, paragraph, i).filter((f) => acceptsFigure(f, filter));
      if (figures.length === 0) return;
      const date = asOfDate(sentence.text, reportedAt(article, paragraph));
      for (const fig of figures) {
        const answer = makeAnswer(article, paragraph, sentence.start, sentence.end, { date, figure: toFigure(fig) });
        found.push({ answer, paragraphId: paragraph.id, sentence: i, order: [paragraph.index, i, fig.index] });
      }
    });
  }
  return found;
}

/** Oldest source first (undated last), in corpus order within an article. */
function byPublication(found: readonly MeasureFinding[]): MeasureFinding[] {
  return [...found].sort(
    (x, y) =>
      compareByPublication(x.answer, y.answer) ||
      x.order[0] - y.order[0] ||
      x.order[1] - y.order[1] ||
      x.order[2] - y.order[2],
  );
}

/** The first `limit` figures as answers, with claimants (`known` may give one worked out earlier). */
function withClaimants(story: Story, found: readonly MeasureFinding[], limit: number, known?: KnownClaimant): Answer[] {
  return found.slice(0, limit).map((f) => {
    const paragraph = story.paragraphById.get(f.paragraphId);
    return { ...f.answer, claimant: known?.(f) ?? (paragraph ? claimantFor(story, paragraph, f.sentence, f.sentence) : null) };
  });
}

/** The answer to a catalogued measure. */
export interface MeasureAnswer {
  summary: string;
  answers: Answer[];
  total: number;
}

/** Catalogued `/estimate` answers, by measure slug, per corpus version (also filled from the answers cache). */
export const MEASURE_ANSWERS = new MemoSlot<Map<string, MeasureAnswer>>('catalogued measure answers');

/** The words whose paragraphs may hold the measure's figures (what the index is asked). */
export function measureWords(def: MeasureDef): string[] {
  return [...new Set([...analyze(def.query), ...analyze([def.en, def.de, ...def.aliases].join(' '))])];
}

/** Every figure of the given paragraphs the measure accepts, in the order given. */
export function measureFindings(story: Story, def: MeasureDef, paragraphIds: Iterable<string>): MeasureFinding[] {
  return gatherFigures(story, paragraphIds, { kinds: def.kinds, subjects: def.subjects, side: def.side });
}

/** The answer from every finding of the story: oldest source first, summarised, the first quotes with claimants. */
export function measureAnswerFrom(story: Story, def: MeasureDef, findings: readonly MeasureFinding[], known?: KnownClaimant): MeasureAnswer {
  const found = byPublication(findings);
  const answers = withClaimants(story, found, ESTIMATE_LIMIT, known);
  return { summary: summarize(def.en, answers, found.length), answers, total: found.length };
}

/** Every figure of the corpus for a catalogued measure, oldest source first (computed once per story). */
export function measureAnswer(story: Story, def: MeasureDef): MeasureAnswer {
  const m = story.memo.get(MEASURE_ANSWERS, () => new Map());
  const cached = m.get(def.slug);
  if (cached) return cached;
  const result = measureAnswerFrom(story, def, measureFindings(story, def, story.index.matchAny(measureWords(def))));
  m.set(def.slug, result);
  return result;
}

const KIND_LABELS: Record<string, string> = {
  killed: 'killed',
  wounded: 'wounded',
  'killed-or-wounded': 'killed or wounded',
  captured: 'captured',
  'troops-sent': 'troops sent',
  'troops-arrived': 'troops arrived',
  reinforcements: 'reinforcements',
  munitions: 'munitions',
  weapons: 'weapons',
};

/** `more than 3,000 killed or wounded` — bounds as given, never averaged. */
export function describeFigure(f: Figure): string {
  const what = f.kind ? (KIND_LABELS[f.kind] ?? f.kind) : (f.unit ?? '');
  return `${formatAmount(f)} ${what}`.trim();
}

/**
 * One line per distinct figure: `2024-12-05 · ntv.de / AFP — Scholz (Germany's chancellor): more than 3,000 killed or wounded`.
 * The same source giving the same figure in two quotes is one line marked
 * "(2 quotes)"; different sources or different figures always keep their own line.
 */
function summarize(label: string, answers: readonly Answer[], total: number): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const parts = [a.published ?? 'undated', sourceLabel(a) ?? 'outlet unknown'];
    const claim = a.claimant ? `${a.claimant}: ` : '';
    const line = `• ${parts.join(' · ')} — ${claim}${describeFigure(a.figure!)}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const distinct = [...counts];
  const lines = distinct.slice(0, SUMMARY_LINES).map(([line, n]) => (n > 1 ? `${line} (${n} quotes)` : line));
  const sources = new Set(answers.map((a) => a.articleId)).size;
  const rest = distinct.length - lines.length;
  const tail = rest > 0 ? `\n… and ${rest} more figure${rest === 1 ? '' : 's'} below.` : '';
  const more = total > answers.length ? `\n${total} figures in all; the first ${answers.length} are quoted below.` : '';
  const articles = `${sources} article${sources === 1 ? '' : 's'}`;
  const from = `${distinct.length} figure${distinct.length === 1 ? '' : 's'} from ${articles}`;
  return `${label}: ${from}, oldest first (not merged):\n${lines.join('\n')}${tail}${more}`;
}

/** Answers `/estimate` in the story (or stories) the question is about. */
export function answerEstimate(argument: string, ctx: CommandContext): Reply {
  const text = checkArgument(argument, 'a measure (a catalogue slug or free words)');
  return answerInStories(ctx, 'estimate', text, (s) => s.catalogue.measures.measures, answerEstimateIn);
}

/** Answers `/estimate` within one story. */
export function answerEstimateIn(story: Story, question: Question): Reply {
  const value = question.text;
  const match = matchEntry(story, question, story.catalogue.measures.measures);
  // An honest "nothing", with the closest catalogue entries offered apart.
  const nothing = (what: string) =>
    noAnswerReply('estimate', value, `Nothing in the corpus gives a figure for ${what}.`, {
      suggestions: catalogueSuggestions(story, question, 'estimate'),
      corpusVersion: story.version,
    });
  if (match.entry) {
    const { summary, answers } = measureAnswer(story, match.entry);
    if (answers.length === 0) return nothing(`"${match.entry.en}"`);
    return { command: 'estimate', argument: value, status: 'ok', summary, answers, corpusVersion: story.version };
  }
  // Free words: figures of any kind in the best-matching sentences. A figure
  // counts only in a sentence that has one of the words (so "missiles" never
  // shows the victims of a missile strike told in the next sentence).
  const hits = storyHits(story, question.concepts, 30);
  const termsOf = new Map(hits.map((h) => [h.paragraphId, new Set(h.terms)]));
  const found = byPublication(
    gatherFigures(
      story,
      hits.map((h) => h.paragraphId),
      { kinds: null, subjects: [], side: null },
      (paragraph, sentence) => matchedTerms(sentence, termsOf.get(paragraph.id) ?? new Set()).size > 0,
    ),
  );
  const answers = withClaimants(story, found, FREE_LIMIT);
  if (answers.length === 0) return nothing(`"${echo(value)}"`);
  return {
    command: 'estimate',
    argument: value,
    status: 'ok',
    summary: summarize(`"${echo(value)}" (no catalogue measure; figures in the best-matching sentences)`, answers, found.length),
    answers,
    notice: `"${echo(value)}" is not a catalogued measure, so these are the figures in the sentences that best match the words; check what each one counts.`,
    suggestions: catalogueSuggestions(story, question, 'estimate'),
    corpusVersion: story.version,
  };
}
