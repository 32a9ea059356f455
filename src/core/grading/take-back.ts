/**
 * Taking a statement back: "The task role pulls the image… wait, no, that's
 * the other one." A learner thinking out loud says something, then takes it
 * back; what was taken back claims nothing (tokenize.ts marks the clause,
 * choice.ts replaces the pick).
 */
import type { Clause } from './tokenize.js';

/** Words a take-back is made of: "wait", "wait, no, that's the other one", "scratch that", "oops, backwards". */
export const TAKE_BACK_WORDS = new Set(['wait', 'no', 'nope', 'actually', 'scratch', 'that', 'is', 'the', 'other', 'one', 'oops', 'sorry', 'hmm', 'hm', 'um', 'wrong', 'backwards', 'opposite', 'way', 'round', 'around', 'it', 'i', 'mean', 'got', 'had', 'rather', 'correction', 'or', 'not', 's', 'thats']);

/** The words among them that take something back. A bare "No" is an answer, not a take-back. */
export const TAKE_BACK = new Set(['wait', 'scratch', 'oops', 'wrong', 'other', 'backwards', 'opposite', 'nope']);

/**
 * Marks the statement a clause takes back: a clause that opens with take-back
 * words alone up to its first comma or colon ("Scratch that: ECS does"), one
 * of TAKE_BACK among them, takes back the statement before it.
 */
export function markRetracted(clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k]!;
    const ws = c.words.filter((_, i) => c.part[i] === 0);
    if (!ws.every((w) => TAKE_BACK_WORDS.has(w)) || !ws.some((w) => TAKE_BACK.has(w))) continue;
    // Past any take-backs in a row, to the statement they take back.
    let j = k - 1;
    while (j > 0 && clauses[j]!.words.every((w) => TAKE_BACK_WORDS.has(w))) j--;
    clauses[j]!.retracted = true;
  }
}
