/**
 * The wording of replies in the reader's language: {@link wordsFor}`('de')`
 * or `('en')`. See `types.ts` for what a language must say.
 *
 * @module
 */
import type { Lang } from '../lang.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import type { Words } from './types.ts';

export type { UiWords, Words } from './types.ts';

const BY_LANG: Record<Lang, Words> = { en: EN, de: DE };

/** The wording of `lang` (English when none is given). */
export function wordsFor(lang: Lang | null | undefined): Words {
  return BY_LANG[lang ?? 'en'];
}
