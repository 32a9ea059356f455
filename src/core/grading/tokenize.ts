/**
 * Splits an answer into sentences and clauses (clause-split.ts) and each clause into content
 * tokens that carry their stem and whether they sit in a negated scope
 * ("not", "never", "isn't", "rather than", "instead of", ...; the scope runs
 * to the next comma or the end of the clause).
 */
import { normalize } from './normalize.js';
import { sanitize } from './sanitize.js';
import { clauseParts, sentences } from './clause-split.js';
import { stem } from './stem.js';
import { FUNCTION_WORDS, NEGATORS, NEGATOR_FOLLOWERS } from './words.js';
import { continuesDenial, deniesVerb, opensWithSubject, VERB_AUXILIARIES } from './denial.js';
import { markRetracted } from './take-back.js';
import { chunks, listTail } from './chunks.js';
import { CONDITIONS, MISTAKES, opensCondition, opensMainClause, switchesOff } from './conditions.js';

/** One content word of the answer. */
export interface Token {
  word: string;
  stem: string;
  /** Inside a negated scope. */
  negated: boolean;
  /** Index of the word in its clause's `words`. */
  at: number;
}

/** A clause: the unit for "together" and for negation scope. */
export interface Clause {
  /** The clause as the learner wrote it (sanitised): the evidence shown back. */
  text: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  tokens: Token[];
  /** Every normalised word, function words included. */
  words: string[];
  /** For each of `words`: inside a negated scope. */
  wordNegated: boolean[];
  /** For each of `words`: inside a condition ("when a client needs X", "if Y"), which states no claim. */
  conditional: boolean[];
  /** For each of `words`: part of a quantity's rate ("$0.04 per vCPU per hour"), which states no claim either. */
  quantity: boolean[];
  /** For each of `words`: which comma- or colon-delimited part of the clause it is in ("80 is the default, 1000 the maximum": 0 0 0 0 1 1 1). */
  part: number[];
  /** Word index of the negator that denies the clause's verb ("does not need"): the words before it are the denied claim's subject. */
  denied?: number;
  /** In a sentence that opens with a mistake as its condition ("If you mix them up, the app gets AccessDenied on S3 …"): it describes what goes wrong, and asserts none of it. */
  hypothetical?: boolean;
  /** Taken back by what follows ("The task role pulls the image… wait, no, that's the other one."): it claims nothing. */
  retracted?: boolean;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const CONCESSIONS = new Set(['whatever', 'whichever', 'regardless']);

type Annotated = Pick<Clause, 'tokens' | 'words' | 'wordNegated' | 'conditional' | 'quantity' | 'part' | 'denied'>;

function tokensOf(chunks: string[], inherited = false, ends: readonly string[] = []): Annotated & { open: boolean } {
  const tokens: Token[] = [];
  const words: string[] = [];
  const wordNegated: boolean[] = [];
  const conditional: boolean[] = [];
  const quantity: boolean[] = [];
  const part: number[] = [];
  let carry = false;
  // The clause's verb is denied and the denial is still open at the chunk's end: it runs on into what continues it.
  let verbCarry = inherited;
  // The chunk before was a prohibition: "don't" or "never" and a bare verb.
  let prohibition = false;
  let denied: number | undefined;
  let verbs = 0;
  let auxAt = -1;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    // Hyphenated words count as their parts ("single-threaded", "scale-to-zero"); "60-minute" stays whole.
    const ws: string[] = [];
    for (const w of normalize(chunk).split(' ')) {
      if (!w) continue;
      if (w.includes('-') && !isDigit(w[0])) for (const part of w.split('-')) part && ws.push(part);
      else ws.push(w);
    }
    // "does not schedule, place or restart tasks": the negation runs on through the list.
    // "don't hardcode keys, use IAM roles": after a prohibition, a bare imperative is what to do instead, unless the
    // chunks run on to an "or" ("don't hardcode keys, log them or bake them in").
    const instead: boolean = prohibition && !listTail(chunks, index);
    prohibition = false;
    let negated: boolean = (carry && listTail(chunks, index)) || (verbCarry && !instead && !NAMED_CLAUSE.test(chunk) && continuesDenial(ws));
    let verbNegated: boolean = negated && verbCarry;
    carry = false;
    verbCarry = false;
    let negatedContent = 0;
    // The scope was opened by "without"/"unlike" (a preposition), not by a denied verb.
    let prepositional = false;
    // The denied verb is a relative clause's ("that don't fit").
    let relative = false;
    // A condition runs from "if"/"when" at the start of a chunk to the chunk's end, and so does a concession
    // ("even if", "whatever the app uses", "regardless of load"), from wherever it starts.
    let condition = opensCondition(ws);
    let rate = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      // "if nothing shows up check the exec role": an instruction after the condition, with no comma, is the main clause.
      if (condition && opensMainClause(ws, i)) condition = negated = verbNegated = prepositional = false;
      // "you never pay for idle so it is always cheaper": a new proposition ends the scope.
      if (negated && negatedContent > 0 && (endsScope(w, ws[i + 1], ws[i - 1]) || (INFERENCES.has(w) && !verbNegated))) negated = verbNegated = false;
      // "Without exec the shell stays PID 1": a preposition denies its object, and a new noun phrase after it is the clause's own.
      if (negated && prepositional && negatedContent > 0 && PHRASE_OPENERS.has(w)) negated = verbNegated = prepositional = false;
      // "0.04 per vcpu per hour": "per X" after a number belongs to the number.
      rate = (rate || isDigit(ws[i - 1]?.[0])) && (w === 'per' || ws[i - 1] === 'per');
      if (CONCESSIONS.has(w) || (w === 'even' && CONDITIONS.has(ws[i + 1] ?? '')) || (w === 'no' && ws[i + 1] === 'matter')) condition = true;
      words.push(w);
      wordNegated.push(negated);
      conditional.push(condition);
      quantity.push(rate);
      part.push(index);
      if (w === 'not' && ws[i + 1] === 'only') continue;
      // "no smaller than /27", "no more than 10": a bound, not a denial.
      if ((w === 'no' || w === 'not') && COMPARATIVES.has(ws[i + 1] ?? '') && ws[i + 2] === 'than') continue;
      const verbNegator = NEGATORS.has(w) && deniesVerb(ws, i);
      // The first verb of the clause denied: its subject is part of the denied claim.
      const at = words.length - 1;
      if (verbNegator && (verbs === 0 || (verbs === 1 && auxAt >= at - 2)) && opensWithSubject(words.slice(0, auxAt >= at - 2 ? auxAt : at))) denied ??= at;
      if (VERB_AUXILIARIES.has(w)) auxAt = at;
      if (VERB_AUXILIARIES.has(w) || verbNegator) verbs++;
      if (verbNegator) verbNegated = true;
      // "huge deps that don't fit the package, and jobs needing more": a relative clause's denial ends with it.
      if (verbNegator) relative = RELATIVES.has(ws[i - 1] ?? '') || (VERB_AUXILIARIES.has(ws[i - 1] ?? '') && RELATIVES.has(ws[i - 2] ?? ''));
      // "turn off min-instances", "switch min-instances off", "disable it": switching a thing off denies it, like "without".
      if (!negated && switchesOff(ws, i)) {
        negated = prepositional = true;
        continue;
      }
      const followers = NEGATOR_FOLLOWERS.get(w);
      if (followers !== undefined && followers.includes(ws[i + 1] ?? '')) {
        negated = true;
        continue;
      }
      if (NEGATORS.has(w)) {
        prepositional = !negated && PREPOSITIONS.has(w);
        negated = true;
        continue;
      }
      if (FUNCTION_WORDS.has(w)) continue;
      tokens.push({ word: w, stem: stem(w), negated, at: words.length - 1 });
      if (negated) negatedContent++;
    }
    // Only a short negated item starts a list ("not schedule,"), not a bare "No,".
    carry = negated && negatedContent > 0 && negatedContent <= 3;
    verbCarry = negated && verbNegated && negatedContent > 0 && !relative;
    prohibition = verbCarry && (ws[0] === 'never' || (ws[0] === 'do' && ws[1] === 'not'));
    // "Measure, don't guess: load-test it": an imperative denial of a bare verb before a colon or dash is complete; what
    // follows says what to do ("Do not push it to the registry: ECR, …" goes on with its object).
    // "measure, don't guess —" and "measure don't guess —" alike: the denied bare verb ends the chunk.
    const imperative = ws.length >= 4 && ws.length <= 5 && ws[ws.length - 3] === 'do' && ws[ws.length - 2] === 'not' && !PHRASE_OPENERS.has(ws[0]!);
    const bareDenial = NEGATORS.has(ws[0] === 'do' ? ws[1] ?? '' : ws[0] ?? '') || imperative;
    if (ends[index] === ':' && negatedContent === 1 && bareDenial) carry = verbCarry = false;
  }
  return { tokens, words, wordNegated, conditional, quantity, part, denied, open: verbCarry };
}

