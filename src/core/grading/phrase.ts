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
import { misboundNumbers, type NumberRoles } from './number-roles.js';
import { mentions, subjects, type Mention, type Subject } from './entities.js';

/** A compiled phrasing. */
export interface Phrase {
  source: string;
  stems: string[];
  /** The content words the stems come from (to tell "identities" from "identical"). */
  words: string[];
  /** The phrasing itself is negative ("not an orchestrator"). */
  negated: boolean;
  /**
   * Set when dropping function words would leave one content word ("it is
   * Kubernetes" → "kubernetes", far too broad): then every word must appear,
   * in order, function words included.
   */
  exact?: string[];
  exactWords?: string[];
  /**
   * A phrasing that opens with a named entity ("Fargate schedules", "Cloud
   * Run requests") is a claim about it: besides the words in a row, it is
   * found where that entity is the clause's subject and the rest follows.
   */
  subject?: string;
  rest?: string[];
  /** The phrasing is just an entity's name ("Fargate", "ECS"). */
  entity?: string;
  /** The phrasing names an entity somewhere ("ECS tasks on Fargate"). */
  named?: boolean;
}

const NOT_A_RELATION = new Set(['or', 'and', 'nor', 'vs', 'versus', 'on', 'with', 'in', 'under', 'without', 'than', 'to', 'of', 'for']);

/** A clause of the answer with each token's rubric-vocabulary correction. */
export interface AnalysedClause extends Clause {
  fixes: (string | undefined)[];
  /** Who the clause is about (entities.ts) and every entity it names. */
  subject?: Subject;
  mentions?: Mention[];
  /** Word indices of numbers given in another number's role (number-roles.ts), and their values. */
  misbound?: { at: Set<number>; values: Set<number> };
  /** Token positions by stem (and by corrected stem), so a phrase looks up where it could start (clause-index.ts). */
  at?: Map<string, number[]>;
}

/** What the card names: its entities, the question's topic, and the noun each modifier comes before ("execution" → "role"). */
export interface CardNames {
  entities: readonly string[];
  topic?: string;
  heads?: ReadonlyMap<string, string>;
}

/** Where a phrase was found. */
export interface Hit {
  clause: number;
  /** The answer says it (true) or denies it (false). */
  affirmed: boolean;
  /** The phrasing that was found. */
  phrase: Phrase;
  /** First and last word index (in the clause's `words`) of the match. */
  from: number;
  to: number;
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

/** Compiles phrasings (with `$name` synonyms) once; `entities` are the card's names (entities.ts). */
export function compilePhrases(phrases: readonly string[], synonyms?: Record<string, string[]>, entities: readonly string[] = []): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of phrases) {
    for (const text of expandSynonyms(phrase, synonyms)) {
      const clauses = tokenize(text);
      const tokens = clauses.flatMap((c) => c.tokens);
      const words = clauses.flatMap((c) => c.words);
      const negated = tokens.some((t) => t.negated);
      if (!tokens.length) {
        // "up to", "at most": only function words, so they are matched as written, every word in order.
        // A single function word ("it") says nothing on its own and is dropped.
        if (words.length > 1) out.push({ source: phrase, stems: words.map(stem), words, negated: false, exact: words.map(stem), exactWords: words });
        continue;
      }
      const compiled: Phrase = { source: phrase, stems: tokens.map((t) => t.stem), words: tokens.map((t) => t.word), negated };
      if (tokens.length === 1 && words.length > 1) {
        compiled.exact = words.map(stem);
        compiled.exactWords = words;
      }
      const named = entities.find((e) => e.split(' ').every((part, k) => tokens[k]?.word === part));
      const size = named?.split(' ').length ?? 0;
      if (named && tokens.length === size) compiled.entity = named;
      const spaced = ` ${words.join(' ')} `;
      if (entities.some((e) => spaced.includes(` ${e} `))) compiled.named = true;
      // "Fargate schedules", "Cloud Run requests" are claims; "Fargate or EC2", "ECS with EC2" are not.
      const next = words[words.indexOf(tokens[size - 1]?.word ?? '') + 1];
      if (named && tokens.length > size && !NOT_A_RELATION.has(next ?? '')) {
        compiled.subject = named;
        compiled.rest = compiled.stems.slice(named.split(' ').length);
      }
      out.push(compiled);
    }
  }
  return out;
}

/** Every word of the phrases, for the typo vocabulary. */
export function phraseWords(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => tokenize(p).flatMap((c) => c.tokens.map((t) => t.word)));
}

/**
 * Tokenises an answer and annotates it: each token's typo correction and,
 * given the card's number roles, the numbers stated in the wrong role.
 */
export function analyse(answer: string, vocabulary: FuzzyVocabulary, roles?: NumberRoles, names?: CardNames): AnalysedClause[] {
  // Built with every field in place (one object shape): adding `mentions` or `subject` later would change the
  // shape of each clause, and the matchers read these objects in their hot loops.
  const clauses: AnalysedClause[] = tokenize(answer).map((clause) => ({
    text: clause.text,
    sentence: clause.sentence,
    tokens: clause.tokens,
    words: clause.words,
    wordNegated: clause.wordNegated,
    conditional: clause.conditional,
    quantity: clause.quantity,
    part: clause.part,
    denied: clause.denied,
    hypothetical: clause.hypothetical,
    retracted: clause.retracted,
    // "the execution one": "one" stands for the noun the card puts after "execution" (role).
    fixes: clause.tokens.map((t, i) =>
      (t.word === 'one' || t.word === 'ones') && i > 0 && clause.tokens[i - 1]!.at === t.at - 1 ? names?.heads?.get(clause.tokens[i - 1]!.stem) : vocabulary.correct(t.word, t.stem),
    ),
    subject: undefined,
    mentions: undefined,
    misbound: undefined,
    at: undefined,
  }));
  if (names?.entities.length) {
    const found = clauses.map((c) => mentions(c, names.entities));
    const subjectOf = subjects(clauses, names.entities, names.topic, found);
    clauses.forEach((c, i) => {
      c.mentions = found[i]!;
      c.subject = subjectOf[i];
    });
  }
  if (roles) {
    for (const m of misboundNumbers(clauses, roles)) {
      const c = clauses[m.clause]!;
      c.misbound ??= { at: new Set(), values: new Set() };
      c.misbound.at.add(m.at);
      c.misbound.values.add(m.value);
    }
  }
  return clauses;
}
