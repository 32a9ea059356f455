/**
 * Finding compiled phrases (phrase.ts) in an answer's analysed clauses: an
 * exact run of stems, or a claim whose subject and rest may stand a few
 * words apart, each hit with where it was found.
 */
import { stem } from './stem.js';
import { sameWord } from './same-word.js';
import { FUNCTION_WORDS } from './words.js';
import { clauseIndex, positions, wordsWithStem } from './clause-index.js';
import type { Mention } from './entities.js';
import type { AnalysedClause, Hit, Phrase } from './phrase.js';

/** Every place one of `phrases` occurs in the answer: by clause, then in the order of `phrases`. */
export function findHits(phrases: readonly Phrase[], clauses: readonly AnalysedClause[]): Hit[] {
  const hits: Hit[] = [];
  // One clause (swaps.ts asks of one at a time): nothing to index.
  if (clauses.length < 2) {
    const clause = clauses[0];
    if (clause) {
      for (const phrase of phrases) {
        const starts = phrase.exact ? undefined : positions(clause).get(phrase.stems[0]!) ?? [];
        hitIn(phrase, clause, 0, starts, 0, starts?.length ?? 0, 1, hits);
      }
    }
    return hits;
  }
  // Each phrase is looked for only where its first stem stands (a claim: also in any clause that names an
  // entity), then the hits are put in clause order: (clause, phrase) is one key, at most one hit each.
  const index = clauseIndex(clauses);
  const keys: number[] = [];
  const n = phrases.length;
  for (let p = 0; p < n; p++) {
    const phrase = phrases[p]!;
    const before = hits.length;
    // Pairs (clause, index), in clause order: one clause's run at a time.
    const at = (phrase.exact ? wordsWithStem(clauses, index, phrase.exact[0]!) : index.tokens.get(phrase.stems[0]!)) ?? [];
    let k = 0;
    for (let c = phrase.subject ? 0 : (at[0] ?? clauses.length); c < clauses.length; c = phrase.subject ? c + 1 : (at[k] ?? clauses.length)) {
      let end = k;
      while (end < at.length && at[end] === c) end += 2;
      hitIn(phrase, clauses[c]!, c, at, k + 1, end, 2, hits);
      k = end;
    }
    for (let h = before; h < hits.length; h++) keys.push(hits[h]!.clause * n + p);
  }
  if (hits.length < 2) return hits;
  const order = hits.map((_, h) => h).sort((a, b) => keys[a]! - keys[b]!);
  return order.map((h) => hits[h]!);
}

/**
 * Where `phrase` occurs in one clause (at most once), appended to `hits`.
 * `starts[from]`, `starts[from + step]` … before `to` are where its first stem
 * stands (token indices; word indices for an exact phrasing, all words when
 * `starts` is undefined).
 */
function hitIn(phrase: Phrase, clause: AnalysedClause, index: number, starts: readonly number[] | undefined, from: number, to: number, step: number, hits: Hit[]): void {
  const { tokens, fixes } = clause;
  if (phrase.exact) {
    const at = findExact(phrase.exact, phrase.exactWords!, clause.words, starts, from, to, step);
    const last = at + phrase.exact.length - 1;
    if (at >= 0) hits.push({ clause: index, affirmed: clause.wordNegated[last] === phrase.negated, phrase, from: at, to: last });
    return;
  }
  const n = phrase.stems.length;
  for (let s = from; s < to; s += step) {
    const i = starts![s]!;
    if (i + n > tokens.length) break;
    let ok = fixes[i] === phrase.stems[0] || sameWord(tokens[i]!.word, phrase.words[0]!);
    let negated = tokens[i]!.negated;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k]!;
      ok = (t.stem === phrase.stems[k] && sameWord(t.word, phrase.words[k]!)) || fixes[i + k] === phrase.stems[k];
      negated ||= t.negated;
    }
    if (ok) {
      hits.push({ clause: index, affirmed: negated === phrase.negated, phrase, from: tokens[i]!.at, to: tokens[i + n - 1]!.at });
      return;
    }
  }
  if (phrase.subject && (clause.mentions?.length || clause.subject)) {
    const hit = findClaim(phrase, clause, index);
    if (hit) hits.push(hit);
  }
}

