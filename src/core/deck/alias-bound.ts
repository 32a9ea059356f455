/**
 * YAML aliases (`*name`) repeat a whole anchored node; nested, a few KB of
 * text expand to millions of nodes ("billion laughs"). The expansion is
 * measured on the parsed document — each anchored node's size computed once —
 * before anything walks the expanded value, and refused past a bound.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { groupDigits } from '../group-digits.js';

/** Most nodes a deck may expand to (a 1,000-card deck is ~20,000). */
export const MAX_EXPANDED_NODES = 200_000;
/** Most characters of scalar text a deck may expand to. */
export const MAX_EXPANDED_CHARS = 4_000_000;

/** Source text that may hold an alias (a false hit only costs the slower, positioned parse). */
export const mayHaveAliases = (source: string): boolean => /(^|[\s,[{:-])\*[^\s,[\]{}]/m.test(source);

interface Size {
  nodes: number;
  chars: number;
}

/** Where the expansion crossed a bound (an offset in the source) and why; undefined when within bounds. */
export function aliasBomb(doc: Document): { offset: number; message: string } | undefined {
  const memo = new Map<unknown, Size>();
  const busy = new Set<unknown>();
  let found: { offset: number; message: string } | undefined;
  const over = (s: Size): boolean => s.nodes > MAX_EXPANDED_NODES || s.chars > MAX_EXPANDED_CHARS;
  const size = (node: unknown): Size => {
    if (found) return { nodes: 0, chars: 0 };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target || busy.has(target)) return { nodes: 1, chars: 0 };
      const s = size(target);
      if (!found && over(s)) found = { offset: node.range?.[0] ?? 0, message: describe(s) };
      return s;
    }
    const hit = memo.get(node);
    if (hit) return hit;
    busy.add(node);
    const total: Size = { nodes: 1, chars: 0 };
    const add = (child: unknown): void => {
      const s = size(child);
      total.nodes += s.nodes;
      total.chars += s.chars;
      if (!found && over(total)) found = { offset: (child as Node | undefined)?.range?.[0] ?? 0, message: describe(total) };
    };
    if (isScalar(node)) total.chars = String(node.value ?? '').length;
    else if (isMap(node)) for (const pair of node.items) (add(pair.key), add(pair.value));
    else if (isSeq(node)) for (const item of node.items) add(item);
    busy.delete(node);
    memo.set(node, total);
    return total;
  };
  const all = size(doc.contents);
  if (!found && over(all)) found = { offset: 0, message: describe(all) };
  return found;
}

function describe(s: Size): string {
  const what = s.nodes > MAX_EXPANDED_NODES ? `more than ${groupDigits(MAX_EXPANDED_NODES)} values` : `more than ${groupDigits(MAX_EXPANDED_CHARS)} characters`;
  return `YAML aliases (*name) expand this file to ${what}; use fewer or less nested aliases`;
}
