/**
 * `/when <event>`: when did something happen, according to which source.
 *
 * A catalogued event (slug, label, alias or a close free question) is matched
 * sentence by sentence with the event's rules ({@link matchEvent}); free words
 * are read into the event they ask about ({@link eventQuery}: its verb or
 * event noun, the things it concerns, whether the first report or a time of
 * day is wanted) and answered by the clauses that state that event, ranked by
 * the event word's role and the other words they hold. Each supporting quote
 * carries the date expression that belongs to the event (for a noun in a
 * prepositional phrase only a date attached to it), resolved against its
 * article's publication date only as precisely as the inputs allow; when the
 * clause has none and the next sentence continues the event (`Das teilte … am
 * Freitag mit`), that sentence's date, quoted with it and said so; else the
 * publication date as "reported by". A date years before the article's own
 * date needs the event word in its own clause (a birth year or an older
 * treaty never dates the event).
 *
 * @module
 */
import { actorGroups, type EventDef } from '../corpus/catalogue/index.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import {
  analyze,
  foldForMatching,
  narrowClause,
  readClause,
  sentenceWords,
  type EventRole,
  type SentenceWord,
} from '../language/de/index.ts';
import { englishDate, findDateMentions, pickEventDate, reportedDate, type DateMention, type DateSay } from '../language/de/dates/index.ts';
import { noAnswerReply } from '../reply/build.ts';
import type { Message, WhenMessage, WhenSubject } from '../reply/messages.ts';
import { saying, spell } from '../reply/say.ts';
import type { Answer, DateRef, Reply } from '../reply/model.ts';
import { bestSnippet } from '../search/snippet.ts';
import { MemoSlot } from '../snapshot/memo.ts';
import { locate, type Story } from '../snapshot/snapshot.ts';
import { makeAnswer, reportedAt } from './attribution.ts';
import { matchEntry } from './catalogue-match.ts';
import { claimantDeAt, claimantFor } from './claimants.ts';
import type { CommandContext } from './context.ts';
import { compareByDate, dateInterval, summarizeDates } from './date-summary.ts';
import {
  compileEvent,
  eventQuery,
  matchEvent,
  mayHoldEvent,
  scoreSentence,
  type CompiledEvent,
  type EventQuery,
  type SentenceMemo,
} from './event-match.ts';
import { checkArgument, echo, type Question } from './question.ts';
import type { Concept } from '../search/query.ts';
import { ALONE, answerInStories, shareOf, type Share } from './stories.ts';
import { catalogueSuggestionMessages } from './suggest.ts';
import { storyHits } from './hits.ts';

/** At most this many supporting quotes per answer. */
export const WHEN_LIMIT = 40;

/** A date this many years before the article's own date needs the event word in its own clause. */
const FAR_YEARS = 3;

const UNKNOWN_DATE: DateRef = {
  text: '',
  iso: null,
  precision: 'unknown',
  basis: 'unresolved',
  label: englishDate({ kind: 'none' }),
  say: { kind: 'none' },
};

/** Words that open a sentence continuing the one before (`Das teilte … mit`, `Er war am Freitag …`). */
const BACK_REFERENCE = /^(?:Das|Dies|Dieses|Diese|Dieser|Er|Sie|Es|Damit|Demnach|Daraufhin|Dabei|Danach|Zuvor)(?![\p{L}])/u;
/** Verbs of reporting that make a following sentence's date the date the event was made known. */
const REPORTING = /(?<![\p{L}])(?:teilte|teilten|mitgeteilt|sagte|sagten|meldete|meldeten|gemeldet|bestätigte|bestätigten|bestätigt|erklärte|erklärten|berichtete|berichteten|gab|gaben|hieß|verkündete|bekanntgegeben|bekannt)(?![\p{L}])/u;

/** The date of an event found in a sentence, and how far the quote reaches for it. */
interface Dated {
  date: DateRef;
  /** End offset of the quote (the next sentence's end when its date was used). */
  end: number;
  /** The sentence index the quote ends at. */
  last: number;
}

function stripSpan(m: DateMention): DateRef {
  const { index: _i, end: _e, relation: _r, ...ref } = m;
  return ref;
}

/** Start of the interval a date covers, as a UTC timestamp (NaN when unresolved). */
function dateEnd(d: DateRef): number {
  const i = dateInterval(d);
  return i ? Date.parse(i.to) : Number.NaN;
}

/**
 * The date mention of a noun in a prepositional phrase: only one attached to
 * the noun (`bei dem Beben vom Montag`, `dem Hauptbeben der Stärke 7,4 am
 * Montag`), never the date of the clause's own verb.
 */
