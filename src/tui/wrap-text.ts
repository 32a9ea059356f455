/**
 * Soft-wrapping for the answer editor: splits text into visual rows no wider
 * than `width` columns, breaking after a space where it can and inside a word
 * only when the word alone is wider than a row. Rows are offsets into the
 * text, so the cursor maps to a row and column without copying strings.
 * Every UTF-16 code unit counts as one column (answers are mostly ASCII).
 */

/** One visual row: `text.slice(start, end)`; `hard` when a newline ends it. */
export interface Row {
  start: number;
  end: number;
  /** True when the row is the last of its logical line. */
  last: boolean;
}

/** The visual rows of `text` at `width` columns (width < 1 is treated as 1). */
export function wrapText(text: string, width: number): Row[] {
  const w = Math.max(1, Math.floor(width));
  const rows: Row[] = [];
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    wrapLine(text, lineStart, lineEnd, w, rows);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return rows;
}

function wrapLine(text: string, from: number, to: number, w: number, rows: Row[]): void {
  let pos = from;
  while (to - pos > w) {
    // The last space that still fits, so the row ends with it.
    let cut = -1;
    for (let i = pos + w - 1; i > pos; i--) {
      if (text[i] === ' ') {
        cut = i + 1;
        break;
      }
    }
    if (cut === -1) cut = pos + w;
    rows.push({ start: pos, end: cut, last: false });
    pos = cut;
  }
  rows.push({ start: pos, end: to, last: true });
}

/** Where the cursor at `offset` sits among `rows`. */
export function cursorPosition(rows: readonly Row[], offset: number): { row: number; col: number } {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (offset >= row.start && (offset < row.end || (offset === row.end && row.last))) {
      return { row: r, col: offset - row.start };
    }
  }
  const lastRow = rows.length - 1;
  return { row: lastRow, col: rows[lastRow]!.end - rows[lastRow]!.start };
}

/** The text offset at `row`/`col`, clamped to the row (for ↑/↓ and clicks). */
export function offsetAt(rows: readonly Row[], row: number, col: number): number {
  const r = rows[Math.min(Math.max(row, 0), rows.length - 1)]!;
  const maxCol = r.last ? r.end - r.start : Math.max(0, r.end - r.start - 1);
  return r.start + Math.min(Math.max(col, 0), maxCol);
}
