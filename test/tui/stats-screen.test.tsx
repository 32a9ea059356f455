import { describe, expect, it, vi } from 'vitest';
import { StatsScreen } from '../../src/tui/screens/StatsScreen.js';
import { stats } from './fixtures.js';
import { KEY, mount } from './render.js';

describe('StatsScreen', () => {
  it('draws the heatmap, the forecast and the figures in 40 columns', async () => {
    const ui = await mount(<StatsScreen stats={stats} width={40} onBack={() => {}} onHelp={() => {}} />);
    expect(ui.frame()).toBe(
      [
        'Reviews, last 37 weeks',
        'Mo                                  ···█',
        'Tu                                  ····',
        'We                                  ···░',
        'Th                                  ···▒',
        'Fr                                  ··░',
        'Sa                                 ····',
        'Su                                 ···▒',
        '· none  ░▒▓█ fewer → more',
        '',
        'Due, next 30 days',
        '8 │   █',
        '  │   █',
        '  │█  █',
        '  │█  █',
        '0 │█ ███',
        '   today  +7     +14    +21',
        '',
        'Reviews 18 · retention 87% · streak 2 d',
        'Leeches',
        '   5× Is Fargate an orchestrator?',
        '',
        'q back · ? help',
      ].join('\n'),
    );
  });

  it('labels the heatmap’s months when today’s date is known', async () => {
    const ui = await mount(<StatsScreen stats={{ ...stats, today: '2026-11-30', todayWeekday: 0 }} width={40} onBack={() => {}} onHelp={() => {}} />);
    // Monday 30 November 2026: the columns' Sundays run from 29 March to 6 December.
    expect(ui.frame().split('\n').slice(0, 3)).toEqual(['Reviews, last 37 weeks', '    Apr May  Jun Jul Aug  Sep Oct Nov', 'Mo                                  ···▒']);
  });

  it('q and Esc go back, ? asks for help', async () => {
    const onBack = vi.fn();
    const onHelp = vi.fn();
    const ui = await mount(<StatsScreen stats={stats} width={80} onBack={onBack} onHelp={onHelp} />);
    await ui.press('?', 'q', KEY.escape);
    expect(onHelp).toHaveBeenCalledOnce();
    expect(onBack).toHaveBeenCalledTimes(2);
  });

  it('before any review: retention is a dash and there are no leeches', async () => {
    const none = { ...stats, retention: undefined, leeches: [], reviewsTotal: 0, streak: 0 };
    const ui = await mount(<StatsScreen stats={none} width={60} onBack={() => {}} onHelp={() => {}} />);
    expect(ui.frame()).toContain('Reviews 0 · retention — · streak 0 d\nLeeches\n  none');
  });
});