// "They're not the same: Cloud Run runs whatever container …": a name with its verb and that verb's object is a
// clause of its own, not one more item of the denied list ("doesn't run: Fargate tasks, EKS pods").
const NAMED_CLAUSE = /^\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+[a-z]+s\s+(?:the|a|an|any|your|its|their|whatever|it|them|each|every|all|many)\b/;

// A subordinate clause ("until the new ones are healthy", "when idle") states its own, un-denied proposition.
const PREPOSITIONS = new Set(['without', 'unlike']);
const RELATIVES = new Set(['that', 'which', 'who']);
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'your', 'its', 'their', 'this', 'these', 'those', 'you', 'we', 'it', 'they', 'i']);

const SCOPE_ENDERS = new Set(['so', 'because', 'since', 'therefore', 'hence', 'thus', 'although', 'though', 'whereas', 'yet', 'but', 'while', 'meaning', 'until', 'unless', 'once', 'when', 'whenever', 'if']);
const SUBJECTS = new Set(['it', 'they', 'you', 'we', 'he', 'she', 'that', 'this', 'which']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'does', 'do', 'did', 'has', 'have', 'makes', 'means']);

/** A conjunction, or a subject with its verb ("it is"), opens a new proposition. */
const endsScope = (w: string, next: string | undefined, prev: string | undefined): boolean =>
  SCOPE_ENDERS.has(w) ||
  (SUBJECTS.has(w) && next !== undefined && AUXILIARIES.has(next) && !REPORTING.has(prev ?? '')) ||
  // "runs without a control plane and does the scheduling": a second verb phrase is a claim of its own.
  ((w === 'and' || w === 'or') && next !== undefined && AUXILIARIES.has(next) && next !== 'means');
