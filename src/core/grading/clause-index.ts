/**
 * Where each stem stands in an analysed answer, built once per answer: a
 * phrase is then looked for only where its first stem stands, instead of in
 * every clause (a 200-word answer has some 40 clauses and a rubric some 60
 * phrasings, looked up several times per grade).
 */
import type { AnalysedClause } from './phrase.js';
import { stem } from './stem.js';

/** Token positions by stem (and by corrected stem) in one clause, so a phrase looks up where it could start. */
export function positions(clause: AnalysedClause): Map<string, number[]> {
  if (clause.at) return clause.at;
  const at = new Map<string, number[]>();
  const { tokens, fixes } = clause;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.stem;
    push(at, s, i);
    const fix = fixes[i];
    if (fix !== undefined && fix !== s) push(at, fix, i);
  }
  clause.at = at;
  return at;
}

function push(map: Map<string, number[]>, key: string, ...values: number[]): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, values);
  else list.push(...values);
}

/**
 * For one answer: by stem, where it stands as pairs (clause, index) in
 * clause order then index order — token indices for the token stems (and
 * corrected stems), word indices for the stems of all words.
 */
export interface ClauseIndex {
  tokens: Map<string, number[]>;
  words: Map<string, number[]> | undefined;
}

const indexes = new WeakMap<readonly AnalysedClause[], ClauseIndex>();

/** The index of `clauses` (built on first use; the clauses of one answer are never changed after analysis). */
export function clauseIndex(clauses: readonly AnalysedClause[]): ClauseIndex {
  let index = indexes.get(clauses);
  if (index === undefined) {
    const tokens = new Map<string, number[]>();
    for (let c = 0; c < clauses.length; c++) {
      const { tokens: ts, fixes } = clauses[c]!;
      for (let i = 0; i < ts.length; i++) {
        const s = ts[i]!.stem;
        push(tokens, s, c, i);
        const fix = fixes[i];
        if (fix !== undefined && fix !== s) push(tokens, fix, c, i);
      }
    }
    index = { tokens, words: undefined };
    indexes.set(clauses, index);
  }
  return index;
}

/** Where a word with stem `s` stands (function words included), as pairs (clause, word index). */
export function wordsWithStem(clauses: readonly AnalysedClause[], index: ClauseIndex, s: string): readonly number[] | undefined {
  if (index.words === undefined) {
    const words = new Map<string, number[]>();
    for (let c = 0; c < clauses.length; c++) {
      const ws = clauses[c]!.words;
      for (let i = 0; i < ws.length; i++) push(words, stem(ws[i]!), c, i);
    }
    index.words = words;
  }
  return index.words.get(s);
}
