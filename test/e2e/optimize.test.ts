import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateHistory } from '../../scripts/bench/simulated-learner.mjs';
import { dayKey } from '../../src/core/scheduling/day.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NOW = '2026-06-01T10:00:00Z';
const canOptimize = process.platform === 'linux' && process.arch === 'x64';

function home(reviews: number, options: { cards?: number; source?: string; settings?: object } = {}) {
  const dir = join(tempDir(), 'home');
  mkdirSync(dir, { recursive: true });
  const lines = simulateHistory({ reviews, cards: options.cards ?? 100, dayOf: (at) => dayKey(at), ...(options.source ? { source: options.source } : {}) });
  writeFileSync(join(dir, 'history.jsonl'), `${lines.join('\n')}\n`);
  if (options.settings) writeFileSync(join(dir, 'settings.json'), JSON.stringify(options.settings));
  return { dir, env: { DRILLBIT_HOME: dir, DRILLBIT_NOW: NOW } };
}

describe('drillbit optimize (built binary)', () => {
  it.skipIf(!canOptimize)('fits on a simulated learner, keeps the fit beside the other settings, and stats reports it', () => {
    const { dir, env } = home(1500, { settings: { desiredRetention: 0.85 } });
    const r = runCli(['optimize'], { env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fitted FSRS-6 on 1,500 reviews \(\d+ items to fit, the newest \d+ held out\) in \d+\.\d s$/);
    const m = /^held out: fitted log loss (\d\.\d{4}), RMSE (\d\.\d{4}); default parameters log loss (\d\.\d{4}), RMSE (\d\.\d{4})$/.exec(lines[1]!);
    expect(m).not.toBeNull();
    const [fittedLoss, fittedRmse, defaultLoss, defaultRmse] = m!.slice(1).map(Number) as [number, number, number, number];
    // The simulated learner forgets unlike the defaults: the fit must predict its newest reviews better.
    expect(fittedLoss).toBeLessThan(defaultLoss);
    expect(fittedRmse).toBeLessThan(defaultRmse);
    expect(lines[2]).toMatch(/^predicted retention \d+\.\d%, actual \d+\.\d% on the held-out spaced reviews$/);
    expect(lines[3]).toBe(`kept: saved to ${dir}/settings.json (fsrsParameters); reviews from now on are scheduled with them`);
    const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(settings.desiredRetention).toBe(0.85);
    expect(settings.fsrsParameters.w).toHaveLength(21);
    expect(settings.fsrsParameters).toMatchObject({ reviews: 1500, fittedAt: '2026-06-01T10:00:00.000Z' });
    expect(settings.fsrsParameters.logLoss.toFixed(4)).toBe(fittedLoss.toFixed(4));
    const stats = runCli(['stats'], { env });
    expect(stats.stdout).toContain(`parameters: fitted on 1,500 reviews (2026-06-01); held-out log loss ${fittedLoss.toFixed(4)} (was ${defaultLoss.toFixed(4)}), RMSE ${fittedRmse.toFixed(4)} (was ${defaultRmse.toFixed(4)}); predicted retention `);
    expect(JSON.parse(runCli(['stats', '--json'], { env }).stdout).parameters).toMatchObject({ fitted: true, reviews: 1500 });
    // Run again: the fit is now compared with the fitted parameters in use.
    const again = runCli(['optimize'], { env });
    expect(again.stdout.split('\n')[1]).toMatch(/; current fitted parameters log loss \d\.\d{4}, RMSE \d\.\d{4}$/);
  }, 90_000);

  it('refuses under 1,000 reviews, and team and mock answers do not count', () => {
    for (const [reviews, source, have] of [[600, undefined, '600'], [1200, 'team', '0'], [1200, 'mock', '0']] as const) {
      const { dir, env } = home(reviews, source ? { source } : {});
      const r = runCli(['optimize'], { env });
      expect(r.stderr).toBe(`drillbit: optimize needs at least 1,000 reviews of your own to fit parameters; the history has ${have} (team and mock answers do not count), so scheduling keeps its current parameters\n`);
      expect(r.status).toBe(1);
      expect(existsSync(join(dir, 'settings.json'))).toBe(false);
    }
    const stats = runCli(['stats'], { env: { DRILLBIT_HOME: join(tempDir(), 'empty'), DRILLBIT_NOW: NOW } });
    expect(stats.stdout).toContain('parameters: FSRS-6 defaults (drillbit optimize fits them to your history once it has 1,000 reviews)\n');
  }, 90_000);
});
