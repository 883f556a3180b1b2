/**
 * `/when <event>`: when did something happen, according to which source.
 *
 * A catalogued event (slug, label, alias or a close free question) is matched
 * sentence by sentence with the event's rules ({@link matchEvent}); free words
 * fall back to the index and take the date expressions of the best sentences.
 * Each supporting quote carries the date expression that belongs to the event,
 * resolved against its article's publication date only as precisely as the
 * inputs allow; without one, the publication date as "reported by".
 *
 * @module
 */
import { actorGroups, type EventDef } from '../corpus/catalogue/index.ts';
import type { Article } from '../corpus/types.ts';
import { positionedTerms } from '../language/de/index.ts';
import { findDateMentions, pickEventDate, reportedDate, type DateMention } from '../language/de/dates/index.ts';
import { noAnswerReply } from '../reply/build.ts';
import type { Answer, DateRef, Reply } from '../reply/model.ts';
import { bestSnippet } from '../search/snippet.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import { locate, type Story } from '../snapshot/snapshot.ts';
import { makeAnswer, reportedAt } from './attribution.ts';
import { matchEntry } from './catalogue-match.ts';
import { claimantFor } from './claimants.ts';
import type { CommandContext } from './context.ts';
import { compareByDate, summarizeDates } from './date-summary.ts';
import { compileEvent, matchEvent, type CompiledEvent } from './event-match.ts';
import { checkArgument, echo, type Question } from './question.ts';
import { answerInStories } from './stories.ts';
import { catalogueSuggestions } from './suggest.ts';
import { storyHits } from './hits.ts';

/** At most this many supporting quotes per answer. */
export const WHEN_LIMIT = 40;

/** The date of an event in a sentence: its own date expression, else "reported by", else unknown. */
function eventDate(text: string, published: Article['published'], triggerIndex: number): DateRef {
  const mentions: DateMention[] = findDateMentions(text, published);
  const picked = pickEventDate(text, mentions, triggerIndex);
  if (picked) {
    const { index: _i, end: _e, ...ref } = picked;
    return ref;
  }
  return (
    reportedDate(published) ?? {
      text: '',
      iso: null,
      precision: 'unknown',
      basis: 'unresolved',
      label: 'no date in the sentence, and the article is undated',
    }
  );
}

/** Catalogue events compiled for matching, by slug, per corpus version. */
const COMPILED_EVENTS = new MemoSlot<Map<string, CompiledEvent>>('compiled events');
/** Catalogued `/when` answers, by event slug, per corpus version (also filled from the answers cache). */
export const EVENT_ANSWERS = new MemoSlot<Map<string, EventAnswer>>('catalogued event answers');

function compiledEvent(story: Story, def: EventDef): CompiledEvent {
  const m = story.memo.get(COMPILED_EVENTS, () => new Map());
  let c = m.get(def.slug);
  if (!c) m.set(def.slug, (c = compileEvent(def, actorGroups(story.catalogue))));
  return c;
}

/** The answer to a catalogued event: the summary over every supporting quote, and the best quotes. */
export interface EventAnswer {
  summary: string;
  /** The best {@link WHEN_LIMIT} quotes, with claimants. */
  answers: Answer[];
  /** How many sentences of the corpus state the event. */
  total: number;
}

/** A sentence stating a catalogued event (plain data, kept between corpus versions): its answer without claimant, and where it stands. */
export interface EventFinding {
  answer: Answer;
  paragraphId: string;
  /** The sentence's index in its paragraph. */
  sentence: number;
}

/** A quote's claimant when already known (an unchanged article's, from an earlier version), else undefined. */
export type KnownClaimant = (finding: { paragraphId: string; sentence: number; answer: Answer }) => string | null | undefined;

/** The words whose paragraphs may state the event (what the index is asked). */
export function eventWords(story: Story, def: EventDef): string[] {
  return compiledEvent(story, def).triggerWords;
}

