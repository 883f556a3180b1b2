/**
 * The date-fns functions the project uses, loaded from the package's
 * CommonJS files. Importing them as ES modules made every process (and the
 * TypeScript entries of workers) pay for it on Node 24: date-fns is about
 * 150 module files for these functions, and to learn each `.js` file's format
 * Node reads the package's 200 KB package.json again — 324 ms for these
 * imports on Node 24.22 here, against 45 ms on Node 20. A `.cjs` file needs
 * no such lookup: 40-80 ms on Node 24. Same functions, same results; import
 * them from here, never from `date-fns` directly (one copy of the package in
 * a process, so a `TZDate` is the same class everywhere).
 *
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const { addDays } = require('date-fns/addDays') as typeof import('date-fns/addDays');
export const { format } = require('date-fns/format') as typeof import('date-fns/format');
export const { isExists } = require('date-fns/isExists') as typeof import('date-fns/isExists');
export const { isValid } = require('date-fns/isValid') as typeof import('date-fns/isValid');
export const { nextDay } = require('date-fns/nextDay') as typeof import('date-fns/nextDay');
export const { parse } = require('date-fns/parse') as typeof import('date-fns/parse');
export const { parseISO } = require('date-fns/parseISO') as typeof import('date-fns/parseISO');
export const { previousDay } = require('date-fns/previousDay') as typeof import('date-fns/previousDay');
export const { startOfISOWeek } = require('date-fns/startOfISOWeek') as typeof import('date-fns/startOfISOWeek');
export const { TZDate, tz } = require('@date-fns/tz') as typeof import('@date-fns/tz');
/** A date in a time zone (the class {@link TZDate} makes). */
export type TZDate = import('@date-fns/tz').TZDate;
