/**
 * The bot's configuration from the environment (`.env` via dotenv, see
 * `.env.example`), validated with zod. A missing or malformed value stops
 * start-up with one line naming the variable — never its value, so a token
 * cannot reach a log.
 *
 * @module
 */
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17-20 digits)');

const csvSnowflakes = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(snowflake));

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Environment variables the bot reads. */
export const ConfigSchema = z.object({
  DISCORD_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_.\-]{30,}$/, 'does not look like a bot token (letters, digits, "." "_" "-", 30+ characters)')
      .optional(),
  ),
  DISCORD_APPLICATION_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  DISCORD_API_BASE: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL like http://127.0.0.1:PORT/api' }).optional(),
  ),
  MODERATOR_ROLE_IDS: z.preprocess(emptyToUndefined, csvSnowflakes),
  COOLDOWN_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(3600).default(3)),
  CORPUS_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  CACHE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  MAX_UPLOAD_KB: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_240).default(512)),
  /** The reply language for users whose Discord client is neither German nor English (default English). */
  REPLY_LANGUAGE: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim().toLowerCase() || undefined) : v),
    z.enum(['de', 'en'], { error: 'must be de or en' }).default('en'),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Raised for an invalid configuration; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment. The error names the first bad variable and the
 * rule it breaks, without echoing the value.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'environment');
  return failConfig(variable, issue.message);
}

function failConfig(variable: string, message: string): never {
  throw new ConfigError(`config: ${variable} ${message.replace(/^Invalid input: /, '')}`);
}
