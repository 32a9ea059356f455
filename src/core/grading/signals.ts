/**
 * Whole-answer observations that cap a verdict whatever the criteria say:
 * an empty answer, a keyword list with no statement, an off-topic answer.
 */
import type { Clause } from './tokenize.js';
import { FUNCTION_WORDS, NEGATORS, STATEMENT_WORDS } from './words.js';

/** True when nothing gradeable is left after normalisation. */
export const isEmpty = (clauses: readonly Clause[]): boolean => clauses.every((c) => c.words.length === 0);

/**
 * A keyword list: four or more words, and (almost) no function words or
 * verbs tying them together — "execution role, task role, ECR, S3".
 */
export function isKeywordSoup(clauses: readonly Clause[]): boolean {
  const words = clauses.flatMap((c) => c.words);
  if (words.length < 4) return false;
  let glue = 0;
  let statement = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w) || NEGATORS.has(w)) glue++;
    if (STATEMENT_WORDS.has(w) || /^[a-z]{3,}(ed|es)$/.test(w)) statement++;
  }
  if (statement > 0 && glue / words.length >= 0.12) return false;
  return glue / words.length < 0.12 || (statement === 0 && glue / words.length < 0.2);
}

/** Share of the answer's content stems that belong to the card's vocabulary. */
export function topicOverlap(clauses: readonly Clause[], topic: ReadonlySet<string>): number {
  const stems = clauses.flatMap((c) => c.tokens.map((t) => t.stem));
  if (!stems.length) return 0;
  return stems.filter((s) => topic.has(s)).length / stems.length;
}
