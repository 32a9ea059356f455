/**
 * `drillbit drill list`: id, title, time limit and best score of each drill.
 */
import type { Drill } from '../../core/deck/schema.js';
import { drillHistory, readAttempts } from '../../store/attempts.js';

export function formatDrillList(drills: readonly Drill[], dir: string): string {
  const attempts = readAttempts(dir);
  const rows = drills.map((d) => {
    const h = drillHistory(attempts.filter((a) => a.drillId === d.id));
    return [d.id, `${d.minutes} min`, h.best === undefined ? '—' : `best ${Math.round(h.best * 100)}%`, d.title];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n');
}
