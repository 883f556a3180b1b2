/**
 * Every question is answered within one story. A corpus holds every story a
 * newsroom follows; this module decides which story (or stories) a question
 * is about and puts their answers together without ever mixing them:
 *
 * 1. a story the user named (`story:` option) — by id or title;
 * 2. the only story of the corpus;
 * 3. the story whose own catalogue entry (event or measure of its
 *    `story.json`) the question names: a catalogued event belongs to its story;
 * 4. otherwise the story whose paragraphs fit the question's words best
 *    (the words' share of its paragraphs); when two or three fit about
 *    equally, each is answered apart, under its own title, its answers
 *    together (never interleaved).
 *
 * @module
 */
import { UserError } from '../reply/errors.ts';
import type { Answer, Reply, StoryRef } from '../reply/model.ts';
import type { Snapshot, Story } from '../snapshot/snapshot.ts';
import { entryKeys, matchEntry, type CatalogueEntry } from './catalogue-match.ts';
import type { CommandContext } from './context.ts';
import { analyseQuestion, catalogueKey, type Question } from './question.ts';
import type { Message } from '../reply/messages.ts';
import { saying } from '../reply/say.ts';
import { withGermanClaimants } from './claimants.ts';

/** At most this many stories are answered apart for one question. */
export const MAX_STORIES = 3;
/** Stories whose fit is within this log-likelihood of the best (a factor of two) are answered too, apart. */
const CLOSE_FIT = Math.log(2);
/** Added to each concept's paragraph count so a word a story never uses costs much, not everything. */
const SMOOTHING = 0.5;

/**
 * How many stories answer one question apart. Each story's reply takes its
 * share of the quotes and of the work (paragraphs read, sentences dated):
 * a question answered in three stories shows each story's best few quotes,
 * about one page each, and costs about what one story's answer costs. The
 * `story:` option gives one story's full list.
 */
export interface Share {
  readonly stories: number;
}

/** The share of a question answered in one story only. */
export const ALONE: Share = { stories: 1 };

/**
 * A story's share of `limit` when `share.stories` stories answer apart: a
 * k-th of it, rounded down (the stories together never take more than one
 * story's answer), but never below `floor`.
 */
export function shareOf(limit: number, share: Share, floor = 1): number {
  return Math.max(Math.min(floor, limit), Math.floor(limit / Math.max(1, share.stories)));
}

/** A story chosen for a question, with the question analysed against the story's glossary. */
export interface Chosen {
  story: Story;
  question: Question;
}

