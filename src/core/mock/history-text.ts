/** `drillbit mock history` as text: every attempt, then per-tag trends. Pure. */
import { pct, signedPoints, when } from './format-parts.js';
import type { MockHistory } from './history.js';

/** `command` runs drillbit where the user is ("npx drillbit" from a clone). */
export function formatMockHistory(history: MockHistory, tag?: string, command = 'drillbit'): string {
  if (!history.attempts.length) return tag ? `No mock interview has asked about "${tag}" yet.` : `No mock interviews yet; run "${command} mock" to take one.`;
  const lines = [tag ? `Mock interviews with "${tag}" (score of that tag)` : 'Mock interviews', '  id  started                score  vs prev  vs best  questions  minutes'];
  for (const a of history.attempts) {
    lines.push(`  ${a.id.padStart(2)}  ${when(a.startedAt)}  ${pct(a.score).padStart(5)}  ${signedPoints(a.vsPrevious).padStart(7)}  ${signedPoints(a.vsBest).padStart(7)}  ${String(a.questions).padStart(9)}  ${String(a.minutes).padStart(7)}${a.timedOut ? '  (time ran out)' : ''}`);
  }
  const width = Math.max(3, ...history.tags.map((t) => t.tag.length));
  lines.push('', 'Per tag, oldest to newest (· not asked), last score, change vs previous and vs best');
  for (const t of history.tags) {
    lines.push(`  ${t.tag.padEnd(width)}  ${t.sparkline}  ${pct(t.score).padStart(4)}  ${signedPoints(t.vsPrevious).padStart(4)} vs prev  ${signedPoints(t.vsBest).padStart(4)} vs best`);
  }
  return lines.join('\n');
}

