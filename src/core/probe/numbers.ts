/**
 * The number probe: the key numbers of the model answer multiplied by a
 * factor. Key numbers are the ones a required criterion checks (a `number`
 * matcher, or a criterion whose every phrasing carries a number) — changing a
 * number the rubric never claimed to check tests nothing.
 */
import type { Card } from '../deck/schema.js';
import { pick, type Random } from '../drills/prng.js';
import { ruleShapes } from './rubric-walk.js';
import { expand } from './entities.js';

const NUMBER = /(?<![\p{L}\p{N}/.,$-])\d{1,3}(?:,\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}/.,$-])\d+(?:\.\d+)?(?![\p{L}\p{N}]|\.\d)/gu;

const parse = (s: string): number => Number(s.replace(/,/g, ''));

/** The numbers the required criteria of `card` check. */
export function keyNumbers(card: Card, synonyms: Record<string, string[]> = {}): Set<number> {
  const out = new Set<number>();
  for (const shape of ruleShapes(card.rubric, 'required')) {
    if (shape.number) out.add(shape.number.value);
    const lists = [shape.any, ...(shape.all ?? []).map((i) => (typeof i === 'string' ? [i] : i)), shape.together?.[1]].filter((l) => l !== undefined);
    for (const list of lists) {
      // Only what the criterion itself writes: a `$group` is a broad concept, not a claim about one number.
      const phrases = expand(list.filter((p) => !p.startsWith('$')), synonyms);
      // A list that is mostly numbers ("1000", "1,000", one thousand) is about the number.
      const numeric = phrases.filter((p) => /\d/.test(p));
      if (numeric.length * 2 <= phrases.length) continue;
      for (const p of numeric) for (const m of p.match(NUMBER) ?? []) out.add(parse(m));
    }
  }
  return out;
}

/** Every standalone number in `text` (not part of a name like EC2, /24 or 1.4.0). */
export function numbersIn(text: string): { start: number; end: number; value: number; text: string }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: parse(m[0]), text: m[0] }));
}

const format = (value: number, like: string): string => (like.includes(',') ? value.toLocaleString('en-US') : String(value));

/** The answer with its key numbers scaled by one factor that creates no number the answer already states. */
export function scaleNumbers(answer: string, keys: ReadonlySet<number>, random: Random): string | undefined {
  const found = numbersIn(answer).filter((n) => keys.has(n.value));
  if (!found.length) return undefined;
  const existing = new Set(numbersIn(answer).map((n) => n.value));
  const first = pick(random, [4, 3, 5, 10]);
  const factors = [first, 4, 3, 5, 10, 7];
  const factor = factors.find((f) => found.every((n) => !existing.has(n.value * f)));
  if (factor === undefined) return undefined;
  let out = answer;
  for (const n of [...found].reverse()) out = out.slice(0, n.start) + format(n.value * factor, n.text) + out.slice(n.end);
  return out;
}

/** Two different key numbers stated in different places, exchanged ("default 80, maximum 1000" → "default 1000, maximum 80"). */
export function swapNumbers(answer: string, keys: ReadonlySet<number>): string | undefined {
  const found = numbersIn(answer).filter((n) => keys.has(n.value));
  const a = found[0];
  const b = found.find((n) => a && n.value !== a.value);
  if (!a || !b) return undefined;
  let out = answer;
  for (const n of [...found].reverse()) {
    if (n.value !== a.value && n.value !== b.value) continue;
    const other = n.value === a.value ? b : a;
    out = out.slice(0, n.start) + other.text + out.slice(n.end);
  }
  return out;
}