/** The story a user named: by id, or by its German or English title (case and umlauts ignored; a unique prefix is enough). */
export function findStory(snapshot: Snapshot, name: string): Story | null {
  const key = catalogueKey(name);
  if (!key) return null;
  const exact = snapshot.stories.find((s) => catalogueKey(s.id) === key || catalogueKey(s.title.de) === key || catalogueKey(s.title.en) === key);
  if (exact) return exact;
  const prefixed = snapshot.stories.filter((s) => [s.id, s.title.de, s.title.en].some((t) => catalogueKey(t).startsWith(key)));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/** The reference to a story a reply carries. */
export function storyRef(story: Story): StoryRef {
  return { id: story.id, title: { de: story.title.de, en: story.title.en } };
}

/** The generic catalogue's entries by slug, and all their names as {@link catalogueKey}s, once per generic catalogue (it never changes). */
const GENERIC = new WeakMap<object, { bySlug: ReadonlyMap<string, CatalogueEntry>; names: ReadonlySet<string> }>();

function genericOf(snapshot: Snapshot): { bySlug: ReadonlyMap<string, CatalogueEntry>; names: ReadonlySet<string> } {
  let g = GENERIC.get(snapshot.generic);
  if (!g) {
    const entries = [...snapshot.generic.events.events, ...snapshot.generic.measures.measures] as readonly CatalogueEntry[];
    const names = new Set<string>();
    for (const e of entries) for (const n of [entryKeys(e).slug, ...entryKeys(e).labels]) names.add(n);
    const bySlug = new Map<string, CatalogueEntry>();
    for (const e of entries) if (!bySlug.has(e.slug)) bySlug.set(e.slug, e);
    GENERIC.set(snapshot.generic, (g = { bySlug, names }));
  }
  return g;
}

/**
 * True for an entry only this story's `story.json` has: not a generic entry,
 * and not a refinement of one (a story's `killed` refining the generic
 * `killed` says what deaths count there; it does not make every death question
 * this story's).
 */
function isOwn(snapshot: Snapshot, entry: CatalogueEntry): boolean {
  return !genericOf(snapshot).bySlug.has(entry.slug);
}

/**
 * True when the question is a name (slug, label or alias) of a generic entry:
 * `Verletzte` names the generic `injured` even where a story's own entry
 * (a conflict story's `wounded`: its soldiers wounded) takes it as an alias too — a
 * story's alias of a generic word does not make every such question that
 * story's. (A slug stays its entry's: it is what autocomplete offers.)
 */
function namesGeneric(snapshot: Snapshot, question: Question): boolean {
  return genericOf(snapshot).names.has(question.key);
}

/**
 * True when the question names a story's refinement of a generic entry by a
 * slug, label or alias the generic entry does not have (`Tote der Flut`
 * names a flood story's refinement of `killed`; `Tote` names the generic).
 */
function namesOnlyTheRefinement(snapshot: Snapshot, question: Question, entry: CatalogueEntry): boolean {
  const generic = genericOf(snapshot).bySlug.get(entry.slug);
  if (!generic || generic === entry) return false;
  const names = (e: CatalogueEntry) => entryKeys(e).slug === question.key || entryKeys(e).labels.has(question.key);
  return names(entry) && !names(generic);
}

/** Paragraphs of the story holding any term of a concept exactly (the largest count over its terms). */
function conceptDf(story: Story, terms: readonly string[]): number {
  let n = 0;
  for (const t of terms) n = Math.max(n, story.index.df(t));
  return n;
}

/**
 * How well each story fits a question: the log-likelihood of the question's
 * concepts under each story's paragraphs (the share of its paragraphs that
 * hold each concept, smoothed), as a naive Bayes classifier would score it.
 * A concept no story holds exactly carries no information and is skipped;
 * when none is held anywhere (typos, words of no language the glossary
 * knows), a story counts by whether its fuzzy search finds anything.
 */
function fitScores(chosen: readonly Chosen[]): number[] {
  const concepts = chosen[0]?.question.concepts.length ?? 0;
  const scores = chosen.map(() => 0);
  let informative = 0;
  for (let k = 0; k < concepts; k++) {
    const dfs = chosen.map((c) => conceptDf(c.story, c.question.conceptTerms[k] ?? []));
    if (dfs.every((df) => df === 0)) continue;
    informative++;
    dfs.forEach((df, i) => {
      scores[i]! += Math.log((df + SMOOTHING) / (chosen[i]!.story.paragraphById.size + 1));
    });
  }
  if (informative > 0) return scores;
  return chosen.map((c) => (c.question.concepts.length && c.story.index.searchConcepts(c.question.concepts, { limit: 1 }).length ? 0 : -Infinity));
}

/**
 * The stories that answer a question, each with the question analysed against
 * its glossary (see the module comment for the order of the rules).
 *
 * @param entries the catalogue entries the command matches (`events` for /when, `measures` for /estimate, none for /search)
 * @throws UserError `UnknownStory` when the named story does not exist.
 */
export function chooseStories(
  snapshot: Snapshot,
  text: string,
  requested: string | undefined,
  entries: ((story: Story) => readonly CatalogueEntry[]) | null,
): Chosen[] {
  const chosen = (story: Story): Chosen => ({ story, question: analyseQuestion(text, story) });
  if (requested !== undefined && requested.trim() !== '') {
    const story = findStory(snapshot, requested);
    if (!story) {
      throw new UserError('UnknownStory', { story: requested.slice(0, 60), known: snapshot.stories.map((s) => s.id).join(', ') });
    }
    return [chosen(story)];
  }
  if (snapshot.stories.length === 1) return [chosen(snapshot.stories[0]!)];
  const all = snapshot.stories.map(chosen);
  if (entries) {
    const own = all
      .map((c) => ({ c, match: matchEntry(c.story, c.question, entries(c.story)) }))
      .filter((x) => x.match.entry && ((isOwn(snapshot, x.match.entry) && !(x.match.by === 'label' && namesGeneric(snapshot, x.c.question))) || namesOnlyTheRefinement(snapshot, x.c.question, x.match.entry)));
    const named = own.filter((x) => x.match.by !== 'words');
    if (named.length) return named.slice(0, MAX_STORIES).map((x) => x.c);
    if (own.length === 1) return [own[0]!.c];
  }
  const scores = fitScores(all);
  const best = Math.max(...scores);
  if (best === -Infinity) return all.slice(0, MAX_STORIES);
  return all
    .map((c, i) => ({ c, score: scores[i]! }))
    .filter((f) => f.score >= best - CLOSE_FIT)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_STORIES)
    .map((f) => f.c);
}

