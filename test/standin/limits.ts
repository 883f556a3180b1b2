/**
 * Discord's documented message, embed, component, autocomplete and command limits, checked the
 * way the real API does before it accepts a payload. A violation is answered with HTTP 400 and
 * Discord's `50035 Invalid Form Body` error shape, so a bot that overflows a limit fails in tests
 * the way it would fail in production.
 *
 * Lengths are counted in UTF-16 code units (`string.length`), which is never less than the
 * number of characters Discord counts, so a payload accepted here is accepted by Discord.
 */
import type { ApiObject } from './payloads.ts';

/** One limit violation: a dotted path into the payload and a Discord-style message. */
export interface LimitViolation {
  path: string;
  code: string;
  message: string;
}

/** Message limits from the Discord API documentation. */
export const MessageLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function obj(value: unknown): ApiObject | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ApiObject) : undefined;
}

function maxLength(out: LimitViolation[], path: string, value: unknown, max: number, required = false): number {
  const s = str(value);
  if (s === undefined) {
    if (required) out.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return 0;
  }
  if (required && s.length === 0) {
    out.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  }
  if (s.length > max) {
    out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
  return s.length;
}

/**
 * Checks a message payload (interaction reply/update data, webhook edit or follow-up body).
 * `requireContent`: a new message needs content, an embed, a component, a file or a poll.
 */
export function checkMessage(body: ApiObject, fileCount: number, requireContent: boolean, prefix = ''): LimitViolation[] {
  const out: LimitViolation[] = [];
  const p = (s: string) => (prefix ? `${prefix}.${s}` : s);
  maxLength(out, p('content'), body['content'], MessageLimits.content);

  const embeds = Array.isArray(body['embeds']) ? body['embeds'] : [];
  if (embeds.length > MessageLimits.embeds) {
    out.push({ path: p('embeds'), code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MessageLimits.embeds} or fewer in length.` });
  }
  let total = 0;
  embeds.forEach((raw, i) => {
    const e = obj(raw) ?? {};
    const ep = p(`embeds.${i}`);
    total += maxLength(out, `${ep}.title`, e['title'], MessageLimits.embedTitle);
    total += maxLength(out, `${ep}.description`, e['description'], MessageLimits.embedDescription);
    total += maxLength(out, `${ep}.footer.text`, obj(e['footer'])?.['text'], MessageLimits.footerText);
    total += maxLength(out, `${ep}.author.name`, obj(e['author'])?.['name'], MessageLimits.authorName);
    const fields = Array.isArray(e['fields']) ? e['fields'] : [];
    if (fields.length > MessageLimits.embedFields) {
      out.push({ path: `${ep}.fields`, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MessageLimits.embedFields} or fewer in length.` });
    }
    fields.forEach((rawField, j) => {
      const f = obj(rawField) ?? {};
      total += maxLength(out, `${ep}.fields.${j}.name`, f['name'], MessageLimits.fieldName, true);
      total += maxLength(out, `${ep}.fields.${j}.value`, f['value'], MessageLimits.fieldValue, true);
    });
  });
  if (total > MessageLimits.embedTotal) {
    out.push({ path: p('embeds'), code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${MessageLimits.embedTotal}` });
  }

  const rows = Array.isArray(body['components']) ? body['components'] : [];
  if (rows.length > MessageLimits.actionRows) {
    out.push({ path: p('components'), code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MessageLimits.actionRows} or fewer in length.` });
  }
  rows.forEach((rawRow, i) => {
    const row = obj(rawRow) ?? {};
    if (row['type'] !== 1) return; // components v2 layouts are not checked
    const children = Array.isArray(row['components']) ? row['components'] : [];
    if (children.length > MessageLimits.rowComponents) {
      out.push({ path: p(`components.${i}.components`), code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MessageLimits.rowComponents} or fewer in length.` });
    }
    children.forEach((rawChild, j) => {
      const c = obj(rawChild) ?? {};
      maxLength(out, p(`components.${i}.components.${j}.custom_id`), c['custom_id'], MessageLimits.customId);
      maxLength(out, p(`components.${i}.components.${j}.label`), c['label'], MessageLimits.buttonLabel);
    });
  });

  const allowed = obj(body['allowed_mentions']);
  if (allowed && Array.isArray(allowed['parse'])) {
    allowed['parse'].forEach((v, i) => {
      if (v !== 'users' && v !== 'roles' && v !== 'everyone') {
        out.push({ path: p(`allowed_mentions.parse.${i}`), code: 'BASE_TYPE_CHOICES', message: `Value must be one of {'users', 'roles', 'everyone'}.` });
      }
    });
  }

  if (requireContent) {
    const hasContent = (str(body['content']) ?? '').length > 0;
    if (!hasContent && embeds.length === 0 && rows.length === 0 && fileCount === 0 && !body['poll']) {
      out.push({ path: p('content'), code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
    }
  }
  return out;
}

/** Checks an autocomplete result (`data.choices`). */
export function checkChoices(data: ApiObject, prefix = 'data'): LimitViolation[] {
  const out: LimitViolation[] = [];
  const choices = data['choices'];
  if (!Array.isArray(choices)) {
    out.push({ path: `${prefix}.choices`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return out;
  }
  if (choices.length > MessageLimits.choices) {
    out.push({ path: `${prefix}.choices`, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MessageLimits.choices} or fewer in length.` });
  }
  choices.forEach((raw, i) => {
    const c = obj(raw) ?? {};
    maxLength(out, `${prefix}.choices.${i}.name`, c['name'], MessageLimits.choiceName, true);
    if (typeof c['value'] === 'string') maxLength(out, `${prefix}.choices.${i}.value`, c['value'], MessageLimits.choiceValue);
    else if (typeof c['value'] !== 'number') {
      out.push({ path: `${prefix}.choices.${i}.value`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    }
  });
  return out;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Checks one application command definition (name, description, options, choices). */
export function checkCommand(cmd: ApiObject, prefix: string): LimitViolation[] {
  const out: LimitViolation[] = [];
  const type = typeof cmd['type'] === 'number' ? cmd['type'] : 1;
  checkName(out, `${prefix}.name`, cmd['name'], type === 1);
  if (type === 1) maxLength(out, `${prefix}.description`, cmd['description'], 100, true);
  checkOptions(out, `${prefix}.options`, cmd['options']);
  return out;
}

function checkName(out: LimitViolation[], path: string, name: unknown, lowercase: boolean): void {
  const s = str(name);
  if (s === undefined || !COMMAND_NAME.test(s) || (lowercase && s !== s.toLowerCase())) {
    out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
  }
}

function checkOptions(out: LimitViolation[], path: string, options: unknown): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    out.push({ path, code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  if (options.length > 25) out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  options.forEach((raw, i) => {
    const o = obj(raw) ?? {};
    checkName(out, `${path}.${i}.name`, o['name'], true);
    maxLength(out, `${path}.${i}.description`, o['description'], 100, true);
    const choices = o['choices'];
    if (Array.isArray(choices)) {
      if (choices.length > 25) out.push({ path: `${path}.${i}.choices`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      if (o['autocomplete'] === true && choices.length > 0) {
        out.push({ path: `${path}.${i}.autocomplete`, code: 'AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be used with choices' });
      }
    }
    checkOptions(out, `${path}.${i}.options`, o['options']);
  });
}

/** Discord's error body for invalid payloads: `{ code: 50035, message, errors: { a: { b: { _errors } } } }`. */
export function invalidFormBody(violations: readonly LimitViolation[]): ApiObject {
  const errors: ApiObject = {};
  for (const v of violations) {
    let node = errors;
    for (const key of v.path.split('.')) {
      node[key] ??= {};
      node = node[key] as ApiObject;
    }
    const list = (node['_errors'] ??= []) as unknown[];
    list.push({ code: v.code, message: v.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}
