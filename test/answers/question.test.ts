import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalEngine } from '../../src/engine/local.ts';
import { seedSnapshot } from '../helpers/seed.ts';

const snapshot = await seedSnapshot();
const engine = new LocalEngine(snapshot);

afterEach(() => vi.restoreAllMocks());

describe('a question is analysed once per request (in a corpus of one story)', () => {
  it.each([
    ['when', 'Luftlandebrigade'], // free words: catalogue match, free search and suggestions
    ['when', 'Gefangene Zahl Raketen'], // nothing found: suggestions too
    ['when', 'treaty'], // several catalogued events
    ['estimate', 'Raketen'],
    ['estimate', 'Schneefall'], // nothing found
    ['search', 'north korean troops'],
  ])('/%s %s reads the glossary and analyser once', async (command, argument) => {
    const concepts = vi.spyOn(snapshot.stories[0]!.index, 'concepts');
    const reply = await engine.run(command, argument);
    expect(reply.status === 'ok' || reply.status === 'no-answer').toBe(true);
    expect(concepts).toHaveBeenCalledTimes(1);
  });
});