// "no logs means the execution role": an absence is the subject of an inference, which is itself affirmed.
const INFERENCES = new Set(['means', 'implies', 'indicates', 'suggests', 'signals']);
// "not true that it is", "wrong to say it is": the clause after is what is denied.
const REPORTING = new Set(['that', 'say', 'says', 'said', 'think', 'thinks', 'claim', 'claims', 'believe', 'mean', 'means']);

const LIST_ITEM = /^(?:the|a|an|its|their|your)\s/i;

// Comparatives after which "no ... than" states a bound.
const COMPARATIVES = new Set(['smaller', 'less', 'fewer', 'more', 'larger', 'bigger', 'greater', 'shorter', 'longer', 'lower', 'higher']);

/** The clauses of an answer, in order. */
export function tokenize(answer: string): Clause[] {
  const clauses: Clause[] = [];
  // Collapse runs of blanks first so no pattern below ever rescans a long run.
  sentences(sanitize(answer).replace(/[^\S\n]+/g, ' ')).forEach((sentence, index) => {
    // "must hold those 2 tasks, the ALB's 8 free IPs and the 5 reserves": a list item split off at ", the" stays denied.
    let open = false;
    const first = clauses.length;
    for (const part of clauseParts(sentence)) {
      const text = part.trim();
      if (!text) continue;
      const { parts, ends } = chunks(text);
      const a = tokensOf(parts, open && LIST_ITEM.test(text), ends);
      open = a.open;
      // One object shape for every clause (`denied` always present, maybe undefined): the matchers read these in hot loops.
      if (a.words.length) clauses.push({ text, sentence: index, tokens: a.tokens, words: a.words, wordNegated: a.wordNegated, conditional: a.conditional, quantity: a.quantity, part: a.part, denied: a.denied, hypothetical: false, retracted: false });
    }
    const opening = clauses[first];
    if (opening && opensCondition(opening.words) && opening.words.some((w) => MISTAKES.has(w))) for (let k = first; k < clauses.length; k++) clauses[k]!.hypothetical = true;
  });
  markRetracted(clauses);
  return clauses;
}
