/**
 * Public types of the Discord stand-in: options, ids, recorded requests and responses,
 * interaction inputs, and the predicates used by `waitForResponse`.
 */
import type { UploadedFile } from './http-body.ts';
import type { OptionsInput } from './options.ts';
import { CallbackType, type ApiObject } from './payloads.ts';

/** Options for {@link startDiscordStandIn}. */
export interface DiscordStandInOptions {
  /** HELLO heartbeat interval; Discord uses 41250 ms. Small values make heartbeats testable. */
  heartbeatIntervalMs?: number;
  /** Bot token the stand-in accepts (REST `Authorization: Bot <token>`, IDENTIFY). Generated if absent. */
  token?: string;
  /** Guild names; one guild with one text channel each. Default `['Newsroom']`. */
  guildNames?: string[];
  /** Name of each guild's text channel. Default `newsroom`. */
  channelName?: string;
  /**
   * Roles created in every guild besides @everyone. Default: `Moderator` (no extra permissions,
   * for role-based checks) and `Admin` (Manage Server).
   */
  roles?: Array<{ name: string; permissions?: bigint | string | number }>;
  /** Permissions of @everyone. Default: what a new Discord server grants (no moderation). */
  everyonePermissions?: bigint | string | number;
  /** User and guild locale sent with interactions. Default `de`. */
  locale?: string;
  /**
   * Discord refuses an interaction callback more than 3 s after the interaction was created
   * (`10062 Unknown interaction`); the stand-in does the same. `0` disables the check.
   */
  callbackDeadlineMs?: number;
  /** Largest accepted request body. Default 25 MiB. */
  bodyLimitBytes?: number;
  /** Dispatches kept per gateway session for RESUME replay. Default 100,000. */
  eventLogLimit?: number;
  /**
   * Keep every request in `recorded` (default true). Long soak runs turn it off and call
   * `forget(id)` for interactions they are done with, so the stand-in's memory stays flat.
   */
  recordRequests?: boolean;
}

/** Ids of the stand-in's world (all 18-19 digit snowflakes). */
export interface StandInIds {
  applicationId: string;
  botUserId: string;
  /** First guild and its text channel. */
  guildId: string;
  channelId: string;
  /** Every guild id, first one first. */
  guildIds: string[];
  /** Default member that invokes interactions. */
  userId: string;
  /** Role ids of the first guild by name, including `everyone` (= guild id). */
  roles: Record<string, string>;
}

/** A request the stand-in received (REST or CDN). The token is never stored. */
export interface RecordedRequest {
  seq: number;
  /** Milliseconds since the stand-in started. */
  at: number;
  method: string;
  /** Path after `/api/v10` (or the CDN path). */
  path: string;
  /** Route template, e.g. `/interactions/:id/:token/callback`; `null` for unknown routes. */
  route: string | null;
  apiVersion: string | null;
  query: Record<string, string>;
  /** Request headers with `authorization` replaced by `[redacted]`. */
  headers: Record<string, string>;
  hasAuthorization: boolean;
  /** Parsed JSON body, or `payload_json` of a multipart body. */
  body: unknown;
  bodyKind: 'json' | 'multipart' | 'empty' | 'other';
  files: UploadedFile[];
  /** Status the stand-in answered with (0 while the request is in flight or when the socket was reset). */
  status: number;
  /** The injected fault that hit this request (`429`, `500`, `reset`, `reset-after`, `delay`), if any. */
  fault?: string;
}

/** Kinds of responses a bot gives to one interaction. */
export type ResponseKind = 'callback' | 'editOriginal' | 'deleteOriginal' | 'followUp' | 'editFollowUp' | 'deleteFollowUp';

/** One thing the bot sent for an interaction, in order of arrival. */
export interface RecordedResponse {
  kind: ResponseKind;
  /** For `callback`: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  callbackType: number | null;
  /** Callback `data`, or the webhook body (content, embeds, components, allowed_mentions, flags...). */
  data: ApiObject;
  files: UploadedFile[];
  /** Message created or changed, if any. */
  messageId: string | null;
  /** HTTP status the stand-in answered (>= 400 when Discord would have refused it). */
  status: number;
  /** Discord error for refused requests. */
  error: ApiObject | null;
  hasAuthorization: boolean;
  /** Milliseconds from the stand-in creating the interaction to this request arriving. */
  latencyMs: number;
  /** `seq` of the request in {@link DiscordStandIn.recorded}. */
  requestSeq: number;
}

/** Everything the stand-in knows about one interaction it sent. */
export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  /** Command name or component custom id. */
  name: string;
  payload: ApiObject;
  guildId: string;
  channelId: string;
  createdAt: number;
  acknowledged: boolean;
  originalMessageId: string | null;
  followUpIds: string[];
  responses: RecordedResponse[];
}

/** What `send*` returns: enough to find the interaction again. */
export interface InteractionHandle {
  id: string;
  token: string;
}

/** Who triggers an interaction. */
export interface MemberInput {
  userId?: string;
  username?: string;
  /** Role ids, or role names of the guild (`'Moderator'`). */
  roles?: string[];
  /** Member permissions in the channel; computed from @everyone + roles when absent. */
  permissions?: bigint | string | number;
}

/** Fields every `send*` input accepts. */
export interface InteractionInputBase {
  member?: MemberInput;
  guildId?: string;
  locale?: string;
}

/** Input for {@link DiscordStandIn.sendChatCommand}. */
export interface ChatCommandInput extends InteractionInputBase {
  name: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
}

/** Input for {@link DiscordStandIn.sendAutocomplete}. */
export interface AutocompleteInput extends ChatCommandInput {
  /** The option being typed in (may be omitted when raw options carry `focused: true`). */
  focused?: string;
}

/** Input for {@link DiscordStandIn.sendButton}. */
export interface ButtonInput extends InteractionInputBase {
  customId: string;
  /** A message the stand-in knows (e.g. an earlier reply); default: a new bot message carrying the button. */
  messageId?: string;
}

/** Options for {@link DiscordStandIn.waitForResponse}. */
export interface WaitOptions {
  timeoutMs?: number;
  /** Resolve once this holds for the responses so far. Default {@link isAnswered}. */
  predicate?: (responses: readonly RecordedResponse[]) => boolean;
}

/** True once the bot sent visible content (anything accepted except a bare deferral). */
export function isAnswered(responses: readonly RecordedResponse[]): boolean {
  return responses.some(
    (r) =>
      r.status < 300 &&
      !(r.kind === 'callback' && (r.callbackType === CallbackType.DeferredChannelMessageWithSource || r.callbackType === CallbackType.DeferredMessageUpdate)),
  );
}

/** True once the interaction was acknowledged in any accepted way (deferrals included). */
export function isAcknowledged(responses: readonly RecordedResponse[]): boolean {
  return responses.some((r) => r.kind === 'callback' && r.status < 300);
}
