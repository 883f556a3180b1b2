/**
 * `/estimate <measure>`: what figures the sources give, side by side, oldest
 * source first (undated last), each with its claimant and outlet. Figures are
 * never merged or averaged: how estimates moved is the information.
 *
 * @module
 */
import type { MeasureDef } from '../corpus/catalogue.ts';
import { analyze } from '../search/analyzer.ts';
import { claimantFor } from './annotate.ts';
import { makeAnswer, sourceLabel } from './attribution.ts';
import { matchEntry } from './catalogue-match.ts';
import { findFigures, type FigureMention } from './figures.ts';
import { checkArgument, echo } from './input.ts';
import type { Answer, DateRef, Figure, Reply } from './model.ts';
import type { Article } from '../corpus/types.ts';
import { messageReply, type CommandContext } from './reply.ts';
import type { Snapshot } from './snapshot.ts';
import { catalogueSuggestions } from './suggest.ts';
import { findDateMentions, reportedDate } from './dates.ts';
import { formatAmount } from './amount.ts';

/** At most this many figures per answer. */
export const ESTIMATE_LIMIT = 25;

/** What `/estimate` accepts of a figure for a measure. */
export interface FigureFilter {
  kinds: readonly string[] | null;
  subjects: readonly string[];
  northKoreanOnly: boolean;
}

/** True when the figure counts what the measure measures. */
export function acceptsFigure(f: FigureMention, filter: FigureFilter): boolean {
  if (f.min === null && f.max === null) return false;
  if (filter.kinds && (f.kind === null || !filter.kinds.includes(f.kind))) return false;
  if (filter.subjects.length > 0 && f.subject !== null && !filter.subjects.includes(f.subject)) return false;
  if (filter.northKoreanOnly && f.northKorean === false) return false;
  return true;
}

function toFigure(f: FigureMention): Figure {
  return { text: f.text, min: f.min, max: f.max, qualifier: f.qualifier, unit: f.unit, kind: f.kind };
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

/** Answers for every accepted figure in the given paragraphs, in corpus order within an article. */
function figureAnswers(snapshot: Snapshot, paragraphIds: Iterable<string>, filter: FigureFilter): Answer[] {
  const found: { answer: Answer; order: [number, number, number] }[] = [];
  const seen = new Set<string>();
  for (const pid of paragraphIds) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    const paragraph = snapshot.paragraphById.get(pid);
    const article = paragraph && snapshot.articleById.get(paragraph.articleId);
    if (!paragraph || !article) continue;
    paragraph.sentences.forEach((sentence, i) => {
      if (!/\d|zehn|hundert|tausend|million|dutzend|zwölf|zwoelf|elf|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun/i.test(sentence.text)) return;
      const figures = findFigures(sentence.text).filter((f) => acceptsFigure(f, filter));
      if (figures.length === 0) return;
      const claimant = claimantFor(snapshot, paragraph, i, i);
      const date = asOfDate(sentence.text, article.published);
      for (const f of figures) {
        found.push({
          answer: makeAnswer(article, paragraph, sentence.start, sentence.end, { claimant, date, figure: toFigure(f) }),
          order: [paragraph.index, i, f.index],
        });
      }
    });
  }
  found.sort(
    (x, y) =>
      compareByPublication(x.answer, y.answer) ||
      x.order[0] - y.order[0] ||
      x.order[1] - y.order[1] ||
      x.order[2] - y.order[2],
  );
  return found.map((f) => f.answer);
}

const memo = new WeakMap<Snapshot, Map<string, Answer[]>>();

/** Every figure of the corpus for a catalogued measure, oldest source first (computed once per snapshot). */
export function measureAnswers(snapshot: Snapshot, def: MeasureDef): Answer[] {
  let m = memo.get(snapshot);
  if (!m) memo.set(snapshot, (m = new Map()));
  const cached = m.get(def.slug);
  if (cached) return cached;
  const words = [...new Set([...analyze(def.query), ...analyze([def.en, def.de, ...def.aliases].join(' '))])];
  const answers = figureAnswers(snapshot, snapshot.index.matchAny(words), {
    kinds: def.kinds,
    subjects: def.subjects,
    northKoreanOnly: def.northKoreanOnly,
  });
  m.set(def.slug, answers);
  return answers;
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

/** One line per figure: `2024-12-05 · ntv.de / AFP · Selenskyj: more than 3,000 killed or wounded`. */
function summarize(label: string, answers: readonly Answer[]): string {
  const lines = answers.map((a) => {
    const parts = [a.published ?? 'undated', sourceLabel(a) ?? 'outlet unknown'];
    const claim = a.claimant ? `${a.claimant}: ` : '';
    return `• ${parts.join(' · ')} — ${claim}${describeFigure(a.figure!)}`;
  });
  const sources = new Set(answers.map((a) => a.articleId)).size;
  return `${label}: ${answers.length} figure${answers.length === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}, oldest first (not merged):\n${lines.join('\n')}`;
}

/** Answers `/estimate`. */
export function answerEstimate(argument: string, { snapshot }: CommandContext): Reply {
  const checked = checkArgument(argument, 'a measure (e.g. "casualties", "troops", "shells")');
  if (!checked.ok) return messageReply('estimate', argument, 'invalid', checked.message);
  const value = checked.value;
  const concepts = snapshot.index.concepts(value);
  const match = matchEntry(value, snapshot.catalogue.measures.measures, concepts);
  if (match.entry) {
    const answers = measureAnswers(snapshot, match.entry).slice(0, ESTIMATE_LIMIT);
    if (answers.length === 0) {
      return messageReply('estimate', value, 'no-answer', `Nothing in the corpus gives a figure for: ${match.entry.en}.`, {
        suggestions: catalogueSuggestions(snapshot, value, 'estimate'),
        corpusVersion: snapshot.version,
      });
    }
    return {
      command: 'estimate',
      argument: value,
      status: 'ok',
      summary: summarize(match.entry.en, answers),
      answers,
      corpusVersion: snapshot.version,
    };
  }
  // Free words: figures of any kind in the best-matching paragraphs.
  const hits = snapshot.index.searchConcepts(concepts, { limit: 50 });
  const answers = figureAnswers(
    snapshot,
    hits.map((h) => h.paragraphId),
    { kinds: null, subjects: [], northKoreanOnly: false },
  ).slice(0, ESTIMATE_LIMIT);
  if (answers.length === 0) {
    return messageReply('estimate', value, 'no-answer', `Nothing in the corpus gives a figure for "${echo(value)}".`, {
      suggestions: catalogueSuggestions(snapshot, value, 'estimate'),
      corpusVersion: snapshot.version,
    });
  }
  return {
    command: 'estimate',
    argument: value,
    status: 'ok',
    summary: summarize(`"${echo(value)}" (no catalogue measure; figures in the best-matching paragraphs)`, answers),
    answers,
    notice: `"${echo(value)}" is not a catalogued measure, so these are the figures in the paragraphs that best match the words; check what each one counts.`,
    suggestions: catalogueSuggestions(snapshot, value, 'estimate'),
    corpusVersion: snapshot.version,
  };
}
