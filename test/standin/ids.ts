/**
 * Snowflake ids and URL-safe tokens for the Discord stand-in.
 *
 * Snowflakes follow Discord's layout (ms since 2015-01-01 << 22 | worker | process | increment),
 * so they are 18-19 decimal digits today and @discordjs/rest's `\d{17,19}` route parsing and
 * `DiscordSnowflake.timestampFrom` work on them.
 */
import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01T00:00:00.000Z) in milliseconds. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Creates a generator of strictly increasing snowflakes (unique within one stand-in). */
export function snowflakeGenerator(workerId = 1, processId = 1): () => string {
  let lastMs = 0n;
  let increment = 0n;
  return () => {
    let ms = BigInt(Date.now()) - DISCORD_EPOCH;
    if (ms <= lastMs) {
      ms = lastMs;
      increment += 1n;
      if (increment > 4095n) {
        // More than 4096 ids in one millisecond: borrow the next millisecond.
        ms = lastMs + 1n;
        increment = 0n;
      }
    } else {
      increment = 0n;
    }
    lastMs = ms;
    const id = (ms << 22n) | (BigInt(workerId & 31) << 17n) | (BigInt(processId & 31) << 12n) | increment;
    return id.toString();
  };
}

/** A random URL-safe token (base64url alphabet: A-Z a-z 0-9 - _). */
export function urlSafeToken(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * A bot token shaped like Discord's: base64(user id) . timestamp part . HMAC part.
 * It is only a placeholder the stand-in checks for equality; it grants nothing anywhere.
 */
export function fakeBotToken(botUserId: string): string {
  return `${Buffer.from(botUserId).toString('base64url')}.${urlSafeToken(4)}.${urlSafeToken(27)}`;
}
