/**
 * The answer's stance on the question as a whole: does it agree with the
 * statement a "No." question rejects ("Pretty much right."), or deny the
 * problem the question poses ("Nothing goes wrong")? Both are claims about
 * the question, not about any one rubric point.
 */
import type { Clause } from './tokenize.js';
import { normalize } from './normalize.js';
import { stem } from './stem.js';

// "Yes", "True", "Right", "Correct", and hedged forms ("pretty much right", "basically yes").
const AGREE =
  /^\s*(?:(?:pretty much|basically|mostly|largely|generally|in general|usually|for the most part|more or less|sort of|kind of|honestly|well|i think|i'd say|i would say|that is|that's|it is|it's)[,\s]+)?(?:yes|yeah|yep|yup|true|right|correct|exactly|agreed|indeed)\b/i;
const REJECTS = /^\s*(?:no|nope|false|wrong)\b/i;
// A model answer that opens "Not quite" or "Not the whole story" rejects the statement only in part.
const REJECTS_IN_PART = /^\s*not (?:quite|really|exactly|always|necessarily|entirely|the whole story)\b/i;

/**
 * The answer opens by agreeing with a statement the model answer rejects:
 * `flat` when the model answer says "No." (the reverse verdict), `in part`
 * when it says "Not quite" (half the story); undefined otherwise.
 */
export function agreesWithRejected(modelAnswer: string, answer: string): 'flat' | 'in part' | undefined {
  if (!AGREE.test(answer)) return undefined;
  if (REJECTS.test(modelAnswer)) return 'flat';
  return REJECTS_IN_PART.test(modelAnswer) ? 'in part' : undefined;
}

const NOTHING = new Set(['nothing', 'none', 'nowhere']);
const NO_PROBLEM = /^no (?:problem|problems|issue|issues|change|changes|difference)\b/;

/**
 * The question asks what goes wrong / what to change and the answer's first
 * clause says nothing does: "Nothing goes wrong", "None.", "No problem here".
 * A first clause that goes on to say something ("nothing but the agent …") is not a denial.
 */
export function deniesPremise(prompt: string, clauses: readonly Clause[], answer: string): boolean {
  const first = clauses[0];
  if (!first || !(NOTHING.has(first.words[0] ?? '') || first.words[0] === 'no')) return false;
  if (!/\b(?:what|which|why)\b/i.test(prompt)) return false;
  // "Nothing but the agent …", "Nothing here but latency" mean "only …": no denial.
  if (/^(?:nothing|none)(?: [a-z]+){0,2} (?:but|except|other than)\b/.test(normalize(answer.slice(0, 60)))) return false;
  // "Nothing much goes wrong: Cloud Run spins up …": the first statement, before a colon or a comma that goes on.
  const words = normalize(first.text.split(/[:;,]\s|\s[-\u2013\u2014]\s/)[0]!).split(' ');
  const opens = NOTHING.has(words[0] ?? '') || NO_PROBLEM.test(words.join(' '));
  return opens && words.length <= 4 && !words.includes('but') && !words.includes('except');
}

const WHY_AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'should', 'will']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'that', 'this', 'so']);

/**
 * The question asks why something does not happen ("Why do managed
 * containers not remove the need for scanning?") and the answer's first
 * clause says it does: "They mostly do remove it", "Actually they do." The
 * verb comes back with a pronoun for the question's object, or the clause
 * ends on the auxiliary; "It does remove host patching" names an object of
 * its own and is no denial.
 */
export function deniesNegativePremise(prompt: string, clauses: readonly Clause[]): boolean {
  const asked = normalize(prompt).split(' ');
  const not = asked.indexOf('not');
  if (asked[0] !== 'why' || !WHY_AUXILIARIES.has(asked[1] ?? '') || not < 2 || !asked[not + 1]) return false;
  // "why do X not remove …" and "why do not (don't) X remove …": the verb is among the next few words.
  const verbs = new Set(asked.slice(not + 1, not + 5).map(stem));
  const first = clauses[0];
  if (!first || first.denied !== undefined || first.wordNegated.some(Boolean)) return false;
  const ws = first.words;
  // "They do.", "Actually they mostly do": a short clause that ends on the auxiliary.
  if (ws.length <= 4 && WHY_AUXILIARIES.has(ws[ws.length - 1] ?? '')) return true;
  return ws.slice(0, 6).some((w, i) => verbs.has(stem(w)) && WHY_AUXILIARIES.has(ws[i - 1] ?? '') && (i + 1 === ws.length || OBJECT_PRONOUNS.has(ws[i + 1]!)));
}
