/** Content words of a text with their negation scope, stemmed as the reference scorer stems them. */
import { tokenize, type Clause } from '../tokenize.js';
import { stem } from './terms.js';
import type { ScopedStem } from './negation.js';

/** The content words of `text` (or of its clauses, when the caller has tokenized it already) with their negation scope. Pure. */
export function scopedStems(text: string, clauses: readonly Clause[] = tokenize(text)): ScopedStem[] {
  const out: ScopedStem[] = [];
  for (const c of clauses) for (const t of c.tokens) out.push({ stem: stem(t.word), negated: t.negated });
  return out;
}
