/**
 * kind cloze: each `{{a|b}}` blank is looked for in the answer's segments; the
 * score is the share of blanks right, and the answer is correct only with
 * every blank right.
 */
import type { Card } from '../deck/schema.js';
import type { CriterionResult, GradeResult } from './types.js';
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';
import { unitOf } from './units.js';
import { below, DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';
import { numberWordsToDigits } from './number-words.js';
import { listsValues } from './hedge.js';
import { one, result } from './kind-result.js';

const BLANK = /\{\{([^{}]{1,500})\}\}/g;

// Limit words mean one thing however they are written ("at most", "max", "raised to", "up to").
const LABEL_CANON = new Map<string, string>([
  ...['max', 'maximum', 'most', 'up', 'upto', 'limit', 'rais', 'highest', 'ceil', 'cap'].map((w): [string, string] => [w, 'max']),
  ...['min', 'minimum', 'least', 'lowest'].map((w): [string, string] => [w, 'min']),
  ...['default', 'defaults'].map((w): [string, string] => [w, 'default']),
]);

/** The label words of a text, in order: content stems (limit words made one), no numbers. */
function labels(text: string): string[] {
  const out: string[] = [];
  for (const c of tokenize(text)) {
    let t = 0;
    c.words.forEach((w, i) => {
      const token = c.tokens[t]?.word === w ? c.tokens[t++] : undefined;
      const label = LABEL_CANON.get(w) ?? (token && !/^\d/.test(token.stem) ? LABEL_CANON.get(token.stem) ?? token.stem : undefined);
      if (label && !c.wordNegated[i]) out.push(label);
    });
  }
  return out;
}

// Answer segments: lines, `;`, `|`, " / ", ", ", ". " and statement joiners.
const SEGMENT = /\n|;|\||\s\/\s|[,:]\s|\.\s|\s(?:and|but|while|whereas)\s/i;
const SEGMENTS = new RegExp(SEGMENT.source, 'gi');

// An accepted value that is a number and its unit ("300 s", "60 minutes").
const NUMBER_AND_UNIT = /^(\d+(?:\.\d+)?) ?([a-z]+)$/;

/**
 * A blank that accepts "300 s" also accepts a bare "300" (the number in that
 * blank's own unit), unless another blank accepts that number too.
 */
function withBareNumbers(blanks: string[][]): string[][] {
  const bare = blanks.map((accepted) =>
    accepted.flatMap((a) => {
      const m = NUMBER_AND_UNIT.exec(a);
      return m && unitOf(m[2]!) ? [m[1]!] : [];
    }),
  );
  return blanks.map((accepted, i) => [
    ...accepted,
    ...bare[i]!.filter((n) => !accepted.includes(n) && blanks.every((other, j) => j === i || (!other.includes(n) && !bare[j]!.includes(n)))),
  ]);
}

/**
 * The segment states value `a` of a blank that accepts `accepted`: a bare
 * number only with no unit after it, or the blank's own unit in another
 * spelling ("60" and "60 minute" fill a blank of 60 minutes; "60 s" does not).
 */
function holds(norm: string, a: string, accepted: readonly string[]): boolean {
  const at = norm.indexOf(` ${a} `);
  if (at < 0) return false;
  if (!/^\d+(?:\.\d+)?$/.test(a)) return true;
  const unit = unitOf(norm.slice(at + a.length + 2).split(' ')[0] ?? '');
  // The blank's own units for this number ("60 minutes" → minutes); none when the unit stands outside the blank.
  const own = accepted.flatMap((x) => {
    const m = NUMBER_AND_UNIT.exec(x);
    const u = m && m[1] === a ? unitOf(m[2]!) : undefined;
    return u ? [u] : [];
  });
  const fits = unit === undefined || own.length === 0 || own.some((u) => u.dimension === unit.dimension && u.factor === unit.factor);
  return fits || holds(norm.slice(at + a.length + 1), a, accepted);
}

// Three or more numbers joined by dashes or slashes ("30-120-10-30", "30/120/10/30"): a list, where two are a range.
const CHAIN = /(?<![\d./])\d+(?:\.\d+)?(?:\s*[-\u2013/]\s*\d+(?:\.\d+)?){2,}(?![\d.]*\d)/g;
const listChains = (text: string): string => text.replace(CHAIN, (chain) => chain.split(/\s*[-\u2013/]\s*/).join(', '));

// Values, then their legend in brackets ("30-120-10-30 (ECS default/max, Cloud Run fixed, ACA default)"): the values
// are read by position and the legend, which holds none, is left out.
const LEGEND = /^([^()a-z]*\d[^()a-z]*)\(([^()\d]*)\)\s*$/i;
const withoutLegend = (text: string): string => LEGEND.exec(text)?.[1]!.trim() ?? text;

/**
 * kind cloze. Each blank's value is looked for in the answer's segments
 * (lines, clauses). A segment naming another blank's label ("default", "max")
 * and not its own does not count ("default 60 minutes, max 5 minutes" is
 * swapped); values in unlabelled segments must come in the blanks' order.
 */
export function gradeCloze(card: Card, answer: string): GradeResult {
  // "/28" in the answer fills the blank of "/{{28}}".
  const norm = (text: string): string => normalize(numberWordsToDigits(text)).replace(/\//g, ' ').trim();
  const cloze = card.cloze ?? '';
  const found = [...cloze.matchAll(BLANK)];
  const blanks = withBareNumbers(found.map((m) => m[1]!.split('|').map(norm).filter(Boolean)));
  // A blank's label: up to two content words on each side of it in its clause, when no other blank has them.
  const cuts = [0, ...[...cloze.matchAll(SEGMENTS)].map((m) => m.index), cloze.length];
  const near = found.map((m, i) => {
    const start = Math.max(cuts.filter((c) => c <= m.index).pop()!, i ? found[i - 1]!.index + found[i - 1]![0].length : 0);
    const end = Math.min(cuts.find((c) => c > m.index)!, found[i + 1]?.index ?? cloze.length);
    return [...labels(cloze.slice(start, m.index)).slice(-2), ...labels(cloze.slice(m.index + m[0].length, end)).slice(0, 2)];
  });
  const own = near.map((ls, i) => ls.filter((l) => near.every((other, j) => j === i || !other.includes(l))));
  const segments = listChains(withoutLegend(numberWordsToDigits(answer))).split(SEGMENT).map((text) => ({ text: text.trim(), norm: ` ${norm(text)} `, labels: labels(text), hedged: listsValues(text, (q) => q) }));
  const position = (seg: number, text: string): number => seg * 1e6 + text.length;
  const hits = blanks.map((accepted, i) => {
    let labelled: string | undefined;
    const unlabelled: { text: string; at: number }[] = [];
    segments.forEach((seg, s) => {
      const value = accepted.find((a) => holds(seg.norm, a, accepted));
      if (value === undefined || seg.hedged) return;
      // Other values here (not just this value also filling another blank) make the labels ambiguous.
      const crowded = blanks.some((acc, j) => j !== i && acc.some((a) => !accepted.includes(a) && holds(seg.norm, a, acc)));
      const mine = own[i]!.some((l) => seg.labels.includes(l));
      const others = own.some((ls, j) => j !== i && ls.some((l) => seg.labels.includes(l)));
      if (mine && !crowded) labelled ??= seg.text;
      else if (!others || crowded) unlabelled.push({ text: seg.text, at: position(s, seg.norm.slice(0, seg.norm.indexOf(` ${value} `))) });
    });
    return { labelled, unlabelled };
  });
  // Unlabelled values are read in the blanks' order; one out of order ("60 minutes\n5 minutes") is a swap: neither counts.
  const chosen: (string | undefined)[] = hits.map((h) => h.labelled);
  // "4, 3, /29, /16": one unlabelled value per blank is read by position, so a right value in another blank's place counts for none.
  const byPosition = segments.length === blanks.length && segments.every((seg) => seg.text && !own.some((ls) => ls.some((l) => seg.labels.includes(l))));
  if (byPosition) {
    const criteria = blanks.map((accepted, i) => {
      const seg = segments[i]!;
      const right = !seg.hedged && accepted.some((a) => holds(seg.norm, a, accepted)) && !blanks.some((acc, j) => j !== i && acc.some((a) => !accepted.includes(a) && holds(seg.norm, a, acc)));
      return { ...one(`blank-${i + 1}`, right, right ? seg.text : '', `Blank ${i + 1} is missing or wrong.`), weight: 1 / blanks.length };
    });
    return clozeResult(card, criteria);
  }
  let previous: { blank: number; at: number } | undefined;
  hits.forEach((h, i) => {
    if (h.labelled || !h.unlabelled.length) return;
    const next = h.unlabelled.find((u) => !previous || u.at > previous.at);
    if (next) {
      chosen[i] = next.text;
      previous = { blank: i, at: next.at };
    } else if (previous) chosen[previous.blank] = undefined;
  });
  const criteria = hits.map((_, i) => {
    const evidence = chosen[i];
    return { ...one(`blank-${i + 1}`, evidence !== undefined, evidence ?? '', `Blank ${i + 1} is missing or wrong.`), weight: 1 / blanks.length };
  });
  return clozeResult(card, criteria);
}

/** The cloze verdict from its blanks: correct only with every blank right. */
function clozeResult(card: Card, criteria: CriterionResult[]): GradeResult {
  const graded = result(card, criteria);
  // Every blank is a fact of the card: three of four right ("5, 4, /24, /16") still states a wrong one, so it is not correct.
  const thresholds = card.thresholds ?? DEFAULT_THRESHOLDS;
  if (graded.verdict !== 'correct' || criteria.every((c) => c.met)) return graded;
  const score = Math.min(graded.score, below(thresholds.correct));
  return { ...graded, score, verdict: verdictFor(score, thresholds) };
}
