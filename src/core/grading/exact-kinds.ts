/**
 * The plain kinds: `choice` (the option's text, its letter or its number),
 * `numeric` (unit conversion and tolerance) and `cidr` (prefix or block);
 * `cloze` is cloze.ts's. Number
 * words ("fifteen", "two hundred fifty-one") are read as numbers; several
 * different values where one is expected ("10 or 15 minutes") are a hedge.
 */
import type { Card } from '../deck/schema.js';
import type { GradeResult } from './types.js';
import { normalize } from './normalize.js';
import { evaluate, type Matcher } from './matcher.js';
import { tokenize, type Clause } from './tokenize.js';
import { parseCidrSpec } from './units.js';
import { numberWordsToDigits } from './number-words.js';
import { listsValues, readingFor } from './hedge.js';
import { one, result } from './kind-result.js';

const contains = (haystack: string, needle: string): boolean => needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

/**
 * kind choice: the right option's text, its letter (a, b, ...) or its number
 * (1, 2, ...); a sentence that names the right option and no other; or the
 * option shortened.
 */
export function gradeChoice(card: Card, answer: string): GradeResult {
  const choices = card.choices ?? [];
  const given = normalize(answer).replace(/[.)]$/, '');
  const index = choices.findIndex((c) => c === card.correct);
  const right = normalize(card.correct ?? '');
  const letter = String.fromCharCode(97 + index);
  const others = choices.map(normalize).filter((c) => c !== right && !contains(right, c));
  // "The task execution role: the agent uses it ..." leads with its choice; a denied option ("not the task role") is not named.
  const clauses = tokenize(answer);
  const affirmed = clauses.map((c) => c.words.filter((_, i) => !c.wordNegated[i]).join(' ')).join(' ');
  const leads = right.length > 0 && (affirmed + ' ').startsWith(`${right} `);
  const named = leads || (contains(affirmed, right) && !others.some((c) => contains(affirmed, c)));
  const met = index >= 0 && (given === right || given === letter || given === String(index + 1) || named || shortened(choices, clauses) === index);
  return result(card, [one('choice', met, answer.trim(), 'Pick the option that matches the model answer.')], given ? [] : ['empty answer']);
}

/**
 * The option a shortened answer names ("Container Apps" for "Azure Container
 * Apps", "execution role" for "The task execution role", "ACA", "1 vCPU /
 * 2GB"): every content word of the answer is one of that option's, and of no
 * other option's (or the answer is that option's words exactly, "task role"
 * beside "task execution role"), a denied word matching a word the option
 * denies too ("Fargate by itself without ECS or EKS"); or the answer is the
 * option's initials. Failing that, the option that shares clearly more words
 * with a short paraphrase than any other ("fargate on its own without
 * ecs/eks"). -1 when none.
 */
function shortened(choices: readonly string[], answer: readonly Clause[]): number {
  const words = new Set(claimWords(answer));
  if (!words.size) return -1;
  const options = choices.map((c) => new Set(claimWords(tokenize(c))));
  const initials = answer.length === 1 && answer[0]!.tokens.length === 1 ? answer[0]!.tokens[0]!.word : '';
  const byInitials = choices.findIndex((c) => initials.length >= 2 && initialsOf(c) === initials);
  if (byInitials >= 0) return byInitials;
  const covering = options.flatMap((o, i) => ([...words].every((w) => o.has(w)) ? [i] : []));
  const exact = covering.find((i) => options[i]!.size === words.size);
  if (exact !== undefined || covering.length === 1) return exact ?? covering[0]!;
  if (covering.length) return -1;
  const shared = options.map((o) => [...words].filter((w) => o.has(w)).length);
  const best = Math.max(...shared);
  const at = shared.indexOf(best);
  const clearly = best >= 2 && shared.every((n, i) => i === at || n < best) && (words.size - best) * 2 < best;
  return clearly ? at : -1;
}

/** Content stems of a text, a denied one marked "!", a number glued to its unit split off ("2gb" → 2, gb). */
function claimWords(clauses: readonly Clause[]): string[] {
  return clauses.flatMap((c) =>
    c.tokens.flatMap((t) => {
      const mark = t.negated ? '!' : '';
      const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(t.stem);
      return glued ? [mark + glued[1]!, mark + glued[2]!] : [mark + t.stem];
    }),
  );
}

/** "aca" for "Azure Container Apps": the first letters of an option's words, articles left out. */
const initialsOf = (option: string): string =>
  normalize(option)
    .split(' ')
    .filter((w) => w && w !== 'a' && w !== 'an' && w !== 'the')
    .map((w) => w[0])
    .join('');

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
