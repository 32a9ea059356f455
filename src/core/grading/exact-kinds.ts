/**
 * The plain kinds: `choice` (the option's text, its letter or its number),
 * `numeric` (unit conversion and tolerance), `cidr` (prefix or block) and
 * `cloze` (each `{{a|b}}` blank; score = share of blanks right).
 */
import type { Card } from '../deck/schema.js';
import type { CriterionResult, GradeResult } from './types.js';
import { normalize } from './normalize.js';
import { evaluate, type Matcher } from './matcher.js';
import { tokenize } from './tokenize.js';
import { parseCidrSpec } from './units.js';
import { DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';

function result(card: Card, criteria: CriterionResult[], notes: string[] = []): GradeResult {
  const score = criteria.length ? criteria.reduce((s, c) => s + (c.met ? c.weight : 0), 0) : 0;
  return { score, verdict: verdictFor(score, card.thresholds ?? DEFAULT_THRESHOLDS), criteria, contradictions: [], notes };
}

const one = (id: string, met: boolean, evidence: string, hint: string): CriterionResult =>
  met ? { id, met, weight: 1, evidence } : { id, met, weight: 1, hint };

const contains = (haystack: string, needle: string): boolean => needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

/**
 * kind choice: the right option's text, its letter (a, b, ...) or its number
 * (1, 2, ...); or a sentence that names the right option and no other.
 */
export function gradeChoice(card: Card, answer: string): GradeResult {
  const choices = card.choices ?? [];
  const given = normalize(answer).replace(/[.)]$/, '');
  const index = choices.findIndex((c) => c === card.correct);
  const right = normalize(card.correct ?? '');
  const letter = String.fromCharCode(97 + index);
  const others = choices.map(normalize).filter((c) => c !== right && !contains(right, c));
  // "The task execution role: the agent uses it ..." leads with its choice.
  const leads = right.length > 0 && (given + ' ').startsWith(`${right} `);
  const named = leads || (contains(given, right) && !others.some((c) => contains(given, c)));
  const met = index >= 0 && (given === right || given === letter || given === String(index + 1) || named);
  return result(card, [one('choice', met, answer.trim(), 'Pick the option that matches the model answer.')], given ? [] : ['empty answer']);
}

/** kind numeric: the first matching number with unit, converted, within tolerance. */
export function gradeNumeric(card: Card, answer: string): GradeResult {
  const m: Matcher = { kind: 'number', spec: card.number! };
  const outcome = evaluate(m, tokenize(answer).map((c) => ({ ...c, fixes: [] })), answer);
  const unit = card.number?.unit ? ` (in ${card.number.unit} or a convertible unit)` : '';
  return result(card, [one('number', outcome.met, outcome.evidence ?? '', `Give the number${unit}.`)]);
}

/** kind cidr: the expected prefix (or block). */
export function gradeCidr(card: Card, answer: string): GradeResult {
  const m: Matcher = { kind: 'cidr', spec: parseCidrSpec(card.cidr ?? '') };
  const outcome = evaluate(m, tokenize(answer).map((c) => ({ ...c, fixes: [] })), answer);
  return result(card, [one('cidr', outcome.met, outcome.evidence ?? '', 'Give the subnet prefix, written like /24.')]);
}

const BLANK = /\{\{([^{}]{1,500})\}\}/g;

/**
 * kind cloze. The answer is either one line (or `;`-separated part) per blank,
 * in order, or free text containing each blank's answer.
 */
export function gradeCloze(card: Card, answer: string): GradeResult {
  // "/28" in the answer fills the blank of "/{{28}}".
  const norm = (text: string): string => normalize(text).replace(/\//g, ' ').trim();
  const blanks = [...(card.cloze ?? '').matchAll(BLANK)].map((m) => m[1]!.split('|').map(norm).filter(Boolean));
  const parts = answer.split(/[\n;|]/).map(norm).filter(Boolean);
  const whole = ` ${norm(answer)} `;
  const positional = parts.length === blanks.length;
  const criteria = blanks.map((accepted, i) => {
    const met = positional ? accepted.includes(parts[i]!) : accepted.some((a) => whole.includes(` ${a} `));
    return { ...one(`blank-${i + 1}`, met, positional ? parts[i]! : accepted.find((a) => whole.includes(` ${a} `)) ?? '', `Blank ${i + 1} is missing or wrong.`), weight: 1 / blanks.length };
  });
  return result(card, criteria);
}
