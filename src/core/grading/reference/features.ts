/** Answer-vs-reference measurements that the fitted model combines into a score and a verdict. */
import { termsOfWords } from './terms.js';
import { nearCredit } from './fuzzy.js';
import { groupsOfStem, shareGroup } from './related.js';
import type { PreparedReference } from './prepare.js';
import { gramOverlap } from './ngrams.js';
import { negationFeatures, type ScopedStem } from './negation.js';

/** Content words of an answer beyond this many are ignored (bounds the work). */
export const MAX_ANSWER_TERMS = 5_000;

/**
 * Names of the feature vector entries, in order. Weights are IDF × question
 * demoting; "related" means a WordNet group shared (related.ts); "near" a
 * typo or a shared long prefix (fuzzy.ts).
 * - recall, precision, f1: weighted recall of the reference's key terms and
 *   precision of the answer's words (exact or near), and their harmonic mean;
 * - novelRecall: share of the key terms the question does not give away that
 *   the answer uses;
 * - answerLength, referenceLength: log(1 + content words);
 * - questionEcho: share of the answer's words that only repeat the question;
 * - unrelated: share of the answer's words that match no key term at all;
 * - relRecall, relPrecision, relNovel: recall, precision and novelRecall when
 *   WordNet-related words count too;
 * - bestStatement: the most any one statement of the reference is covered;
 * - matched: log(1 + key terms met);
 * - rootRecall, rootPrecision: square roots of relRecall and relPrecision
 *   (the human scores rise fast for the first key terms, then flatten);
 * - shortness: log of answer over reference length, capped to [-2, 0] (a
 *   penalty only for answers much shorter than the reference);
 * - worstStatement, meanStatement: the least and the mean any statement of
 *   the reference is covered (a correct answer leaves no statement out);
 * - gramRecall1..3, gramPrecision1..3: recall and precision of the
 *   reference's word uni-, bi- and trigrams over all words, function words
 *   included (ngrams.ts: word order and the small words of a claim);
 * - negationMismatch, negatedTerms, negatedShare: the polarity of the met key
 *   terms in their own clauses against the reference's, and how much of the
 *   answer is negated (negation.ts).
 */
export const FEATURE_NAMES = [
  'recall', 'precision', 'f1', 'novelRecall', 'answerLength', 'referenceLength', 'questionEcho', 'unrelated',
  'relRecall', 'relPrecision', 'relNovel', 'bestStatement', 'matched', 'rootRecall', 'rootPrecision', 'shortness',
  'worstStatement', 'meanStatement', 'gramRecall1', 'gramPrecision1', 'gramRecall2', 'gramPrecision2', 'gramRecall3', 'gramPrecision3',
  'negationMismatch', 'negatedTerms', 'negatedShare',
] as const;

/** The measurements, plus per-term credit for feedback. */
export interface Features {
  vector: number[];
  /** Credit 0..1 each key term got (WordNet relations included), aligned with `prepared.terms`. */
  credit: number[];
  /** Number of distinct content words in the answer. */
  answerLength: number;
  /** No answer word meets or relates to a key term or repeats the question: the answer is about something else. */
  offTopic: boolean;
}

const harmonic = (a: number, b: number): number => (a + b > 0 ? (2 * a * b) / (a + b) : 0);

/**
 * Measures an answer, given as its normalized words (`words(answer)`) and its
 * content words with their negation scope (`scoped`, from tokenize.ts),
 * against a prepared reference. Pure; O(key terms × distinct answer words).
 */
