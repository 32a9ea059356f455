/**
 * Builds a mock interview from a seed: cards spread over the tags (see
 * pick-cards.ts), one generated subnet calculation, and — in interviews of
 * DESIGN_MINUTES or more — the deployment sketch as a two-part design
 * question at the end. Pure: the same decks, options and weakness give the
 * same interview.
 */
import type { Deck, Drill } from '../deck/schema.js';
import { UsageError } from '../errors.js';
import { mulberry32 } from '../drills/prng.js';
import { generateSubnetProblem } from '../drills/subnet-problems.js';
import { candidates, pickCards } from './pick-cards.js';
import { cardQuestionText, designQuestionText } from './question-text.js';
import type { DesignPart, MockOptions, MockPlan, MockQuestion } from './types.js';

/** Interviews this long or longer get the design question. */
export const DESIGN_MINUTES = 45;
/** Minutes a question takes on average (sets the default count). */
export const MINUTES_PER_QUESTION = 4;
/** Tags the calculation counts toward. */
export const CALCULATION_TAGS = ['subnet'];
export const DESIGN_PARTS: readonly DesignPart[] = ['fargate', 'cloudrun'];
const DESIGN_TAGS: Record<DesignPart, string[]> = { fargate: ['fargate', 'deploy'], cloudrun: ['cloud-run', 'deploy'] };

export interface PlanInput {
  decks: readonly Deck[];
  /** The deployment-sketch drill (the design question); without it there is none. */
  design?: Drill | undefined;
  options: MockOptions;
  /** Card key → weakness 0..1 (for `--mix weak`); default: all equal. */
  weakness?: ((key: string) => number) | undefined;
}

/** Every tag of the decks' askable cards, sorted. */
export function deckTags(decks: readonly Deck[]): string[] {
  return [...new Set(decks.flatMap((d) => d.cards.filter((c) => c.kind !== 'generated').flatMap((c) => c.tags ?? [])))].sort();
}

/** Questions asked when --questions is not given. */
export function defaultQuestionCount(minutes: number, design: boolean): number {
  return design ? DESIGN_PARTS.length + Math.max(2, Math.round((minutes - 15) / MINUTES_PER_QUESTION)) : Math.max(2, Math.round(minutes / MINUTES_PER_QUESTION));
}

function checkTags(wanted: readonly string[] | undefined, known: readonly string[]): string[] {
  if (!wanted?.length) return [...known];
  const unknown = wanted.filter((t) => !known.includes(t));
  if (unknown.length) throw new UsageError(`unknown tag${unknown.length === 1 ? '' : 's'} ${unknown.map((t) => `"${t}"`).join(', ')}; the tags are: ${known.join(', ')}`);
  return [...new Set(wanted)];
}

export function buildPlan({ decks, design, options, weakness = () => 0 }: PlanInput): MockPlan {
  const withDesign = !!design?.sections?.length && options.minutes >= DESIGN_MINUTES;
  const fixed = 1 + (withDesign ? DESIGN_PARTS.length : 0);
  const total = options.questions ?? defaultQuestionCount(options.minutes, withDesign);
  if (total < fixed) {
    throw new UsageError(`--questions ${total} is too few: ${withDesign ? `a ${options.minutes}-minute interview has a calculation and a two-part design question` : 'every interview has a calculation'}; use --questions ${fixed} or more`);
  }
  const tags = checkTags(options.tags, deckTags(decks));
  const random = mulberry32(options.seed);
  const pool = candidates(decks, tags);
  const cards = pickCards({ pool, tags, count: total - fixed, mix: options.mix, random, weakness });
  const notes = cards.length < total - fixed ? [`Only ${cards.length} card${cards.length === 1 ? '' : 's'} carry ${options.tags?.length ? 'these tags' : 'tags'}, so the interview has ${cards.length + fixed} questions.`] : [];
  const wanted = new Set(tags);
  const drafts: Omit<MockQuestion, 'id' | 'softMs'>[] = cards.map((c) => ({ kind: 'card', ref: c.key, tags: (c.card.tags ?? []).filter((t) => wanted.has(t)), prompt: cardQuestionText(c.card) }));
  const problemSeed = Math.floor(random() * 2 ** 32) >>> 0;
  const calculation = { kind: 'calculation' as const, ref: 'subnet-bits', seed: problemSeed, tags: CALCULATION_TAGS, prompt: generateSubnetProblem(problemSeed).text };
  // The calculation comes mid-interview, as an interviewer would put it.
  drafts.splice(Math.floor(drafts.length / 2), 0, calculation);
  if (withDesign) for (const part of DESIGN_PARTS) drafts.push({ kind: 'design', ref: design!.id, part, tags: DESIGN_TAGS[part], prompt: designQuestionText(design!, part) });
  return { options: { ...options, tags: options.tags?.length ? tags : undefined }, tags, questions: withSoftTimes(drafts, options.minutes, design), notes };
}

/** Splits the interview's minutes: each design half gets half the drill's time, the rest share what is left. */
function withSoftTimes(drafts: readonly Omit<MockQuestion, 'id' | 'softMs'>[], minutes: number, design: Drill | undefined): MockQuestion[] {
  const totalMs = minutes * 60_000;
  const designs = drafts.filter((d) => d.kind === 'design').length;
  const designMs = design && designs ? Math.min((design.minutes * 60_000) / 2, totalMs / drafts.length * 2) : 0;
  const otherMs = (totalMs - designMs * designs) / Math.max(1, drafts.length - designs);
  return drafts.map((d, i) => ({ id: `q${i + 1}`, ...d, softMs: Math.round(d.kind === 'design' ? designMs : otherMs) }));
}