function attachedDate(text: string, mentions: readonly DateMention[], nounEnd: number): DateMention | null {
  for (const m of mentions) {
    if (m.index < nounEnd) continue;
    const between = text.slice(nounEnd, m.index);
    // `dem Beben der Stärke 7,4 am Montag`: a decimal comma is no clause break
    if (between.length > 32 || /[;:()„“”"«»]|,(?!\d)/.test(between)) continue;
    if (/(?<![\p{L}])(?:hat|hatte|haben|hatten|ist|war|sind|waren|wurde|wurden|wird|werden)(?![\p{L}])/u.test(between)) continue;
    return m;
  }
  return null;
}

/**
 * The date of the event whose word is at `hitIndex` in sentence `i` of a
 * paragraph (see the module comment), or null when the sentence is dated
 * outside `window` (another event of the same kind).
 */
function eventDate(
  paragraph: Paragraph,
  i: number,
  hitIndex: number,
  role: EventRole,
  published: Article['published'],
  window?: EventDef['window'],
): Dated | null {
  const sentence = paragraph.sentences[i]!;
  const text = sentence.text;
  const mentions = findDateMentions(text, published);
  let picked: DateMention | null = null;
  // `kam es … zu ersten Gefechten`: the noun of `es kam zu` is the clause's event
  if (role === 'pp' && /(?<![\p{L}])(?:zu|zum|zur)\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(Math.max(0, hitIndex - 30), hitIndex))) {
    const clause = narrowClause(text, hitIndex);
    if (/(?<![\p{L}])(?:kam|kamen|kommt|kommen|gekommen)(?![\p{L}])/u.test(text.slice(clause.start, clause.end))) role = 'noun';
  }
  if (role === 'pp' || role === 'compound') {
    const wordEnd = hitIndex + (/^[\p{L}\p{N}-]+/u.exec(text.slice(hitIndex))?.[0].length ?? 0);
    picked = attachedDate(text, mentions, wordEnd);
  } else if (mentions.length) {
    picked = pickEventDate(text, mentions, hitIndex);
  }
  if (picked && published && farBefore(picked, published.iso)) {
    // `1998 geborene`, `im Jahr 2000`: an old date dates the event only in the event word's own clause
    const clause = narrowClause(text, hitIndex);
    if (picked.index < clause.start || picked.end > clause.end) picked = null;
  }
  if (picked) {
    if (window && outside(stripSpan(picked), window)) return null;
    return { date: stripSpan(picked), end: sentence.end, last: i };
  }
  const next = continuation(paragraph, i, published);
  if (next) {
    if (window && outside(next.date, window)) return null;
    return next;
  }
  return { date: reportedDate(published) ?? UNKNOWN_DATE, end: sentence.end, last: i };
}

/** How many whole years a date's end lies before a publication date (0 when not before, or unknown). */
function yearsBefore(d: DateRef, publishedIso: string): number {
  const to = dateEnd(d);
  const year = Number(publishedIso.slice(0, 4));
  return Number.isFinite(to) && Number.isFinite(year) ? Math.max(0, year - new Date(to).getUTCFullYear()) : 0;
}

/** True when a date lies more than {@link FAR_YEARS} years before a publication date. */
function farBefore(m: DateMention, publishedIso: string): boolean {
  const to = dateEnd(m);
  const year = Number(publishedIso.slice(0, 4));
  return Number.isFinite(to) && Number.isFinite(year) && new Date(to).getUTCFullYear() < year - FAR_YEARS;
}

/** True when a resolved date lies entirely outside an event's window. */
function outside(d: DateRef, window: NonNullable<EventDef['window']>): boolean {
  const i = dateInterval(d);
  if (!i || d.basis === 'reported') return false;
  const from = window.from ? `${window.from}-01-01`.slice(0, 10) : null;
  const to = window.to ? endOfIso(window.to) : null;
  return (from !== null && i.to < from) || (to !== null && i.from > to);
}

function endOfIso(iso: string): string {
  if (iso.length === 10) return iso;
  if (iso.length === 7) {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    return `${iso}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${iso}-12-31`;
}

/**
 * The next sentence's date, when it continues the event without a date of
 * its own sentence: it opens with a back-reference (`Das teilte die
 * Feuerwehr am Freitag mit`, `Er war am Freitag vollständig eingedämmt`)
 * and its dated clause reports or restates it.
 */
function continuation(paragraph: Paragraph, i: number, published: Article['published']): Dated | null {
  const next = paragraph.sentences[i + 1];
  if (!next || !BACK_REFERENCE.test(next.text)) return null;
  const mentions = findDateMentions(next.text, published);
  for (const m of mentions) {
    const reading = readClause(next.text, m.index);
    if (reading.mood !== 'fact') continue;
    const clause = next.text.slice(reading.start, reading.end);
    if (!REPORTING.test(clause) && !/^(?:Er|Sie|Es)(?![\p{L}])/u.test(next.text)) continue;
    const date = stripSpan(m);
    const say: DateSay = { kind: 'nextSentence', date: date.say ?? { kind: 'unresolved', text: date.text } };
    return { date: { ...date, label: englishDate(say), say }, end: next.end, last: i + 1 };
  }
  return null;
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
  /** The summary's English text. */
  summary: string;
  /** The summary as messages (one per line), to word it in the reader's language. */
  say?: WhenMessage[];
  /** The best {@link WHEN_LIMIT} quotes, with claimants. */
  answers: Answer[];
  /** How many sentences of the corpus state the event. */
  total: number;
}

/** Facts before plans; then dated before "reported", narrowest and earliest first. */
function compareFound(a: { planned: boolean; answer: Answer }, b: { planned: boolean; answer: Answer }): number {
  return Number(a.planned) - Number(b.planned) || compareByDate(a.answer, b.answer);
}

/** A sentence stating a catalogued event (plain data, kept between corpus versions): its answer without claimant, and where it stands. */
export interface EventFinding {
  answer: Answer;
  paragraphId: string;
  /** The sentence's index in its paragraph. */
  sentence: number;
  /** The last sentence the quote reaches (a date told in the next sentence). */
  last: number;
  /** The clause states a plan, not a fact. */
  planned: boolean;
}

/** A quote's claimant when already known (an unchanged article's, from an earlier version), else undefined. */
export type KnownClaimant = (finding: { paragraphId: string; sentence: number; answer: Answer }) => string | null | undefined;

/** The words whose paragraphs may state the event (what the index is asked). */
export function eventWords(story: Story, def: EventDef): string[] {
  return compiledEvent(story, def).triggerWords;
}

/**
 * The paragraphs that may state a catalogued event, in corpus order: a word
 * of a trigger in them (any form of its verb), and a word of every `requires`
 * group — index lookups, so that the sentences of a paragraph lacking what
 * the event requires are never read ({@link matchEvent} checks each sentence).
 */
export function eventCandidates(story: Story, def: EventDef): string[] {
  let ids = story.index.matchAny(eventWords(story, def));
  for (const group of def.requires) {
    if (ids.length === 0) break;
    const holding = new Set(story.index.matchAny(group));
    ids = ids.filter((id) => holding.has(id));
  }
  return ids;
}

/** Every sentence of the given paragraphs stating the event, in the order given (corpus order). */
export function eventFindings(story: Story, def: EventDef, paragraphIds: Iterable<string>, memo?: SentenceMemo): EventFinding[] {
  const event = compiledEvent(story, def);
  const found: EventFinding[] = [];
  for (const pid of paragraphIds) {
    const located = locate(story, pid);
    if (!located) continue;
    const { paragraph, article } = located;
    const covered = new Set<number>();
    paragraph.sentences.forEach((sentence, i) => {
      if (covered.has(i)) return;
      const hit = matchEvent(sentence, event, memo);
      if (!hit) return;
      const dated = eventDate(paragraph, i, hit.triggerIndex, hit.role, reportedAt(article, paragraph), def.window);
      if (!dated) return;
      for (let k = i; k <= dated.last; k++) covered.add(k);
      const answer = makeAnswer(article, paragraph, sentence.start, dated.end, { date: dated.date });
      found.push({ answer, paragraphId: paragraph.id, sentence: i, last: dated.last, planned: hit.reading.mood === 'planned' });
    });
  }
  return found;
}

/**
 * The answer from every finding of the story, in corpus order: facts before
 * plans, sorted by date, summarised, the best quotes with their claimants
 * (`known` may give a quote's claimant as worked out for an earlier version
 * of the same article).
 */
export function eventAnswerFrom(story: Story, def: EventDef, findings: readonly EventFinding[], known?: KnownClaimant, knownDe?: KnownClaimant): EventAnswer {
  const found = [...findings].sort(compareFound);
  const facts = found.filter((f) => !f.planned);
  const summaryOf = facts.length ? facts : found;
  const say = summarizeDates(eventSubject(def, facts.length === 0), summaryOf.map((f) => f.answer));
  return {
    summary: spell(say),
    say,
    answers: found.slice(0, WHEN_LIMIT).map((f) => {
      const paragraph = story.paragraphById.get(f.paragraphId);
      const taken = known?.(f);
      const claimant = taken ?? (paragraph ? claimantFor(story, paragraph, f.sentence, f.last) : null);
      // the German form now too, so a request never works it out (`knownDe`: an unchanged article's, from before)
      const takenDe = taken !== undefined && taken !== null ? knownDe?.(f) : undefined;
      const claimantDe = claimant === null || !paragraph ? null : takenDe !== undefined ? takenDe : claimantDeAt(story, paragraph, f.last, claimant);
      return { ...f.answer, claimant, claimantDe };
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
  const result = eventAnswerFrom(story, def, eventFindings(story, def, eventCandidates(story, def)));
  memo.set(def.slug, result);
  return result;
}

/** What a catalogued event's summary is about: its titles (and whether only plans state it). */
function eventSubject(def: EventDef, planned: boolean): WhenSubject {
  return planned ? { kind: 'event', title: { en: def.en, de: def.de }, planned: true } : { kind: 'event', title: { en: def.en, de: def.de } };
}

/** A "nothing found" reply with its notice and suggestions as messages. */
function nothingReply(value: string, notice: WhenMessage[], suggestions: Message[], corpusVersion: string): Reply {
  return noAnswerReply('when', value, spell(notice), { say: { notice, suggestions }, suggestions: suggestions.map((m) => spell([m])), corpusVersion });
}

/** `/when <slug>` lines as messages. */
const slugLines = (events: readonly EventDef[]): Message[] => events.map((e) => ({ id: 'text', text: `/when ${e.slug}` }));

/** The summary messages of an event answer (its text as one line when it was made without them). */
function eventSay(one: EventAnswer): WhenMessage[] | null {
  return one.say ?? null;
}

/** Answers `/when` in the story (or stories) the question is about. */
export function answerWhen(argument: string, ctx: CommandContext): Reply {
  const text = checkArgument(argument, 'an event (a catalogue slug or free words)');
  return answerInStories(ctx, 'when', text, (s) => s.catalogue.events.events, answerWhenIn);
}

/** Answers `/when` within one story (free words: its {@link Share} of the quotes when several stories answer apart). */
export function answerWhenIn(story: Story, question: Question, share: Share = ALONE): Reply {
  const value = question.text;
  const match = matchEntry(story, question, story.catalogue.events.events);
  if (match.entry && match.by === 'words') {
    const cover = entryCover(story, question, match.entry);
    if (cover === 'other-event') return answerFreeWhen(story, question, { share });
    if (cover === 'other-things') {
      // none of the entry's quotes holds what else the question names: a clause stating the event with it, if any
      const free = answerFreeWhen(story, question, { eventOnly: true, needTopic: true, share });
      if (free.status === 'ok') return free;
    }
  }
  if (match.entry) {
    const one = eventAnswer(story, match.entry);
    const { summary, answers, total } = one;
    if (answers.length === 0) {
      // A catalogued event the corpus does not state: a clause of the corpus may still state it in other words.
      const free = match.by === 'words' ? answerFreeWhen(story, question, { eventOnly: true, share }) : null;
      if (free && free.status === 'ok') return free;
      return nothingReply(value, [{ id: 'when.nothingEvent', title: { en: match.entry.en, de: match.entry.de } }], freeSuggestions(story, question), story.version);
    }
    const ranked = match.by === 'words' ? refine(story, question, match.entry, answers) : answers;
    const shown: WhenMessage[] = total > answers.length ? [{ id: 'when.shown', total, shown: answers.length }] : [];
    const said = eventSay(one);
    const text = said ? saying({ summary: [...said, ...shown] }) : { summary: summary + (shown.length ? `\n${spell(shown)}` : '') };
    return { command: 'when', argument: value, status: 'ok', ...text, answers: ranked, corpusVersion: story.version };
  }
  if (match.tied.length >= 2 && match.tied.length <= MAX_TIED) return answerSeveral(story, value, match.tied);
  return answerFreeWhen(story, question, { share });
}

/** Analysed terms of a catalogue entry's words (labels, aliases, triggers, requires), per corpus version. */
const ENTRY_TERMS = new MemoSlot<WeakMap<EventDef, ReadonlySet<string>>>('event entry terms');

function entryTerms(story: Story, def: EventDef): ReadonlySet<string> {
  const all = story.memo.get(ENTRY_TERMS, () => new WeakMap());
  let own = all.get(def);
  if (!own) {
    own = new Set(analyze([def.slug.replace(/-/g, ' '), def.en, def.de, ...def.aliases, ...def.triggers, ...def.requires.flat()].join(' ')));
    all.set(def, own);
  }
  return own;
}

/** Analysed terms of what names the event itself: slug, labels, aliases, single-word triggers (not the words it requires). */
const ENTRY_EVENT_TERMS = new MemoSlot<WeakMap<EventDef, ReadonlySet<string>>>('event entry event terms');

function entryEventTerms(story: Story, def: EventDef): ReadonlySet<string> {
  const all = story.memo.get(ENTRY_EVENT_TERMS, () => new WeakMap());
  let own = all.get(def);
  if (!own) {
    own = new Set(analyze([def.slug.replace(/-/g, ' '), def.en, def.de, ...def.aliases, ...def.triggers].join(' ')));
    all.set(def, own);
  }
  return own;
}

/**
 * Whether a catalogue entry found by the question's words answers it: the
 * question's event word must be the entry's (`announced` in `insolvency
 * announced` is not `insolvency-filed`: `other-event`), and when the question
 * names more (`Transfergesellschaft Start`), some quote of the entry should
 * hold it (else `other-things`).
 */
function entryCover(story: Story, question: Question, def: EventDef): 'yes' | 'other-event' | 'other-things' {
  const own = entryTerms(story, def);
  const named = entryEventTerms(story, def);
  const q = eventQuery(widened(story, question), placeTerms(story));
  const covered = (c: Concept) => c.alternatives.some((a) => analyze(a).some((t) => own.has(t)));
  // the event word itself: one of its single words names the entry (`in Aussicht gestellt` does not make `announced` a filing)
  if (q.eventConcept && !q.eventConcept.alternatives.some((a) => !/\s/.test(a.trim()) && analyze(a).some((t) => named.has(t)))) return 'other-event';
  const extra = q.topics.filter((t) => !covered(t.concept)).map((t) => [...new Set(t.concept.alternatives.flatMap((a) => analyze(a)))]);
  if (extra.length === 0) return 'yes';
  const { answers } = eventAnswer(story, def);
  const held = answers.some((a) => {
    const paragraph = story.paragraphById.get(a.paragraphId);
    const terms = new Set(analyze(paragraph?.text ?? a.quote));
    return extra.some((group) => group.some((t) => terms.has(t)));
  });
  return held ? 'yes' : 'other-things';
}

/**
 * A catalogued answer to a question that names the event with more words
 * (`Albania state of emergency`, `national state of emergency`, `first
 * death`): quotes holding the other words come first, and for `first` the
 * earliest dates; the summary stays the event's.
 */
function refine(story: Story, question: Question, def: EventDef, answers: Answer[]): Answer[] {
  const own = entryTerms(story, def);
  const concepts = widened(story, question);
  const q = eventQuery(concepts, placeTerms(story));
  const extraConcepts = concepts.filter((c) => !c.alternatives.some((a) => analyze(a).some((t) => own.has(t))));
  const extra = extraConcepts.map((c) => [...new Set(c.alternatives.flatMap((a) => analyze(a)))]);
  const folds = extraConcepts.map((c) => c.alternatives.filter((a) => a.trim().length >= 5).map((a) => foldForMatching(a.trim())));
  if (extra.length === 0 && !q.first && !q.wantTime) return answers;
  const scored = answers.map((a, k) => {
    const terms = new Set(analyze(a.quote));
    const paragraph = story.paragraphById.get(a.paragraphId);
    const around = paragraph ? new Set(analyze(paragraph.text)) : terms;
    const article = story.articleById.get(a.articleId);
    const titleText = [article?.title ?? '', article?.kicker ?? ''].join(' ');
    const title = new Set(analyze(titleText));
    const titleFolded = foldForMatching(titleText);
    const whole = article ? foldForMatching(article.raw) : '';
    let score = 0;
    extra.forEach((group, g) => {
      // in the quote; in its paragraph; in the title; anywhere in the article (`Oberösterreich` for `Österreich`)
      score += group.some((t) => terms.has(t)) ? 1 : group.some((t) => around.has(t)) ? 0.4 : group.some((t) => title.has(t)) || folds[g]!.some((f) => titleFolded.includes(f)) ? 0.3 : folds[g]!.some((f) => whole.includes(f)) ? 0.25 : 0;
    });
    if (q.wantTime && a.date?.precision === 'minute' && a.date.basis !== 'reported') score += 1;
    return { a, k, score };
  });
  scored.sort((x, y) => y.score - x.score || (q.first ? firstOrder(x.a, y.a) : 0) || x.k - y.k);
  return scored.map((s) => s.a);
}

/** For `first`: the earliest latest-possible day first (a report of 5 August before "August"). */
function firstOrder(a: Answer, b: Answer): number {
  const ea = a.date ? dateEnd(a.date) : Number.NaN;
  const eb = b.date ? dateEnd(b.date) : Number.NaN;
  if (Number.isNaN(ea) && Number.isNaN(eb)) return 0;
  if (Number.isNaN(ea)) return 1;
  if (Number.isNaN(eb)) return -1;
  return ea - eb;
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
  const lines: WhenMessage[] = [];
  const answers: Answer[] = [];
  for (const def of events) {
    const one = eventAnswer(story, def);
    const first = one.answers.length ? (eventSay(one)?.[0] ?? null) : null;
    lines.push({ id: 'when.event', slug: def.slug, title: { en: def.en, de: def.de }, first });
    answers.push(...one.answers.slice(0, PER_TIED));
  }
  if (answers.length === 0) {
    return nothingReply(value, [{ id: 'when.nothing', query: echo(value) }], slugLines(events), story.version);
  }
  return {
    command: 'when',
    argument: value,
    status: 'ok',
    ...saying({
      summary: [{ id: 'when.several', query: echo(value), count: events.length }, ...lines],
      notice: [{ id: 'when.askOne', slugs: events.map((e) => e.slug) }],
    }),
    answers,
    suggestions: events.map((e) => `/when ${e.slug}`),
    corpusVersion: story.version,
  };
}

/** Search hits offered as suggestions when there is no answer: `/source <id>` lines. */
function freeSuggestions(story: Story, question: Question): Message[] {
  const out: Message[] = catalogueSuggestionMessages(story, question, 'when');
  for (const hit of story.index.searchConcepts(question.concepts, { limit: 3 })) out.push({ id: 'text', text: `/source ${hit.paragraphId}` });
  return out;
}

/** German words -> the other German words of every glossary entry that holds them (at most 12 words), per corpus version. */
const SYNONYMS = new MemoSlot<ReadonlyMap<string, readonly string[]>>('german synonyms from the glossary');
/** English place names and adjectives -> the place's German names, adjectives and demonyms, per corpus version. */
const PLACE_WORDS = new MemoSlot<ReadonlyMap<string, readonly string[]>>('english place names');

function synonyms(story: Story): ReadonlyMap<string, readonly string[]> {
  return story.memo.get(SYNONYMS, () => {
    const out = new Map<string, string[]>();
    for (const words of Object.values(story.catalogue.glossary)) {
      if (words.length > 12) continue;
      for (const w of words) {
        const k = foldForMatching(w);
        const list = out.get(k) ?? [];
        for (const o of words) if (o !== w && !list.includes(o)) list.push(o);
        out.set(k, list);
      }
    }
    return out;
  });
}

function placeWords(story: Story): ReadonlyMap<string, readonly string[]> {
  return story.memo.get(PLACE_WORDS, () => {
    const out = new Map<string, string[]>();
    for (const p of story.catalogue.places.places) {
      const german = [...p.names, ...Object.keys(p.adjectives), ...p.demonyms];
      out.set(foldForMatching(p.en), german);
      for (const [adj, en] of Object.entries(p.adjectives)) out.set(foldForMatching(en), [adj, ...german]);
    }
    return out;
  });
}

/**
 * The question's concepts widened for `/when`: a German word typed as it is
 * also finds the other words of its glossary entries (`Abflug` also
 * `gestartet`, `Notstand` also `Ausnahmezustand`), an English place name its
 * German names (`Albania`: `Albanien`, `albanisch`).
 */
function widened(story: Story, question: Question): Concept[] {
  const syn = synonyms(story);
  const places = placeWords(story);
  // `6.1` (an English decimal) is split into `6` and `1` by the tokenizer: one number, also written `6,1`
  const decimals = [...question.text.matchAll(/(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.,])/g)];
  let concepts = question.concepts;
  for (const d of decimals) {
    const at = concepts.findIndex((c, k) => c.text === d[1] && concepts[k + 1]?.text === d[2]);
    if (at >= 0) concepts = [...concepts.slice(0, at), { text: d[0], alternatives: [`${d[1]},${d[2]}`, d[0]], translated: false }, ...concepts.slice(at + 2)];
  }
  return concepts.map((c) => {
    const more: string[] = [];
    for (const alt of c.alternatives) {
      const k = foldForMatching(alt);
      more.push(...(places.get(k) ?? []));
      if (!c.translated) more.push(...(syn.get(k) ?? []));
    }
    return more.length ? { ...c, alternatives: [...new Set([...c.alternatives, ...more])], extra: more.length } : c;
  });
}

/** Analysed terms of the story's places and sides (never the event of a question), per corpus version. */
const PLACE_TERMS = new MemoSlot<ReadonlySet<string>>('place terms');

function placeTerms(story: Story): ReadonlySet<string> {
  // the terms of every place and side (their ids' words), and the sides' own place words
  return story.memo.get(PLACE_TERMS, () => new Set([...placeIds(story).keys(), ...analyze(story.catalogue.sides.places.join(' '))]));
}

/** Each analysed term of a place or side of the story -> the place's or side's id, per corpus version. */
const PLACE_IDS = new MemoSlot<ReadonlyMap<string, string>>('place ids');

function placeIds(story: Story): ReadonlyMap<string, string> {
  return story.memo.get(PLACE_IDS, () => {
    const ids = new Map<string, string>();
    const add = (id: string, words: readonly string[]) => {
      for (const t of analyze(words.join(' '))) if (!ids.has(t)) ids.set(t, id);
    };
    for (const [id, words] of Object.entries(actorGroups(story.catalogue))) add(id, words);
    for (const p of story.catalogue.places.places) add(p.id, [...p.names, ...Object.keys(p.adjectives), ...p.demonyms, p.en]);
    return ids;
  });
}

/** The query with the places its topics name (`when did <country> confirm`), so a clause about another place is not its answer. */
function withAskedPlaces(story: Story, q: EventQuery): EventQuery {
  const placeOf = placeIds(story);
  const asked = new Set<string>();
  for (const t of q.topics) for (const term of t.words.terms) if (placeOf.has(term)) asked.add(placeOf.get(term)!);
  return asked.size ? { ...q, placeOf, askedPlaces: asked } : q;
}

/** How much the question's other words count against how strongly a clause states the event. */
const TOPIC_WEIGHT = 1.5;
/** Paragraphs searched for a free question's event (best first by the index). */
const FREE_CANDIDATES = 24;
/** Sentences whose dates are read (the best by role and topics, and any within reach of them). */
const DATED_CANDIDATES = 12;
/** Sentences stating the event after which no further paragraph is read. */
const ENOUGH_CANDIDATES = 18;
/** At most this many quotes for free words (each one dated and attributed). */
const FREE_LIMIT = 8;
/** The most a date can add to a sentence's score (own date, a time asked for, `bis`). */
const DATE_BONUS_MAX = 2.6;
/** At most this many best-matching sentences when no clause states the event. */
const OVERLAP_LIMIT = 12;
/** A free answer within this much of the best score counts for the summary. */
const SUMMARY_MARGIN = 1;

/**
 * Free words: the clauses of the story that state the asked event (see the
 * module comment), best first; without an event word in the question, or
 * when no clause states it, the sentences that best match the words.
 */
function answerFreeWhen(story: Story, question: Question, options: { eventOnly?: boolean; needTopic?: boolean; share?: Share } = {}): Reply {
  const value = question.text;
  const share = options.share ?? ALONE;
  const q = withAskedPlaces(story, eventQuery(widened(story, question), placeTerms(story)));
  let found = q.event && q.eventConcept ? eventSentences(story, q, share) : [];
  // a share read too few paragraphs to find the event: read the story's full share before settling for word overlap
  if (found.length === 0 && q.event && q.eventConcept && share.stories > 1) found = eventSentences(story, q, ALONE);
  const none = () => nothingReply(value, [{ id: 'when.nothing', query: echo(value) }], catalogueSuggestionMessages(story, question, 'when'), story.version);
  if (found.length === 0) return options.eventOnly ? none() : wordOverlapWhen(story, question, share);
  if (options.needTopic && !found.some((f) => f.topics.some((level) => level >= 0.7))) return none();
  const top = Math.max(...found.map((f) => f.score));
  // `first death`: of the sentences that state the event well, the earliest report first
  const tier = (f: FreeFound) => (q.first && f.score >= top - SUMMARY_MARGIN ? 0 : 1);
  found.sort((a, b) => tier(a) - tier(b) || (q.first ? firstOrder(a.answer, b.answer) : 0) || b.score - a.score || compareByDate(a.answer, b.answer));
  const best = found.filter((f) => f.score >= top - SUMMARY_MARGIN && !f.planned);
  const shown = found.slice(0, shareOf(FREE_LIMIT, share, 3)).map((f) => ({ ...f.answer, claimant: claimantFor(story, f.paragraph, f.i, f.last) }));
  const summaryOf = (best.length ? best : found.filter((f) => f.score >= top - SUMMARY_MARGIN)).map((f) => f.answer);
  const subject: WhenSubject = { kind: 'free', query: echo(value), by: 'clauses' };
  return {
    command: 'when',
    argument: value,
    status: 'ok',
    ...saying({
      summary: summarizeDates(subject, q.first ? found.slice(0, 1).map((f) => f.answer) : summaryOf, { earlierReports: false }),
      notice: [{ id: 'when.freeClauses', query: echo(value), event: echo(q.eventConcept!.text, 40) }],
      suggestions: catalogueSuggestionMessages(story, question, 'when'),
    }),
    answers: shown,
    corpusVersion: story.version,
  };
}

interface FreeFound {
  answer: Answer;
  paragraph: Paragraph;
  i: number;
  last: number;
  score: number;
  planned: boolean;
  topics: number[];
}

/**
 * What a free question reads of a sentence whatever the question (pure
 * functions of its text): its analysed terms, folded text and words. Kept for
 * the next questions of the same corpus version, since common words lead many
 * questions to the same paragraphs; at most {@link READINGS_LIMIT} (then
 * started afresh), so memory stays bounded.
 */
interface FreeReading {
  readonly terms: ReadonlySet<string>;
  readonly folded: string;
  readonly words: readonly SentenceWord[];
}

/** Sentence readings of free `/when` questions, per corpus version (see {@link FreeReading}). */
const FREE_READINGS = new MemoSlot<{ map: Map<Sentence | Article, FreeReading | readonly SentenceWord[]> }>('free question sentence readings');
/** At most this many sentences' readings are kept per story (about 2 KB each). */
const READINGS_LIMIT = 10_000;

type Readings = Map<Sentence | Article, FreeReading | readonly SentenceWord[]>;

function sentenceReadings(story: Story): Readings {
  const slot = story.memo.get(FREE_READINGS, () => ({ map: new Map() }));
  if (slot.map.size >= READINGS_LIMIT) slot.map = new Map();
  return slot.map;
}

function readingOf(readings: Readings, sentence: Sentence): FreeReading {
  let r = readings.get(sentence) as FreeReading | undefined;
  if (!r) {
    let words: SentenceWord[] | null = null;
    let folded: string | null = null;
    const text = sentence.text;
    // terms always; the folded text and the words only when asked (most sentences fail the first check)
    r = {
      terms: new Set(analyze(text)),
      get folded() {
        return (folded ??= foldForMatching(text));
      },
      get words() {
        return (words ??= sentenceWords(text));
      },
    };
    readings.set(sentence, r);
  }
  return r;
}

function titleWords(readings: Readings, article: Article, title: string): readonly SentenceWord[] {
  let w = readings.get(article) as readonly SentenceWord[] | undefined;
  if (!w) readings.set(article, (w = sentenceWords(title)));
  return w;
}

/** Every sentence of the candidate paragraphs whose clause states the question's event, scored. */
function eventSentences(story: Story, q: EventQuery, share: Share): FreeFound[] {
  const event = q.event!;
  const enough = shareOf(q.first ? ENOUGH_CANDIDATES * 3 : ENOUGH_CANDIDATES, share, 6);
  const datedLimit = shareOf(DATED_CANDIDATES, share, 4);
  const search = new Set(event.searchTerms);
  const heads = event.heads.filter((h) => h.length >= 4);
  // `first`: the earliest report may be anywhere, so more paragraphs are read
  const hits = storyHits(story, [q.eventConcept!, ...q.topics.map((t) => t.concept)], shareOf(q.first ? FREE_CANDIDATES * 2 : FREE_CANDIDATES, share, 8));
  // Phase 1: every sentence whose clause states the event, scored by role, mood and topics (no dates yet).
  interface Candidate {
    article: Article;
    paragraph: Paragraph;
    i: number;
    index: number;
    role: EventRole;
    base: number;
    planned: boolean;
    topics: number[];
  }
  const candidates: Candidate[] = [];
  const readings = sentenceReadings(story);
  for (const hit of hits) {
    // enough sentences state the event: the index ranked the rest lower (common words end early)
    if (candidates.length >= enough) break;
    // a paragraph found by the question's other words only cannot state the event (compounds aside)
    if (heads.length === 0 && !hit.terms.some((t) => search.has(t) || event.terms.has(t))) continue;
    const located = locate(story, hit.paragraphId);
    if (!located) continue;
    const { paragraph, article } = located;
    const wordsAt = (k: number): readonly SentenceWord[] => readingOf(readings, paragraph.sentences[k]!).words;
    let title: readonly SentenceWord[] | null = null;
    paragraph.sentences.forEach((sentence: Sentence, i) => {
      const read = readingOf(readings, sentence);
      if (!mayHoldEvent(read.terms, event, search) && !(heads.length > 0 && heads.some((h) => read.folded.includes(h)))) return;
      const ws = read.words;
      // [title, the sentence before, the sentence after] (the sentence before is where a pronoun points); only topics need them
      let around: (readonly SentenceWord[])[] = [];
      if (q.topics.length > 0) {
        title ??= article.title ? titleWords(readings, article, article.title) : [];
        around = [title, i > 0 ? wordsAt(i - 1) : [], i + 1 < paragraph.sentences.length ? wordsAt(i + 1) : []];
      }
      const m = scoreSentence(sentence.text, ws, q, around);
      if (!m) return;
      candidates.push({ article, paragraph, i, index: m.index, role: m.role, base: m.base, planned: m.reading.mood === 'planned', topics: m.topics });
    });
  }
  // A topic few of the sentences hold says more about which one is meant (`previous`, `Albania`) than one most hold.
  const weights = q.topics.map((_, k) => 2 - candidates.filter((c) => c.topics[k]! > 0).length / Math.max(1, candidates.length));
  const phase1 = (c: Candidate) => c.base + TOPIC_WEIGHT * c.topics.reduce((sum, level, k) => sum + level * weights[k]!, 0);
  // Phase 2: dates only for the sentences that can still rank among the answers shown (a date adds at most ~2).
  const ranked = candidates.map((c) => ({ c, score: phase1(c) })).sort((a, b) => b.score - a.score);
  const floor = ranked.length > datedLimit ? ranked[datedLimit - 1]!.score - DATE_BONUS_MAX : -Infinity;
  const out: FreeFound[] = [];
  for (const { c, score: base } of ranked) {
    if ((base < floor && !q.first) || out.length >= datedLimit + 4) break;
    const published = reportedAt(c.article, c.paragraph);
    const dated = eventDate(c.paragraph, c.i, c.index, c.role, published);
    if (!dated) continue;
    let score = base;
    const own = dated.date.basis === 'explicit' || dated.date.basis === 'relative';
    // an event years before the report (`Zuletzt hatte 1990 ein Beben …`) is another one of the same kind, unless asked for
    if (own && published && yearsBefore(dated.date, published.iso) > FAR_YEARS) score += q.previous ? 0.5 : -1.5;
    if (own) score += dated.last > c.i ? 0.4 : 0.6;
    if (q.wantTime && dated.date.precision === 'minute' && own) score += 1;
    if (q.until && /^bis\s/i.test(dated.date.text)) score += 1;
    const sentence = c.paragraph.sentences[c.i]!;
    const answer = makeAnswer(c.article, c.paragraph, sentence.start, dated.end, { date: dated.date });
    out.push({ answer, paragraph: c.paragraph, i: c.i, last: dated.last, score, planned: c.planned, topics: c.topics });
  }
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
 * The last resort for free words: the best-matching sentences of the index,
 * each with the date expression nearest to the matched words (or "reported
 * by"). Only sentences that match at least half of the question's words
 * count.
 */
function wordOverlapWhen(story: Story, question: Question, share: Share): Reply {
  const value = question.text;
  const hits = storyHits(story, question.concepts, shareOf(OVERLAP_LIMIT, share, 4));
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
    const positions = sentenceWords(sentence.text)
      .filter((t) => t.term !== null && wanted.has(t.term))
      .map((t) => t.index);
    // The date of the clause the words are in (never one across "dass" or a quotation boundary).
    const m = positions.length ? pickEventDate(sentence.text, mentions, Math.min(...positions)) : nearest(mentions, [0]);
    const date: DateRef | null = m ? stripSpan(m) : reportedDate(published);
    answers.push(
      makeAnswer(article, paragraph, sentence.start, sentence.end, {
        claimant: claimantFor(story, paragraph, snip.first, snip.first),
        date,
      }),
    );
  }
  if (answers.length === 0) {
    return nothingReply(value, [{ id: 'when.nothing', query: echo(value) }], catalogueSuggestionMessages(story, question, 'when'), story.version);
  }
  answers.sort(compareByDate);
  return {
    command: 'when',
    argument: value,
    status: 'ok',
    ...saying({
      summary: summarizeDates({ kind: 'free', query: echo(value), by: 'words' }, answers, { earlierReports: false }),
      notice: [{ id: 'when.freeWords', query: echo(value) }],
      suggestions: catalogueSuggestionMessages(story, question, 'when'),
    }),
    answers,
    corpusVersion: story.version,
  };
}