export function measure(prepared: PreparedReference, answerWords: readonly string[], scoped: readonly ScopedStem[] = []): Features {
  const answer = [...new Set(termsOfWords(answerWords).slice(0, MAX_ANSWER_TERMS).map((t) => t.stem))];
  const answerSet = new Set(answer);
  const answerGroups = answer.map(groupsOfStem);
  const keys = prepared.terms;
  const refStems = new Set(keys.map((t) => t.stem));
  // One pass over (answer word × key term) pairs gives every credit below: exact or near match, WordNet relation.
  const near = keys.map(() => 0);
  const relHit = keys.map(() => false);
  const nearest: number[] = [];
  const relatesToKey: boolean[] = [];
  // Which key terms each answer stem meets (near or related), for the negation features.
  const meets = new Map<string, boolean[]>();
  answer.forEach((a, k) => {
    const groups = answerGroups[k]!;
    let best = 0;
    let anyRelated = false;
    const row = keys.map(() => false);
    keys.forEach((t, i) => {
      const c = nearCredit(t.stem, a);
      if (c > near[i]!) near[i] = c;
      if (c > best) best = c;
      if (c > 0) row[i] = true;
      if (shareGroup(t.groups, groups)) {
        relHit[i] = true;
        anyRelated = true;
        row[i] = true;
      }
    });
    nearest.push(best);
    relatesToKey.push(anyRelated);
    meets.set(a, row);
  });
  // A WordNet relative is full credit even when it also looks like a typo of the key term ("vapor" / "evapor").
  const rel = keys.map((_, i) => (relHit[i] ? 1 : near[i]!));
  const weighted = (credit: number[]): number =>
    prepared.totalWeight > 0 ? keys.reduce((sum, t, i) => sum + t.weight * credit[i]!, 0) / prepared.totalWeight : 0;
  const recall = weighted(near);
  const relRecall = weighted(rel);

  // Precision over answer words the question does not already give away.
  let inRef = 0;
  let all = 0;
  let echo = 0;
  let unrelated = 0;
  let relHits = 0;
  let relAll = 0;
  answer.forEach((a, k) => {
    const isRef = refStems.has(a);
    if (prepared.questionStems.has(a)) {
      if (!isRef) echo++;
    } else {
      relAll++;
      if (nearest[k]! > 0 || relatesToKey[k]) relHits++;
    }
    if (prepared.questionStems.has(a) && !isRef) return;
    const w = prepared.weightOf(a);
    all += w;
    inRef += w * nearest[k]!;
    if (nearest[k] === 0) unrelated++;
  });
  const precision = all > 0 ? inRef / all : 0;
  const relPrecision = relAll > 0 ? relHits / relAll : 0;

  const novel = keys.flatMap((t, i) => (t.novel ? [i] : []));
  const share = (hit: (i: number) => boolean): number => (novel.length ? novel.filter(hit).length / novel.length : 0);
  const novelRecall = share((i) => answerSet.has(keys[i]!.stem));
  const relNovel = share((i) => answerSet.has(keys[i]!.stem) || rel[i]! > 0);
  const byStem = new Map(keys.map((t, i) => [t.stem, rel[i]! > 0]));
  const covered = prepared.statements.map((st) => st.filter((s) => byStem.get(s)).length / st.length);
  const bestStatement = covered.length ? Math.max(...covered) : 0;
  const worstStatement = covered.length ? Math.min(...covered) : 0;
  const meanStatement = covered.length ? covered.reduce((a, b) => a + b, 0) / covered.length : 0;
  const met = rel.filter((c) => c > 0).length;
  const vector = [
    recall, precision, harmonic(recall, precision), novelRecall,
    Math.log(1 + answer.length), Math.log(1 + prepared.length),
    answer.length ? echo / answer.length : 0, answer.length ? unrelated / answer.length : 1,
    relRecall, relPrecision, relNovel, bestStatement, Math.log(1 + met), Math.sqrt(relRecall), Math.sqrt(relPrecision),
    Math.max(-2, Math.min(0, Math.log((1 + answer.length) / (1 + prepared.length)))),
    worstStatement, meanStatement, ...gramOverlap(prepared.grams, answerWords),
    ...negationFeatures(keys, prepared.negatedStems, scoped, (st) => meets.get(st)),
  ];
  // No key term credited (so no answer word near or related to one either), and no word of the question.
  return { vector, credit: rel, answerLength: answer.length, offTopic: met === 0 && echo === 0 };
}
