/**
 * Grades a learner's answer to a subnet problem: reads the prefix (`/25`,
 * `25`, `10.0.0.0/25`) and an optional address count (`72 /25`), and names
 * the classic mistake the answer matches.
 */
import type { SubnetMistake } from './subnet-mistakes.js';
import { ANSWER_FORMAT, type SubnetProblem } from './subnet-problems.js';
import { LARGEST_PREFIX, prefixFor } from './subnet-solver.js';

/** What the learner wrote, read. */
export interface SubnetAnswer {
  prefix?: number;
  addresses?: number;
}

/** The verdict on one subnet answer. */
export interface SubnetGrade {
  correct: boolean;
  answer: SubnetAnswer;
  /** Mistakes whose answer equals the learner's (narrowed by the count when given). */
  matched: SubnetMistake[];
  /** One-paragraph diagnosis in a learner's words. */
  diagnosis: string;
  /** The worked solution, step by step. */
  steps: string[];
}

const CIDR = /(?:\d{1,3}(?:\.\d{1,3}){3})?\/(\d{1,2})\b/;

/** Reads a prefix and an optional address count from free text. */
export function parseSubnetAnswer(text: string): SubnetAnswer {
  const cidr = CIDR.exec(text);
  const rest = cidr ? text.slice(0, cidr.index) + ' ' + text.slice(cidr.index + cidr[0].length) : text;
  const numbers = [...rest.matchAll(/(?<![\d.])\d+(?![\d.])/g)].map((m) => Number(m[0]));
  if (cidr) return { prefix: Number(cidr[1]), addresses: numbers[0] };
  if (numbers.length === 1) return { prefix: numbers[0] };
  const prefixes = numbers.filter((n) => n <= 32);
  if (numbers.length >= 2 && prefixes.length === 1) return { prefix: prefixes[0], addresses: numbers.find((n) => n > 32) };
  return numbers.length >= 2 ? { prefix: numbers[numbers.length - 1], addresses: numbers[0] } : {};
}

function list(mistakes: readonly SubnetMistake[]): string {
  return mistakes.map((m) => m.description).join('; or ');
}

/** Asked of a learner who gave a bare prefix. */
const ASK_COUNT = 'Next time give the addresses needed with the prefix (like "72 /25") so the mistake can be named.';

/** A wrong answer with the address count: name the mistake by (count, prefix), else by the count alone. */
function diagnoseWithCount(problem: SubnetProblem, prefix: number, addresses: number, head: string): { matched: SubnetMistake[]; diagnosis: string } {
  const { solution } = problem;
  const exact = problem.mistakes.filter((m) => m.prefix === prefix && m.addressesNeeded === addresses);
  if (exact.length) return { matched: exact, diagnosis: `${head} You ${list(exact)}.` };
  const fits = safePrefix(addresses);
  const fitText = fits === undefined ? 'no /16–/28 block holds that many' : `that is /${fits}`;
  const byCount = problem.mistakes.filter((m) => m.addressesNeeded === addresses && m.addressesNeeded !== solution.addressesNeeded);
  if (byCount.length) {
    return {
      matched: byCount,
      diagnosis: `${head} Your count of ${addresses} comes from this mistake: you ${list(byCount)}. And /${prefix} is not the smallest block for ${addresses} addresses either (${fitText}).`,
    };
  }
  if (addresses === solution.addressesNeeded) {
    return { matched: [], diagnosis: `${head} Your count of ${addresses} is right; the smallest block that holds ${addresses} addresses is /${solution.prefix} (${solution.totalAddresses}).` };
  }
  return {
    matched: [],
    diagnosis: `${head} It matches none of the classic mistakes; compare your working with the steps. Your count of ${addresses} addresses differs from the ${solution.addressesNeeded} needed.`,
  };
}

/** A wrong bare prefix: every mistake it could come from, and a request for the count. */
function diagnoseBare(problem: SubnetProblem, prefix: number, head: string): { matched: SubnetMistake[]; diagnosis: string } {
  const matched = problem.mistakes.filter((m) => m.prefix === prefix);
  if (!matched.length) return { matched, diagnosis: `${head} It matches none of the classic mistakes; compare your working with the steps. ${ASK_COUNT}` };
  const which = matched.length === 1 ? 'this mistake' : 'any of these mistakes';
  return { matched, diagnosis: `${head} A bare /${prefix} could come from ${which}: you ${list(matched)}. ${ASK_COUNT}` };
}

export function gradeSubnetAnswer(problem: SubnetProblem, text: string): SubnetGrade {
  const { solution } = problem;
  const answer = parseSubnetAnswer(text);
  const steps = solution.steps;
  const right = `/${solution.prefix} (${solution.addressesNeeded} addresses needed)`;
  if (!text.trim()) {
    return { correct: false, answer, matched: [], steps, diagnosis: `No answer; the answer is ${right}.` };
  }
  if (answer.prefix === undefined) {
    return { correct: false, answer, matched: [], steps, diagnosis: `No prefix found in "${text.trim()}"; ${ANSWER_FORMAT.charAt(0).toLowerCase()}${ANSWER_FORMAT.slice(1)} The answer is ${right}.` };
  }
  if (answer.prefix === solution.prefix) {
    const diagnosis =
      answer.addresses === undefined
        ? `Right: /${solution.prefix}. Next time give the addresses needed with the prefix ("${solution.addressesNeeded} /${solution.prefix}").`
        : answer.addresses === solution.addressesNeeded
          ? `Right: ${solution.addressesNeeded} addresses, /${solution.prefix}.`
          : `Right: /${solution.prefix}. Your count of ${answer.addresses} addresses differs from the ${solution.addressesNeeded} needed.`;
    return { correct: true, answer, matched: [], steps, diagnosis };
  }
  const head = `/${answer.prefix} is wrong; the answer is ${right}.`;
  const { matched, diagnosis } =
    answer.addresses === undefined ? diagnoseBare(problem, answer.prefix, head) : diagnoseWithCount(problem, answer.prefix, answer.addresses, head);
  return { correct: false, answer, matched, steps, diagnosis };
}

/** Prefix for `needed`, or undefined when no /16–/28 block holds it. */
function safePrefix(needed: number): number | undefined {
  return needed >= 1 && needed <= 2 ** (32 - LARGEST_PREFIX) ? prefixFor(needed) : undefined;
}
