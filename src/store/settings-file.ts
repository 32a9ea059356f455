import { z } from 'zod';
import { DrillbitError } from '../core/errors.js';
import type { SchedulerSettings } from '../core/scheduling/settings.js';

const STEP = /^\d+(\.\d+)?[mhd]$/;
const steps = z.array(z.string('a step like "10m" (a number and a unit m, h or d)').regex(STEP, 'a step like "10m" (a number and a unit m, h or d)'), 'a list of steps like ["1m", "10m"]');
const int = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number(`${what}`).int(`${what}`).gte(min, `${what}`).lte(max, `${what}`);

/**
 * settings.json in the data directory: any subset of the scheduler settings.
 * Each entry is one key here (other features add theirs beside them); an
 * unknown key is an error, so a misspelt setting does not pass unnoticed.
 */
export const settingsShape = {
  desiredRetention: z.number('a number between 0.7 and 0.99').gte(0.7, 'a number between 0.7 and 0.99').lte(0.99, 'a number between 0.7 and 0.99'),
  newPerDay: int('a whole number, 0 or more', 0),
  reviewsPerDay: int('a whole number, 0 or more', 0),
  dayStartHour: int('a whole hour from 0 to 23', 0, 23),
  leechLapses: int('a whole number, 1 or more', 1),
  learnAheadMs: int('a whole number of milliseconds, 0 or more', 0),
  learningSteps: steps,
  relearningSteps: steps,
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
};

export const settingsSchema = z.strictObject(settingsShape).partial();

/** Validates a settings document (null: none); an invalid one is one line naming the key, what it must be and what it is. */
export function parseSettings(raw: unknown, where: string): Partial<SchedulerSettings> {
  if (raw === null || raw === undefined) return {};
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(settingsShape).join(', ');
    throw new DrillbitError(`${where}: unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')} (the settings are ${known}); fix or delete the file`);
  }
  if (issue.path.length === 0) throw new DrillbitError(`${where}: must be a JSON object of settings; fix or delete the file`);
  const key = issue.path[0] as string;
  let value: unknown = raw;
  for (const p of issue.path) value = (value as Record<PropertyKey, unknown>)?.[p as PropertyKey];
  const at = issue.path.length > 1 ? `${key}[${issue.path.slice(1).join('.')}]` : key;
  throw new DrillbitError(`${where}: ${at} must be ${issue.message} (it is ${JSON.stringify(value)}); fix or delete the file`);
}