/** Every sentence of the given paragraphs stating the event, in the order given (corpus order). */
export function eventFindings(story: Story, def: EventDef, paragraphIds: Iterable<string>): EventFinding[] {
  const event = compiledEvent(story, def);
  const found: EventFinding[] = [];
  for (const pid of paragraphIds) {
    const located = locate(story, pid);
    if (!located) continue;
    const { paragraph, article } = located;
    paragraph.sentences.forEach((sentence, i) => {
      const hit = matchEvent(sentence, event);
      if (!hit) return;
      const answer = makeAnswer(article, paragraph, sentence.start, sentence.end, {
        date: eventDate(sentence.text, reportedAt(article, paragraph), hit.triggerIndex),
      });
      found.push({ answer, paragraphId: paragraph.id, sentence: i });
    });
  }
  return found;
}

/**
 * The answer from every finding of the story, in corpus order: sorted by
 * date, summarised, the best quotes with their claimants (`known` may give a
 * quote's claimant as worked out for an earlier version of the same article).
 */
export function eventAnswerFrom(story: Story, def: EventDef, findings: readonly EventFinding[], known?: KnownClaimant): EventAnswer {
  const found = [...findings].sort((a, b) => compareByDate(a.answer, b.answer));
  return {
    summary: summarizeDates(def.en, found.map((f) => f.answer)),
    answers: found.slice(0, WHEN_LIMIT).map((f) => {
      const paragraph = story.paragraphById.get(f.paragraphId);
      return { ...f.answer, claimant: known?.(f) ?? (paragraph ? claimantFor(story, paragraph, f.sentence, f.sentence) : null) };
    }),
    total: found.length,
  };
}

/**
 * Every sentence of the corpus stating the event, best first, summarised.
 * Computed once per story and event (a story never changes), so a
 * request only reads it; claimants are worked out for the quotes shown only.
 */
export function eventAnswer(story: Story, def: EventDef): EventAnswer {
  const memo = story.memo.get(EVENT_ANSWERS, () => new Map());
  const cached = memo.get(def.slug);
  if (cached) return cached;
  const result = eventAnswerFrom(story, def, eventFindings(story, def, story.index.matchAny(eventWords(story, def))));
  memo.set(def.slug, result);
  return result;
}

/** Answers `/when` in the story (or stories) the question is about. */
export function answerWhen(argument: string, ctx: CommandContext): Reply {
  const text = checkArgument(argument, 'an event (a catalogue slug or free words)');
  return answerInStories(ctx, 'when', text, (s) => s.catalogue.events.events, answerWhenIn);
}

/** Answers `/when` within one story. */
export function answerWhenIn(story: Story, question: Question): Reply {
  const value = question.text;
  const match = matchEntry(story, question, story.catalogue.events.events);
  if (match.entry) {
    const { summary, answers, total } = eventAnswer(story, match.entry);
    if (answers.length === 0) {
      return noAnswerReply('when', value, `Nothing in the corpus answers when: ${match.entry.en}.`, {
        suggestions: freeSuggestions(story, question),
        corpusVersion: story.version,
      });
    }
    const more = total > answers.length ? `\n(${total} quotes support it; the ${answers.length} best are shown.)` : '';
    return { command: 'when', argument: value, status: 'ok', summary: summary + more, answers, corpusVersion: story.version };
  }
  if (match.tied.length >= 2 && match.tied.length <= MAX_TIED) return answerSeveral(story, value, match.tied);
  return answerFreeWhen(story, question);
}

/** At most this many catalogued events answered side by side for one ambiguous question. */
const MAX_TIED = 4;
/** Quotes shown per event when several are answered together. */
const PER_TIED = 2;

/**
 * A question that fits several catalogued events equally (`treaty`: signed,
 * ratified, in force): each event's own answer line, and its best quotes,
 * side by side; never one picked for the reader.
 */
