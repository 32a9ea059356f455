/** Folding long text to a few rows on a short terminal. Pure. */
import { wrapText } from './wrap-text.js';

/** Visual rows `text` takes at `width` columns. */
export const rowCount = (text: string, width: number): number => wrapText(text, width).length;

/** The first `max` visual rows of `text` and how many rows were left out. */
export function fold(text: string, width: number, max: number): { text: string; hidden: number } {
  const rows = wrapText(text, width);
  if (rows.length <= max) return { text, hidden: 0 };
  const keep = Math.max(1, max);
  return { text: text.slice(0, rows[keep - 1]!.end).trimEnd(), hidden: rows.length - keep };
}

/** Rows for the prompt, the answer and the model answer within `room` rows, model answer folded first. */
export function shareRows(room: number, want: { prompt: number; answer: number; model: number }): { prompt: number; answer: number; model: number } {
  const { prompt, answer, model } = want;
  if (prompt + answer + model <= room) return want;
  const m = Math.max(1, Math.min(model, room - prompt - answer));
  const a = Math.max(1, Math.min(answer, room - prompt - m));
  const p = Math.max(1, Math.min(prompt, room - a - m));
  return { prompt: p, answer: a, model: m };
}
