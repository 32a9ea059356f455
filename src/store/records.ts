/**
 * The on-disk shapes (schema version 1) and their conversion to domain types.
 * JSON is validated with zod at this boundary; nothing unvalidated reaches core.
 */
import { z } from 'zod';
import type { CardState } from '../core/scheduling/card-state.js';
import type { DayTally } from '../core/scheduling/stats.js';

export const SCHEMA_VERSION = 1;

/**
 * The schemas, built on first use: building them is most of what loading the
 * store costs at start-up, and a command that reads a checkpoint or an empty
 * collection (stats, the home view) validates nothing.
 */
function buildSchemas() {
  const iso = z.iso.datetime();
  const rating = z.enum(['again', 'hard', 'good', 'easy']);

  /** A card's stored state: FSRS memory state plus what the store knows about it. */
  const storedCardSchema = z.object({
    phase: z.enum(['new', 'learning', 'review', 'relearning']),
    due: iso,
    stability: z.number(),
    difficulty: z.number(),
    scheduledDays: z.number(),
    learningSteps: z.number(),
    reps: z.number().int().gte(0),
    lapses: z.number().int().gte(0),
    lastReview: iso.optional(),
    /** Content hash of the card when last reviewed (a different hash now: the card changed). */
    hash: z.string(),
    /** The last few answer times in ms (they define "clearly fast" for this card). */
    times: z.array(z.number().gte(0)),
  });

  const dayTallySchema = z.object({
    reviews: z.number().int().gte(0),
    newCards: z.number().int().gte(0),
    reviewPhase: z.number().int().gte(0),
    reviewPhasePassed: z.number().int().gte(0),
    carried: z.number().int().gte(0).optional(),
  });

  /** One review, as appended to history.jsonl. */
  const reviewRecordSchema = z.object({
    v: z.literal(1),
    type: z.literal('review'),
    id: z.string(),
    key: z.string(),
    at: iso,
    /** The learner's day it counts for (local time, day start applied when recorded). */
    day: z.string(),
    answer: z.string(),
    score: z.number(),
    verdict: z.enum(['correct', 'partial', 'incorrect']),
    suggested: rating,
    rating,
    overridden: z.boolean(),
    elapsedMs: z.number().gte(0),
    hash: z.string(),
    /** Desired retention in force, so a replay schedules exactly as the session did. */
    retention: z.number().gt(0).lt(1),
    /** Where the review happened when not in a drillbit session: `anki` (imported). */
    source: z.string().optional(),
    /** Fuzz was on, seeded by fuzzSeed(key, reviews before this one); absent in reviews recorded before fuzz. */
    fuzz: z.literal(true).optional(),
    /** (Re)learning steps in force when they were not the defaults. */
    steps: z.object({ learning: z.array(z.string()), relearning: z.array(z.string()) }).optional(),
    /** The answer arrived in one burst (pasted or typed ahead): its time says nothing about recall speed. */
    pasted: z.literal(true).optional(),
    /** The learner's day the sitting began, when it began on an earlier day than `day` (it ran past the day start). */
    sitting: z.string().optional(),
  });

  /** Undo of the review `of`: the card goes back to `restored` (null: never reviewed). */
  const undoRecordSchema = z.object({
    v: z.literal(1),
    type: z.literal('undo'),
    of: z.string(),
    key: z.string(),
    at: iso,
    day: z.string(),
    restored: storedCardSchema.nullable(),
    tally: dayTallySchema,
  });

  /** Cards a drill asked to review next. */
  const pullRecordSchema = z.object({ v: z.literal(1), type: z.literal('pull'), at: iso, keys: z.array(z.string()) });

  /** FSRS parameters in force for the reviews after it (null: the defaults), so a replay schedules as each review did. */
  const paramsRecordSchema = z.object({ v: z.literal(1), type: z.literal('params'), at: iso, w: z.array(z.number()).length(21).nullable() });

  const historyRecordSchema = z.discriminatedUnion('type', [reviewRecordSchema, undoRecordSchema, pullRecordSchema, paramsRecordSchema]);

  /** state.json: a checkpoint of everything the history implies, up to byte `historyBytes`. */
  const stateDocSchema = z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    historyBytes: z.number().int().gte(0),
    totalReviews: z.number().int().gte(0),
    cards: z.record(z.string(), storedCardSchema),
    pulled: z.array(z.string()),
    days: z.record(z.string(), dayTallySchema),
    /** FSRS parameters of the last params record (absent: the defaults). */
    params: z.array(z.number()).length(21).optional(),
  });
  return { storedCardSchema, dayTallySchema, reviewRecordSchema, undoRecordSchema, pullRecordSchema, paramsRecordSchema, historyRecordSchema, stateDocSchema };
}
let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = (): ReturnType<typeof buildSchemas> => (built ??= buildSchemas());

/** history.jsonl's records. */
export const historyRecordSchema = (): ReturnType<typeof buildSchemas>['historyRecordSchema'] => schemas().historyRecordSchema;
/** state.json. */
export const stateDocSchema = (): ReturnType<typeof buildSchemas>['stateDocSchema'] => schemas().stateDocSchema;
type Schemas = ReturnType<typeof buildSchemas>;
export type StoredCardJson = z.infer<Schemas['storedCardSchema']>;
export type ReviewRecord = z.infer<Schemas['reviewRecordSchema']>;
export type UndoRecord = z.infer<Schemas['undoRecordSchema']>;
export type HistoryRecord = z.infer<Schemas['historyRecordSchema']>;
export type StateDoc = z.infer<Schemas['stateDocSchema']>;

/** What the store keeps per card, in domain types. */
export interface StoredCard {
  state: CardState;
  hash: string;
  times: number[];
}

export function cardFromJson(j: StoredCardJson): StoredCard {
  return {
    state: {
      phase: j.phase,
      due: new Date(j.due),
      stability: j.stability,
      difficulty: j.difficulty,
      scheduledDays: j.scheduledDays,
      learningSteps: j.learningSteps,
      reps: j.reps,
      lapses: j.lapses,
      lastReview: j.lastReview ? new Date(j.lastReview) : undefined,
    },
    hash: j.hash,
    times: [...j.times],
  };
}

export function cardToJson(c: StoredCard): StoredCardJson {
  const s = c.state;
  return {
    phase: s.phase,
    due: s.due.toISOString(),
    stability: s.stability,
    difficulty: s.difficulty,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    ...(s.lastReview ? { lastReview: s.lastReview.toISOString() } : {}),
    hash: c.hash,
    times: [...c.times],
  };
}

export const emptyTally = (): DayTally => ({ reviews: 0, newCards: 0, reviewPhase: 0, reviewPhasePassed: 0 });