function answerSeveral(story: Story, value: string, events: readonly EventDef[]): Reply {
  const lines: string[] = [];
  const answers: Answer[] = [];
  for (const def of events) {
    const one = eventAnswer(story, def);
    lines.push(`• ${one.answers.length ? one.summary.split('\n')[0]! : `${def.en}: nothing in the corpus.`} (/when ${def.slug})`);
    answers.push(...one.answers.slice(0, PER_TIED));
  }
  if (answers.length === 0) {
    return noAnswerReply('when', value, `Nothing in the corpus answers when "${echo(value)}" happened.`, {
      suggestions: events.map((e) => `/when ${e.slug}`),
      corpusVersion: story.version,
    });
  }
  return {
    command: 'when',
    argument: value,
    status: 'ok',
    summary: `"${echo(value)}" fits ${events.length} catalogued events; each is answered apart:\n${lines.join('\n')}`,
    answers,
    notice: `Ask for one event for all its quotes: ${events.map((e) => `/when ${e.slug}`).join(', ')}.`,
    suggestions: events.map((e) => `/when ${e.slug}`),
    corpusVersion: story.version,
  };
}

/** Search hits offered as suggestions when there is no answer: `/source <id>` lines. */
function freeSuggestions(story: Story, question: Question): string[] {
  const out = catalogueSuggestions(story, question, 'when');
  for (const hit of story.index.searchConcepts(question.concepts, { limit: 3 })) out.push(`/source ${hit.paragraphId}`);
  return out;
}

function nearest(mentions: DateMention[], positions: number[]): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const m of mentions) {
    for (const p of positions) {
      const d = Math.abs(m.index - p);
      if (d < bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
  }
  return best;
}

/**
 * Free words: the best-matching sentences of the index, each with the date
 * expression nearest to the matched words (or "reported by"). Only sentences
 * that match at least half of the question's words count.
 */
function answerFreeWhen(story: Story, question: Question): Reply {
  const value = question.text;
  const hits = storyHits(story, question.concepts, 12);
  const needed = Math.max(1, Math.ceil(question.concepts.length / 2));
  const answers: Answer[] = [];
  for (const hit of hits) {
    const found = locate(story, hit.paragraphId);
    if (!found) continue;
    const { paragraph, article } = found;
    const snip = bestSnippet(paragraph, hit.terms, 1);
    if (snip.matched < Math.min(needed, hit.terms.length)) continue;
    const sentence = paragraph.sentences[snip.first];
    if (!sentence) continue;
    const published = reportedAt(article, paragraph);
    const mentions = findDateMentions(sentence.text, published);
    const wanted = new Set(hit.terms);
    const positions = positionedTerms(sentence.text)
      .filter((t) => wanted.has(t.term))
      .map((t) => t.index);
    // The date of the clause the words are in (never one across "dass" or a quotation boundary).
    const m = positions.length ? pickEventDate(sentence.text, mentions, Math.min(...positions)) : nearest(mentions, [0]);
    let date: DateRef | null;
    if (m) {
      const { index: _i, end: _e, ...ref } = m;
      date = ref;
    } else {
      date = reportedDate(published);
    }
    answers.push(
      makeAnswer(article, paragraph, sentence.start, sentence.end, {
        claimant: claimantFor(story, paragraph, snip.first, snip.first),
        date,
      }),
    );
  }
  if (answers.length === 0) {
    return noAnswerReply('when', value, `Nothing in the corpus answers when "${echo(value)}" happened.`, {
      suggestions: catalogueSuggestions(story, question, 'when'),
      corpusVersion: story.version,
    });
  }
  answers.sort(compareByDate);
  return {
    command: 'when',
    argument: value,
    status: 'ok',
    summary: summarizeDates(`"${echo(value)}" (no catalogue event; dates of the best-matching sentences)`, answers, { earlierReports: false }),
    answers,
    notice: `"${echo(value)}" is not a catalogued event, so these are the sentences that best match the words, with the dates they give.`,
    suggestions: catalogueSuggestions(story, question, 'when'),
    corpusVersion: story.version,
  };
}
