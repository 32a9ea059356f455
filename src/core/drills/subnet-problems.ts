/**
 * Seeded subnet-sizing problems, drawn and redrawn until the classic mistakes
 * separate: every mistake gives a wrong prefix, and no two mistakes give the
 * same (addresses needed, prefix) answer.
 *
 * Separating all five by the prefix alone is arithmetically impossible:
 * forgetting the surge (maximumPercent ≤ 200 at most halves the peak) and
 * forgetting the 5 reserved addresses can each only make the answer one
 * prefix longer — the same place rounding down lands — and forgetting the
 * spread over 2–3 subnets can only make it one prefix shorter whenever the
 * reserved mistake changes the answer at all. So every problem asks for the
 * address count beside the prefix (`72 /25`, ANSWER_FORMAT), which tells every
 * mistake apart; a bare prefix is still graded, its feedback listing the
 * mistakes it could come from.
 */
import { mulberry32, pick, randomInt } from './prng.js';
import { applicableMistakes, subnetMistakes, type SubnetMistake } from './subnet-mistakes.js';
import { solveSubnet, type SubnetInput, type SubnetSolution } from './subnet-solver.js';

/** One generated problem, reproducible from its seed. */
export interface SubnetProblem {
  seed: number;
  input: SubnetInput;
  solution: SubnetSolution;
  mistakes: SubnetMistake[];
  /** The question as shown to the learner. */
  text: string;
}

export const MAX_PERCENTS = [100, 150, 200] as const;

/**
 * True when the problem tells apart every mistake that can be made on it (see
 * the module comment): at 100 % there is no surge to forget, in one subnet no
 * spread, so those problems test the other mistakes only.
 */
export function mistakesSeparate(input: SubnetInput, solution: SubnetSolution, mistakes: readonly SubnetMistake[]): boolean {
  if (mistakes.length !== applicableMistakes(input)) return false;
  if (mistakes.some((m) => m.prefix === solution.prefix)) return false;
  const signatures = new Set(mistakes.map((m) => `${m.addressesNeeded}/${m.prefix}`));
  return signatures.size === mistakes.length;
}

/** How to answer, the last line of every generated problem (drill rounds and review cards). */
export const ANSWER_FORMAT = 'Answer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25".';

function describe(input: SubnetInput): string {
  const other = input.alb ? ' An ALB shares each subnet; it needs at least a /27 with 8 free addresses there.' : '';
  return (
    `A Fargate service runs ${input.desired} tasks (desiredCount) with deployment maximumPercent ${input.maxPercent}, ` +
    `spread evenly over ${input.subnets} subnet${input.subnets === 1 ? '' : 's'}.${other} ` +
    `What is the smallest prefix each subnet can have?\n${ANSWER_FORMAT}`
  );
}

/** The problem for a given input (its solution, mistakes and text), labelled with `seed`. */
export function subnetProblemFor(input: SubnetInput, seed: number): SubnetProblem {
  return { seed, input, solution: solveSubnet(input), mistakes: subnetMistakes(input), text: describe(input) };
}

/** Draws candidates from `seed` until the mistakes separate. Pure and deterministic. */
export function generateSubnetProblem(seed: number): SubnetProblem {
  const random = mulberry32(seed);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const input: SubnetInput = {
      desired: randomInt(random, 4, 400),
      maxPercent: pick(random, MAX_PERCENTS),
      subnets: randomInt(random, 1, 3),
      reserved: 5,
      extra: 0,
      alb: random() < 0.5,
    };
    const solution = solveSubnet(input);
    const mistakes = subnetMistakes(input);
    if (mistakesSeparate(input, solution, mistakes)) return { seed, input, solution, mistakes, text: describe(input) };
  }
  throw new Error(`no separable subnet problem found for seed ${seed}`);
}

/** `count` problems for one round, seeds derived from `seed`. */
export function generateSubnetRound(seed: number, count: number): SubnetProblem[] {
  return Array.from({ length: count }, (_, i) => generateSubnetProblem((seed + Math.imul(i, 0x9e3779b1)) >>> 0));
}
