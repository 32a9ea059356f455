import { describe, expect, it } from 'vitest';
import { Feedback } from '../../src/tui/components/Feedback.js';
import type { Graded } from '../../src/tui/backend.js';
import { mount } from './render.js';

const graded: Graded = {
  result: {
    score: 0.45,
    verdict: 'partial',
    criteria: [
      { id: 'execution-role', met: true, weight: 0.5, evidence: 'execution role pulls the image' },
      { id: 'task-role', met: false, weight: 0.5, hint: 'Say which role the application code uses.' },
    ],
    contradictions: [{ id: 'task-role-pulls', evidence: 'the task role pulls', message: 'The task role does not pull images.' }],
    notes: ['short answer'],
  },
  suggested: 2,
  previews: [
    { rating: 1, days: 1 / 1440 },
    { rating: 2, days: 6 / 1440 },
    { rating: 3, days: 1 },
    { rating: 4, days: 4 },
  ],
};

describe('Feedback', () => {
  it('shows verdict, score bar, criteria, contradictions, notes, model answer and ratings', async () => {
    const ui = await mount(<Feedback graded={graded} modelAnswer="The execution role pulls; the task role is for the app." width={80} />);
    expect(ui.frame()).toBe(
      [
        '~ partial █████████░░░░░░░░░░░  45%',
        '✓ execution role “execution role pulls the image”',
        '✗ task role — Say which role the application code uses.',
        '! The task role does not pull images. (you wrote “the task role pulls”)',
        '· short answer',
        'Model answer',
        'The execution role pulls; the task role is for the app.',
        '',
        '1 Again 1m  2 Hard 6m  3 Good 1d  4 Easy 4d',
        'Enter: Hard (suggested) · 1–4 override · u undo · ? help',
      ].join('\n'),
    );
  });

  it('wraps inside 40 columns and leaves out intervals it does not know', async () => {
    const unknown: Graded = { ...graded, previews: graded.previews.map(({ rating }) => ({ rating })) };
    const ui = await mount(<Feedback graded={unknown} modelAnswer="Model." width={40} />);
    const lines = ui.frame().split('\n');
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[0]).toBe('~ partial █████████░░░░░░░░░░░  45%');
    expect(lines).toContain('1 Again  2 Hard  3 Good  4 Easy');
  });
});
