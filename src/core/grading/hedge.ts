/**
 * Hedges: several different values offered as alternatives ("10 or 15
 * minutes", "either 10 or 30 seconds"), which state none of them. Used by
 * the numeric and cloze kinds and by rubric `number` criteria.
 */
import type { NumberSpec } from '../deck/schema.js';
import { normalize } from './normalize.js';
import { parseQuantities, toBase, unitOf, type Quantity } from './units.js';

// Words that join two values of one guess list ("10 or 15"); for one expected number also a range ("15 to 20").
const ALTERNATIVE = new Set(['or', 'either', 'maybe', 'perhaps', 'possibly', 'probably']);
const ALTERNATIVE_OR_RANGE = new Set([...ALTERNATIVE, 'to']);

/** A quantity as compared for a hedge: its dimension and value (undefined: not a candidate). */
export type Reading = (q: Quantity) => { dimension: string; value: number } | undefined;

/**
 * Two or more different values joined as alternatives ("10 or 15 minutes";
 * with `commas`, "250, 251 or 256"). A bracket or a sentence end is not a
 * join: "50 % (0 for daemon services)" and "15 minutes (900 s)" are one value,
 * unless the bracket opens with an alternative ("251 (or 256)").
 * `single` (one value expected): ", " and "to" join too ("250, 251 or 256", "15 to 20").
 */
export function listsValues(text: string, read: Reading, tolerance = 0, single = false): boolean {
  const joiners = single ? ALTERNATIVE_OR_RANGE : ALTERNATIVE;
  const distinct = (group: string[]): number => {
    const seen: { dimension: string; value: number }[] = [];
    for (const q of parseQuantities(group.join(' '))) {
      const r = read(q);
      if (r && !seen.some((x) => x.dimension === r.dimension && Math.abs(x.value - r.value) <= tolerance + 1e-9 * Math.abs(r.value))) seen.push(r);
    }
    return seen.length;
  };
  let carried: string[] = [];
  for (const chunk of text.split(/[()[\]\n;:]|\.(?!\d)/)) {
    const words = normalize(single ? chunk.replace(/,\s/g, ' or ') : chunk).split(' ');
    // "251 (or 256)": a bracket or sentence that opens with an alternative goes on with the values before it.
    let group: string[] = ALTERNATIVE.has(words[0] ?? '') ? carried : [];
    let joined = false;
    for (const w of words) {
      const number = /^\d/.test(w);
      if (number && group.length && joined) group.push(w);
      else if (number) group = [w];
      else if (group.length && (joiners.has(w) || unitOf(w))) {
        group.push(w);
        joined ||= joiners.has(w);
        continue;
      } else {
        if (distinct(group) > 1) return true;
        group = [];
      }
      if (number) joined = false;
    }
    if (distinct(group) > 1) return true;
    carried = group;
  }
  return false;
}

/** Reads quantities in the dimension of `spec`: a bare number in its unit ("10 or 15 minutes"). */
export function readingFor(spec: NumberSpec): { read: Reading; tolerance: number } {
  const target = toBase(spec.value, spec.unit);
  const read: Reading = (q) => {
    if (q.dimension !== target.dimension && q.dimension !== 'count' && target.dimension !== 'count') return undefined;
    return { dimension: target.dimension, value: q.dimension === 'count' && target.dimension !== 'count' ? toBase(q.value, spec.unit).value : q.value };
  };
  return { read, tolerance: toBase(spec.tolerance ?? 0, spec.unit).value };
}
