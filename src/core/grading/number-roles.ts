/**
 * Numbers as claims: a number is bound to what it counts ("8 free IPs",
 * "two Availability Zones") and to the role it fills ("the maximum is 1000",
 * "defaults to 80"). The model answer says which roles belong to which
 * number; an answer that gives a number in another number's role ("the
 * default is 1000", "8 Availability Zones") has not stated it, and two
 * numbers in each other's roles are a swap.
 */
import type { Clause } from './tokenize.js';
import { stem } from './stem.js';
import { spelledToDigits, unitOf } from './units.js';
import { FUNCTION_WORDS, NEGATORS } from './words.js';

/** For each number of the model answer, the role stems only it has. */
export type NumberRoles = ReadonlyMap<number, ReadonlySet<string>>;

const LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'at', 'as']);
/** A content word: no function word, negator or digits. */
export const content = (w: string | undefined): boolean => w !== undefined && !FUNCTION_WORDS.has(w) && !NEGATORS.has(w) && !/^\d/.test(w);

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'.split(' '),
);

/** The numeric value a word states, if any ("80", "1000", "two"). */
export function valueOf(word: string): number | undefined {
  // A number word spells digits ("eighty" → "80"), so either way the text starts with its number.
  const digits = /^\d/.test(word) ? word : NUMBER_WORDS.has(word) ? spelledToDigits([word])[0]! : undefined;
  return digits === undefined ? undefined : Number(/^\d+(?:\.\d+)?/.exec(digits)![0]);
}

const FACTORS = new Set(['x', 'times', 'per']);

/** Words that start a coordinated item: a number after one is not bound to the words before it. */
export const COORDINATORS = new Set(['and', 'or', 'but', 'while', 'whereas', 'then', 'plus']);

// Words that may stand before a label ("the default 80", "and max 1000").
const LABEL_OPENERS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'its', 'their', 'your']);

/**
 * The stems a number at `i` is bound to: what follows it, and what a link
 * word ties it to, within its comma-delimited part of the clause (`part`,
 * Clause.part): in "80 is the default, 1000 the maximum" 1000 is not the default.
 */
export function roleAt(words: readonly string[], i: number, part?: readonly number[]): string[] {
  const near = (k: number): boolean => k >= 0 && k < words.length && (part === undefined || part[k] === part[i]);
  const out: string[] = [];
  // What it counts: up to two content words straight after ("8 free ip addresses", "two availability zones").
  // "80 x vCPU", "80 times the vCPUs", "80 per vCPU": a factor or a rate counts nothing of its own.
  // A time unit ("15 minutes", "30 s") says what kind of quantity it is, not what it counts: many numbers share it.
  if (!FACTORS.has(words[i + 1] ?? '')) for (let k = i + 1; near(k) && k <= i + 2 && content(words[k]); k++) if (unitOf(words[k]!)?.dimension !== 'time') out.push(stem(words[k]!));
  // "the default is 80", "defaults to 80", "maximum of 1000": up to two content words before the link.
  if (near(i - 1) && LINKS.has(words[i - 1]!)) {
    let seen = 0;
    for (let k = i - 2; near(k) && k >= i - 5 && seen < 2; k--) {
      // "30 s by default and up to 120 s": not past a number or the start of a coordinated item.
      if (/^\d/.test(words[k]!) || COORDINATORS.has(words[k]!)) break;
      if (content(words[k])) {
        out.push(stem(words[k]!));
        seen++;
      }
    }
  }
  // "80 is the default": the content word after the link.
  if (near(i + 1) && LINKS.has(words[i + 1]!)) {
    for (let k = i + 2; near(k) && k <= i + 4; k++) {
      if (content(words[k])) {
        out.push(stem(words[k]!));
        break;
      }
    }
  }
  // A label and its number: "max 1000", "the default 80" (the label opens its part or follows a determiner).
  if (near(i - 1) && content(words[i - 1]) && (!near(i - 2) || LABEL_OPENERS.has(words[i - 2]!))) out.push(stem(words[i - 1]!));
  // The verb left out: "1000 the maximum".
  if (words[i + 1] === 'the' && near(i + 2) && content(words[i + 2])) out.push(stem(words[i + 2]!));
  return out;
}

/** Every number in a clause with its role stems. */
function numbersIn(clause: Clause): { value: number; at: number; role: string[] }[] {
  const out: { value: number; at: number; role: string[] }[] = [];
  clause.words.forEach((w, i) => {
    const value = valueOf(w);
    if (value !== undefined) out.push({ value, at: i, role: roleAt(clause.words, i, clause.part) });
  });
  return out;
}

/** Word indices of the numbers in `words` ("80", "1,000" normalised, "two"). */
export function numberPositions(words: readonly string[]): number[] {
  return words.flatMap((w, i) => (valueOf(w) === undefined ? [] : [i]));
}

/** The numbers a phrasing states ("80 per vCPU" → 80, "two AZs" → 2). */
export function valuesIn(words: readonly string[]): number[] {
  return words.map(valueOf).filter((v): v is number => v !== undefined);
}

/**
 * The roles of the model answer's numbers that the rubric asks for
 * (`values`), each role kept only where no other of those numbers shares it.
 */
export function numberRoles(model: readonly Clause[], values: ReadonlySet<number>): NumberRoles {
  const all = new Map<number, Set<string>>();
  for (const clause of model) {
    for (const n of numbersIn(clause)) {
      if (!values.has(n.value)) continue;
      const set = all.get(n.value) ?? new Set<string>();
      n.role.forEach((r) => set.add(r));
      all.set(n.value, set);
    }
  }
  const own = new Map<number, Set<string>>();
  for (const [value, roles] of all) {
    own.set(value, new Set([...roles].filter((r) => [...all].every(([other, theirs]) => other === value || !theirs.has(r)))));
  }
  return own;
}

/** A number of the answer stated in another number's role. */
export interface Misbound {
  clause: number;
  /** Word index of the number. */
  at: number;
  value: number;
  /** The model-answer number whose role it fills. */
  belongsTo: number;
}

/** Numbers of the answer given in a role that belongs to a different number of the model answer. */
export function misboundNumbers(clauses: readonly Clause[], roles: NumberRoles): Misbound[] {
  const out: Misbound[] = [];
  clauses.forEach((clause, index) => {
    for (const n of numbersIn(clause)) {
      const mine = roles.get(n.value);
      if (!mine || n.role.some((r) => mine.has(r))) continue;
      // Not its own number's role (checked above), so a role that matches is another number's.
      for (const [other, theirs] of roles) {
        if (n.role.some((r) => theirs.has(r))) {
          out.push({ clause: index, at: n.at, value: n.value, belongsTo: other });
          break;
        }
      }
    }
  });
  return out;
}

/** Two numbers each in the other's role: "the default is 1000, the maximum is 80". */
export function swappedNumbers(misbound: readonly Misbound[]): [Misbound, Misbound] | undefined {
  for (const a of misbound) {
    const b = misbound.find((m) => m.value === a.belongsTo && m.belongsTo === a.value);
    if (b) return [a, b];
  }
  return undefined;
}
