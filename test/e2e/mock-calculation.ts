/**
 * The calculation of the e2e interview (`--seed 2 --questions 3 --tags iam`),
 * worked out by the core, so the tests follow the subnet generator when it
 * changes instead of pinning its numbers.
 */
import { fileURLToPath } from 'node:url';
import { loadDecks } from '../../src/cli/content.js';
import { generateSubnetProblem } from '../../src/core/drills/subnet-problems.js';
import { buildPlan } from '../../src/core/mock/index.js';

// The same frozen deck the interviews run on (test/fixtures/mock).
const deck = fileURLToPath(new URL('../fixtures/mock/managed-containers.yaml', import.meta.url));
const plan = buildPlan({ decks: await loadDecks([deck]), options: { minutes: 30, questions: 3, tags: ['iam'], mix: 'even', seed: 2 } });
const problem = generateSubnetProblem(plan.questions.find((q) => q.kind === 'calculation')!.seed!);

/** The problem's lines as asked. */
export const CALC_LINES = problem.text.split('\n');
/** A right answer, like "67 /25". */
export const CALC_ANSWER = `${problem.solution.addressesNeeded} /${problem.solution.prefix}`;
