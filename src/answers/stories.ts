/**
 * Every question is answered within one story. A corpus holds every story a
 * newsroom follows; this module decides which story (or stories) a question
 * is about and puts their answers together without ever mixing them:
 *
 * 1. a story the user named (`story:` option) — by id or title;
 * 2. the only story of the corpus;
 * 3. the story whose own catalogue entry (event or measure of its
 *    `story.json`) the question names: a catalogued event belongs to its story;
 * 4. otherwise the story whose paragraphs fit the question's words best;
 *    when two or three fit about equally, each is answered apart, under its
 *    own title, its answers together (never interleaved).
 *
 * @module
 */
import { UserError } from '../reply/errors.ts';
import type { Answer, Reply, StoryRef } from '../reply/model.ts';
import type { Snapshot, Story } from '../snapshot/snapshot.ts';
import { matchEntry, type CatalogueEntry } from './catalogue-match.ts';
import type { CommandContext } from './context.ts';
import { analyseQuestion, catalogueKey, type Question } from './question.ts';

/** At most this many stories are answered apart for one question. */
export const MAX_STORIES = 3;
/** Paragraphs looked at per story to tell how well it fits a question. */
const FIT_HITS = 20;

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

/** True for an entry of the story's own `story.json` (not a generic one). */
function isOwn(snapshot: Snapshot, entry: CatalogueEntry): boolean {
  return !(snapshot.generic.events.events as readonly CatalogueEntry[]).includes(entry) && !(snapshot.generic.measures.measures as readonly CatalogueEntry[]).includes(entry);
}

/** How well a story fits a question: the share of its concepts the best paragraph holds, and how many paragraphs hold them all. */
function fitOf(story: Story, q: Question): { coverage: number; full: number } {
  if (q.concepts.length === 0) return { coverage: 0, full: 0 };
  let best = 0;
  let full = 0;
  for (const hit of story.index.searchConcepts(q.concepts, { limit: FIT_HITS })) {
    const matched = new Set(hit.terms);
    const covered = q.conceptTerms.filter((terms) => terms.some((t) => matched.has(t))).length;
    best = Math.max(best, covered);
    if (covered === q.concepts.length) full++;
  }
  return { coverage: best / q.concepts.length, full };
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
    const own = all.map((c) => ({ c, match: matchEntry(c.story, c.question, entries(c.story)) })).filter((x) => x.match.entry && isOwn(snapshot, x.match.entry));
    const named = own.filter((x) => x.match.by !== 'words');
    if (named.length) return named.slice(0, MAX_STORIES).map((x) => x.c);
    if (own.length === 1) return [own[0]!.c];
  }
  const fits = all.map((c) => ({ c, ...fitOf(c.story, c.question) })).filter((f) => f.coverage > 0);
  if (fits.length === 0) return all.slice(0, MAX_STORIES);
  fits.sort((a, b) => b.coverage - a.coverage || b.full - a.full);
  const best = fits[0]!;
  const close = fits.filter((f) => f === best || (f.coverage === best.coverage && f.full > 0 && f.full * 2 >= best.full));
  return close.slice(0, MAX_STORIES).map((f) => f.c);
}

/** A reply made in one story, its answers marked with the story. */
function marked(story: Story, reply: Reply): Reply {
  return { ...reply, answers: reply.answers.map((a): Answer => ({ ...a, story: story.id })), stories: [storyRef(story)] };
}

/**
 * One reply from the replies of several stories: one story's reply as it is;
 * several that answered side by side — each story's summary under its title,
 * its answers after the previous story's (never interleaved). When none
 * answered, the first honest "nothing found" with every story's suggestions.
 */
export function combineStoryReplies(command: string, text: string, parts: readonly { story: Story; reply: Reply }[]): Reply {
  const replies = parts.map((p) => marked(p.story, p.reply));
  const answered = replies.filter((r) => r.status === 'ok' && r.answers.length > 0);
  if (answered.length === 1) return answered[0]!;
  if (answered.length === 0) {
    const first = replies[0]!;
    const suggestions = [...new Set(replies.flatMap((r) => r.suggestions ?? []))];
    return { ...first, suggestions, stories: replies.flatMap((r) => r.stories ?? []) };
  }
  const notices = [...new Set(answered.map((r) => r.notice).filter((n): n is string => Boolean(n)))];
  const suggestions = [...new Set(answered.flatMap((r) => r.suggestions ?? []))];
  const reply: Reply = {
    command,
    argument: text,
    status: 'ok',
    summary:
      `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}" fits ${answered.length} stories; each is answered apart:\n\n` +
      answered.map((r) => `${r.stories![0]!.title.en}:\n${r.summary ?? ''}`).join('\n\n'),
    answers: answered.flatMap((r) => r.answers),
    stories: answered.flatMap((r) => r.stories ?? []),
    corpusVersion: answered[0]!.corpusVersion,
  };
  if (notices.length) reply.notice = notices.join('\n');
  if (suggestions.length) reply.suggestions = suggestions;
  return reply;
}

/**
 * Answers a question in the stories it is about (see {@link chooseStories})
 * with `answerIn`, and puts the replies together (see {@link combineStoryReplies}).
 */
export function answerInStories(
  ctx: CommandContext,
  command: string,
  text: string,
  entries: ((story: Story) => readonly CatalogueEntry[]) | null,
  answerIn: (story: Story, question: Question) => Reply,
): Reply {
  const chosen = chooseStories(ctx.snapshot, text, ctx.story, entries);
  return combineStoryReplies(command, text, chosen.map((c) => ({ story: c.story, reply: answerIn(c.story, c.question) })));
}
