import { z } from 'zod';
import { DrillbitError } from '../core/errors.js';
import type { SchedulerSettings } from '../core/scheduling/settings.js';

const STEP = /^\d+(\.\d+)?[mhd]$/;
const steps = () => z.array(z.string('a step like "10m" (a number and a unit m, h or d)').regex(STEP, 'a step like "10m" (a number and a unit m, h or d)'), 'a list of steps like ["1m", "10m"]');
const int = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number(`${what}`).int(`${what}`).gte(min, `${what}`).lte(max, `${what}`);

/**
 * settings.json in the data directory: any subset of the scheduler settings.
 * Each entry is one key here (other features add theirs beside them); an
 * unknown key is an error, so a misspelt setting does not pass unnoticed.
 */
export const settingsShape = () => ({
  desiredRetention: z.number('a number between 0.7 and 0.99').gte(0.7, 'a number between 0.7 and 0.99').lte(0.99, 'a number between 0.7 and 0.99'),
  newPerDay: int('a whole number, 0 or more', 0),
  reviewsPerDay: int('a whole number, 0 or more', 0),
  dayStartHour: int('a whole hour from 0 to 23', 0, 23),
  leechLapses: int('a whole number, 1 or more', 1),
  learnAheadMs: int('a whole number of milliseconds, 0 or more', 0),
  learningSteps: steps(),
  relearningSteps: steps(),
  /** Written by `drillbit optimize`. */
  fsrsParameters: z.strictObject({
    w: z.array(z.number()).length(21),
    reviews: z.number().int().gte(0),
    fittedAt: z.iso.datetime(),
    logLoss: z.number(),
    rmse: z.number(),
    previousLogLoss: z.number(),
    previousRmse: z.number(),
    predictedRetention: z.number().gte(0).lte(1).optional(),
    actualRetention: z.number().gte(0).lte(1).optional(),
  }),
});

const buildSettingsSchema = () => z.strictObject(settingsShape()).partial();
// Built on first use, as the store's record schemas are (records.ts).
let settingsSchema: ReturnType<typeof buildSettingsSchema> | undefined;

/**
 * A settings file that cannot be used. Not fatal: the collection opens with
 * the default settings and says so (the learner's reviews matter more than
 * a typo in a setting).
 */
export class SettingsError extends DrillbitError {
  override name = 'SettingsError';
  constructor(
    readonly where: string,
    readonly what: string,
    /** The setting at fault, when the JSON parsed. */
    readonly key?: string,
  ) {
    super(`${where}: ${what}`);
  }
}

/** The one-line notice for an unusable settings file. */
export const settingsNotice = (e: SettingsError): string =>
  `${e.where}: ${e.what}; drillbit uses the default settings until you fix or delete the file`;

/** `file:line:col` of a JSON syntax error, from V8's "at position N" (line 1 when it gives none). */
export function jsonErrorWhere(file: string, text: string, error: Error): string {
  const pos = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  if (!Number.isFinite(pos)) return `${file}:1:1`;
  const before = text.slice(0, pos).split('\n');
  return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

/** `file:line` of the first `"key"` in `text` (file alone when it is not there). */
export function keyWhere(file: string, text: string | undefined, key: string | undefined): string {
  const at = key && text ? text.indexOf(JSON.stringify(key)) : -1;
  return at < 0 ? file : `${file}:${text!.slice(0, at).split('\n').length}`;
}

/**
 * Validates a settings document (null: none); throws SettingsError naming the
 * setting, what it must be and what it is. `text` places the bad key.
 */
export function parseSettings(raw: unknown, file: string, text?: string): Partial<SchedulerSettings> {
  if (raw === null || raw === undefined) return {};
  const parsed = (settingsSchema ??= buildSettingsSchema()).safeParse(raw);
  if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(settingsShape()).join(', ');
    throw new SettingsError(keyWhere(file, text, issue.keys[0]), `unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')} (the settings are ${known})`, issue.keys[0]);
  }
  if (issue.path.length === 0) throw new SettingsError(file, 'must be a JSON object of settings');
  const key = issue.path[0] as string;
  let value: unknown = raw;
  for (const p of issue.path) value = (value as Record<PropertyKey, unknown>)?.[p as PropertyKey];
  const at = issue.path.length > 1 ? `${key}[${issue.path.slice(1).join('.')}]` : key;
  throw new SettingsError(keyWhere(file, text, key), `${at} must be ${issue.message} (it is ${JSON.stringify(value)})`, key);
}
