// Start-up of commands that print no UI: ≤ 1.5 × `node -e 0`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function startup({ drillbit, baselineMs }) {
  const rows = [];
  // stats reads a data directory: a fresh one, so the figure is the same on every machine.
  const home = mkdtempSync(join(tmpdir(), 'drillbit-bench-stats-'));
  for (const args of [['--version'], ['lint'], ['stats', '--json']]) {
    const ms = drillbit(args, { env: { DRILLBIT_HOME: home } });
    const ratio = ms / baselineMs;
    rows.push({
      name: `drillbit ${args.join(' ')} wall time`,
      figure: `${ms.toFixed(1)} ms = ${ratio.toFixed(2)}×`,
      budget: '≤ 1.5× node -e 0',
      ok: ratio <= 1.5,
    });
  }
  rmSync(home, { recursive: true, force: true });
  return rows;
}
