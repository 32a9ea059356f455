/**
 * A graded drill as screen rows (wrapped, coloured by tone) for the scrolling
 * results: the total is pinned at the top, the rest scrolls. Pure.
 */
import { explainTotal, type DrillResult } from '../core/drills/grade-drill.js';
import type { SubnetRoundResult } from '../core/drills/subnet-round.js';
import type { DrillHistory } from './drill-contract.js';
import type { ScrollRow } from './components/ScrollView.js';
import { bar } from './bars.js';
import type { Tone } from './theme.js';
import { wrapRows } from './wrap-rows.js';
import { pulledForwardText } from '../core/drills/pulled-text.js';

/** Related deck cards the attempt put into the next review (the plain runner's line). */
export type Pulled = { tags: string[]; keys: string[] };
/** A tone's colour, or undefined when colour is off. */
export type ToneOf = (tone: Tone) => string | undefined;

/** The total (pinned) and everything below it (scrolled). */
export interface ResultRows {
  pinned: ScrollRow[];
  rows: ScrollRow[];
}

const pct = (score: number): string => `${Math.round(score * 100)}%`;
const TONE: Record<string, Tone> = { correct: 'good', partial: 'warn', incorrect: 'bad' };

const para = (text: string, width: number, style: Omit<ScrollRow, 'text'> = {}): ScrollRow[] => wrapRows(text, width).map((t) => ({ ...style, text: t }));
/** Wrapped two columns in, continuation rows too. */
const indent = (text: string, width: number, style: Omit<ScrollRow, 'text'> = {}): ScrollRow[] =>
  wrapRows(text, Math.max(1, width - 2)).map((t) => ({ ...style, text: `  ${t}` }));

export function historyLine(h: DrillHistory): string {
  if (!h.count || h.best === undefined || h.last === undefined) return 'History: no attempts yet';
  const trend = h.trend === 'first' ? 'first attempt' : `trend ${h.trend}`;
  return `History: best ${pct(h.best)}, last ${pct(h.last)}, ${trend} (${h.count} attempt${h.count === 1 ? '' : 's'})`;
}

function footer(history: DrillHistory, pulled: Pulled | undefined, width: number): ScrollRow[] {
  const n = pulled?.keys.length ?? 0;
  const review = n ? para(pulledForwardText(n, pulled!.tags), width) : [];
  return [{ text: '' }, ...para(historyLine(history), width), ...review];
}

/** A graded sketch: total, each section with met / missed / model answer, the structural checks. */
export function sketchRows(result: DrillResult, history: DrillHistory, timedOut: boolean, pulled: Pulled | undefined, width: number, tone: ToneOf): ResultRows {
  const pinned: ScrollRow[] = [
    ...(timedOut ? para('Time is up: the attempt was submitted as it stood.', width, { color: tone('warn') }) : []),
    ...para(`Total ${pct(result.score)} ${result.verdict} ${bar(result.score, Math.max(5, Math.min(20, width - 20)))}`, width, { bold: true, color: tone(TONE[result.verdict] ?? 'info') }),
  ];
  const rows: ScrollRow[] = [...para(explainTotal(result), width, { dim: true })];
  for (const s of result.sections) {
    rows.push({ text: '' }, ...para(`${pct(s.score).padStart(4)} ${s.id}`, width, { bold: true, color: tone(TONE[s.verdict] ?? 'info') }));
    for (const c of s.criteria.filter((c) => c.met)) rows.push(...indent(`✓ ${c.id.replace(/[-_.]+/g, ' ')}`, width));
    for (const h of s.hints) rows.push(...indent(`✗ ${h}`, width, { color: tone('bad') }));
    for (const c of s.contradictions) rows.push(...indent(`! ${c.message}`, width, { color: tone('bad') }));
    rows.push(...indent(`model: ${s.modelAnswer}`, width, { dim: true }));
  }
  if (result.checks.length) rows.push({ text: '' }, { text: 'Checks', bold: true });
  for (const c of result.checks) rows.push(...para(`${c.ok ? '✓' : '✗'} ${c.message}`, width, { color: tone(c.ok ? 'good' : 'bad') }));
  return { pinned, rows: [...rows, ...footer(history, pulled, width)] };
}

/** A graded subnet round: each problem's diagnosis and, when wrong, the worked solution. */
export function roundRows(result: SubnetRoundResult, history: DrillHistory, timedOut: boolean, pulled: Pulled | undefined, width: number, tone: ToneOf): ResultRows {
  const right = result.problems.filter((p) => p.correct).length;
  const pinned: ScrollRow[] = [
    ...(timedOut ? para('Time is up: the round was submitted as it stood.', width, { color: tone('warn') }) : []),
    ...para(`Total ${pct(result.score)}: ${right} of ${result.problems.length} right`, width, { bold: true, color: tone(TONE[result.verdict] ?? 'info') }),
  ];
  const rows: ScrollRow[] = [];
  result.problems.forEach((p, i) => {
    rows.push({ text: '' }, ...para(`${p.correct ? '✓' : '✗'} Problem ${i + 1}: ${p.diagnosis}`, width, { color: tone(p.correct ? 'good' : 'bad') }));
    if (!p.correct) p.steps.forEach((step, j) => rows.push(...indent(`${j + 1}. ${step}`, width)));
  });
  return { pinned, rows: [...rows, ...footer(history, pulled, width)] };
}
