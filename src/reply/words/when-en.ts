/**
 * English wording of `/when` dates, summaries and notices: exactly the
 * English text of the JSON contract (`label`, `summary`, `notice`).
 *
 * @module
 */
import { englishDate } from '../../language/de/dates/index.ts';
import type { WhenEarlier, WhenMessage, WhenSubject } from '../messages.ts';
import type { DateRef } from '../model.ts';

/** A date in English: the wording of its structure (its label). */
export function dateEn(d: DateRef): string {
  return d.say ? englishDate(d.say) : d.label;
}

/** `1 quote`, `2 quotes`. */
const quotes = (n: number): string => `${n} quote${n === 1 ? '' : 's'}`;

function subject(s: WhenSubject): string {
  if (s.kind === 'event') return s.planned ? `${s.title.en} (planned)` : s.title.en;
  return `"${s.query}" (no catalogue event; ${s.by === 'clauses' ? 'dates of the sentences that state it' : 'dates of the best-matching sentences'})`;
}

const earlier = (e: WhenEarlier): string => `But ${e.source} reported it earlier: ${dateEn(e.date).replace(/^reported /, '')}.`;
const more = (n: number): string => `${n} more ${quotes(n).replace(/^\d+ /, '')} without a resolvable date.`;

/** One line of a `/when` summary or notice in English. */
export function whenMessageEn(m: WhenMessage): string {
  switch (m.id) {
    case 'when.undated':
      return `${subject(m.subject)}: no date can be resolved; ${quotes(m.quotes)} shown with the phrase as written (undated articles).`;
    case 'when.reported':
      return `${subject(m.subject)}: no source dates the event itself; earliest report: ${dateEn(m.earliest.date).replace(/^reported /, '')} (${m.earliest.source}).${m.more ? ` ${more(m.more)}` : ''}`;
    case 'when.agree':
      return (
        `${subject(m.subject)}: ${dateEn(m.date)} (${m.agree} of ${m.dated} dated quote${m.dated === 1 ? '' : 's'} agree${m.agree === 1 ? 's' : ''}).` +
        `${m.earlier ? ` ${earlier(m.earlier)}` : ''}${m.more ? ` ${more(m.more)}` : ''}`
      );
    case 'when.differ':
      return `${subject(m.subject)}: sources differ:`;
    case 'when.group':
      return `• ${dateEn(m.date)} — ${m.sources.join(', ')}`;
    case 'when.earlier':
      return earlier(m.earlier);
    case 'when.more':
      return more(m.quotes);
    case 'when.shown':
      return `(${m.total} quotes support it; the ${m.shown} best are shown.)`;
    case 'when.several':
      return `"${m.query}" fits ${m.count} catalogued events; each is answered apart:`;
    case 'when.event':
      return `• ${m.first ? whenMessageEn(m.first) : `${m.title.en}: nothing in the corpus.`} (/when ${m.slug})`;
    case 'when.askOne':
      return `Ask for one event for all its quotes: ${m.slugs.map((s) => `/when ${s}`).join(', ')}.`;
    case 'when.freeClauses':
      return `"${m.query}" is not a catalogued event: these are the sentences whose clause states "${m.event}", best first, with the dates that belong to it.`;
    case 'when.freeWords':
      return `"${m.query}" is not a catalogued event, and no clause of the corpus states it as an event, so these are the sentences that best match the words, with the dates they give.`;
    case 'when.nothing':
      return `Nothing in the corpus answers when "${m.query}" happened.`;
    case 'when.nothingEvent':
      return `Nothing in the corpus answers when: ${m.title.en}.`;
    case 'when.try':
      return `/${m.command} ${m.slug} (${m.title.en})`;
  }
}
