/**
 * The deck and drill file formats, as zod schemas. This is the contract deck
 * authors write against (see docs/deck-format.md); the parser turns YAML into
 * these types and reports every violation with its file:line:col.
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');

const text = z.string().trim().min(1, 'must not be empty');

/**
 * A phrasing the answer may use. `$name` stands for every phrasing of the
 * deck-wide synonym group `name`.
 */
export const phraseSchema = text;
export const phraseListSchema = z.array(phraseSchema).min(1, 'needs at least one phrasing');

/** Verdict thresholds on the 0..1 score: `score >= correct` is correct, `>= partial` partial. */
export const thresholdsSchema = z
  .strictObject({
    correct: z.number().gt(0).lte(1),
    partial: z.number().gte(0).lt(1),
  })
  .refine((t) => t.partial < t.correct, { message: 'partial must be below correct' });

export const numberSpecSchema = z.strictObject({
  value: z.number(),
  /** e.g. `MiB`, `GB`, `vCPU`, `s`, `min`, `ips`; compared after unit conversion. */
  unit: z.string().trim().min(1).optional(),
  /** Absolute tolerance in `unit` (default 0: exact). */
  tolerance: z.number().gte(0).optional(),
});

/** How a criterion or contradiction recognises a statement in the answer. */
const matcherShape = {
  /** Any one of these phrasings. */
  any: phraseListSchema.optional(),
  /** Every item must appear; an item that is a list is any-of. */
  all: z.array(z.union([phraseSchema, phraseListSchema])).min(1).optional(),
  /** Two ideas stated together (same sentence or clause): [first any-of, second any-of]. */
  together: z.tuple([phraseListSchema, phraseListSchema]).optional(),
  /** A number with unit and tolerance. */
  number: numberSpecSchema.optional(),
  /** A CIDR prefix, `/25`, or block, `10.0.0.0/24`. */
  cidr: z.string().regex(/^(\d{1,3}(\.\d{1,3}){3})?\/\d{1,2}$/, 'must look like /25 or 10.0.0.0/24').optional(),
  /**
   * `affirm` (default): the answer must state it. `deny`: the answer must
   * state it negated ("Fargate is not an orchestrator").
   */
  polarity: z.enum(['affirm', 'deny']).optional(),
};

/** One way of stating an idea; a criterion's `either` lists several. */
export const alternativeSchema = z
  .strictObject(matcherShape)
  .superRefine((value, ctx) => exactlyOneMatcher(value, ctx));

export const MATCHER_KEYS = ['any', 'all', 'together', 'number', 'cidr', 'either'] as const;
export type MatcherKey = (typeof MATCHER_KEYS)[number];

function exactlyOneMatcher(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const present = MATCHER_KEYS.filter((k) => value[k] !== undefined);
  if (present.length === 0) {
    ctx.addIssue({ code: 'custom', message: `needs one of: ${MATCHER_KEYS.join(', ')}` });
  } else if (present.length > 1) {
    ctx.addIssue({ code: 'custom', message: `has ${present.join(' and ')}; use exactly one of: ${MATCHER_KEYS.join(', ')}` });
  }
}

export const criterionSchema = z
  .strictObject({
    id: slug,
    weight: z.number().gte(0).optional(),
    /** Shown when the criterion is missed: what was missing, in a learner's words. */
    hint: text.optional(),
    /** A required criterion left unmet keeps the verdict below correct. */
    required: z.boolean().optional(),
    ...matcherShape,
    /** Met when any one of these alternatives is met (each with its own polarity). */
    either: z.array(alternativeSchema).min(2, 'needs at least two alternatives').optional(),
  })
  .superRefine(exactlyOneMatcher);

export const contradictionSchema = z
  .strictObject({
    id: slug,
    /** Shown when the answer affirms the contradiction: why it is wrong. */
    message: text.optional(),
    /** The score is capped at this value (default 0.2). */
    cap: z.number().gte(0).lte(1).optional(),
    /** Or this much is subtracted from the score. */
    penalty: z.number().gt(0).lte(1).optional(),
    ...matcherShape,
    either: z.array(alternativeSchema).min(2, 'needs at least two alternatives').optional(),
  })
  .superRefine(exactlyOneMatcher);

export const rubricSchema = z.strictObject({
  criteria: z.array(criterionSchema).min(1, 'needs at least one criterion'),
  contradictions: z.array(contradictionSchema).optional(),
});

export const VERDICTS = ['correct', 'partial', 'incorrect'] as const;

/**
 * A labelled answer on a card: `drillbit lint` grades it and reports a verdict
 * other than the expected one. `pending: true` marks a known grader gap: it is
 * still graded and reported as pending, but does not fail lint.
 */
export const exampleSchema = z.strictObject({
  answer: text,
  verdict: z.enum(VERDICTS),
  pending: z.boolean().optional(),
});

