/** The mock report as Markdown, to share with a study partner or mentor. Pure. */
import { bar, duration, pct, retakeCommand, when } from './format-parts.js';
import { mockFigures } from './report.js';
import type { MockAttempt, QuestionResult } from './types.js';

const quote = (text: string): string => text.trim().split('\n').map((l) => `> ${l}`).join('\n');
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function question(q: QuestionResult): string[] {
  const out = [`### ${q.id} — ${q.verdict} ${pct(q.score)} (${q.tags.join(', ')})`, '', quote(q.prompt), '', '**Your answer:**', '', q.answer.trim() ? quote(q.answer) : '_none_', ''];
  if (q.followUp) out.push(`**Follow-up:** ${q.followUp.prompt}`, '', q.followUp.answer.trim() ? quote(q.followUp.answer) : '_no reply_', '', ...(q.followUp.raised ? ['_The reply raised the score._', ''] : []));
  for (const p of q.points) out.push(`- ${p.met ? '✓' : '✗'} \`${p.id}\`${!p.met && p.hint ? ` — ${p.hint}` : ''}`);
  if (q.points.length) out.push('');
  out.push('**Model answer:**', '', quote(q.modelAnswer), '');
  return out;
}

export function formatMockMarkdown(attempt: MockAttempt, command = 'drillbit'): string {
  const f = mockFigures(attempt);
  const o = attempt.options;
  const out = [
    `# Mock interview ${attempt.id}`,
    '',
    `${when(attempt.startedAt)} · ${o.minutes} min · ${attempt.questions.length} questions · mix ${o.mix} · seed ${o.seed}${attempt.timedOut ? ' · time ran out' : ''}`,
    '',
    `**Overall: ${pct(f.score)}** — ${f.counts.correct} correct, ${f.counts.partial} partial, ${f.counts.incorrect} incorrect${f.counts.unanswered ? ` (${f.counts.unanswered} unanswered)` : ''}`,
    '',
    '## Score per tag',
    '',
    '| tag | score | | questions |',
    '|---|---:|---|---:|',
    ...f.tags.map((t) => `| ${t.tag} | ${pct(t.score)} | \`${bar(t.score)}\` | ${t.questions} |`),
    '',
    `**Weakest tags:** ${f.weakest.map((t) => `${t.tag} (${pct(t.score)})`).join(', ') || '—'}`,
    '',
    '## Rubric points missed most often',
    '',
    ...(f.missed.length ? f.missed.map((m) => `- ${m.count}× \`${m.id}\` (${m.questions.join(', ')})${m.hint ? ` — ${m.hint}` : ''}`) : ['None.']),
    '',
    '## Time per question',
    '',
    '| question | time | soft time |',
    '|---|---:|---:|',
    ...attempt.questions.map((q) => `| ${q.id} ${cell(q.kind === 'card' ? q.ref : q.kind)} | ${duration(q.timeMs)} | ${duration(q.softMs)} |`),
    '',
    '## Questions',
    '',
    ...attempt.questions.flatMap(question),
    '## Cards to study',
    '',
    ...(attempt.study.length ? attempt.study.map((k) => `- \`${k}\``) : ['None.']),
    '',
    `Retake: \`${retakeCommand(o, command)}\``,
    '',
  ];
  return out.join('\n');
}
