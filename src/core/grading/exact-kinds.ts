/**
 * The plain kinds: `numeric` (unit conversion and tolerance) and `cidr`
 * (prefix or block); `choice` is choice.ts's, `cloze` cloze.ts's. Number
 * words ("fifteen", "two hundred fifty-one") are read as numbers; several
 * different values where one is expected ("10 or 15 minutes") are a hedge.
 */
import type { Card } from '../deck/schema.js';
import type { GradeResult } from './types.js';
import { evaluate, type Matcher } from './matcher.js';
import { tokenize } from './tokenize.js';
import { parseCidrSpec } from './units.js';
import { numberWordsToDigits } from './number-words.js';
import { listsValues, readingFor } from './hedge.js';
import { one, result } from './kind-result.js';

/** kind numeric: the first matching number with unit, converted, within tolerance. */
export function gradeNumeric(card: Card, answer: string): GradeResult {
  const text = numberWordsToDigits(answer);
  const unit = card.number?.unit ? ` (in ${card.number.unit} or a convertible unit)` : '';
  if (isHedge(card, text)) {
    return result(card, [one('number', false, '', `Give one number${unit}, not a list of guesses.`)], [HEDGE_NOTE]);
  }
  const m: Matcher = { kind: 'number', spec: card.number! };
  const outcome = evaluate(m, tokenize(text).map((c) => ({ ...c, fixes: [] })), text);
  return result(card, [one('number', outcome.met, outcome.evidence ?? '', `Give the number${unit}.`)]);
}

/** The note on a numeric answer that lists several values. */
export const HEDGE_NOTE = 'several values given: give one value';

/** Several different values of the card's dimension given as alternatives ("250, 251 or 256"). */
function isHedge(card: Card, text: string): boolean {
  const { read, tolerance } = readingFor(card.number!);
  return listsValues(text, read, tolerance, true);
}

/** kind cidr: the expected prefix (or block). */
export function gradeCidr(card: Card, answer: string): GradeResult {
  const m: Matcher = { kind: 'cidr', spec: parseCidrSpec(card.cidr ?? '') };
  const outcome = evaluate(m, tokenize(answer).map((c) => ({ ...c, fixes: [] })), answer);
  return result(card, [one('cidr', outcome.met, outcome.evidence ?? '', 'Give the subnet prefix, written like /24.')]);
}

export { numberWordsToDigits };
