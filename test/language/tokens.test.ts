import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatching, sentenceWords, splitSentences, tokenize, tokenizeWithOffsets, tokensWithin, tokenTexts } from '../../src/language/de/index.ts';
import { isSeparableParticle } from '../../src/language/de/morphology.ts';
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

/** The clause-closing particle of each word as `sentenceWords` read it before it went through the text once (a reference). */
function particlesByFilter(text: string): (string | null)[] {
  const tokens = tokenizeWithOffsets(text);
  const cuts = [...text.matchAll(/[,;:()„“”"«»]|\s[–—-]\s/g)].map((m) => m.index);
  const particleAt = new Map<number, string>();
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const inClause = tokens.filter((t) => t.index >= from && t.end <= cut);
    const last = inClause.at(-1);
    if (last && inClause.length > 2 && /^\p{Ll}/u.test(last.text) && isSeparableParticle(last.text)) particleAt.set(from, foldForMatching(last.text));
    from = cut + 1;
  }
  return tokens.map((t) => {
    if (!/^\p{Ll}/u.test(t.text)) return null;
    let start = 0;
    for (const cut of [...cuts, text.length]) {
      if (t.index < cut) return particleAt.get(start) ?? null;
      start = cut + 1;
    }
    return null;
  });
}

describe('sentenceWords reads each clause once', () => {
  it('gives every word of the seeds and fixtures the particle closing its own clause, as reading clause by clause does', () => {
    const texts = ['Er sagte die Reise ab, kam aber an.', 'Sie – so hieß es – traf ein: „Wir kommen an“ (sagte er) ab', 'a, b, c', ''];
    for (const a of articles()) for (const p of a.paragraphs) texts.push(p.text, ...p.sentences.map((s) => s.text));
    let withParticle = 0;
    for (const text of texts) {
      const expected = particlesByFilter(text);
      const words = sentenceWords(text);
      expect(words.map((w) => w.text)).toEqual(tokenizeWithOffsets(text).map((t) => t.text));
      // a word read with a particle has the lemmas of the particle verb: same lemmas as the word alone with that particle
      words.forEach((w, i) => {
        const alone = sentenceWords(expected[i] ? `${w.text} x x ${expected[i]}` : w.text)[0]!;
        expect(w.lemmas).toEqual(alone.lemmas);
        if (expected[i]) withParticle++;
      });
    }
    expect(withParticle).toBeGreaterThan(0);
  });
});
