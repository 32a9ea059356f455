/**
 * The hand-over to the drill TUI (src/tui/drill.tsx, owned by the TUI
 * engineer): `drillbit drill <id>` in a terminal and a drill chosen on home
 * both pass `drillTuiOptions(...)` to `runDrillTui(drill, options)`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadDrills } from '../../src/cli/content.js';
import { drillTuiOptions, findDrill } from '../../src/cli/actions/drill.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('drill TUI contract', () => {
  it('offers the saved draft, resumes it through startSession, and discardDraft drops it', async () => {
    const dir = tempDir('drillbit-tui-contract-');
    expect(runCli(['drill', 'deployment-sketch', '--plain'], { input: 'ECR with a git sha tag\n', env: { DRILLBIT_HOME: dir } }).status).toBe(1);  // input ends before the last section: the draft is kept, exit 1
    const drill = findDrill(await loadDrills(), 'deployment-sketch');
    const options = drillTuiOptions(drill, dir, { seed: 7, color: false });
    expect(options).toMatchObject({ dataDir: dir, seed: 7, color: false });
    expect(options.draft?.answers).toEqual({ 'fargate.image': 'ECR with a git sha tag' });
    const session = options.startSession(options.draft);
    expect(session.answers).toEqual({ 'fargate.image': 'ECR with a git sha tag' });
    expect(session.clock().remainingMs).toBeLessThanOrEqual(options.draft!.remainingMs);
    options.discardDraft();
    expect(existsSync(join(dir, 'drafts', 'deployment-sketch.json'))).toBe(false);
    expect(drillTuiOptions(drill, dir).draft).toBeUndefined();
  });

  it('a generated drill session carries the seeded problems with the answer format', async () => {
    const dir = tempDir('drillbit-tui-contract-');
    const drill = findDrill(await loadDrills(), 'subnet-bits');
    const session = drillTuiOptions(drill, dir, { seed: 3 }).startSession();
    expect(session.problems).toHaveLength(5);
    for (const p of session.problems) expect(p.text.endsWith('Answer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25".')).toBe(true);
  });
});
