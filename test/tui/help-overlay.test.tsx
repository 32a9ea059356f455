import { describe, expect, it, vi } from 'vitest';
import { HelpOverlay } from '../../src/tui/components/HelpOverlay.js';
import { mount } from './render.js';

describe('HelpOverlay', () => {
  it('lists the keys of the screen in a box', async () => {
    const ui = await mount(<HelpOverlay screen="stats" width={40} onClose={() => {}} />);
    expect(ui.frame()).toBe(
      [
        '╭──────────────────────────────────────╮',
        '│ Keys                                 │',
        '│ q  Esc back                          │',
        '│ ?      this help                     │',
        '│ any key closes this                  │',
        '╰──────────────────────────────────────╯',
      ].join('\n'),
    );
  });

  it('any key closes it', async () => {
    const onClose = vi.fn();
    const ui = await mount(<HelpOverlay screen="review" width={60} onClose={onClose} />);
    expect(ui.frame()).toContain('│ Ctrl-J  Alt-Enter  new line');
    await ui.press('x');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
