/**
 * Builds the `data.options` of an interaction from friendly test input.
 *
 * Tests write `{ event: 'russia-confirmed', limit: 3 }`; option types come from the command the
 * bot registered with the stand-in (so `limit` is sent as INTEGER or NUMBER exactly as declared),
 * and are inferred from the JavaScript value when the command was never registered.
 */
import { OptionType, type ApiObject, type HostedAttachment } from './payloads.ts';

/** One option exactly as Discord sends it inside `data.options`. */
export interface ApiOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: ApiOption[];
  focused?: boolean;
}

/** A friendly option value; an attachment is one returned by `hostAttachment()`. */
export type OptionValue = string | number | boolean | HostedAttachment;

/** Either a record of option values or the raw API option list. */
export type OptionsInput = Readonly<Record<string, OptionValue>> | readonly ApiOption[];

/** Where the options live and which one the user is typing in (autocomplete). */
export interface OptionPlacement {
  subcommand?: string;
  subcommandGroup?: string;
  /** Name of the option being typed in (autocomplete); its value is sent as a string. */
  focused?: string;
}

/** Built options plus the attachments to put into `data.resolved.attachments`. */
export interface BuiltOptions {
  options: ApiOption[];
  attachments: Record<string, HostedAttachment>;
}

/** True for an attachment object returned by `hostAttachment()`. */
export function isHostedAttachment(value: unknown): value is HostedAttachment {
  return typeof value === 'object' && value !== null && 'id' in value && 'url' in value && 'filename' in value;
}

function inferType(value: OptionValue): number {
  if (isHostedAttachment(value)) return OptionType.Attachment;
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function findDef(defs: readonly ApiObject[] | undefined, name: string): ApiObject | undefined {
  return defs?.find((d) => d['name'] === name);
}

function childDefs(def: ApiObject | undefined): ApiObject[] | undefined {
  return Array.isArray(def?.['options']) ? (def['options'] as ApiObject[]) : undefined;
}

/**
 * Builds `data.options` for a command whose registered option definitions are `defs`
 * (undefined when the command was not registered).
 */
export function buildOptions(input: OptionsInput | undefined, defs: readonly ApiObject[] | undefined, place: OptionPlacement = {}): BuiltOptions {
  const attachments: Record<string, HostedAttachment> = {};
  let leaves: ApiOption[];
  if (Array.isArray(input)) {
    leaves = structuredClone(input as ApiOption[]);
    if (place.focused) markFocused(leaves, place.focused);
  } else {
    let levelDefs = defs;
    if (place.subcommandGroup) levelDefs = childDefs(findDef(levelDefs, place.subcommandGroup));
    if (place.subcommand) levelDefs = childDefs(findDef(levelDefs, place.subcommand));
    leaves = Object.entries((input ?? {}) as Record<string, OptionValue>).map(([name, value]) => {
      const def = findDef(levelDefs, name);
      const type = typeof def?.['type'] === 'number' ? def['type'] : inferType(value);
      if (place.focused === name) return { name, type, value: String(isHostedAttachment(value) ? value.id : value), focused: true };
      if (isHostedAttachment(value)) {
        attachments[value.id] = value;
        return { name, type, value: value.id };
      }
      return { name, type, value };
    });
    if (place.focused && !leaves.some((o) => o.focused)) {
      throw new Error(`standin/options: focused option "${place.focused}" has no value in options`);
    }
  }
  if (place.subcommand) leaves = [{ name: place.subcommand, type: OptionType.Subcommand, options: leaves }];
  if (place.subcommandGroup) leaves = [{ name: place.subcommandGroup, type: OptionType.SubcommandGroup, options: leaves }];
  return { options: leaves, attachments };
}

function markFocused(options: ApiOption[], name: string): boolean {
  for (const o of options) {
    if (o.name === name && o.type !== OptionType.Subcommand && o.type !== OptionType.SubcommandGroup) {
      o.focused = true;
      o.value = String(o.value ?? '');
      return true;
    }
    if (o.options && markFocused(o.options, name)) return true;
  }
  return false;
}
