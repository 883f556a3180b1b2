/**
 * Claimants for answer sentences: who makes the claim, when the sentence or
 * its paragraph says so. The claimant directory comes from the snapshot's
 * `claimants.json`; results are cached per sentence (snapshots never change).
 *
 * @module
 */
import type { Paragraph } from '../corpus/types.ts';
import { findClaimant, parseClaimantDirectory, type ClaimantDirectory } from './claimants.ts';
import type { Snapshot } from './snapshot.ts';

const directories = new WeakMap<Snapshot, ClaimantDirectory>();
const perSentence = new WeakMap<Paragraph, (string | null | undefined)[]>();

/** The snapshot's claimant directory (validated once). */
export function claimantDirectory(snapshot: Snapshot): ClaimantDirectory {
  let d = directories.get(snapshot);
  if (!d) {
    d = parseClaimantDirectory(snapshot.catalogue.claimants);
    directories.set(snapshot, d);
  }
  return d;
}

/** The claimant of one sentence of a paragraph (display form), or null. */
function sentenceClaimant(snapshot: Snapshot, paragraph: Paragraph, i: number): string | null {
  let cache = perSentence.get(paragraph);
  if (!cache) perSentence.set(paragraph, (cache = []));
  const hit = cache[i];
  if (hit !== undefined) return hit;
  const article = snapshot.articleById.get(paragraph.articleId);
  const texts = paragraph.sentences.map((s) => s.text);
  const sentence = texts[i];
  let result: string | null = null;
  if (sentence !== undefined) {
    const previousParagraphs = article ? article.paragraphs.slice(Math.max(0, paragraph.index - 4), paragraph.index).map((p) => p.text) : [];
    const c = findClaimant(
      sentence,
      { previous: texts.slice(0, i), next: texts.slice(i + 1), paragraphIndexInArticle: paragraph.index, previousParagraphs },
      claimantDirectory(snapshot),
    );
    result = c?.display ?? null;
  }
  cache[i] = result;
  return result;
}

/**
 * Who makes the claim in sentences `first`..`last` of a paragraph: the first
 * sentence's claimant, else the next one's. Null when no sentence says.
 */
export function claimantFor(snapshot: Snapshot, paragraph: Paragraph, first: number, last: number): string | null {
  for (let i = first; i <= last; i++) {
    const c = sentenceClaimant(snapshot, paragraph, i);
    if (c) return c;
  }
  return null;
}
