import { describe, expect, it } from 'vitest';
import type { Drill } from '../../src/core/deck/index.js';
import { gradeDrill } from '../../src/core/drills/grade-drill.js';
import { DrillResults } from '../../src/tui/components/DrillResults.js';
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
const history = { count: 1, best: 0, last: 0, trend: 'first' as const, scores: [0] };
const result = gradeDrill(drill, { 'fargate.image': 'In ECR.', 'fargate.tls': '' });
const PAGE = { pageDown: '\u001b[6~', pageUp: '\u001b[5~' };

describe('drill results on a short terminal', () => {
  it('scroll with ↑↓, PgUp/PgDn, Home/End under the pinned total', async () => {
    const ui = await mount(<DrillResults result={result} history={history} timedOut={false} width={40} height={8} />);
    const lines = (): string[] => ui.frame().split('\n');
    const total = lines()[0]!;
    expect(total).toMatch(/^Total 50% partial /);
    expect(lines()).toHaveLength(8);
    const all = Number(/ of (\d+) /.exec(lines()[7]!)![1]);
    expect(lines()[7]).toBe(`lines 1–6 of ${all} · ↑/↓ scroll · PgUp/PgD…`);
    const first = lines().slice(1, 7);
    await ui.press(KEY.down);
    expect(lines()[0]).toBe(total);
    expect(lines().slice(1, 6)).toEqual(first.slice(1));
    await ui.press(KEY.end);
    expect(lines()[0]).toBe(total);
    expect(lines()[6]).toBe('Enter or q to leave');
    expect(lines()[7]).toMatch(new RegExp(`^lines ${all - 5}–${all} of ${all} `));
    await ui.press(KEY.home);
    expect(lines().slice(1, 7)).toEqual(first);
    await ui.press(PAGE.pageDown);
    expect(lines()[7]).toMatch(/^lines 6–11 of /);
    await ui.press(PAGE.pageUp, KEY.up);
    expect(lines().slice(1, 7)).toEqual(first);
  });

  it('shows everything, with no status line, when the height is unknown', async () => {
    const ui = await mount(<DrillResults result={result} history={history} timedOut={false} width={40} />);
    const lines = ui.frame().split('\n');
    expect(lines[0]).toMatch(/^Total 50% partial /);
    expect(lines.at(-1)).toBe('Enter or q to leave');
    expect(lines.filter((l) => l.startsWith(' ') && !l.startsWith('  '))).toEqual([]);
  });
});
