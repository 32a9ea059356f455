/**
 * kind `choice`: which option the learner picked. A typed answer names its
 * option the way a person says it: the option's text, its letter or number,
 * a shortening ("execution role", "ACA"), its place ("the last one"), then
 * often a reason after a colon or comma ("Container Apps: KEDA scales to
 * zero …"), or a first guess taken back ("256 with 4 GB? No … So it's 1024
 * with 2 GB", "the task role… no. … the execution role"). The answer is read
 * statement by statement: the first option named is the pick, unless a later
 * statement takes it back (a "no", "wait" or "actually", a guess asked as a
 * question, a conclusion opened by "so") or hedges between two ("… or maybe
 * ACI"), which is no pick.
 */
import type { Card } from '../deck/schema.js';
import type { GradeResult } from './types.js';
import { normalize } from './normalize.js';
import { tokenize, type Clause } from './tokenize.js';
import { one, result } from './kind-result.js';
import { TAKE_BACK, TAKE_BACK_WORDS } from './take-back.js';

const contains = (haystack: string, needle: string): boolean => needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

/**
 * kind choice: the right option's text, its letter (a, b, ...) or its number
 * (1, 2, ...); a statement that names the right option and no other; or the
 * option shortened, read as the module comment says.
 */
export function gradeChoice(card: Card, answer: string): GradeResult {
  const choices = card.choices ?? [];
  const given = normalize(answer).replace(/[.)]$/, '');
  const index = choices.findIndex((c) => c === card.correct);
  const right = normalize(card.correct ?? '');
  const whole = index >= 0 && (given === right || given === String.fromCharCode(97 + index) || given === String(index + 1));
  const picked = whole ? index : pickedOption(choices, answer);
  const met = index >= 0 && picked === index;
  return result(card, [one('choice', met, answer.trim(), 'Pick the option that matches the model answer.')], given ? [] : ['empty answer']);
}

/** One statement of the answer: its text, and whether it ends as a question ("256 with 4 GB?"). */
interface Statement {
  text: string;
  asked: boolean;
}

/** The answer cut at sentence ends, colons, semicolons, commas, brackets and dashes. */
function statements(answer: string): Statement[] {
  const out: Statement[] = [];
  for (const m of answer.matchAll(/([^.;:!?,()\u2014\u2013]+?)(\s+-\s+|[.;:!?,()\u2014\u2013]+|$)/g)) {
    const text = m[1]!.trim();
    if (text) out.push({ text, asked: m[2]!.includes('?') });
  }
  return out;
}

/** Words that take back a pick: take-back.ts's, and here also a bare "no" or "actually" after a guess. */
const TAKE_BACK_CUES = new Set([...TAKE_BACK, 'no', 'actually', 'rather', 'correction']);
/** Words that open a conclusion: what follows is the pick. */
const CONCLUSION = new Set(['so', 'therefore', 'hence', 'thus', 'final', 'finally']);
/** Words that offer a second option as a guess. */
const HEDGES = new Set(['maybe', 'perhaps', 'possibly', 'or']);
/** Words around a bare letter, number or place ("b I think", "I'd go with the last one"). */
const FILLER = new Set(['i', 'think', 'guess', 'maybe', 'probably', 'hmm', 'option', 'answer', 'choice', 'it', 'its', 's', 'is', 'the', 'go', 'with', 'would', 'say', 'pick', 'one', 'that', 'so', 'final', 'my']);
const PLACES: Record<string, (n: number) => number> = {
  first: () => 0,
  second: () => 1,
  third: () => 2,
  fourth: () => 3,
  last: (n) => n - 1,
};

/** The options as the statements are compared with them, worked out once per answer. */
interface Options {
  choices: readonly string[];
  /** Each option normalized. */
  texts: string[];
  /** Each option's content stems (claimWords). */
  words: Set<string>[];
}

