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

/** Validates a settings document (null: none). */
export function parseSettings(raw: unknown, where: string): Partial<SchedulerSettings> {
  if (raw === null || raw === undefined) return {};
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const issue = parsed.error.issues[0]!;
  throw new DrillbitError(`${where}: ${issue.path.join('.') || 'settings'}: ${issue.message}; fix or delete the file`);
}
