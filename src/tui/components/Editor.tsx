import { memo, useMemo } from 'react';
import { Box, Text } from 'ink';
import { wrapText, cursorPosition } from '../wrap-text.js';
import * as edit from '../editor-state.js';
import type { EditorState } from '../editor-state.js';
import { useKeys } from '../hooks/use-keys.js';
import { MAX_ANSWER_CHARS } from '../../core/answer-input.js';
import { groupDigits } from '../../core/group-digits.js';

export interface EditorProps {
  value: EditorState;
  onChange: (next: EditorState) => void;
  onSubmit: () => void;
  /** Columns for text (the cursor may take one more). */
  width: number;
  /** Rows shown at most; the view scrolls to keep the cursor in sight. */
  maxRows?: number;
  active?: boolean;
  placeholder?: string;
  /** Keys the editor leaves to its parent (e.g. `?` on an empty answer). */
  ignore?: (input: string, value: EditorState) => boolean;
}

/**
 * A multi-line answer editor with soft wrapping. Enter submits; Ctrl-J or
 * Alt-Enter inserts a newline; Backspace, ←/→, ↑/↓, Home/End, Ctrl-A/E/W.
 */
export function Editor({ value, onChange, onSubmit, width, maxRows = 8, active = true, placeholder, ignore }: EditorProps) {
  const rows = useMemo(() => wrapText(value.text, Math.max(1, width - 1)), [value.text, width]);
  useKeys((input, key) => {
    if (ignore?.(input, value)) return;
    if (key.return) return key.meta ? onChange(edit.insert(value, '\n')) : onSubmit();
    if (input === '\n') return onChange(edit.insert(value, '\n'));
    if (key.backspace || key.delete) return onChange(edit.backspace(value));
    if (key.leftArrow) return onChange(edit.left(value));
    if (key.rightArrow) return onChange(edit.right(value));
    if (key.upArrow) return onChange(edit.vertical(value, rows, -1));
    if (key.downArrow) return onChange(edit.vertical(value, rows, 1));
    if (key.home || (key.ctrl && input === 'a')) return onChange(edit.home(value));
    if (key.end || (key.ctrl && input === 'e')) return onChange(edit.end(value));
    if (key.ctrl && input === 'w') return onChange(edit.deleteWord(value));
    if (key.ctrl || key.escape || key.tab || key.pageUp || key.pageDown) return;
    if (key.meta && input.length <= 1) return;
    onChange(edit.insert(value, input));
  }, active);
  const cursor = cursorPosition(rows, value.cursor);
  const first = Math.max(0, Math.min(cursor.row - maxRows + 1, rows.length - maxRows));
  const visible = rows.slice(first, first + maxRows);
  if (!value.text && placeholder) {
    return (
      <Box>
        <Text inverse> </Text>
        <Text dimColor>{placeholder.slice(0, Math.max(0, width - 1))}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => (
        <EditorRow key={first + i} text={value.text.slice(row.start, row.end)} cursor={first + i === cursor.row && active ? cursor.col : -1} />
      ))}
      {value.text.length >= MAX_ANSWER_CHARS ? <Text dimColor wrap="wrap">{`The answer limit is reached (${groupDigits(MAX_ANSWER_CHARS)} characters): more typing is not kept.`}</Text> : null}
    </Box>
  );
}

/** One visual row; re-rendered only when its text or cursor changes. */
const EditorRow = memo(function EditorRow({ text, cursor }: { text: string; cursor: number }) {
  if (cursor < 0) return <Text>{text || ' '}</Text>;
  return (
    <Text>
      {text.slice(0, cursor)}
      <Text inverse>{text[cursor] ?? ' '}</Text>
      {text.slice(cursor + 1)}
    </Text>
  );
});