/** Index where the stems `exact` start, contiguous, in `words`; -1 if nowhere. `starts` … as for hitIn. */
function findExact(exact: readonly string[], source: readonly string[], words: readonly string[], starts: readonly number[] | undefined, from: number, to: number, step: number): number {
  const count = starts ? to : words.length;
  outer: for (let s = starts ? from : 0; s < count; s += starts ? step : 1) {
    const i = starts ? starts[s]! : s;
    if (i + exact.length > words.length) break;
    for (let k = 0; k < exact.length; k++) if (stem(words[i + k]!) !== exact[k] || !sameWord(words[i + k]!, source[k]!)) continue outer;
    return i;
  }
  return -1;
}

const STARTS_VERB = /^(?:is|are|was|were|does|do|did|has|have|can|will|would|should|must|[a-z]+[^s]s)$/;

/** How far (in content words) the rest of a claim may start after its subject. */
const CLAIM_REACH = 6;

/**
 * A claim phrasing ("Fargate schedules") found with its subject named or
 * standing as a pronoun and the rest following within reach ("Fargate runs
 * without an EKS control plane and does the scheduling"), no other
 * ungoverned name coming between them.
 */
function findClaim(phrase: Phrase, clause: AnalysedClause, index: number): Hit | undefined {
  const { tokens, fixes } = clause;
  const rest = phrase.rest!;
  const restWords = phrase.words.slice(phrase.words.length - rest.length);
  const same = (k: number, r: number): boolean => (tokens[k]!.stem === rest[r] && sameWord(tokens[k]!.word, restWords[r]!)) || fixes[k] === rest[r];
  const mentioned = clause.mentions ?? [];
  const starts: { at: number; end: number }[] = [];
  for (const m of mentioned) if (m.name === phrase.subject && !m.governed) starts.push({ at: m.at, end: m.end });
  const subject = clause.subject;
  if (subject && subject.name === phrase.subject && !starts.some((s) => s.at === subject.at)) starts.push({ at: subject.at, end: subject.at + 1 });
  for (const start of starts) {
    let k0 = 0;
    while (k0 < tokens.length && tokens[k0]!.at < start.end) k0++;
    let first = -1;
    for (let k = k0; k < tokens.length && k < k0 + CLAIM_REACH; k++) if (same(k, 0)) { first = k; break; }
    if (first < 0) continue;
    const firstAt = tokens[first]!.at;
    // Another name in between ("Fargate runs the tasks ECS schedules") takes the claim over, unless it only
    // modifies the noun after it ("Fargate is AWS's container orchestrator").
    const takesOver = (m: Mention): boolean => {
      if (m.at < start.end || m.at >= firstAt || m.governed || m.name === phrase.subject) return false;
      // "Cloud Run a fixed 10 s, and Container Apps 30 s": a name opening a later list item, after the subject's
      // own words, is that item's subject (not so in "Cloud Run, Fargate and ECS all give 30 s").
      const part = clause.part;
      if (part && part[m.at] !== part[start.at] && tokens.some((t) => t.at >= start.end && part[t.at] === part[start.at])) return true;
      const next = clause.words[m.end] ?? '';
      return next === '' || FUNCTION_WORDS.has(next) || STARTS_VERB.test(next);
    };
    if (mentioned.some(takesOver)) continue;
    let negated = tokens[first]!.negated;
    let pos = first;
    let ok = true;
    for (let r = 1; r < rest.length && ok; r++) {
      let next = -1;
      for (let k = pos + 1; k < tokens.length && k <= pos + 3; k++) if (same(k, r)) { next = k; break; }
      if (next < 0) ok = false;
      else {
        negated ||= tokens[next]!.negated;
        pos = next;
      }
    }
    if (ok) return { clause: index, affirmed: negated === phrase.negated, phrase, from: start.at, to: tokens[pos]!.at };
  }
  return undefined;
}
