/** The drill TUI on the CLI's real session: the same draft and attempt files as plain mode. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { drillTuiOptions, findDrill } from '../../src/cli/actions/drill.js';
import { loadDrills } from '../../src/cli/content.js';
import { DrillApp } from '../../src/tui/drill.js';
import { KEY, mount } from './render.js';
import { tempDir } from '../helpers/temp-dir.js';

const CTRL_S = '\u0013';

describe('DrillApp on the CLI session', () => {
  it('drafts through the session, and Ctrl-S keeps the attempt and clears the draft', async () => {
    const dir = tempDir('drillbit-drill-app-');
    const drill = findDrill(await loadDrills(), 'deployment-sketch');
    const ui = await mount(<DrillApp drill={drill} options={drillTuiOptions(drill, dir, { color: false })} />);
    const draftFile = join(dir, 'drafts', 'deployment-sketch.json');
    // The brief comes first, scenario included, and the clock has not started: no attempt, no draft.
    expect(ui.frame()).toContain('Scenario');
    expect(ui.frame()).toContain('Enter: start (the clock starts now) · Esc: leave');
    expect(existsSync(draftFile)).toBe(false);
    await ui.press(KEY.enter);
    expect(existsSync(draftFile)).toBe(true);
    expect(ui.frame()).toContain('15:00 left');
    await ui.press('ECR tagged with the git SHA');
    await ui.press(KEY.escape);
    expect(JSON.parse(readFileSync(draftFile, 'utf8')).answers).toEqual({ 'fargate.image': 'ECR tagged with the git SHA' });

    // Run again: the draft is offered back; resuming and submitting keeps one attempt.
    const again = await mount(<DrillApp drill={drill} options={drillTuiOptions(drill, dir, { color: false })} />);
    expect(again.frame()).toContain('Resume it? Enter/y resume · n start over');
    await again.press('y');
    expect(again.frame()).toContain('│ECR tagged with the git SHA');
    await again.press(CTRL_S);
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(again.frame()).toContain('History: best');
    // Grading and writing the attempt take about half a second unloaded; a busy machine needs room.
    }, { timeout: 20_000, interval: 25 });
    const attempts = readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ drillId: 'deployment-sketch', timedOut: false, answers: { 'fargate.image': 'ECR tagged with the git SHA' } });
    expect(existsSync(draftFile)).toBe(false);
  });

  it('n starts over and drops the saved draft', async () => {
    const dir = tempDir('drillbit-drill-app-');
    const drill = findDrill(await loadDrills(), 'deployment-sketch');
    const first = await mount(<DrillApp drill={drill} options={drillTuiOptions(drill, dir, { color: false })} />);
    await first.press(KEY.enter, 'old answer', KEY.escape);
    const again = await mount(<DrillApp drill={drill} options={drillTuiOptions(drill, dir, { color: false })} />);
    await again.press('n');
    expect(again.frame()).not.toContain('old answer');
    expect(again.frame()).toContain('0 answered');
  });
});
