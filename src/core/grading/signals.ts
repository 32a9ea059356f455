/**
 * Whole-answer observations that cap a verdict whatever the criteria say:
 * an empty answer, a keyword list with no statement, an off-topic answer.
 */
import type { Clause } from './tokenize.js';
import { expandShorthand, normalize } from './normalize.js';
import { FUNCTION_WORDS, NEGATORS, STATEMENT_WORDS } from './words.js';
import { hasVerb } from './denial.js';

/** True when nothing gradeable is left after normalisation. */
export const isEmpty = (clauses: readonly Clause[]): boolean => clauses.every((c) => c.words.length === 0);

/** The ways a learner says they have no answer: graded like an empty answer, never partly right. */
const NON_ANSWER = /^(?:i\s+)?(?:(?:have|got)\s+)?(?:no\s+(?:idea|clue)|(?:do\s+not|don'?t|dont)\s+know|(?:i'?m\s+)?not\s+sure|idk|dunno|pass|skip|n\/?a|none|nothing|\?+|-+)(?:\s*,?\s*sorry)?[\s.!?]*$/i;

/** True when the answer only says there is no answer ("no idea", "I don't know", "?"). */
export const isNonAnswer = (answer: string): boolean => NON_ANSWER.test(answer.trim());

/**
 * A keyword list: terms with no statement tying them together. Either three
 * or more short items separated by commas, slashes, semicolons or lines with
 * (almost) no function words — "execution role, task role, ECR, S3" — or five
 * or more words of one clause in a row with no function word and no verb at all.
 */
export function isKeywordSoup(clauses: readonly Clause[]): boolean {
  // Counted clause by clause, without copying the words out: this runs on every graded answer.
  let count = 0;
  let glue = 0;
  let statement = 0;
  // A run is five or more words of one clause: "ECS schedules tasks and Fargate provides capacity" is two clauses of three.
  let run = false;
  for (const c of clauses) {
    let clauseGlue = 0;
    let andOr = false;
    for (const w of c.words) {
      count++;
      // "and"/"or" join list items; they do not make a statement.
      if (w === 'and' || w === 'or') andOr = true;
      else if (FUNCTION_WORDS.has(w) || NEGATORS.has(w)) clauseGlue++;
      if (STATEMENT_WORDS.has(w)) statement++;
    }
    glue += clauseGlue;
    if (c.words.length >= 5 && clauseGlue === 0 && !andOr && wordCount(c) >= 5) run = true;
  }
  if (count < 3) return false;
  // "Task role: used by the app", "cold start = new instance": a relation is a statement.
  if (clauses.some((c) => /\w\s*(?:->|=>|→|=|:)\s+\w/.test(c.text))) return false;
  // "fargate 30s default (max 120), cloud run 10s": a number given its role is a fact, not a term.
  if (clauses.some(givesNumberItsRole)) return false;
  // Both shapes below need no verb at all: skip the item split for any statement ("Fargate hides the servers").
  if (statement > 0 || clauses.some((c) => hasVerb(c.words))) return false;
  // A run of five or more words with no function word; or short items with little glue.
  if (!run && !(glue / count < 0.15)) return false;
  const items = clauses.flatMap((c) => itemText(c.text).split(/[,;/\n]|\band\b|\s-\s/)).filter((t) => t.trim());
  const list = items.length >= 3 && items.every((t) => t.trim().split(/\s+/).length <= 4);
  if (!list && !run) return false;
  // "look at real CPU, start a bit bigger": items that are phrases (with a function word) are instructions, not terms.
  const phrases = items.filter((t) => normalize(t).split(' ').some((w) => FUNCTION_WORDS.has(w) && w !== 'and' && w !== 'or')).length;
  return phrases < 2;
}

/** Words that give a number its role ("30 s default", "max 120"). */
const NUMBER_ROLES = new Set(['default', 'defaults', 'max', 'maximum', 'min', 'minimum', 'limit', 'cap', 'fixed', 'ceiling']);

/** A number with a role word at most two words away in the same comma-delimited part ("30s default", not "1, min-instances"). */
const givesNumberItsRole = (c: Clause): boolean =>
  c.words.some((w, i) => /^\d/.test(w) && c.words.some((r, j) => j !== i && Math.abs(j - i) <= 2 && c.part[j] === c.part[i] && NUMBER_ROLES.has(r)));

/**
 * A slash that separates no items: "w/" and "w/o" (with, without) and a path
 * ("/ecs/flask-api" is one log group's name, not three terms).
 */
const itemText = (text: string): string =>
  text.includes('/') ? expandShorthand(text).replace(/(^|\s)\/[^\s,;]+/g, '$1path') : text;

/** Words of a clause with a path counted as one ("/ecs/flask-api group": two). */
const wordCount = (c: Clause): number => (c.text.includes('/') ? normalize(itemText(c.text)).split(' ').length : c.words.length);

/** Share of the answer's content stems that belong to the card's vocabulary. */
export function topicOverlap(clauses: readonly Clause[], topic: ReadonlySet<string>): number {
  let count = 0;
  let shared = 0;
  for (const c of clauses) {
    for (const t of c.tokens) {
      count++;
      if (topic.has(t.stem)) shared++;
    }
  }
  return count ? shared / count : 0;
}
