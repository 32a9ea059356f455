/**
 * Pre-wrapping for Ink: Ink's own `wrap="wrap"` keeps the space it broke at
 * as the first character of the next row, which shows as a stray indent at
 * 40 columns. These cut text into rows that start with no space. Pure.
 */
import { wrapText } from './wrap-text.js';

/** `text` as rows of at most `width` columns, broken after spaces; continuation rows start with no space (a line's own indent stays). */
export function wrapRows(text: string, width: number): string[] {
  return wrapText(text, width).map((r) => {
    const row = text.slice(r.start, r.end).trimEnd();
    return r.start === 0 || text[r.start - 1] === '\n' ? row : row.trimStart();
  });
}

/**
 * Parts (a rating with its label and interval, a key hint) packed into rows of
 * `width` columns, never splitting a part that fits a row: parts on one row
 * are joined by `sep`, and no row starts with the separator.
 */
export function wrapParts(parts: readonly string[], sep: string, width: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const part of parts) {
    const add = row.length ? sep.length + part.length : part.length;
    if (row.length && used + add > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(part);
    used += row.length > 1 ? sep.length + part.length : part.length;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Key hints joined by " · ", wrapped between hints (a hint wider than a row wraps on its own). */
export function hintRows(parts: readonly string[], width: number): string[] {
  return wrapParts(parts, ' · ', width).flatMap((row) => wrapRows(row.join(' · '), width));
}
