/**
 * Phrases: a rubric phrasing compiled to a sequence of stems (function words
 * dropped) and found in an answer's clauses as a contiguous run of content
 * words, each equal by stem or by a typo correction towards the rubric's own
 * vocabulary. A phrase containing a negator ("not an orchestrator") matches
 * an answer whose negation agrees with it.
 */
import type { Clause } from './tokenize.js';
import { tokenize } from './tokenize.js';
import type { FuzzyVocabulary } from './fuzzy.js';
import { stem } from './stem.js';
import { MAX_EXPANSIONS, MAX_REF_DEPTH, SYNONYM_REF, synonymGroup } from '../deck/synonym-refs.js';

/** A compiled phrasing. */
export interface Phrase {
  source: string;
  stems: string[];
  /** The phrasing itself is negative ("not an orchestrator"). */
  negated: boolean;
  /**
   * Set when dropping function words would leave one content word ("it is
   * Kubernetes" → "kubernetes", far too broad): then every word must appear,
   * in order, function words included.
   */
  exact?: string[];
}

/** A clause of the answer with each token's rubric-vocabulary correction. */
export interface AnalysedClause extends Clause {
  fixes: (string | undefined)[];
  /** Token positions by stem (and by corrected stem), so a phrase looks up where it could start. */
  at?: Map<string, number[]>;
}

function positions(clause: AnalysedClause): Map<string, number[]> {
  if (clause.at) return clause.at;
  const at = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  };
  clause.tokens.forEach((t, i) => {
    add(t.stem, i);
    const fix = clause.fixes[i];
    if (fix !== undefined && fix !== t.stem) add(fix, i);
  });
  clause.at = at;
  return at;
}

/** Where a phrase was found. */
export interface Hit {
  clause: number;
  /** The answer says it (true) or denies it (false). */
  affirmed: boolean;
}

/**
 * Expands `$name` references to every phrasing of that deck-wide synonym
 * group, at most MAX_EXPANSIONS phrasings: the work stops there too, so five
 * references over a hundred synonyms cost no more than one.
 */
export function expandSynonyms(phrase: string, synonyms: Record<string, string[]> | undefined, depth = 0): string[] {
  const match = new RegExp(SYNONYM_REF.source).exec(phrase);
  if (!match || depth >= MAX_REF_DEPTH) return [phrase];
  const group = synonymGroup(synonyms, match[1]!);
  if (!group) return [phrase.replace(match[0], () => match[1]!)];
  const out: string[] = [];
  for (const alt of group) {
    if (out.length === MAX_EXPANSIONS) return out;
    for (const expanded of expandSynonyms(phrase.replace(match[0], () => alt), synonyms, depth + 1)) {
      if (out.length === MAX_EXPANSIONS) return out;
      out.push(expanded);
    }
  }
  return out;
}

/** Compiles phrasings (with `$name` synonyms) once. */
export function compilePhrases(phrases: readonly string[], synonyms?: Record<string, string[]>): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of phrases) {
    for (const text of expandSynonyms(phrase, synonyms)) {
      const clauses = tokenize(text);
      const tokens = clauses.flatMap((c) => c.tokens);
      const words = clauses.flatMap((c) => c.words);
      const negated = tokens.some((t) => t.negated);
      if (!tokens.length) continue;
      const compiled: Phrase = { source: phrase, stems: tokens.map((t) => t.stem), negated };
      if (tokens.length === 1 && words.length > 1) compiled.exact = words.map(stem);
      out.push(compiled);
    }
  }
  return out;
}

/** Every word of the phrases, for the typo vocabulary. */
export function phraseWords(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => tokenize(p).flatMap((c) => c.tokens.map((t) => t.word)));
}

/** Tokenises an answer and records each token's typo correction. */
export function analyse(answer: string, vocabulary: FuzzyVocabulary): AnalysedClause[] {
  return tokenize(answer).map((clause) => ({
    ...clause,
    fixes: clause.tokens.map((t) => vocabulary.correct(t.word, t.stem)),
  }));
}

/** Every place one of `phrases` occurs in the answer. */
export function findHits(phrases: readonly Phrase[], clauses: readonly AnalysedClause[]): Hit[] {
  const hits: Hit[] = [];
  clauses.forEach((clause, index) => {
    const { tokens, fixes } = clause;
    for (const phrase of phrases) {
      if (phrase.exact) {
        const at = findExact(phrase.exact, clause.words);
        if (at >= 0) hits.push({ clause: index, affirmed: clause.wordNegated[at + phrase.exact.length - 1] === phrase.negated });
        continue;
      }
      const n = phrase.stems.length;
      for (const i of positions(clause).get(phrase.stems[0]!) ?? []) {
        if (i + n > tokens.length) break;
        let ok = true;
        let negated = tokens[i]!.negated;
        for (let k = 1; k < n && ok; k++) {
          const t = tokens[i + k]!;
          ok = t.stem === phrase.stems[k] || fixes[i + k] === phrase.stems[k];
          negated ||= t.negated;
        }
        if (ok) {
          hits.push({ clause: index, affirmed: negated === phrase.negated });
          break;
        }
      }
    }
  });
  return hits;
}

/** Index where the stems `exact` start, contiguous, in `words`; -1 if nowhere. */
function findExact(exact: readonly string[], words: readonly string[]): number {
  outer: for (let i = 0; i + exact.length <= words.length; i++) {
    for (let k = 0; k < exact.length; k++) if (stem(words[i + k]!) !== exact[k]) continue outer;
    return i;
  }
  return -1;
}
