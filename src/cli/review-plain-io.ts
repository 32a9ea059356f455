/** Line input and the printed blocks of the plain review protocol. */
import { createInterface } from 'node:readline';
import type { GradeResult } from '../core/grading/types.js';
import { cleanAnswer, MAX_ANSWER_CHARS } from '../core/answer-input.js';
import { sanitize } from '../core/grading/sanitize.js';
import { formatInterval, type RatingPreview } from '../core/scheduling/fsrs.js';
import { RATINGS, ratingNumber, type RatingName } from '../core/scheduling/rating.js';

/** Reads stdin one line at a time; undefined at end of input. */
export interface LineReader {
  next(): Promise<string | undefined>;
  /** Which read of the input the last line returned came in (1, 2, …): lines of one read arrived in one burst. */
  lastRead(): number;
  close(): void;
}

export function stdinLines(input: NodeJS.ReadableStream = process.stdin): LineReader {
  let reads = 0;
  // Counted before readline sees the chunk, so each line knows the read it came in.
  input.on('data', () => void reads++);
  // terminal: false, so Ctrl+C reaches the process as a real SIGINT.
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const ready: { text: string; read: number }[] = [];
  let waiting: (() => void) | undefined;
  let closed = false;
  let last = 0;
  const wake = (): void => {
    const w = waiting;
    waiting = undefined;
    w?.();
  };
  rl.on('line', (text) => {
    ready.push({ text, read: reads });
    wake();
  });
  rl.on('close', () => {
    closed = true;
    wake();
  });
  return {
    async next() {
      while (!ready.length && !closed) await new Promise<void>((resolve) => (waiting = resolve));
      const item = ready.shift();
      if (!item) return undefined;
      last = item.read;
      return item.text;
    },
    lastRead: () => last,
    close: () => rl.close(),
  };
}

/**
 * Reads an answer: lines up to an empty line, sanitized and cut to the answer
 * limit (`cut` says so; lines past it are read and dropped, not kept in memory).
 * `ended` is true when input ended first. `burst` is true when the whole
 * answer and the empty line that ends it came in one read (pasted, piped or
 * typed ahead): typed at a terminal, each line is a read of its own.
 */
export async function readAnswer(lines: LineReader): Promise<{ answer: string; ended: boolean; burst: boolean; cut: boolean; quit?: true }> {
  const parts: string[] = [];
  let size = 0;
  let cut = false;
  let first: number | undefined;
  const done = (ended: boolean, burst: boolean): { answer: string; ended: boolean; burst: boolean; cut: boolean } => {
    const clean = cleanAnswer(parts.join('\n'));
    return { answer: clean.text, ended, burst, cut: cut || clean.cut };
  };
  for (;;) {
    const line = await lines.next();
    if (line === undefined) return done(true, true);
    first ??= lines.lastRead();
    // `q` alone where an answer starts ends the session (as at the rating prompt); it is never graded.
    if (parts.length === 0 && line.trim() === 'q') return { answer: '', ended: false, burst: false, cut: false, quit: true };
    if (line.trim() === '') return done(false, parts.length > 0 && lines.lastRead() === first);
    if (size > MAX_ANSWER_CHARS) {
      cut = true;
      continue;
    }
    parts.push(line.length > MAX_ANSWER_CHARS + 1 ? line.slice(0, MAX_ANSWER_CHARS + 1) : line);
    size += line.length + 1;
  }
}

const title = (r: RatingName): string => r[0]!.toUpperCase() + r.slice(1);

/** The feedback block: verdict, criteria met and missed, contradictions, notes, model answer. */
export function feedbackText(grade: GradeResult, modelAnswer: string): string {
  const out = [`verdict: ${grade.verdict} (score ${grade.score.toFixed(2)})`];
  for (const c of grade.criteria) {
    out.push(c.met ? `  met: ${c.id}${c.evidence ? ` ("${c.evidence}")` : ''}` : `  missed: ${c.id}${c.hint ? ` - ${c.hint}` : ''}`);
  }
  for (const c of grade.contradictions) out.push(`  wrong: ${c.message}${c.evidence ? ` ("${c.evidence}")` : ''}`);
  for (const n of grade.notes) out.push(`  note: ${n}`);
  out.push(`model answer: ${modelAnswer}`);
  // The evidence quotes the answer and the rest comes from the deck; both are clean, and this keeps it so.
  return sanitize(out.join('\n'));
}

/** `suggested: Good  [1 Again <1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d]  Enter accepts, 1-4 overrides, q quits` */
export function ratingPrompt(suggested: RatingName, preview: RatingPreview): string {
  const choices = RATINGS.map((r) => `${ratingNumber(r)} ${title(r)} ${formatInterval(preview[r].intervalMs)}`).join(' · ');
  return `suggested: ${title(suggested)}  [${choices}]  Enter accepts, 1-4 overrides, q quits`;
}
