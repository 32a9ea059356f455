/**
 * The answer editor's state and its edits, as pure functions so that every key
 * can be tested without a terminal. `cursor` is an offset into `text`.
 */
import { MAX_ANSWER_CHARS } from '../core/answer-input.js';
import { sanitize } from '../core/grading/sanitize.js';
import { cursorPosition, offsetAt, type Row } from './wrap-text.js';

/** Text being typed and where the cursor is. */
export interface EditorState {
  text: string;
  cursor: number;
  /**
   * Some of the text came in one burst of input (a paste: several characters
   * in one read). The answer's time then says nothing about recall speed.
   */
  pasted?: boolean;
}

export const emptyEditor: EditorState = { text: '', cursor: 0 };

/** Inserts typed or pasted text at the cursor; pasted CR/CRLF line ends become \n. */
export function insert(state: EditorState, input: string): EditorState {
  // Typed escape sequences and control or bidi characters never become answer text; the length stops at the answer limit.
  const clean = sanitize(input.replace(/\r\n?/g, '\n')).replace(/\t/g, ' ').slice(0, Math.max(0, MAX_ANSWER_CHARS - state.text.length));
  if (!clean) return state;
  const text = state.text.slice(0, state.cursor) + clean + state.text.slice(state.cursor);
  // Typing delivers one character a read; more at once is a paste.
  return { ...state, ...(clean.length > 1 ? { pasted: true } : {}), text, cursor: state.cursor + clean.length };
}

export function backspace(state: EditorState): EditorState {
  if (state.cursor === 0) return state;
  return { ...state, text: state.text.slice(0, state.cursor - 1) + state.text.slice(state.cursor), cursor: state.cursor - 1 };
}

/** Deletes the word before the cursor (Ctrl-W, as in a shell). */
export function deleteWord(state: EditorState): EditorState {
  const before = state.text.slice(0, state.cursor);
  const start = before.replace(/\S+\s*$|\s+$/, '').length;
  return { ...state, text: state.text.slice(0, start) + state.text.slice(state.cursor), cursor: start };
}

export function left(state: EditorState): EditorState {
  return { ...state, cursor: Math.max(0, state.cursor - 1) };
}

export function right(state: EditorState): EditorState {
  return { ...state, cursor: Math.min(state.text.length, state.cursor + 1) };
}

/** Start of the current logical line. */
export function home(state: EditorState): EditorState {
  return { ...state, cursor: state.text.lastIndexOf('\n', state.cursor - 1) + 1 };
}

/** End of the current logical line. */
export function end(state: EditorState): EditorState {
  const nl = state.text.indexOf('\n', state.cursor);
  return { ...state, cursor: nl === -1 ? state.text.length : nl };
}

/** One visual row up (`by` -1) or down (`by` 1), keeping the column where it can. */
export function vertical(state: EditorState, rows: readonly Row[], by: -1 | 1): EditorState {
  const { row, col } = cursorPosition(rows, state.cursor);
  const target = row + by;
  if (target < 0) return { ...state, cursor: 0 };
  if (target >= rows.length) return { ...state, cursor: state.text.length };
  return { ...state, cursor: offsetAt(rows, target, col) };
}
