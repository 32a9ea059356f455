import { describe, expect, it } from 'vitest';
import type { Drill } from '../../src/core/deck/index.js';
import type { Draft } from '../../src/store/drafts.js';
import { DrillScreen, type DrillStore } from '../../src/tui/screens/DrillScreen.js';
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

function fakeStore() {
  const drafts: Draft[] = [];
  const kept: { score: number; timedOut: boolean; answers: Record<string, string> }[] = [];
  let cleared = 0;
  const store: DrillStore = {
    saveDraft: (d) => void drafts.push(structuredClone(d)),
    clearDraft: () => void cleared++,
    keep: (a) => {
      kept.push(a);
      return { count: 1, best: a.score, last: a.score, trend: 'first', scores: [a.score] };
    },
  };
  return { store, drafts, kept, cleared: () => cleared };
}

describe('DrillScreen', () => {
  it('shows the countdown and the first section, moves with Tab, drafts what is typed', async () => {
    const { store, drafts } = fakeStore();
    let t = NOW.getTime();
    const ui = await mount(<DrillScreen drill={drill} store={store} seed={1} width={60} now={() => t} />);
    expect(ui.frame().split('\n').slice(0, 4)).toEqual([
      `${'Mini sketch'.padEnd(50)} 2:00 left`,
      '1/2 · 0 answered · Tab next · Shift-Tab back · Ctrl-S submit',
      'fargate.image',
      'Where is the image?',
    ]);
    expect(drafts).toHaveLength(1);
    // Within a second of the last save the draft waits (at most 1 s behind) …
    await ui.press('EC');
    expect(drafts).toHaveLength(1);
    // … and a keystroke a second later saves everything typed, with the time left.
    t += 1000;
    await ui.press('R');
    expect(drafts.at(-1)).toMatchObject({ answers: { 'fargate.image': 'ECR' }, remainingMs: 119_000 });
    await ui.press(KEY.tab);
    expect(ui.frame()).toContain('2/2 · 1 answered');
    expect(ui.frame()).toContain('Where is TLS terminated?');
    await ui.press('\u001b[Z');
    expect(ui.frame()).toContain('│ECR');
  });

  it('a resumed draft brings back its answers and its time left', async () => {
    const { store } = fakeStore();
    const draft: Draft = { drillId: 'mini', startedAt: 0, savedAt: 0, remainingMs: 45_000, answers: { 'fargate.image': 'ECR, pinned tag' } };
    const ui = await mount(<DrillScreen drill={drill} store={store} resume={draft} seed={1} width={60} now={() => NOW.getTime()} />);
    expect(ui.frame()).toContain('0:45 left');
    expect(ui.frame()).toContain('│ECR, pinned tag');
  });

  it('Enter on the last section submits: results with met, missed, model answers and history', async () => {
    const { store, kept, cleared } = fakeStore();
    const ui = await mount(<DrillScreen drill={drill} store={store} seed={1} width={70} now={() => NOW.getTime()} />);
    await ui.press('ECR', KEY.enter, 'nginx sidecar', KEY.enter);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.timedOut).toBe(false);
    expect(cleared()).toBe(1);
    const frame = ui.frame();
    expect(frame).toContain('fargate.image');
    expect(frame).toContain('  ✓ ecr');
    expect(frame).toContain('  ✗ Say where TLS ends.');
    expect(frame).toContain('  model: At the ALB.');
    expect(frame).toMatch(/History: best \d+%, last \d+%, first attempt \(1 attempt\)/);
  });
});
