/**
 * How `drillbit grade` prints a result: a readable verdict for people, or one
 * JSON object per answer. Answer text shown back has been sanitised by the
 * grader (no escape or control characters).
 */
import type { GradeResult } from '../../core/grading/index.js';

/** The JSON object printed per answer. */
export function gradeJson(result: GradeResult, card?: string): Record<string, unknown> {
  return { ...(card ? { card } : {}), score: Math.round(result.score * 1000) / 1000, verdict: result.verdict, criteria: result.criteria, contradictions: result.contradictions, notes: result.notes };
}

/** Whether to colour stdout: a TTY, NO_COLOR unset, no --no-color flag. */
export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] && !process.argv.includes('--no-color');
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const VERDICT_COLOR = { correct: '32', partial: '33', incorrect: '31' } as const;

/** The readable verdict: header, ✓/✗ per criterion, contradictions, notes, model answer. */
export function gradeText(result: GradeResult, options: { card?: string; modelAnswer?: string; color: boolean }): string {
  const { color } = options;
  const lines: string[] = [];
  const percent = `${Math.round(result.score * 100)}%`;
  lines.push(`${paint(color, `1;${VERDICT_COLOR[result.verdict]}`, result.verdict.toUpperCase())} ${percent}${options.card ? ` (${options.card})` : ''}`);
  for (const c of result.criteria) {
    const mark = c.met ? paint(color, '32', '✓') : paint(color, '31', '✗');
    const detail = c.met ? (c.evidence ? `: "${c.evidence}"` : '') : c.hint ? `: ${c.hint}` : '';
    lines.push(`  ${mark} ${c.id}${detail}`);
  }
  for (const c of result.contradictions) {
    lines.push(`  ${paint(color, '31', '!')} ${c.id}: ${c.message} (you wrote: "${c.evidence}")`);
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  if (options.modelAnswer) {
    lines.push('', paint(color, '1', 'Model answer:'));
    for (const line of options.modelAnswer.trim().split('\n')) lines.push(`  ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
