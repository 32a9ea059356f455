/**
 * Where an unclosed YAML construct opened. The yaml parser reports an
 * unclosed quote at the end of the file and an unclosed `[` or `{` where it
 * gave up; a learner wants the line where the quote or bracket was typed. The
 * concrete syntax tree (yaml's CST) keeps each quoted scalar and flow
 * collection with its start offset, so the one that is not closed and spans
 * the error is the place to report.
 */
import { CST, Parser } from 'yaml';

/** The start offset of the unclosed quoted scalar or flow collection that the error at `pos` belongs to, if any. */
export function unclosedOpening(source: string, code: string, pos: number): number | undefined {
  if (code !== 'MISSING_CHAR' && code !== 'BAD_INDENT' && code !== 'UNEXPECTED_TOKEN') return undefined;
  let found: number | undefined;
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        const start = node ? opening(node, pos) : undefined;
        // The innermost (last visited) unclosed construct that starts before the error wins.
        if (start !== undefined) found = start;
      }
    });
  }
  return found;
}

function opening(node: CST.Token, pos: number): number | undefined {
  if (node.type === 'double-quoted-scalar' || node.type === 'single-quoted-scalar') {
    const quote = node.type === 'double-quoted-scalar' ? '"' : "'";
    const closed = node.source.length > 1 && node.source.endsWith(quote) && !node.source.endsWith(`\\${quote}`);
    return !closed && node.offset <= pos ? node.offset : undefined;
  }
  if (node.type === 'flow-collection') {
    const close = node.start.source === '[' ? ']' : '}';
    const closed = node.end.some((t) => 'source' in t && t.source === close);
    return !closed && node.start.offset <= pos ? node.start.offset : undefined;
  }
  return undefined;
}
