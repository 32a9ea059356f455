import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Drill } from '../../src/core/deck/index.js';
import { remaining } from '../../src/core/drills/countdown.js';
import { gradeDrill } from '../../src/core/drills/grade-drill.js';
import type { DrillAttempt, DrillDraft, DrillOutcome } from '../../src/tui/drill-contract.js';
import { DrillScreen } from '../../src/tui/screens/DrillScreen.js';
import { NOW } from './fixtures.js';
import { KEY, mount } from './render.js';

const drill: Drill = {
  id: 'mini',
  title: 'Mini sketch',
  minutes: 2,
  instructions: 'Answer both.',
  sections: [
    { id: 'fargate.image', prompt: 'Where is the image?', answer: 'In ECR, tagged with the git SHA.', rubric: { criteria: [{ id: 'ecr', any: ['ECR'], hint: 'Name the registry (ECR).' }] } },
    { id: 'fargate.tls', prompt: 'Where is TLS terminated?', answer: 'At the ALB.', rubric: { criteria: [{ id: 'alb', any: ['ALB', 'load balancer'], hint: 'Say where TLS ends.' }] } },
  ],
};

/** A session that records what the screen asks of it (the CLI's DrillSession does the storing). */
function fakeSession(draft?: DrillDraft) {
  const sets: [string, string][] = [];
  const focused: string[] = [];
  const submits: boolean[] = [];
  let saves = 0;
  const start = NOW.getTime();
  const answers: Record<string, string> = { ...(draft?.answers ?? {}) };
  const session: DrillAttempt = {
    answers,
    seed: 1,
    section: draft?.section,
    focus: (key) => void focused.push(key),
    clock: (now = start) => remaining(start, now, draft?.remainingMs ?? drill.minutes * 60_000),
    set: (key, text) => {
      answers[key] = text;
      sets.push([key, text]);
    },
    save: () => void saves++,
    submit: async (timedOut): Promise<DrillOutcome> => {
      submits.push(timedOut);
      const result = gradeDrill(drill, answers);
      return { kind: 'sections', result, timedOut, history: { count: 1, best: result.score, last: result.score, trend: 'first', scores: [result.score] }, pulled: { tags: ['alb'], keys: ['containers/alb-ips', 'containers/alb-nodes'] } };
    },
  };
  return { session, sets, submits, focused, saves: () => saves };
}

describe('DrillScreen', () => {
  it('shows the countdown and the first section, moves with Tab, hands every keystroke to the session', async () => {
    const { session, sets, saves } = fakeSession();
    const ui = await mount(<DrillScreen drill={drill} session={session} width={60} now={() => NOW.getTime()} />);
    expect(ui.frame().split('\n').slice(0, 4)).toEqual([
      `${'Mini sketch'.padEnd(50)} 2:00 left`,
      '1/2 · 0 answered · Tab next · Shift-Tab back · Ctrl-S submit',
      'fargate.image',
      'Where is the image?',
    ]);
    // The draft is saved once on start; the session throttles the rest.
    expect(saves()).toBe(1);
    await ui.press('EC', 'R');
    expect(sets).toEqual([['fargate.image', 'EC'], ['fargate.image', 'ECR']]);
    await ui.press(KEY.tab);
    expect(ui.frame()).toContain('2/2 · 1 answered');
    expect(ui.frame()).toContain('Where is TLS terminated?');
    await ui.press('\u001b[Z');
    expect(ui.frame()).toContain('│ECR');
    // Esc leaves with the draft saved now.
    await ui.press(KEY.escape);
    expect(saves()).toBe(2);
  });

  it('a resumed session brings back its answers and its time left', async () => {
    const draft: DrillDraft = { drillId: 'mini', startedAt: 0, savedAt: 0, remainingMs: 45_000, answers: { 'fargate.image': 'ECR, pinned tag' } };
    const { session } = fakeSession(draft);
    const ui = await mount(<DrillScreen drill={drill} session={session} width={60} now={() => NOW.getTime()} />);
    expect(ui.frame()).toContain('0:45 left');
    expect(ui.frame()).toContain('│ECR, pinned tag');
  });

  it('a resume opens the section being edited, and moving records the section for the draft', async () => {
    const draft: DrillDraft = { drillId: 'mini', startedAt: 0, savedAt: 0, remainingMs: 45_000, answers: { 'fargate.image': 'ECR', 'fargate.tls': 'At the' }, section: 'fargate.tls' };
    const { session, focused } = fakeSession(draft);
    const ui = await mount(<DrillScreen drill={drill} session={session} width={60} now={() => NOW.getTime()} />);
    expect(ui.frame()).toContain('2/2 · 2 answered');
    expect(ui.frame()).toContain('Where is TLS terminated?');
    expect(ui.frame()).toContain('│At the');
    await ui.press('\u001b[Z');
    expect(focused).toEqual(['fargate.image']);
  });

  it('a draft saved before sections were recorded (or naming an unknown one) opens section 1', async () => {
    const draft = { drillId: 'mini', startedAt: 0, savedAt: 0, remainingMs: 45_000, answers: { 'fargate.tls': 'At the' }, section: 'gone' };
    const ui = await mount(<DrillScreen drill={drill} session={fakeSession(draft).session} width={60} now={() => NOW.getTime()} />);
    expect(ui.frame()).toContain('1/2 · 1 answered');
    expect(ui.frame()).toContain('Where is the image?');
  });

  it('Enter on the last section submits through the session: results, history and the cards pulled into review', async () => {
    const { session, submits } = fakeSession();
    const ui = await mount(<DrillScreen drill={drill} session={session} width={70} now={() => NOW.getTime()} />);
    await ui.press('ECR', KEY.enter, 'nginx sidecar', KEY.enter);
    await act(async () => {});
    expect(submits).toEqual([false]);
    const frame = ui.frame();
    expect(frame).toContain('fargate.image');
    expect(frame).toContain('  ✓ ecr');
    expect(frame).toContain('  ✗ Say where TLS ends.');
    expect(frame).toContain('  model: At the ALB.');
    expect(frame).toMatch(/History: best \d+%, last \d+%, first attempt \(1 attempt\)/);
    expect(frame.replace(/\n/g, ' ')).toContain('Review: 2 related deck cards (alb) pulled forward; your next reviews take them within the daily limits.');
    // A second Enter on the results leaves; it never submits twice.
    expect(submits).toEqual([false]);
  });
});