export const CARD_KINDS = ['text', 'choice', 'numeric', 'cidr', 'cloze', 'generated'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const cardSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(CARD_KINDS),
    prompt: text,
    /** The model answer, shown after grading (and the reference for reference-only grading). */
    answer: text,
    tags: z.array(slug).optional(),
    /** Which part of the source material the card comes from. */
    source: text.optional(),
    /** Cards of one group are siblings: never shown back to back. */
    group: slug.optional(),
    thresholds: thresholdsSchema.optional(),
    /** kind text: rubric grading; without a rubric, reference-only grading against `answer`. */
    rubric: rubricSchema.optional(),
    /** kind choice: the options, and the exact text of the right one. */
    choices: z.array(text).min(2).optional(),
    correct: text.optional(),
    /** kind numeric. */
    number: numberSpecSchema.optional(),
    /** kind cidr: the expected prefix or block. */
    cidr: z.string().regex(/^(\d{1,3}(\.\d{1,3}){3})?\/\d{1,2}$/, 'must look like /25 or 10.0.0.0/24').optional(),
    /** kind cloze: text with blanks `{{accepted|also accepted}}`. */
    cloze: text.optional(),
    /** kind generated: which generator makes a fresh problem each time. */
    generator: z.enum(['subnet-bits']).optional(),
    /** Labelled answers that `drillbit lint` grades against their expected verdict. */
    examples: z.array(exampleSchema).min(1, 'needs at least one example').optional(),
  })
  .superRefine((card, ctx) => {
    const needs: Record<CardKind, readonly (keyof typeof card)[]> = {
      text: [],
      choice: ['choices', 'correct'],
      numeric: ['number'],
      cidr: ['cidr'],
      cloze: ['cloze'],
      generated: ['generator'],
    };
    const owned: Record<string, CardKind> = {
      rubric: 'text',
      choices: 'choice',
      correct: 'choice',
      number: 'numeric',
      cidr: 'cidr',
      cloze: 'cloze',
      generator: 'generated',
    };
    for (const key of needs[card.kind]) {
      if (card[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `kind ${card.kind} needs "${key}"` });
    }
    for (const [key, kind] of Object.entries(owned)) {
      if (kind !== card.kind && card[key as keyof typeof card] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" belongs to kind ${kind}, not ${card.kind}` });
      }
    }
    if (card.kind === 'choice' && card.choices && card.correct !== undefined && !card.choices.includes(card.correct)) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'must be exactly one of the choices' });
    }
    if (card.kind === 'generated' && card.examples !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['examples'], message: 'a generated card makes its own problems; examples belong to the other kinds' });
    }
    if (card.kind === 'cloze' && card.cloze !== undefined && !/\{\{[^{}]+\}\}/.test(card.cloze)) {
      ctx.addIssue({ code: 'custom', path: ['cloze'], message: 'needs at least one blank written {{answer}}' });
    }
  });

export const deckSchema = z.strictObject({
  id: slug,
  title: text,
  description: text.optional(),
  /** Deck-wide concept aliases: `name: [phrasing, ...]`, referred to as `$name` in rubrics. */
  synonyms: z.record(slug, phraseListSchema).optional(),
  cards: z.array(cardSchema).min(1, 'a deck needs at least one card'),
});

export const drillSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'must be dotted lower-case words, e.g. fargate.image'),
  title: text.optional(),
  prompt: text,
  answer: text,
  /** Deck cards with these tags come into review when this section scores poorly. */
  tags: z.array(slug).optional(),
  thresholds: thresholdsSchema.optional(),
  rubric: rubricSchema,
});

export const DRILL_CHECKS = [
  'fargate-task-size',
  'cloudrun-limits',
  'static-credentials',
  'plain-http',
  'latest-tag',
] as const;

export const drillSchema = z
  .strictObject({
    id: slug,
    title: text,
    /** Time limit in minutes. */
    minutes: z.number().gt(0).lte(240),
    instructions: text,
    scenario: text.optional(),
    synonyms: z.record(slug, phraseListSchema).optional(),
    sections: z.array(drillSectionSchema).min(1).optional(),
    /** Structural checks run over the whole attempt, beside the rubrics. */
    checks: z.array(z.enum(DRILL_CHECKS)).optional(),
    generator: z
      .strictObject({
        id: z.enum(['subnet-bits']),
        /** Problems in one round. */
        problems: z.number().int().gte(1).lte(50).optional(),
      })
      .optional(),
  })
  .superRefine((drill, ctx) => {
    if ((drill.sections === undefined) === (drill.generator === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of "sections" or "generator"' });
    }
  });

export type Thresholds = z.infer<typeof thresholdsSchema>;
export type NumberSpec = z.infer<typeof numberSpecSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Contradiction = z.infer<typeof contradictionSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type Deck = z.infer<typeof deckSchema>;
export type DrillSection = z.infer<typeof drillSectionSchema>;
export type Drill = z.infer<typeof drillSchema>;
export type DrillCheck = (typeof DRILL_CHECKS)[number];
