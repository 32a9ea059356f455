import { describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../src/tui/screens/HomeScreen.js';
import type { HomeData } from '../../src/tui/backend.js';
import { drill } from './fixtures.js';
import { KEY, mount } from './render.js';

const data: HomeData = {
  decks: [
    { id: 'containers', title: 'Containers on managed services', due: 12, fresh: 5, total: 40 },
    { id: 'subnets', title: 'Subnet sizing', due: 0, fresh: 3, total: 3 },
  ],
  drills: [drill],
  firstRun: false,
};

describe('HomeScreen', () => {
  it('lists decks with due / new / all, the drills, Stats and Quit', async () => {
    const ui = await mount(<HomeScreen data={data} width={60} onChoose={() => {}} onHelp={() => {}} />);
    expect(ui.frame()).toBe(
      [
        'drillbit — drills that grade what you type',
        '',
        '  Decks                                        due  new  all',
        '› Containers on managed services                12    5   40',
        '  Subnet sizing                                  0    3    3',
        '  Drills',
        '  Deployment sketch (15 min)',
        '',
        '  Stats',
        '  Quit',
        '',
        '↑↓ move · Enter open · ? help · q quit',
      ].join('\n'),
    );
  });

  it('a long drill title is cut before its time limit, which stays visible', async () => {
    const long = { ...drill, title: 'Deploy a containerised service on Fargate behind an ALB with TLS, secrets and autoscaling' };
    const ui = await mount(<HomeScreen data={{ ...data, drills: [long] }} width={40} onChoose={() => {}} onHelp={() => {}} />);
    const line = ui.frame().split('\n').find((l) => l.includes('min)'));
    expect(line).toBe('  Deploy a containerised servi… (15 min)');
  });

  it('shows the first-run hint', async () => {
    const ui = await mount(<HomeScreen data={{ ...data, firstRun: true }} width={60} onChoose={() => {}} onHelp={() => {}} />);
    expect(ui.frame().split('\n').slice(1, 3)).toEqual(['New here? Pick a deck with ↑/↓ and press Enter to start; ?', 'shows the keys.']);
  });

  it('j/k and arrows move, wrapping around; Enter opens the selected row', async () => {
    const onChoose = vi.fn();
    const ui = await mount(<HomeScreen data={data} width={60} onChoose={onChoose} onHelp={() => {}} />);
    await ui.press('j', KEY.down);
    expect(ui.frame()).toContain('› Deployment sketch (15 min)');
    await ui.press(KEY.enter);
    expect(onChoose).toHaveBeenLastCalledWith({ to: 'drill', id: 'deployment-sketch' });
    await ui.press('k', 'k', 'k');
    expect(ui.frame()).toContain('› Quit');
    await ui.press(KEY.up, KEY.enter);
    expect(onChoose).toHaveBeenLastCalledWith({ to: 'stats' });
    await ui.press('j', 'j', KEY.enter);
    expect(onChoose).toHaveBeenLastCalledWith({ to: 'deck', id: 'containers' });
  });

  it('q quits, ? asks for help, s opens stats', async () => {
    const onChoose = vi.fn();
    const onHelp = vi.fn();
    const ui = await mount(<HomeScreen data={data} width={60} onChoose={onChoose} onHelp={onHelp} />);
    await ui.press('?');
    expect(onHelp).toHaveBeenCalledOnce();
    await ui.press('s');
    expect(onChoose).toHaveBeenLastCalledWith({ to: 'stats' });
    await ui.press('q');
    expect(onChoose).toHaveBeenLastCalledWith({ to: 'quit' });
  });

  it('fits 40 columns: titles are cut with an ellipsis, counts stay aligned', async () => {
    const ui = await mount(<HomeScreen data={data} width={40} onChoose={() => {}} onHelp={() => {}} />);
    const lines = ui.frame().split('\n');
    expect(lines.slice(2, 5)).toEqual([
      '  Decks                    due  new  all',
      '› Containers on managed…    12    5   40',
      '  Subnet sizing              0    3    3',
    ]);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
  });
});
