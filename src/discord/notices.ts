/**
 * Every refusal and notice the Discord adapter sends, in one table keyed by
 * an identifier (as sapphire's errors carry one), so the wording lives in one
 * place and handlers, preconditions and logs speak of `Cooldown` or
 * `NotModerator` rather than of sentences.
 *
 * @module
 */
import type { Lang } from '../reply/lang.ts';

/** The texts, by identifier, in English and German; each takes what it needs to name. */
const TEXTS = {
  UnknownCommand: {
    en: (p: { command: string }) => `Unknown command /${p.command}.`,
    de: (p: { command: string }) => `Unbekannter Befehl /${p.command}.`,
  },
  NotModerator: {
    en: (p: { command: string }) => `/${p.command} is for moderators (Manage Server or a moderator role). Nothing was changed.`,
    de: (p: { command: string }) => `/${p.command} ist Moderatoren vorbehalten (Server verwalten oder eine Moderatorenrolle). Es wurde nichts geändert.`,
  },
  Cooldown: {
    en: (p: { waitMs: number }) => `You are asking quickly: please wait ${Math.ceil(p.waitMs / 1000)} s before the next question.`,
    de: (p: { waitMs: number }) => `Du fragst sehr schnell: Bitte ${Math.ceil(p.waitMs / 1000)} s bis zur nächsten Frage warten.`,
  },
  Expired: {
    en: () => 'This answer has expired (or the bot restarted). Please ask again.',
    de: () => 'Diese Antwort ist abgelaufen (oder der Bot wurde neu gestartet). Bitte noch einmal fragen.',
  },
  ButtonExpired: {
    en: () => 'This button has expired. Please ask again.',
    de: () => 'Diese Schaltfläche ist abgelaufen. Bitte noch einmal fragen.',
  },
  InternalError: {
    en: () => 'Something went wrong while answering. The bot is still running; please try again.',
    de: () => 'Beim Beantworten ist etwas schiefgegangen. Der Bot läuft weiter; bitte noch einmal versuchen.',
  },
  InvalidOption: {
    en: (p: { option: string; expected: OptionType }) => `The option "${p.option}" must be ${OPTION_TYPES[p.expected].en}; nothing was looked up.`,
    de: (p: { option: string; expected: OptionType }) => `Die Option „${p.option}“ muss ${OPTION_TYPES[p.expected].de} sein; es wurde nichts nachgeschlagen.`,
  },
  Restarting: {
    en: () => 'The bot is restarting; please ask again in a moment.',
    de: () => 'Der Bot startet neu; bitte gleich noch einmal fragen.',
  },
  AttachmentType: {
    en: (p: { name: string }) => `"${p.name}" is not a .txt or .md file; nothing was changed.`,
    de: (p: { name: string }) => `„${p.name}“ ist keine .txt- oder .md-Datei; es wurde nichts geändert.`,
  },
  AttachmentTooLarge: {
    en: (p: { name: string; sizeKb: number | null; maxKb: number }) =>
      p.sizeKb === null
        ? `"${p.name}" is larger than ${p.maxKb} KB; nothing was changed.`
        : `"${p.name}" is ${p.sizeKb} KB; the limit is ${p.maxKb} KB. Nothing was changed.`,
    de: (p: { name: string; sizeKb: number | null; maxKb: number }) =>
      p.sizeKb === null
        ? `„${p.name}“ ist größer als ${p.maxKb} KB; es wurde nichts geändert.`
        : `„${p.name}“ hat ${p.sizeKb} KB; erlaubt sind ${p.maxKb} KB. Es wurde nichts geändert.`,
  },
  AttachmentNotText: {
    en: (p: { name: string; contentType: string }) => `"${p.name}" is ${p.contentType}, not text; nothing was changed.`,
    de: (p: { name: string; contentType: string }) => `„${p.name}“ ist ${p.contentType}, kein Text; es wurde nichts geändert.`,
  },
  AttachmentHttp: {
    en: (p: { name: string; status: number }) => `Could not download "${p.name}" (HTTP ${p.status}); nothing was changed.`,
    de: (p: { name: string; status: number }) => `„${p.name}“ ließ sich nicht herunterladen (HTTP ${p.status}); es wurde nichts geändert.`,
  },
  AttachmentDownloadFailed: {
    en: (p: { name: string; timedOut: boolean }) => `Could not download "${p.name}" (${p.timedOut ? 'timed out' : 'network error'}); nothing was changed.`,
    de: (p: { name: string; timedOut: boolean }) =>
      `„${p.name}“ ließ sich nicht herunterladen (${p.timedOut ? 'Zeitüberschreitung' : 'Netzwerkfehler'}); es wurde nichts geändert.`,
  },
} as const;

/** What an option must be, in both languages. */
const OPTION_TYPES = {
  text: { en: 'text', de: 'Text' },
  file: { en: 'an attached file', de: 'eine angehängte Datei' },
  boolean: { en: 'true or false', de: 'wahr oder falsch (true/false)' },
} as const;

/** The kinds of option value a notice can ask for. */
export type OptionType = keyof typeof OPTION_TYPES;

/** Identifiers of notices. */
export type NoticeId = keyof typeof TEXTS;

/** What a notice needs to be worded. */
export type NoticeParams<K extends NoticeId> = Parameters<(typeof TEXTS)[K]['en']>;

/** A refusal or notice: its identifier (for code and logs) and its text in each language (for the user). */
export interface Notice {
  id: NoticeId;
  /** The English text. */
  message: string;
  /** The German text. */
  de: string;
}

/** The notice `id`, worded with its parameters in both languages. */
export function notice<K extends NoticeId>(id: K, ...params: NoticeParams<K>): Notice {
  const texts = TEXTS[id] as unknown as Record<Lang, (...args: NoticeParams<K>) => string>;
  return { id, message: texts.en(...params), de: texts.de(...params) };
}

/** The notice's text in `lang`. */
export function noticeText(n: Pick<Notice, 'message' | 'de'>, lang: Lang): string {
  return lang === 'de' ? n.de : n.message;
}
