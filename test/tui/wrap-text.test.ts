import { describe, expect, it } from 'vitest';
import { cursorPosition, offsetAt, wrapText } from '../../src/tui/wrap-text.js';

/** The rows as strings, `|` marking where a logical line ends. */
const show = (text: string, width: number): string[] =>
  wrapText(text, width).map((r) => text.slice(r.start, r.end) + (r.last ? '|' : ''));

describe('wrapText', () => {
  const cases: [label: string, text: string, width: number, rows: string[]][] = [
    ['empty text is one empty row', '', 10, ['|']],
    ['short line stays whole', 'hello', 10, ['hello|']],
    ['exactly the width does not wrap', 'abcde', 5, ['abcde|']],
    ['one past the width breaks at the space', 'abc defg', 5, ['abc ', 'defg|']],
    ['the space stays at the end of the row', 'aa bb cc', 6, ['aa bb ', 'cc|']],
    ['a word longer than the row is cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij|']],
    ['a long word after a short one moves whole first', 'ab cdefghij', 4, ['ab ', 'cdef', 'ghij|']],
    ['newline ends a row', 'ab\ncd', 10, ['ab|', 'cd|']],
    ['empty line between lines', 'ab\n\ncd', 10, ['ab|', '|', 'cd|']],
    ['trailing newline gives an empty last row', 'ab\n', 10, ['ab|', '|']],
    ['width below 1 counts as 1', 'abc', 0, ['a', 'b', 'c|']],
    ['runs of spaces break after the last that fits', 'a    b', 3, ['a  ', '  b|']],
    ['wrapped and hard lines together', 'one two three\nfour', 8, ['one two ', 'three|', 'four|']],
  ];
  for (const [label, text, width, rows] of cases) {
    it(label, () => expect(show(text, width)).toEqual(rows));
  }

  it('rows cover the text exactly once, newlines excepted', () => {
    const text = 'The execution role lets the agent pull the image from ECR.\nThe task role is for the app.'.repeat(3);
    for (const width of [1, 7, 13, 40]) {
      const joined = wrapText(text, width)
        .map((r) => text.slice(r.start, r.end) + (r.last ? '\n' : ''))
        .join('');
      expect(joined.slice(0, -1)).toBe(text);
      expect(wrapText(text, width).every((r) => r.end - r.start <= width)).toBe(true);
    }
  });
});

describe('cursorPosition', () => {
  const rows = wrapText('abc defg\nxy', 5); // 'abc ', 'defg', 'xy'
  const cases: [label: string, offset: number, at: { row: number; col: number }][] = [
    ['start', 0, { row: 0, col: 0 }],
    ['at a soft break the cursor starts the next row', 4, { row: 1, col: 0 }],
    ['end of a hard line stays on it', 8, { row: 1, col: 4 }],
    ['after the newline', 9, { row: 2, col: 0 }],
    ['end of text', 11, { row: 2, col: 2 }],
  ];
  for (const [label, offset, at] of cases) it(label, () => expect(cursorPosition(rows, offset)).toEqual(at));
});

describe('offsetAt', () => {
  const rows = wrapText('abc defg\nxy', 5);
  it('clamps the column to a short row', () => expect(offsetAt(rows, 2, 9)).toBe(11));
  it('never lands past a soft break', () => expect(offsetAt(rows, 0, 9)).toBe(3));
  it('clamps the row', () => expect(offsetAt(rows, -3, 0)).toBe(0));
});
