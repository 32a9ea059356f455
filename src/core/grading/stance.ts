/**
 * The answer's stance on the question as a whole: does it agree with the
 * statement a "No." question rejects ("Pretty much right."), or deny the
 * problem the question poses ("Nothing goes wrong")? Both are claims about
 * the question, not about any one rubric point.
 */
import type { Clause } from './tokenize.js';
import { normalize } from './normalize.js';

// "Yes", "True", "Right", "Correct", and hedged forms ("pretty much right", "basically yes").
const AGREE = /^\s*(?:(?:pretty much|basically|mostly|largely|more or less|sort of|kind of|that is|that's|it is|it's)\s+)?(?:yes|yeah|yep|yup|true|right|correct|exactly|agreed|indeed)\b/i;
const REJECTS = /^\s*(?:no|nope|false|wrong)\b/i;

/** The model answer rejects the question's statement and the answer opens by agreeing with it. */
export function agreesWithRejected(modelAnswer: string, answer: string): boolean {
  return REJECTS.test(modelAnswer) && AGREE.test(answer);
}

const NOTHING = new Set(['nothing', 'none', 'nowhere']);
const NO_PROBLEM = /^no (?:problem|problems|issue|issues|change|changes|difference)\b/;

/**
 * The question asks what goes wrong / what to change and the answer's first
 * clause says nothing does: "Nothing goes wrong", "None.", "No problem here".
 * A first clause that goes on to say something ("nothing but the agent …") is not a denial.
 */
export function deniesPremise(prompt: string, clauses: readonly Clause[], answer: string): boolean {
  const first = clauses[0];
  if (!first || !(NOTHING.has(first.words[0] ?? '') || first.words[0] === 'no')) return false;
  if (!/\b(?:what|which|why)\b/i.test(prompt)) return false;
  // "Nothing but the agent …" means "only the agent": no denial.
  if (/^(?:nothing|none) (?:but|except|other than)\b/.test(normalize(answer.slice(0, 40)))) return false;
  const words = normalize(first.text).split(' ');
  const opens = NOTHING.has(words[0] ?? '') || NO_PROBLEM.test(words.join(' '));
  return opens && words.length <= 4 && !words.includes('but') && !words.includes('except');
}