/** The suggestions of several replies, each once (by its English text), with their structure (a plain line when a reply has none). */
function mergedSuggestions(replies: readonly Reply[]): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const r of replies) {
    (r.suggestions ?? []).forEach((text, i) => {
      if (!out.has(text)) out.set(text, r.say?.suggestions?.[i] ?? { id: 'text', text });
    });
  }
  return out;
}

/** A reply made in one story, its answers marked with the story. */
function marked(story: Story, reply: Reply): Reply {
  // every claimant in German too (the answers of /when and /search get theirs here)
  return { ...reply, answers: withGermanClaimants(story, reply.answers).map((a): Answer => ({ ...a, story: story.id })), stories: [storyRef(story)] };
}

/**
 * One reply from the replies of the stories chosen for a question (best fit
 * first): one story's reply as it is; when several were chosen, each story's
 * summary under its title — a story with nothing to say says so — and the
 * answers of each story after the previous story's (never interleaved). When
 * none answered, the first honest "nothing found" with every story's suggestions.
 */
export function combineStoryReplies(command: string, text: string, parts: readonly { story: Story; reply: Reply }[]): Reply {
  const replies = parts.map((p) => marked(p.story, p.reply));
  const answers = (r: Reply) => r.status === 'ok' && r.answers.length > 0;
  const answered = replies.filter(answers);
  if (replies.length === 1 || answered.length === 0) {
    const first = replies[0]!;
    if (replies.length === 1) return first;
    const merged = mergedSuggestions(replies);
    return { ...first, suggestions: [...merged.keys()], say: { ...first.say, suggestions: [...merged.values()] }, stories: replies.flatMap((r) => r.stories ?? []) };
  }
  const merged = mergedSuggestions(answered);
  const suggestions = [...merged.keys()];
  // What a story's reply says, as messages (a reply made before messages existed says its text).
  const said = (r: Reply, part: 'summary' | 'notice'): Message[] | null => {
    const structured = r.say?.[part];
    if (structured) return structured;
    const text = part === 'summary' ? r.summary : r.notice;
    return text ? [{ id: 'text', text }] : null;
  };
  const summary: Message[] = [{ id: 'stories.apart', query: text.length > 60 ? `${text.slice(0, 59)}…` : text, count: replies.length }];
  for (const r of replies) {
    summary.push({ id: 'blank' }, { id: 'stories.story', title: r.stories![0]!.title });
    summary.push(...((answers(r) ? said(r, 'summary') : said(r, 'notice')) ?? [{ id: 'stories.nothing' }]));
  }
  const notices = new Map<string, Message[]>();
  for (const r of answered) {
    const n = said(r, 'notice');
    if (n) notices.set(JSON.stringify(n), n);
  }
  const reply: Reply = {
    command,
    argument: text,
    status: 'ok',
    ...saying({ summary, ...(notices.size ? { notice: [...notices.values()].flat() } : {}) }),
    answers: answered.flatMap((r) => r.answers),
    stories: replies.flatMap((r) => r.stories ?? []),
    corpusVersion: answered[0]!.corpusVersion,
  };
  if (suggestions.length) {
    reply.suggestions = suggestions;
    reply.say = { ...reply.say, suggestions: [...merged.values()] };
  }
  return reply;
}

/**
 * Answers a question in the stories it is about (see {@link chooseStories})
 * with `answerIn` (each story with its {@link Share}), and puts the replies together (see {@link combineStoryReplies}).
 */
export function answerInStories(
  ctx: CommandContext,
  command: string,
  text: string,
  entries: ((story: Story) => readonly CatalogueEntry[]) | null,
  answerIn: (story: Story, question: Question, share: Share) => Reply,
): Reply {
  const chosen = chooseStories(ctx.snapshot, text, ctx.story, entries);
  const share: Share = { stories: chosen.length };
  return combineStoryReplies(command, text, chosen.map((c) => ({ story: c.story, reply: answerIn(c.story, c.question, share) })));
}
