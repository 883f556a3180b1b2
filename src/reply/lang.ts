/**
 * The languages replies are worded in. Quotes are never translated; only the
 * words around them (summaries, labels, notices) follow the reader.
 *
 * @module
 */

/** A reply language. */
export type Lang = 'de' | 'en';

/** Every reply language, the default first. */
export const LANGS: readonly Lang[] = ['en', 'de'];

/**
 * The reply language a locale or language tag asks for, or null when it is
 * neither German nor English: Discord's `de`, `en-US`, `en-GB`; a POSIX
 * `LANG` such as `de_DE.UTF-8` or `de_CH`.
 */
export function langOf(tag: string | null | undefined): Lang | null {
  const m = /^([a-z]{2})(?:[-_.@]|$)/i.exec(tag?.trim() ?? '');
  const code = m?.[1]?.toLowerCase();
  return code === 'de' || code === 'en' ? code : null;
}

/**
 * The language to answer a reader in: theirs when it is German or English,
 * otherwise the server's default (`REPLY_LANGUAGE`), otherwise English.
 */
export function readerLang(locale: string | null | undefined, fallback: Lang | null | undefined): Lang {
  return langOf(locale) ?? fallback ?? 'en';
}