/** Index of the option the learner picked, or -1 for none (or a hedge between two). */
export function pickedOption(choices: readonly string[], answer: string): number {
  const options: Options = { choices, texts: choices.map(normalize), words: choices.map((c) => new Set(claimWords(tokenize(c)))) };
  let pick = -1;
  let open = false; // the pick so far was taken back or only asked
  for (const s of statements(answer)) {
    const words = normalize(s.text).split(' ').filter(Boolean);
    if (words.length && words.every((w) => TAKE_BACK_WORDS.has(w)) && words.some((w) => TAKE_BACK_CUES.has(w))) {
      open = true;
      continue;
    }
    const cue = TAKE_BACK_CUES.has(words[0] ?? '') || CONCLUSION.has(words[0] ?? '');
    const k = optionIn(options, s.text, words);
    if (k < 0) {
      if (TAKE_BACK_CUES.has(words[0] ?? '')) open = true;
      continue;
    }
    if (pick < 0 || open || cue) pick = k;
    else if (k !== pick && words.some((w) => HEDGES.has(w))) return -1;
    open = s.asked;
  }
  return pick;
}

/** The option one statement names: by letter, number or place, by its text, or shortened. */
function optionIn(opts: Options, text: string, words: readonly string[], tail = true): number {
  const { choices, texts: options } = opts;
  const rest = words.filter((w) => !FILLER.has(w) && !HEDGES.has(w));
  if (rest.length === 1) {
    const w = rest[0]!;
    const byInitials = choices.findIndex((c) => w.length >= 2 && initialsOf(c) === w);
    if (byInitials >= 0) return byInitials;
    const letter = w.length === 1 ? w.charCodeAt(0) - 97 : -1;
    if (letter >= 0 && letter < choices.length) return letter;
    if (/^\d$/.test(w) && Number(w) >= 1 && Number(w) <= choices.length) return Number(w) - 1;
    if (w in PLACES && words.some((x) => x === 'one' || x === 'option' || x === 'choice' || x === 'the')) return PLACES[w]!(choices.length);
  }
  const clauses = tokenize(text);
  const affirmed = clauses.map((c) => c.words.filter((_, i) => !c.wordNegated[i]).join(' ')).join(' ');
  // "The task execution role: the agent …" leads with its option; an option named beside no other is picked.
  const leads = options.map((o, i) => (o.length > 0 && (affirmed + ' ').startsWith(`${o} `) ? i : -1)).filter((i) => i >= 0);
  if (leads.length) return leads.reduce((a, b) => (options[b]!.length > options[a]!.length ? b : a));
  const named = options.flatMap((o, i) => (contains(affirmed, o) && !options.some((p, j) => j !== i && contains(affirmed, p) && !contains(o, p)) ? [i] : []));
  if (named.length === 1) return named[0]!;
  const k = shortened(opts.words, clauses);
  if (k >= 0 || !tail) return k;
  // "CannotPull plus no logs means the execution role", "so the fix is ACA": the option after the linking verb.
  const at = words.findLastIndex((w) => LINKS.has(w));
  const after = words.slice(at + 1);
  return at >= 0 && after.length >= 1 && after.length <= 6 ? optionIn(opts, after.join(' '), after, false) : -1;
}

/** Verbs that link a reason to its conclusion, the option after them. */
const LINKS = new Set(['means', 'is', 's', 'indicates', 'points', 'implies', 'pick', 'choose', 'fix', 'need', 'needs', 'want']);

/**
 * The option a shortened answer names ("Container Apps" for "Azure Container
 * Apps", "execution role" for "The task execution role", "1 vCPU / 2GB"):
 * every content word of the answer is one of that option's, and of no other
 * option's (or the answer is that option's words exactly, "task role" beside
 * "task execution role"), a denied word matching a word the option denies too
 * ("Fargate by itself without ECS or EKS"). Failing that, the option that
 * shares clearly more words with a short paraphrase than any other ("fargate
 * on its own without ecs/eks"). -1 when none. (Initials are optionIn's.)
 */
function shortened(options: readonly Set<string>[], answer: readonly Clause[]): number {
  const words = new Set(claimWords(answer).map((w) => cutShort(w, options)));
  if (!words.size) return -1;
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

/**
 * A word cut short ("exec" for execution, "config" for configuration): of four
 * letters or more, in no option itself, the beginning of exactly one word the
 * options use. Else the word as it is.
 */
function cutShort(word: string, options: readonly Set<string>[]): string {
  if (word.length < 4 || options.some((o) => o.has(word))) return word;
  const longer = new Set(options.flatMap((o) => [...o].filter((w) => w.length > word.length && w.startsWith(word))));
  return longer.size === 1 ? [...longer][0]! : word;
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
