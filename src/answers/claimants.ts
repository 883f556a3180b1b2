/**
 * Claimants for answer sentences: who makes the claim, when the sentence or
 * its paragraph says so. The claimant directory comes from the snapshot's
 * `claimants.json`; results are cached per sentence (snapshots never change).
 *
 * @module
 */
import type { Paragraph } from '../corpus/types.ts';
import { findParagraphClaimants, parseClaimantDirectory, type ClaimantDirectory } from '../language/de/claimants/index.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

const directories = new WeakMap<Snapshot, ClaimantDirectory>();
const perParagraph = new WeakMap<Paragraph, (string | null)[]>();

/** The snapshot's claimant directory (validated once). */
export function claimantDirectory(snapshot: Snapshot): ClaimantDirectory {
  let d = directories.get(snapshot);
  if (!d) {
    d = parseClaimantDirectory(snapshot.catalogue.claimants);
    directories.set(snapshot, d);
  }
  return d;
}

/** The claimants of every sentence of a paragraph (display form), worked out once per paragraph. */
function paragraphClaimants(snapshot: Snapshot, paragraph: Paragraph): (string | null)[] {
  let known = perParagraph.get(paragraph);
  if (!known) {
    const article = snapshot.articleById.get(paragraph.articleId);
    const previous = article
      ? article.paragraphs.slice(Math.max(0, paragraph.index - 4), paragraph.index).map((p) => p.sentences.map((x) => x.text))
      : [];
    known = findParagraphClaimants(
      paragraph.sentences.map((x) => x.text),
      previous,
      claimantDirectory(snapshot),
    ).map((c) => c?.display ?? null);
    perParagraph.set(paragraph, known);
  }
  return known;
}

/**
 * Who makes the claim in sentences `first`..`last` of a paragraph: the first
 * sentence's claimant, else the next one's. Null when no sentence says.
 */
export function claimantFor(snapshot: Snapshot, paragraph: Paragraph, first: number, last: number): string | null {
  const all = paragraphClaimants(snapshot, paragraph);
  for (let i = first; i <= last; i++) {
    const c = all[i];
    if (c) return c;
  }
  return null;
}
