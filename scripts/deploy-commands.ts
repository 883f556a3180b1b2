/**
 * `npm run deploy-commands`: registers the slash commands of `commands/` with
 * Discord — to one guild when `DISCORD_GUILD_ID` is set (instant, for
 * testing), otherwise globally (may take a while to show up everywhere).
 * Needs `DISCORD_TOKEN`; the application id is read from
 * `DISCORD_APPLICATION_ID` or asked from Discord.
 */
import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { REST, Routes, type APIApplication } from 'discord.js';
import { COMMANDS } from '../commands/index.ts';
import { ConfigError, readConfig } from '../src/discord/config.ts';

/** Registers the commands; returns the number registered. */
export async function deployCommands(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = readConfig(env);
  if (!config.DISCORD_TOKEN) throw new ConfigError('config: DISCORD_TOKEN is required to deploy commands');
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
  const appId = config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = COMMANDS.map((c) => c.definition.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(appId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body })) as unknown[];
  return result.length;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const n = await deployCommands();
    const where = process.env.DISCORD_GUILD_ID ? `guild ${process.env.DISCORD_GUILD_ID}` : 'globally';
    console.log(`deploy-commands: registered ${n} commands ${where}`);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : `deploy-commands: ${(err as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
