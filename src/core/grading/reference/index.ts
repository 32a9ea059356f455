/**
 * STAND-IN for the reference-only scorer (owned by the `reference` branch,
 * which replaces this file): the share of the model answer's content stems
 * that the answer uses, with words the question already gives counted less.
 */
import { tokenize } from '../tokenize.js';

/** Result of reference-only scoring. */
export interface ReferenceScore {
  score: number;
  matched: string[];
  missing: string[];
}

const words = (text: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const c of tokenize(text)) for (const t of c.tokens) if (!out.has(t.stem)) out.set(t.stem, t.word);
  return out;
};

/** Scores `answer` against `reference` in 0..1. Pure. */
export function scoreReference(reference: string, answer: string, question?: string, _corpus?: unknown): ReferenceScore {
  const ref = words(reference);
  const given = words(answer);
  const asked = question ? words(question) : new Map<string, string>();
  let total = 0;
  let got = 0;
  const matched: string[] = [];
  const missing: string[] = [];
  for (const [stem, word] of ref) {
    const weight = asked.has(stem) ? 0.3 : 1;
    total += weight;
    if (given.has(stem)) {
      got += weight;
      matched.push(word);
    } else missing.push(word);
  }
  return { score: total ? got / total : 0, matched, missing };
}
