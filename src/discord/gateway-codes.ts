/**
 * Discord gateway close codes and what they mean for the bot: most are
 * recoverable (discord.js resumes or identifies again by itself); a few mean
 * the session can never come back without a person fixing something (a reset
 * token, an intent that is not enabled), so the process must exit and let its
 * supervisor restart it or alert someone instead of idling as a zombie.
 *
 * @module
 */

/** Close codes after which discord.js never reconnects (as its own `UNRECOVERABLE_CLOSE_CODES`). */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

const MEANINGS: Readonly<Record<number, string>> = {
  1000: 'normal closure (discord.js identifies again)',
  1001: 'going away (discord.js identifies again)',
  1006: 'connection lost without a close frame (discord.js resumes)',
  4000: 'unknown error (discord.js resumes)',
  4001: 'unknown opcode sent (discord.js resumes)',
  4002: 'decode error (discord.js resumes)',
  4003: 'not authenticated (discord.js identifies again)',
  4004: 'authentication failed: the bot token is invalid or was reset; put the new token in DISCORD_TOKEN',
  4005: 'already authenticated (discord.js identifies again)',
  4007: 'invalid sequence when resuming (discord.js identifies again)',
  4008: 'rate limited (discord.js identifies again)',
  4009: 'session timed out (discord.js resumes)',
  4010: 'invalid shard sent when identifying',
  4011: 'sharding required: the bot is in too many guilds for one shard',
  4012: 'invalid gateway API version',
  4013: 'invalid intents',
  4014: 'disallowed intents: an intent the bot asks for is not enabled for it in the Developer Portal',
  4200: 'closed by discord.js to resume (for example a connection that stopped acknowledging heartbeats)',
};

/** True when discord.js will not reconnect after this close code. */
export function isFatalClose(code: number): boolean {
  return FATAL_CLOSE_CODES.has(code);
}

/** One line saying what a close code means (never anything secret). */
export function closeMeaning(code: number): string {
  return MEANINGS[code] ?? (code >= 4000 && code < 5000 ? 'gateway error (discord.js resumes)' : 'connection closed (discord.js reconnects)');
}

/** Exit status of a process that stops on a fatal close: EX_CONFIG, since a person must fix the configuration. */
export const FATAL_CLOSE_EXIT_CODE = 78;
