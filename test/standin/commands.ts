/**
 * The application command registry of the stand-in: what the bot registers with
 * `PUT/POST/PATCH/DELETE /applications/:app[/guilds/:guild]/commands`, validated like Discord
 * and returned with ids, so tests can assert on registrations and interactions can be typed
 * from the registered option definitions.
 */
import { checkCommand, invalidFormBody, type LimitViolation } from './limits.ts';
import type { ApiObject } from './payloads.ts';

/** A REST answer: status and JSON body (none for 204). */
export interface CommandReply {
  status: number;
  body?: unknown;
}

function asObject(value: unknown): ApiObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ApiObject) : {};
}

const unknownCommand: CommandReply = { status: 404, body: { message: 'Unknown application command', code: 10063 } };

/** Commands per scope (`'global'` or a guild id), keyed by name, in registration order. */
export class CommandRegistry {
  private readonly scopes = new Map<string, Map<string, ApiObject>>();
  private readonly applicationId: string;
  private readonly nextId: () => string;

  constructor(applicationId: string, nextId: () => string) {
    this.applicationId = applicationId;
    this.nextId = nextId;
  }

  /** Copies of the commands of a scope. */
  list(scope: string): ApiObject[] {
    return [...(this.scopes.get(scope)?.values() ?? [])].map((c) => structuredClone(c));
  }

  /** The command a user would invoke by name in a guild: guild commands shadow global ones. */
  find(name: string, guildId: string): ApiObject | undefined {
    return this.scopes.get(guildId)?.get(name) ?? this.scopes.get('global')?.get(name);
  }

  /** Bulk overwrite (`PUT`): ids are kept for commands whose name stays. */
  put(scope: string, body: unknown): CommandReply {
    if (!Array.isArray(body)) return { status: 400, body: invalidFormBody([{ path: '_', code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]) };
    if (body.length > 100) return { status: 400, body: invalidFormBody([{ path: '_', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }]) };
    const violations: LimitViolation[] = body.flatMap((c, i) => checkCommand(asObject(c), String(i)));
    const keys = body.map((c) => `${asObject(c)['type'] ?? 1}:${asObject(c)['name']}`);
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) violations.push({ path: `${i}.name`, code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
      seen.add(key);
    });
    if (violations.length > 0) return { status: 400, body: invalidFormBody(violations) };
    const old = this.scopes.get(scope) ?? new Map<string, ApiObject>();
    const next = new Map<string, ApiObject>();
    for (const raw of body) {
      const c = asObject(raw);
      next.set(c['name'] as string, this.commandObject(c, scope, old.get(c['name'] as string)));
    }
    this.scopes.set(scope, next);
    return { status: 200, body: this.list(scope) };
  }

  /** Create or overwrite one command (`POST`): 201 when new, 200 when it replaced one. */
  post(scope: string, body: ApiObject): CommandReply {
    const violations = checkCommand(body, 'body');
    if (violations.length > 0) return { status: 400, body: invalidFormBody(violations) };
    const map = this.scopes.get(scope) ?? new Map<string, ApiObject>();
    this.scopes.set(scope, map);
    const existing = map.get(body['name'] as string);
    const cmd = this.commandObject(body, scope, existing);
    map.set(cmd['name'] as string, cmd);
    return { status: existing ? 200 : 201, body: cmd };
  }

  /** `GET`, `PATCH` or `DELETE` of one command by id. */
  one(scope: string, id: string, method: 'GET' | 'PATCH' | 'DELETE', body: ApiObject): CommandReply {
    const map = this.scopes.get(scope);
    const found = [...(map?.values() ?? [])].find((c) => c['id'] === id);
    if (!map || !found) return unknownCommand;
    if (method === 'GET') return { status: 200, body: structuredClone(found) };
    if (method === 'DELETE') {
      map.delete(found['name'] as string);
      return { status: 204 };
    }
    const merged = { ...found, ...body };
    const violations = checkCommand(merged, 'body');
    if (violations.length > 0) return { status: 400, body: invalidFormBody(violations) };
    map.delete(found['name'] as string);
    const cmd = this.commandObject(merged, scope, found);
    map.set(cmd['name'] as string, cmd);
    return { status: 200, body: cmd };
  }

  private commandObject(body: ApiObject, scope: string, existing: ApiObject | undefined): ApiObject {
    const type = typeof body['type'] === 'number' ? body['type'] : 1;
    return {
      id: existing?.['id'] ?? this.nextId(),
      application_id: this.applicationId,
      version: this.nextId(),
      type,
      name: body['name'],
      name_localizations: body['name_localizations'] ?? null,
      description: body['description'] ?? '',
      description_localizations: body['description_localizations'] ?? null,
      ...(Array.isArray(body['options']) && body['options'].length > 0 ? { options: body['options'] } : {}),
      default_member_permissions: body['default_member_permissions'] ?? null,
      ...(scope === 'global' ? { dm_permission: body['dm_permission'] ?? true } : { guild_id: scope }),
      contexts: body['contexts'] ?? null,
      integration_types: body['integration_types'] ?? [0],
      nsfw: body['nsfw'] ?? false,
    };
  }
}
