/**
 * Pure builders for the Discord API objects the stand-in sends: users, roles, channels, guilds,
 * members, messages and interactions (API v10 field names, snake_case).
 *
 * Shapes follow the Discord API documentation closely enough that discord.js 14 can build its
 * structures (Guild, GuildMember, Message, ChatInputCommandInteraction, ...) from them.
 */

/** A JSON object as it travels on the wire. */
export type ApiObject = Record<string, unknown>;

/** Permission bits used by the stand-in (values from the Discord API documentation). */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit Discord defines today (used when a role has Administrator). */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

/** What @everyone may do in a freshly created Discord server (no moderation rights). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads;

/** Interaction types (Discord `InteractionType`). */
export const InteractionKind = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

/** Interaction callback types (Discord `InteractionResponseType`). */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

/** Application command option types (Discord `ApplicationCommandOptionType`). */
export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

/** Message flags used by the stand-in. */
export const MessageFlag = { Ephemeral: 1 << 6, Loading: 1 << 7 } as const;

/** Normalises a permission value (bigint, decimal string or number) to Discord's decimal string. */
export function permissionString(value: bigint | string | number): string {
  return BigInt(value).toString();
}

/** A user object. `bot` users get the bot flags Discord sets on application users. */
export function userPayload(id: string, username: string, bot = false): ApiObject {
  return {
    id,
    username,
    global_name: bot ? null : username,
    discriminator: bot ? '0001' : '0',
    avatar: null,
    bot,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
    ...(bot ? { verified: true, mfa_enabled: false } : {}),
  };
}

/** A role definition held by the stand-in. */
export interface RoleSpec {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
}

/** A role object. */
export function rolePayload(role: RoleSpec): ApiObject {
  return {
    id: role.id,
    name: role.name,
    description: null,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: permissionString(role.permissions),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** A guild text channel object (type 0). */
export function textChannelPayload(id: string, guildId: string, name: string, position = 0): ApiObject {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    last_pin_timestamp: null,
    rate_limit_per_user: 0,
    default_thread_rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
    flags: 0,
  };
}

/** A guild member object; `permissions` is added for interaction payloads only. */
export function memberPayload(
  user: ApiObject,
  roles: readonly string[],
  joinedAt: string,
  permissions?: string,
): ApiObject {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...roles],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
    ...(permissions === undefined ? {} : { permissions }),
  };
}

/** Everything needed to describe one guild of the stand-in. */
export interface GuildSpec {
  id: string;
  name: string;
  ownerId: string;
  channelId: string;
  channelName: string;
  roles: readonly RoleSpec[];
  locale: string;
  createdAt: string;
}

/** The full GUILD_CREATE payload Discord sends after READY for an available guild. */
export function guildCreatePayload(guild: GuildSpec, botMember: ApiObject): ApiObject {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: guild.roles.map(rolePayload),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    nsfw: false,
    nsfw_level: 0,
    hub_type: null,
    incidents_data: null,
    joined_at: guild.createdAt,
    large: false,
    lazy: true,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [botMember],
    channels: [textChannelPayload(guild.channelId, guild.id, guild.channelName)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    application_command_counts: {},
    version: Date.now(),
  };
}

/** An attachment as Discord describes it (also used for uploads the stand-in hosts). */
export interface HostedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
  ephemeral?: boolean;
}

/** Inputs for building a message object. */
export interface MessageSpec {
  id: string;
  channelId: string;
  guildId: string | null;
  author: ApiObject;
  applicationId: string;
  /** Message type: 0 default, 20 chat input command reply, 19 reply. */
  type: number;
  body: ApiObject;
  attachments: readonly HostedAttachment[];
  interactionMetadata?: ApiObject;
  timestamp: string;
}

/** Builds a full message object from what the bot sent (content, embeds, components, flags). */
export function messagePayload(spec: MessageSpec): ApiObject {
  const body = spec.body;
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  return {
    id: spec.id,
    type: spec.type,
    channel_id: spec.channelId,
    ...(spec.guildId ? { guild_id: spec.guildId } : {}),
    author: spec.author,
    content: typeof body['content'] === 'string' ? body['content'] : '',
    timestamp: spec.timestamp,
    edited_timestamp: null,
    tts: body['tts'] === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: spec.attachments.map((a) => ({ ...a })),
    embeds: Array.isArray(body['embeds']) ? body['embeds'].map(normaliseEmbed) : [],
    components: Array.isArray(body['components']) ? body['components'] : [],
    reactions: [],
    pinned: false,
    webhook_id: spec.applicationId,
    application_id: spec.applicationId,
    flags,
    ...(spec.interactionMetadata ? { interaction_metadata: spec.interactionMetadata } : {}),
    ...(body['poll'] ? { poll: body['poll'] } : {}),
  };
}

/** Discord adds `type: "rich"` to embeds sent by bots; everything else is echoed back. */
function normaliseEmbed(embed: unknown): unknown {
  if (embed && typeof embed === 'object' && !Array.isArray(embed)) {
    return { type: 'rich', ...(embed as ApiObject) };
  }
  return embed;
}

/** Fields every interaction shares (guild context). */
export interface InteractionContext {
  id: string;
  token: string;
  applicationId: string;
  guildId: string;
  guildLocale: string;
  channel: ApiObject;
  member: ApiObject;
  appPermissions: string;
  locale: string;
}

/** The common envelope of a guild interaction (`data` and `message` are added by the caller). */
export function interactionEnvelope(ctx: InteractionContext, type: number): ApiObject {
  return {
    id: ctx.id,
    application_id: ctx.applicationId,
    type,
    token: ctx.token,
    version: 1,
    guild_id: ctx.guildId,
    guild: { id: ctx.guildId, locale: ctx.guildLocale, features: [] },
    channel: ctx.channel,
    channel_id: ctx.channel['id'],
    member: ctx.member,
    app_permissions: ctx.appPermissions,
    locale: ctx.locale,
    guild_locale: ctx.guildLocale,
    entitlements: [],
    // Guild-installed app: Discord maps integration type 0 (GUILD_INSTALL) to the guild id.
    authorizing_integration_owners: { '0': ctx.guildId },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}
