import { describe, expect, it } from 'vitest';
import * as edit from '../../src/tui/editor-state.js';
import { wrapText } from '../../src/tui/wrap-text.js';

const at = (text: string, cursor = text.length): edit.EditorState => ({ text, cursor });

describe('editor edits', () => {
  it('inserts at the cursor', () => expect(edit.insert(at('ac', 1), 'b')).toEqual(at('abc', 2)));
  it('pasted CRLF and CR become newlines, tabs spaces', () => expect(edit.insert(at(''), 'a\r\nb\rc\td')).toEqual({ ...at('a\nb\nc d'), pasted: true }));
  it('marks a burst of input (a paste) and keeps the mark through later edits; typing one key a read is no paste', () => {
    expect(edit.insert(at('a'), 'b')).toEqual(at('ab'));
    const pasted = edit.insert(at('a'), 'bc');
    expect(pasted.pasted).toBe(true);
    expect(edit.backspace(edit.insert(pasted, 'd')).pasted).toBe(true);
    expect(edit.deleteWord(pasted).pasted).toBe(true);
  });
  it('backspace at the start does nothing', () => expect(edit.backspace(at('ab', 0))).toEqual(at('ab', 0)));
  it('backspace removes the character before the cursor', () => expect(edit.backspace(at('abc', 2))).toEqual(at('ac', 1)));
  it('backspace joins lines', () => expect(edit.backspace(at('a\nb', 2))).toEqual(at('ab', 1)));
  it('left stops at 0, right at the end', () => {
    expect(edit.left(at('ab', 0)).cursor).toBe(0);
    expect(edit.right(at('ab', 2)).cursor).toBe(2);
  });
  it('home and end stay within the logical line', () => {
    expect(edit.home(at('ab\ncd', 4)).cursor).toBe(3);
    expect(edit.end(at('ab\ncd', 0)).cursor).toBe(2);
    expect(edit.home(at('ab\ncd', 3)).cursor).toBe(3);
  });
  it('Ctrl-W deletes the word before the cursor and its trailing space', () => {
    expect(edit.deleteWord(at('pull the image '))).toEqual(at('pull the '));
    expect(edit.deleteWord(at('one'))).toEqual(at(''));
  });
  it('up and down move by visual row keeping the column', () => {
    const text = 'abcd efgh ijkl';
    const rows = wrapText(text, 5); // 'abcd ', 'efgh ', 'ijkl'
    expect(edit.vertical(at(text, 7), rows, 1).cursor).toBe(12);
    expect(edit.vertical(at(text, 7), rows, -1).cursor).toBe(2);
    expect(edit.vertical(at(text, 2), rows, -1).cursor).toBe(0);
    expect(edit.vertical(at(text, 12), rows, 1).cursor).toBe(14);
  });
});
