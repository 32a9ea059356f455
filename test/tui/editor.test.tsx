import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from '../../src/tui/components/Editor.js';
import { emptyEditor, type EditorState } from '../../src/tui/editor-state.js';
import { KEY, mount } from './render.js';

function Harness({ width, onSubmit, start = emptyEditor, maxRows }: { width: number; onSubmit?: (text: string) => void; start?: EditorState; maxRows?: number }) {
  const [value, setValue] = useState(start);
  return <Editor value={value} onChange={setValue} onSubmit={() => onSubmit?.(value.text)} width={width} maxRows={maxRows} placeholder="type here" />;
}

describe('Editor', () => {
  it('at the answer limit, typing is not kept and the editor says so', async () => {
    const full = 'a'.repeat(19_999);
    const ui = await mount(<Harness width={40} maxRows={2} start={{ text: full, cursor: full.length }} />);
    expect(ui.frame()).not.toContain('limit');
    await ui.press('bc');
    expect(ui.frame()).toContain('The answer limit is reached (20,000 characters): more typing is not kept.');
    expect(ui.frame()).not.toContain('bc');
  });

  it('shows the placeholder when empty', async () => {
    const ui = await mount(<Harness width={20} />);
    expect(ui.frame()).toBe(' type here');
  });

  it('types, wraps long lines at a space and keeps the cursor after the text', async () => {
    const ui = await mount(<Harness width={11} />);
    await ui.press('the task role', ' is for the app');
    // Text wraps at width - 1 = 10 columns, leaving a cell for the cursor (Ink trims trailing spaces).
    expect(ui.frame()).toBe(['the task', 'role is', 'for the', 'app'].join('\n'));
  });

  it('Enter submits; Ctrl-J and Alt-Enter insert newlines', async () => {
    const onSubmit = vi.fn();
    const ui = await mount(<Harness width={20} onSubmit={onSubmit} />);
    await ui.press('a', KEY.ctrlJ, 'b', KEY.altEnter, 'c', KEY.enter);
    expect(onSubmit).toHaveBeenCalledWith('a\nb\nc');
    expect(ui.frame()).toBe('a\nb\nc');
  });

  it('Backspace, arrows, Home/End and Ctrl-W edit where the cursor is', async () => {
    const onSubmit = vi.fn();
    const ui = await mount(<Harness width={30} onSubmit={onSubmit} />);
    await ui.press('pull imaex', KEY.backspace, KEY.left, 'g');
    await ui.press(KEY.home, 'ECR: ', KEY.end, ' now', KEY.ctrlW, KEY.enter);
    expect(onSubmit).toHaveBeenLastCalledWith('ECR: pull image ');
  });

  it('a pasted 2,000-character answer wraps and scrolls to the cursor', async () => {
    const onSubmit = vi.fn();
    const word = 'execution ';
    const ui = await mount(<Harness width={41} maxRows={3} onSubmit={onSubmit} />);
    await ui.press(word.repeat(200));
    const lines = ui.frame().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('execution execution execution execution');
    await ui.press(KEY.enter);
    expect(onSubmit.mock.calls[0]![0]).toHaveLength(2000);
  });
});
