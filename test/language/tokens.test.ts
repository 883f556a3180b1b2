import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize, tokenizeWithOffsets, tokensWithin, tokenTexts } from '../../src/language/de/index.ts';
import type { Article } from '../../src/corpus/types.ts';
import { FIXTURE_DIR, allSeeds, readArticle } from '../corpus/helpers.ts';
import { FIXTURE_STORIES, FIXTURE_STORIES_DIR } from '../helpers/newsroom.ts';

/** Every seed article, every fixture article and every invented newsroom article. */
function articles(): Article[] {
  const out = [...allSeeds(), ...readdirSync(FIXTURE_DIR).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readArticle(FIXTURE_DIR, f))];
  for (const id of FIXTURE_STORIES) {
    const dir = join(FIXTURE_STORIES_DIR, id, 'articles');
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x))) out.push(readArticle(dir, f));
  }
  return out;
}

describe('tokens of a stretch cut from the tokens of its text (one tokenisation shared by the index and event matching)', () => {
  it("gives every sentence of the seeds and fixtures exactly the sentence's own tokens, and the index the text's", () => {
    let sentences = 0;
    for (const a of articles()) {
      for (const p of a.paragraphs) {
        const tokens = tokenizeWithOffsets(p.text);
        expect(tokenTexts(tokens)).toEqual(tokenize(p.text));
        for (const s of p.sentences) {
          const from = s.start - p.start;
          expect(p.text.slice(from, s.end - p.start)).toBe(s.text);
          expect(tokensWithin(tokens, from, s.end - p.start)).toEqual(tokenizeWithOffsets(s.text));
          sentences++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });

  it('refuses a stretch whose bounds cut a token (alone it would be tokenised differently)', () => {
    const text = 'Es kamen 12.000 Soldaten. Der Kreml-Chef schwieg.';
    const tokens = tokenizeWithOffsets(text);
    const at = text.indexOf('.000');
    expect(tokensWithin(tokens, 0, at + 1)).toBeNull(); // inside `12.000`
    expect(tokenizeWithOffsets(text.slice(0, at + 1)).at(-1)!.text).toBe('12');
    const dash = text.indexOf('-Chef');
    expect(tokensWithin(tokens, dash + 1, text.length)).toBeNull(); // inside `Kreml-Chef`
    const [first, second] = splitSentences(text);
    expect(tokensWithin(tokens, first!.start, first!.end)).toEqual(tokenizeWithOffsets(first!.text));
    expect(tokensWithin(tokens, second!.start, second!.end)).toEqual(tokenizeWithOffsets(second!.text));
  });
});
