/** The report text cut into screen rows of `width` columns, for the scrolling report screen. Pure. */
import { wrapText } from './wrap-text.js';

export function reportRows(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    if (!line) return [''];
    // Continuation rows keep the line's indent, so a wrapped hint stays under its point.
    const lead = /^\s*/.exec(line)![0];
    const indent = lead.slice(0, Math.max(0, width - 10));
    const body = line.slice(lead.length);
    return wrapText(body, Math.max(1, width - indent.length)).map((r) => `${indent}${body.slice(r.start, r.end).trimEnd()}`);
  });
}
