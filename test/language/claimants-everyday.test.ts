/**
 * Claimants of everyday attributions (issue 12): `wie die Behörden
 * mitteilten`, `nach offiziellen Angaben`, `Staatsmedien berichteten`,
 * `beziffert die Zahl der Toten mit`, `ein AFP-Bericht`, subjects of verbs of
 * saying and confirming (`Die USA haben … bestätigt`), back-references to the
 * last named organisation of the matching kind (`Die Agentur erklärte` after
 * the intelligence service NIS), reported speech that stops at a new
 * attribution, and sentences glued without a space. The cases are my own
 * sentences (test/language/claimants-everyday.cases.ts), run as production
 * runs them: the bundled claimants directory, the production sentence
 * splitter, whole paragraphs with the paragraphs before them.
 */
import { describe, expect, it } from 'vitest';
import { findParagraphClaimants } from '../../src/language/de/claimants/index.ts';
import { splitSentences } from '../../src/language/de/index.ts';
import { seedStory } from '../helpers/seed.ts';
import { CASES } from './claimants-everyday.cases.ts';

const story = await seedStory();

function claimantOf(text: string, at?: number): string | null {
  const paragraphs = text.split('\n\n').map((p) => splitSentences(p).map((s) => s.text));
  const last = paragraphs.at(-1)!;
  const i = at ?? last.length - 1;
  return findParagraphClaimants(last, paragraphs.slice(0, -1), story.claimants)[i]?.display ?? null;
}

describe('everyday attributions', () => {
  it('has at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES.map((c) => [c.text.replace(/\n\n/g, ' ¶ '), c.want, c.at] as const))('"%s" -> %s', (text, want, at) => {
    expect(claimantOf(text.replace(/ ¶ /g, '\n\n'), at)).toBe(want);
  });

  it('splits glued sentences so that a claimant never leaks into the sentence before', () => {
    const sentences = splitSentences('Die Regierung hat den Notstand bestätigt.Der Sprecher der Feuerwehr sagte, die Lage sei ernst.').map((s) => s.text);
    expect(sentences).toEqual(['Die Regierung hat den Notstand bestätigt.', 'Der Sprecher der Feuerwehr sagte, die Lage sei ernst.']);
    const claimants = findParagraphClaimants(sentences, [], story.claimants).map((c) => c?.display ?? null);
    expect(claimants).toEqual([null, 'fire brigade spokesperson']);
  });
});
