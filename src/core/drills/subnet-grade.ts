/**
 * Grades a learner's answer to a subnet problem: reads the prefix (`/25`,
 * `25`, `10.0.0.0/25`) and an optional address count (`72 /25`), and names
 * the classic mistake the answer matches.
 */
import type { SubnetMistake } from './subnet-mistakes.js';
import type { SubnetProblem } from './subnet-problems.js';

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

export function gradeSubnetAnswer(problem: SubnetProblem, text: string): SubnetGrade {
  const { solution } = problem;
  const answer = parseSubnetAnswer(text);
  const steps = solution.steps;
  const right = `/${solution.prefix} (${solution.addressesNeeded} addresses needed)`;
  if (!text.trim()) {
    return { correct: false, answer, matched: [], steps, diagnosis: `No answer; the answer is ${right}.` };
  }
  if (answer.prefix === undefined) {
    return { correct: false, answer, matched: [], steps, diagnosis: `No prefix found in "${text.trim()}"; answer like /25, 25 or 10.0.0.0/25. The answer is ${right}.` };
  }
  const countNote =
    answer.addresses !== undefined && answer.addresses !== solution.addressesNeeded
      ? ` Your count of ${answer.addresses} addresses differs from the ${solution.addressesNeeded} needed.`
      : '';
  if (answer.prefix === solution.prefix) {
    return { correct: true, answer, matched: [], steps, diagnosis: `Right: /${solution.prefix}.${countNote}` };
  }
  const byPrefix = problem.mistakes.filter((m) => m.prefix === answer.prefix);
  const byCount = byPrefix.filter((m) => m.addressesNeeded === answer.addresses);
  const matched = answer.addresses !== undefined && byCount.length > 0 ? byCount : byPrefix;
  const head = `/${answer.prefix} is wrong; the answer is ${right}.`;
  if (matched.length === 0) {
    return { correct: false, answer, matched, steps, diagnosis: `${head} It matches none of the classic mistakes; compare your working with the steps.${countNote}` };
  }
  if (matched.length === 1) {
    return { correct: false, answer, matched, steps, diagnosis: `${head} You ${matched[0]!.description}.` };
  }
  return {
    correct: false,
    answer,
    matched,
    steps,
    diagnosis: `${head} That prefix comes from any of these mistakes — you ${list(matched)}. Give the address count too (e.g. "${solution.addressesNeeded} /${solution.prefix}") to tell which.`,
  };
}
