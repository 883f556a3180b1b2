/**
 * Live-blog entries are dated by their own time stamp when their day is known
 * (a day separator above them, or the page's own date): answers show that
 * time, and relative dates in an entry (`am Mittwoch`) are read against it,
 * not against the blog's first publication.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { answerSearch } from '../../src/answers/search.ts';
import { loadSnapshot } from '../../src/snapshot/snapshot.ts';
import { corpusOf } from '../helpers/newsroom.ts';

const corpus = corpusOf(['waldbrand']);
afterAll(corpus.cleanup);
const snapshot = await loadSnapshot(corpus.dir);
const BLOG = 'blick-liveticker-waldbrand-sardinien';

describe('live-blog entry times', () => {
  it('an entry under "Mittwoch, 6. August" is published at its own time, not at the blog start', () => {
    const article = snapshot.articleById.get(BLOG)!;
    expect(article.published?.iso).toBe('2025-08-05T07:12');
    const reply = answerSearch('Notstand Oristano', { snapshot });
    const answer = reply.answers.find((a) => a.paragraphId === `${BLOG}#p5`);
    expect(answer?.published).toBe('2025-08-06T19:40');
  });

  it('an entry of the first day keeps that day', () => {
    const reply = answerSearch('Gehöft Baddelonga', { snapshot });
    const answer = reply.answers.find((a) => a.paragraphId === `${BLOG}#p9`);
    expect(answer?.published).toBe('2025-08-05T21:15');
  });

  it('"am Mittwoch" in a Wednesday entry is that Wednesday', async () => {
    const { LocalEngine } = await import('../../src/engine/local.ts');
    const reply = await new LocalEngine(snapshot).run('when', 'rescEU Löschflugzeuge eingetroffen');
    const answer = reply.answers.find((a) => a.paragraphId === `${BLOG}#p7`);
    expect(answer?.date?.iso).toBe('2025-08-06');
    expect(answer?.published).toBe('2025-08-06T14:30');
  });
});
