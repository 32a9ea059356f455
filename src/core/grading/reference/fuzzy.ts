/** Cheap near-match of two stems: shared long prefix or one typo (bounded work). */

const MIN_PREFIX = 3;

/** Edit distance ≤ 1 between `a` and `b`, an adjacent swap counting as one edit (linear). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length === b.length && a[i] === b[j + 1] && a[i + 1] === b[j]) {
      i += 2;
      j += 2;
    } else if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  // One edit at most so far, and nothing left over: the lengths differ by one at most, and after a skip
  // in the longer string (or none) both run out together; with no edit the longer has one letter left.
  return true;
}

/**
 * Partial credit (0..1) for answer stem `a` standing for reference stem `r`:
 * 1 when equal, 0.8 for one typo in a word of 5+ letters, a shared prefix of
 * at least 4 letters covering most of the shorter stem, or a 3-letter stem
 * that begins the other word ("low" / "lower", "mix" / "mixtur"), else 0.
 */
export function nearCredit(r: string, a: string): number {
  if (r === a) return 1;
  const short = Math.min(r.length, a.length);
  if (short >= 5 && withinOneEdit(r, a)) return 0.8;
  if (short < MIN_PREFIX) return 0;
  let p = 0;
  while (p < short && r[p] === a[p]) p++;
  return p >= (short === 3 ? 3 : Math.max(4, 0.75 * short)) ? 0.8 : 0;
}
