/**
 * The plain kinds: `choice` (the option's text, its letter or its number),
 * `numeric` (unit conversion and tolerance), `cidr` (prefix or block) and
 * `cloze` (each `{{a|b}}` blank; score = share of blanks right, and correct only with every blank right). Number
 * words ("fifteen", "two hundred fifty-one") are read as numbers; several
 * different values where one is expected ("10 or 15 minutes") are a hedge.
 */
import type { Card } from '../deck/schema.js';
import type { CriterionResult, GradeResult } from './types.js';
import { normalize } from './normalize.js';
import { evaluate, type Matcher } from './matcher.js';
import { tokenize, type Clause } from './tokenize.js';
import { parseCidrSpec, unitOf } from './units.js';
import { below, DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';
import { numberWordsToDigits } from './number-words.js';
import { listsValues, readingFor } from './hedge.js';

function result(card: Card, criteria: CriterionResult[], notes: string[] = []): GradeResult {
  const score = criteria.length ? criteria.reduce((s, c) => s + (c.met ? c.weight : 0), 0) : 0;
  return { score, verdict: verdictFor(score, card.thresholds ?? DEFAULT_THRESHOLDS), criteria, contradictions: [], notes };
}

const one = (id: string, met: boolean, evidence: string, hint: string): CriterionResult =>
  met ? { id, met, weight: 1, evidence } : { id, met, weight: 1, hint };

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

// Answer segments: lines, `;`, `|`, ", ", ". " and statement joiners.
const SEGMENT = /\n|;|\||[,:]\s|\.\s|\s(?:and|but|while|whereas)\s/i;
const SEGMENTS = new RegExp(SEGMENT.source, 'gi');

/**
 * A blank that accepts "300 s" also accepts a bare "300" (the number in that
 * blank's own unit), unless another blank accepts that number too.
 */
function withBareNumbers(blanks: string[][]): string[][] {
  const bare = blanks.map((accepted) =>
    accepted.flatMap((a) => {
      const m = /^(\d+(?:\.\d+)?) ?([a-z]+)$/.exec(a);
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
    const m = /^(\d+(?:\.\d+)?) ?([a-z]+)$/.exec(x);
    const u = m && m[1] === a ? unitOf(m[2]!) : undefined;
    return u ? [u] : [];
  });
  const fits = unit === undefined || own.length === 0 || own.some((u) => u.dimension === unit.dimension && u.factor === unit.factor);
  return fits || holds(norm.slice(at + a.length + 1), a, accepted);
}

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
  const segments = numberWordsToDigits(answer).split(SEGMENT).map((text) => ({ text: text.trim(), norm: ` ${norm(text)} `, labels: labels(text), hedged: listsValues(text, (q) => q) }));
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

export { numberWordsToDigits };
