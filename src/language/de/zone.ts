/**
 * The time zone of German-language news: Germany, Austria and Switzerland all
 * keep Central European Time (CET/CEST), so every date of an article is read
 * and written in it. Defined once; the publication-date parser and the date
 * resolver both use it.
 *
 * @module
 */

/** The newsroom's zone (IANA name). */
export const NEWS_ZONE = 'Europe/Berlin';
