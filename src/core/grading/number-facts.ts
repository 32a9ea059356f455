/**
 * Numbers as facts: each number of the model answer with what it is said of
 * (its role stems, the nearest word before it in its part of the clause,
 * and its unit's dimension). An answer that gives another value for the same fact
 * ("AWS reserves 3 addresses per subnet" where the model answer says 5,
 * "Lambda's 5-minute limit" for 15) states a wrong number: at most partial.
 * A fact is the same when two or more of its role stems are shared, so a
 * worked example ("a /24 gives you 256 addresses") is no restatement of it.
 */
import type { Clause } from './tokenize.js';
import { stem } from './stem.js';
import { unitOf } from './units.js';
import { content, COORDINATORS, roleAt, valueOf } from './number-roles.js';

/** A number stated in a clause, in its dimension's base unit, with what it is said of. */
export interface StatedNumber {
  value: number;
  /** The number as written, before its unit. */
  raw: number;
  dimension: string;
  roles: ReadonlySet<string>;
  /** The number as written, with its unit. */
  text: string;
  clause: number;
}

/** The numbers a text states (`claimsOnly`: not in a denial or a condition). */
export function statedNumbers(clauses: readonly Clause[], claimsOnly = false): StatedNumber[] {
  const out: StatedNumber[] = [];
  clauses.forEach((clause, index) => {
    const { words, part } = clause;
    words.forEach((w, i) => {
      const value = valueOf(w);
      if (value === undefined || (claimsOnly && (clause.wordNegated[i] || clause.conditional[i]))) return;
      // The unit: glued to the number ("5-minute", "200%") or the next word ("3 addresses").
      const glued = /^[\d.]+-?([a-z%]+)$/.exec(w)?.[1];
      const unitWord = glued ?? (unitOf(words[i + 1] ?? '') ? words[i + 1] : undefined);
      const unit = unitWord ? unitOf(unitWord) : undefined;
      const roles = new Set(roleAt(words, i, part).filter((r) => !unitWord || r !== stem(unitWord)));
      // What it is said of: the nearest content word before it in its part and item ("reserves 3", "Lambda's
      // 5-minute"; not past "and": "30 s by default and up to 120 s"), unless that word is a number's unit.
      for (let k = i - 1; k >= 0 && part[k] === part[i] && valueOf(words[k]!) === undefined && !COORDINATORS.has(words[k]!); k--) {
        if (!content(words[k])) continue;
        if (!(unitOf(words[k]!) && valueOf(words[k - 1] ?? '') !== undefined)) roles.add(stem(words[k]!));
        break;
      }
      if (unit) roles.add(`unit:${unit.dimension}`);
      out.push({ value: unit ? value * unit.factor : value, raw: value, dimension: unit?.dimension ?? 'count', roles, text: glued || !unitWord ? w : `${w} ${unitWord}`, clause: index });
    });
  });
  return out;
}

/** An answer's number that restates a model-answer fact with another value. */
export interface WrongNumber {
  said: StatedNumber;
  fact: StatedNumber;
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const r of a) if (b.has(r)) n++;
  return n;
};
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** The answer's numbers given for a fact of the model answer (`facts`) with a value it does not have. */
export function wrongNumbers(answer: readonly Clause[], facts: readonly StatedNumber[]): WrongNumber[] {
  const out: WrongNumber[] = [];
  for (const said of statedNumbers(answer, true)) {
    const matches = facts.filter((f) => f.dimension === said.dimension && shared(f.roles, said.roles) >= 2);
    const fact = matches[0];
    // One fact, one value: two model numbers of that description leave it open which one is meant; and a value
    // the model answer states elsewhere ("one task per AZ" beside "runs up to 6 tasks") may be that one.
    if (!fact || matches.some((m) => !same(m.value, fact.value))) continue;
    // A unitless number in the model answer ("default 5") may be the one the answer gives with its unit ("5 min").
    if (facts.some((f) => (f.dimension === said.dimension && same(f.value, said.value)) || (f.dimension === 'count' && same(f.raw, said.raw)))) continue;
    out.push({ said, fact });
  }
  return out;
}
