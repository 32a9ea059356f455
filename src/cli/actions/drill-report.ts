/**
 * Plain-text results of a drill attempt: total, per-section score with what
 * was met and missed, structural check messages, model answers, history.
 */
import { explainTotal, type DrillResult } from '../../core/drills/grade-drill.js';
import type { SubnetRoundResult } from '../../core/drills/subnet-round.js';
import type { DrillHistory } from '../../store/attempts.js';

const pct = (score: number): string => `${Math.round(score * 100)}%`;
const indent = (text: string, by = '      '): string => text.split('\n').map((l) => `${by}${l}`).join('\n');

export function formatDrillResult(result: DrillResult): string {
  const lines = [`Score: ${pct(result.score)} (${result.verdict})`, explainTotal(result), ''];
  for (const s of result.sections) {
    lines.push(`${s.id}: ${pct(s.score)} ${s.verdict}`);
    const met = s.criteria.filter((c) => c.met).map((c) => c.id);
    if (met.length) lines.push(`    met: ${met.join(', ')}`);
    for (const hint of s.hints) lines.push(`    missed: ${hint}`);
    for (const c of s.contradictions) lines.push(`    wrong: ${c.message}`);
    for (const note of s.notes) lines.push(`    note: ${note}`);
    lines.push('    model answer:', indent(s.modelAnswer));
  }
  if (result.checks.length) {
    lines.push('', 'Checks:');
    for (const c of result.checks) lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.message}`);
  }
  return lines.join('\n');
}

export function formatRoundResult(result: SubnetRoundResult): string {
  const right = result.problems.filter((p) => p.correct).length;
  const lines = [`Score: ${pct(result.score)} (${result.verdict}), ${right} of ${result.problems.length} right`];
  result.problems.forEach((p, i) => {
    lines.push('', `Problem ${i + 1}: ${p.diagnosis}`);
    if (!p.correct) p.steps.forEach((step, j) => lines.push(`    ${j + 1}. ${step}`));
  });
  return lines.join('\n');
}

export function formatHistory(history: DrillHistory): string {
  if (!history.count || history.best === undefined || history.last === undefined) return 'History: no attempts yet';
  const trend = history.trend === 'first' ? 'first attempt' : `trend ${history.trend}`;
  return `History: best ${pct(history.best)}, last ${pct(history.last)}, ${trend} (${history.count} attempt${history.count === 1 ? '' : 's'})`;
}
