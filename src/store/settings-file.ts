import { z } from 'zod';
import { DrillbitError } from '../core/errors.js';
import type { SchedulerSettings } from '../core/scheduling/settings.js';

/** settings.json in the data directory: any subset of the scheduler settings. */
export const settingsSchema = z.strictObject({
  desiredRetention: z.number().gt(0.5).lt(1).optional(),
  newPerDay: z.number().int().gte(0).optional(),
  reviewsPerDay: z.number().int().gte(0).optional(),
  dayStartHour: z.number().int().gte(0).lte(23).optional(),
  leechLapses: z.number().int().gte(1).optional(),
  learnAheadMs: z.number().int().gte(0).optional(),
  /** Written by `drillbit optimize`. */
  fsrsParameters: z
    .strictObject({
      w: z.array(z.number()).length(21),
      reviews: z.number().int().gte(0),
      fittedAt: z.iso.datetime(),
      logLoss: z.number(),
      rmse: z.number(),
      previousLogLoss: z.number(),
      previousRmse: z.number(),
      predictedRetention: z.number().gte(0).lte(1).optional(),
      actualRetention: z.number().gte(0).lte(1).optional(),
    })
    .optional(),
});

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

/** Validates a settings document (null: none); throws SettingsError. `text` places the bad key. */
export function parseSettings(raw: unknown, file: string, text?: string): Partial<SchedulerSettings> {
  if (raw === null || raw === undefined) return {};
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const issue = parsed.error.issues[0]!;
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.map(String).join('.') || undefined;
  const what = issue.code === 'unrecognized_keys' ? `unknown setting "${key}"` : `${key ?? 'settings'}: ${issue.message}`;
  throw new SettingsError(keyWhere(file, text, key), what, key);
}
