/**
 * Porter stems over-merge: "identities" and "identical" both stem to
 * "ident", "general" and "generous" to "gener". Two words with one stem are
 * taken as the same word only when, with their inflection (plural, -ed,
 * -ing) taken off, one is the start of the other ("scheduling"/"schedule",
 * "configured"/"configuration", "orchestrates"/"orchestrator").
 */
import { numberWordAsDigits } from './number-words.js';
import { boundedMemo } from './memo.js';

const memo = boundedMemo<string, boolean>(20_000);

/** The word without a regular inflection, and without a final e or y. */
export function uninflect(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w.length > 3 ? w.replace(/[ey]$/, '') : w;
}

/** True when two words that share a stem are forms of one word (see above). */
export function sameWord(a: string, b: string): boolean {
  if (a === b || numberWordAsDigits(a) === numberWordAsDigits(b)) return true;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  return memo(key, () => {
    const [x, y] = [uninflect(a), uninflect(b)].sort((p, q) => p.length - q.length) as [string, string];
    return y.startsWith(x);
  });
}
