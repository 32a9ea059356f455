/**
 * Where a condition ends and what switches a thing off: the scope rules of
 * tokenize.ts that read a clause's opening words ("if nothing shows up check
 * …", "so if …", "if you mix them up …") or a verb of switching ("turn off",
 * "disable").
 */
import { VERB_AUXILIARIES } from './denial.js';

/** Words that open a condition, which states no claim ("when a client needs X", "if Y"). */
export const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless']);

// Verbs that open an instruction ("check the exec role", "make sure …").
const IMPERATIVES = new Set(['check', 'make', 'use', 'set', 'look', 'verify', 'ensure', 'confirm', 'add', 'fix', 'grant', 'attach', 'give', 'raise', 'lower', 'increase', 'reduce', 'try']);
// Words after which such a verb is a noun or an infinitive ("the check", "to check", "can use").
const NOT_BEFORE_IMPERATIVE = new Set([...VERB_AUXILIARIES, 'to', 'the', 'a', 'an', 'its', 'their', 'your', 'my', 'our', 'this', 'that', 'you', 'we', 'i', 'they', 'it', 'and', 'or', 'not', 'if', 'when', 'unless', 'whenever']);

/** An instruction's verb well inside a condition opened at the chunk's start ("if nothing shows up check …"). */
export const opensMainClause = (ws: readonly string[], i: number): boolean =>
  i >= 3 && IMPERATIVES.has(ws[i]!) && !NOT_BEFORE_IMPERATIVE.has(ws[i - 1]!) && opensCondition(ws);

/** The chunk opens with a condition, after a connective or not ("if …", "so if …", "and when …"). */
export const opensCondition = (ws: readonly string[]): boolean =>
  CONDITIONS.has(ws[0] ?? '') || (CONDITION_CONNECTIVES.has(ws[0] ?? '') && CONDITIONS.has(ws[1] ?? ''));
const CONDITION_CONNECTIVES = new Set(['so', 'and', 'but', 'then', 'or']);

/** Words that make a condition a mistake ("if you mix them up", "when you use the wrong role"): a what-goes-wrong story. */
export const MISTAKES = new Set(['mix', 'mixes', 'mixed', 'conflate', 'conflates', 'conflated', 'confuse', 'confuses', 'confused', 'swap', 'swaps', 'swapped', 'mistake', 'wrong', 'misconfigure', 'misconfigured', 'forget', 'forgets', 'forgot']);

const DISABLE = new Set(['disable', 'disables', 'disabled', 'disabling']);
const SWITCH = new Set(['turn', 'turns', 'turned', 'turning', 'switch', 'switches', 'switched', 'switching']);

/** "disable", or "turn"/"switch" with "off" right after it or after a short object ("switch min-instances off"). */
export const switchesOff = (ws: readonly string[], i: number): boolean =>
  DISABLE.has(ws[i]!) || (SWITCH.has(ws[i]!) && (ws[i + 1] === 'off' || ws[i + 2] === 'off' || ws[i + 3] === 'off'));

