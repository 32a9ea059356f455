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

// The same model answer and question come back for every answer to a question.
const memo = new Map<string, Map<string, string>>();

const words = (text: string, remember = false): Map<string, string> => {
  const known = remember ? memo.get(text) : undefined;
  if (known) return known;
  const out = new Map<string, string>();
  for (const c of tokenize(text)) for (const t of c.tokens) if (!out.has(t.stem)) out.set(t.stem, t.word);
  if (remember) {
    if (memo.size > 1000) memo.clear();
    memo.set(text, out);
  }
  return out;
};

/** Scores `answer` against `reference` in 0..1. Pure. */
export function scoreReference(reference: string, answer: string, question?: string, _corpus?: unknown): ReferenceScore {
  const ref = words(reference, true);
  const given = words(answer);
  const asked = question ? words(question, true) : new Map<string, string>();
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
