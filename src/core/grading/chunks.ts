/**
 * A clause cut into its negation scopes: at commas, colons and
 * dashes, and whether the chunks from one on continue a list to an "or".
 */
import { hasVerb } from './denial.js';
import { isThousands, normalize } from './normalize.js';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const LIST_BREAKERS = new Set(['but', 'so', 'because', 'it', 'they', 'this', 'that', 'which', 'then', 'yet', 'however', 'although', 'though', 'while', 'and', 'instead', 'rather', 'you', 'we', 'i', 'he', 'she', 'there', 'its', 'their', 'your']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'your']);
const LIST_VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'can', 'will', 'would', 'should', 'must']);

/**
 * True when chunks[from..] continue a list to an "or"/"nor" ("X, Y or Z";
 * "X, Y, or Z"): short items, no new subject or verb of their own.
 */
export function listTail(chunks: readonly string[], from: number): boolean {
  for (let k = from; k < chunks.length; k++) {
    const ws = normalize(chunks[k]!).split(' ').filter(Boolean);
    if (!ws.length || LIST_BREAKERS.has(ws[0]!) || ws.some((w) => LIST_VERBS.has(w))) return false;
    const or = ws.findIndex((w) => w === 'or' || w === 'nor');
    // "..., or the image pull fails" starts a new statement.
    // "…, Cloud Run or Container Apps already run services": an item with a verb of its own states something.
    if (or >= 0) return or <= 3 && !DETERMINERS.has(ws[or + 1] ?? '') && !hasVerb(ws);
    if (ws.length > 3) return false;
  }
  return false;
}

/**
 * Negation scopes inside a clause: split at commas and colons ("No, it is
 * capacity"; "Wrong: it is capacity"), but not inside "1,000".
 */
export function chunks(clause: string): { parts: string[]; ends: string[] } {
  const parts: string[] = [];
  const ends: string[] = [];
  let start = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i]!;
    // ": " ends a scope; ":latest" or "image:tag" does not.
    // A spaced dash ("no - it is compute") and an em dash end a scope too.
    const dash = (c === '-' || c === '\u2013') && clause[i - 1] === ' ' && clause[i + 1] === ' ';
    if (dash || c === '\u2014' || (c === ':' && /\s/.test(clause[i + 1] ?? ' ')) || (c === ',' && !(isDigit(clause[i - 1]) && isThousands(clause, i + 1)))) {
      parts.push(clause.slice(start, i));
      ends.push(c === ',' ? ',' : ':');
      start = i + 1;
    }
  }
  parts.push(clause.slice(start));
  ends.push('');
  return { parts, ends };
}
