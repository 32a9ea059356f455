/**
 * The mock report as plain text (terminal, plain mode, the TUI's report
 * screen): overall score, per-tag bars, weakest tags, most-missed points,
 * time per question, every question with ✓/✗ per point and the model
 * answer, the cards to study and how to retake the interview.
 */
import { bar, duration, indent, pct, retakeCommand, when } from './format-parts.js';
import { mockFigures } from './report.js';
import type { MockAttempt, QuestionResult } from './types.js';

function questionLines(q: QuestionResult): string[] {
  const lines = [`${q.id} · ${q.verdict} ${pct(q.score)} · ${q.kind === 'card' ? q.ref : q.kind} · ${q.tags.join(', ')}`, indent(q.prompt, '  ')];
  lines.push(q.answer.trim() ? `  Your answer:\n${indent(q.answer.trim(), '    ')}` : '  Your answer: (none)');
  if (q.followUp) {
    lines.push(`  Follow-up: ${q.followUp.prompt}`);
    lines.push(q.followUp.answer.trim() ? `  Your reply:\n${indent(q.followUp.answer.trim(), '    ')}${q.followUp.raised ? '\n  (the reply raised the score)' : ''}` : '  Your reply: (none)');
  }
  for (const p of q.points) lines.push(`  ${p.met ? '✓' : '✗'} ${p.id}${!p.met && p.hint ? ` — ${p.hint}` : ''}`);
  for (const n of q.notes) lines.push(`  note: ${n}`);
  lines.push('  Model answer:', indent(q.modelAnswer.trim(), '    '));
  return lines;
}

export function formatMockReport(attempt: MockAttempt, command = 'drillbit'): string {
  const f = mockFigures(attempt);
  const o = attempt.options;
  const c = f.counts;
  const lines = [
    `Mock interview ${attempt.id} · ${when(attempt.startedAt)} · ${o.minutes} min · ${attempt.questions.length} questions · mix ${o.mix} · seed ${o.seed}`,
    `Overall: ${pct(f.score)} ${bar(f.score)}  ${c.correct} correct · ${c.partial} partial · ${c.incorrect} incorrect${c.unanswered ? ` (${c.unanswered} unanswered)` : ''}`,
  ];
  if (attempt.timedOut) lines.push('Time ran out: the answers were submitted as they stood.');
  const width = Math.max(...f.tags.map((t) => t.tag.length), 3);
  lines.push('', 'Score per tag');
  for (const t of f.tags) lines.push(`  ${t.tag.padEnd(width)}  ${bar(t.score)} ${pct(t.score).padStart(4)}  (${t.questions} question${t.questions === 1 ? '' : 's'})`);
  lines.push('', `Weakest tags: ${f.weakest.map((t) => `${t.tag} ${pct(t.score)}`).join(' · ') || '—'}`);
  lines.push('', 'Rubric points missed most often');
  if (!f.missed.length) lines.push('  none');
  for (const m of f.missed) lines.push(`  ${m.count}× ${m.id} (${m.questions.join(', ')})${m.hint ? ` — ${m.hint}` : ''}`);
  lines.push('', 'Time per question (soft time)');
  for (const q of attempt.questions) lines.push(`  ${q.id.padEnd(4)} ${duration(q.timeMs).padStart(5)} (${duration(q.softMs)})${q.timeMs > q.softMs ? ' over' : ''}`);
  lines.push(`  total ${duration(f.totalTimeMs)} of ${duration(o.minutes * 60_000)}`);
  lines.push('', 'Questions');
  for (const q of attempt.questions) lines.push('', ...questionLines(q));
  lines.push('');
  if (attempt.study.length) {
    lines.push(`Cards to study (${attempt.study.length}); "${command} mock report ${attempt.id} --pull" brings them into your next review:`);
    for (const key of attempt.study) lines.push(`  ${key}`);
  } else {
    lines.push('Cards to study: none');
  }
  lines.push(`Retake this interview: ${retakeCommand(o, command)}`);
  return lines.join('\n');
}
