/**
 * A denied claim: the negation that attaches to a clause's verb ("does not
 * need", "is not", "cannot", "never runs") denies the whole verb phrase,
 * its subject and object and what the clause goes on to list or qualify after
 * a comma or colon ("does not need subnets in two AZs, each a /27 with 8 free
 * IPs"). It stops where a new proposition starts: a conjunction, a pronoun, a
 * contrast ("just", "only", "but"), or a verb of its own ("EKS does").
 */
import { FUNCTION_WORDS } from './words.js';

/** Auxiliaries and modals a "not" after them makes a denial of the verb. */
export const VERB_AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'may', 'might', 'need',
]);

/** Negators that deny the verb by themselves. */
const VERB_NEGATORS = new Set(['cannot']);

/** True when the negator at words[i] attaches to the verb: "does not", "cannot", "never", "no longer". */
export function deniesVerb(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  // "never static keys" opening a chunk denies no verb; "Fargate never runs" does.
  if (w === 'never') return i > 0;
  if (VERB_NEGATORS.has(w)) return true;
  if (w === 'no' && words[i + 1] === 'longer') return true;
  if (w !== 'not') return false;
  // "does not", "is also not", "should really not".
  const prev = words[i - 1] ?? '';
  const before = words[i - 2] ?? '';
  return VERB_AUXILIARIES.has(prev) || (/ly$|^(?:also|still|just|even)$/.test(prev) && VERB_AUXILIARIES.has(before));
}

// A chunk that opens with one of these states something of its own.
const OPENERS = new Set([
  'but', 'so', 'because', 'since', 'therefore', 'hence', 'thus', 'although', 'though', 'whereas', 'yet', 'while', 'however',
  'just', 'only', 'merely', 'simply', 'instead', 'rather', 'also', 'still', 'plus', 'then', 'meaning', 'which', 'who',
  'it', 'they', 'this', 'that', 'these', 'those', 'there', 'you', 'we', 'i', 'he', 'she', 'if', 'when', 'unless', 'whenever',
  'not', 'no', 'never', 'yes', 'and', 'or',
]);

/**
 * Does the chunk after a denied verb phrase go on with it (a list item, an
 * apposition, an elaboration) rather than start a statement of its own?
 */
export function continuesDenial(ws: readonly string[]): boolean {
  const first = ws[0];
  if (first === undefined) return false;
  // "…, and scaling the capacity provider": the last item of the list still belongs to it.
  if ((first === 'and' || first === 'or') && ws[1] !== undefined && !OPENERS.has(ws[1]) && !VERB_AUXILIARIES.has(ws[1])) return !hasVerb(ws.slice(1));
  if (OPENERS.has(first)) return false;
  return !hasVerb(ws);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'your', 'each', 'every', 'our', 'this', 'that']);

/**
 * A verb of its own: an auxiliary or modal among the first words ("EKS
 * does", "requests can run"), or a third-person verb after a determiner and
 * its noun ("on ECS the app uses …", "each task gets …").
 */
export function hasVerb(ws: readonly string[]): boolean {
  if (ws.slice(0, 4).some((w) => VERB_AUXILIARIES.has(w) || w === 'cannot')) return true;
  // "lower it", "raise them": a verb with its object pronoun.
  if (OBJECTS.has(ws[1] ?? '')) return true;
  const thirdPerson = (w: string): boolean => /[a-z][^su']s$/.test(w) && !FUNCTION_WORDS.has(w);
  // "Fargate runs it": a name, its verb and an object pronoun.
  const objectAfter = (k: number): boolean => (DETERMINERS.has(ws[k + 1] ?? '') && ws[k + 1] !== 'that') || ws[k + 1] === 'it' || ws[k + 1] === 'them';
  // "it just lets more tasks fit", "they still burn an IP": a subject pronoun and its verb.
  const afterPronoun = (k: number): boolean => SUBJECT_PRONOUNS.has(ws[k - 1] ?? '') || (ADVERBS.test(ws[k - 1] ?? '') && SUBJECT_PRONOUNS.has(ws[k - 2] ?? ''));
  if (ws.some((w, k) => thirdPerson(w) && ((k >= 2 && DETERMINERS.has(ws[k - 2]!)) || (k >= 1 && objectAfter(k)) || afterPronoun(k)))) return true;
  // "Cloud Run or Container Apps already run request/response services": a frequency adverb after a subject, then its verb.
  return ws.some((w, k) => k >= 1 && FREQUENCY.has(ws[k - 1]!) && !FUNCTION_WORDS.has(ws[k - 2] ?? 'the') && !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w));
}

const FREQUENCY = new Set(['already', 'usually', 'typically', 'often', 'always', 'normally', 'generally']);

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'this', 'that']);
const ADVERBS = /^(?:just|only|also|still|even|always|never|often|then|[a-z]+ly)$/;

const OBJECTS = new Set(['it', 'them', 'this', 'that', 'those', 'these']);

const SUBORDINATORS = new Set(['once', 'when', 'if', 'that', 'which', 'who', 'because', 'after', 'before', 'until', 'while', 'since', 'where', 'unless', 'so', 'than', 'whether']);
const PRONOUNS = new Set(['it', 'they', 'you', 'we', 'i', 'he', 'she']);

/**
 * The words before a verb's denial are its subject only when no other verb
 * comes first: not after a subordinate clause's opener ("it marks it failed
 * once it cannot …") or a pronoun with its own verb ("it marks").
 */
export function opensWithSubject(before: readonly string[]): boolean {
  // A subject is short; a long run before the denial holds a verb the word lists do not know.
  if (before.length > 8 || hasVerb(before)) return false;
  // A connective opening the clause itself ("so losing one AZ still does not …") is no embedded clause.
  return !before.some(
    (w, k) =>
      (k > 0 && SUBORDINATORS.has(w)) ||
      // A pronoun after the opening words, or a conjunction before a new noun phrase, starts another statement ("… or the image will not pull").
      (PRONOUNS.has(w) && k > (CONNECTIVES.has(before[0]!) ? 1 : 0)) ||
      ((w === 'and' || w === 'or' || w === 'but') && k > 0 && (DETERMINERS.has(before[k + 1] ?? '') || PRONOUNS.has(before[k + 1] ?? ''))),
  );
}

const CONNECTIVES = new Set(['so', 'and', 'but', 'or', 'because', 'then', 'yet', 'while', 'whereas', 'since']);
