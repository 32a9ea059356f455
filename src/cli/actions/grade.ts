/**
 * `drillbit grade`: grade an answer on stdin against a card (`--card`), or a
 * JSON Lines file of answers (`--batch`). Never touches the schedule, never
 * loads ink. Answers longer than MAX_ANSWER_CHARS are refused.
 */
import { DrillbitError, UsageError } from '../../core/errors.js';
import { cleanAnswer, MAX_ANSWER_CHARS } from '../../core/answer-input.js';
import type { Deck } from '../../core/deck/schema.js';
import { gradeCard, gradeReference, sanitize } from '../../core/grading/index.js';
import type { GradeOptions } from '../commands/grade.js';
import { gradeJson, gradeText, useColor } from './grade-format.js';
import { fileLines, type FileLine } from '../file-lines.js';

/** The longest answer drillbit accepts anywhere, in characters. */
export { MAX_ANSWER_CHARS };

function checkSize(answer: string, truncated = false): void {
  if (truncated || answer.length > MAX_ANSWER_CHARS) {
    const size = truncated ? `over ${MAX_ANSWER_CHARS}` : String(answer.length);
    throw new DrillbitError(`the answer is ${size} characters long; the limit is ${MAX_ANSWER_CHARS}, so shorten it`);
  }
}

async function readStdin(): Promise<{ text: string; truncated: boolean }> {
  if (process.stdin.isTTY) process.stderr.write('Type your answer, then press Ctrl-D on an empty line.\n');
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // Stop reading early: anything this big is over the limit whatever its encoding.
    if (size > MAX_ANSWER_CHARS * 4 + 4) {
      truncated = true;
      break;
    }
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated };
}

export async function runGrade(options: GradeOptions): Promise<void> {
  if (options.drill) {
    const { runGradeDrill } = await import('./grade-drill.js');
    return runGradeDrill(options);
  }
  if (options.card && options.batch) throw new UsageError('use either --card or --batch, not both');
  if (options.card) return gradeOne(options.card, Boolean(options.json));
  if (options.batch) return gradeBatch(options.batch, Boolean(options.json));
  throw new UsageError('say what to grade: --card ID (answer on stdin), --batch FILE.jsonl, or --drill ID --answers FILE');
}

// Deck loading pulls in the YAML parser and zod: only load it when a card is asked for.
const content = (): Promise<typeof import('../content.js')> => import('../content.js');

async function gradeOne(ref: string, json: boolean): Promise<void> {
  const { findCard, loadDecks } = await content();
  const { deck, card } = findCard(await loadDecks(), ref);
  const input = await readStdin();
  const answer = input.text.replace(/\n$/, '');
  checkSize(answer, input.truncated);
  const result = gradeCard(card, cleanAnswer(answer).text, deck);
  const id = `${deck.id}/${card.id}`;
  process.stdout.write(json ? `${JSON.stringify(gradeJson(result, id))}\n` : gradeText(result, { card: id, modelAnswer: card.answer, color: useColor() }));
}

interface BatchLine {
  card?: unknown;
  reference?: unknown;
  answer?: unknown;
  question?: unknown;
}

/** Grades one batch line; throws a plain Error whose message names what is wrong. */
function gradeLine(text: string, decks: () => Deck[], findCard: Content['findCard']): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object {"card","answer"} or {"reference","answer"}');
  const line = value as BatchLine;
  if (typeof line.answer !== 'string') throw new Error('"answer" must be a string');
  checkSize(line.answer);
  const answer = cleanAnswer(line.answer).text;
  if (typeof line.card === 'string') {
    const { deck, card } = findCard(decks(), line.card);
    return gradeJson(gradeCard(card, answer, deck), `${deck.id}/${card.id}`);
  }
  if (typeof line.reference === 'string') {
    if (line.question !== undefined && typeof line.question !== 'string') throw new Error('"question" must be a string');
    return gradeJson(gradeReference(sanitize(line.reference), answer, line.question === undefined ? undefined : sanitize(line.question as string)));
  }
  throw new Error('needs "card" (a card id) or "reference" (a model answer)');
}

type Content = typeof import('../content.js');

/** Longest batch line read, in bytes: an answer at the limit in any encoding, JSON-escaped, plus the rest of the record. */
const MAX_LINE_BYTES = MAX_ANSWER_CHARS * 12 + 64 * 1024;

async function gradeBatch(file: string, json: boolean): Promise<void> {
  let lines: Generator<FileLine>;
  try {
    lines = fileLines(file, MAX_LINE_BYTES);
    lines = prime(lines);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrillbitError(code === 'ENOTFILE' ? `cannot read ${file}: not a regular file; give a .jsonl file` : `cannot read ${file} (${code ?? 'error'}); check the path`);
  }
  let lib: Content | undefined;
  let cached: Deck[] | undefined;
  const decks = (): Deck[] => cached ?? [];
  const findCard: Content['findCard'] = (all, ref) => lib!.findCard(all, ref);
  let failed = 0;
  // One line out per line in, as it is graded: memory stays flat however long the file is.
  const emit = (s: string): void => void process.stdout.write(`${s}\n`);
  for (const line of lines) {
    const n = line.n;
    if ('tooLong' in line) {
      failed++;
      const message = `the line is ${line.tooLong} bytes long; a batch line may be at most ${MAX_LINE_BYTES} bytes (answers at most ${MAX_ANSWER_CHARS} characters)`;
      emit(json ? JSON.stringify({ line: n, error: message }) : `${n}: error: ${message}`);
      process.stderr.write(`drillbit: ${file}:${n}: ${message}\n`);
      continue;
    }
    const text = line.text.replace(/\r$/, '');
    // Blank lines (a trailing newline, a gap between records) are not records.
    if (text.trim() === '') continue;
    // Deck loading (YAML + zod) costs start-up time: only when a line names a card.
    if (!lib && text.includes('card')) {
      lib = await content();
      cached = await lib.loadDecks();
    }
    try {
      const result = gradeLine(text, decks, findCard);
      emit(json ? JSON.stringify(result) : `${n}: ${String(result['verdict'])} ${Math.round(Number(result['score']) * 100)}%`);
    } catch (error) {
      if (error instanceof DrillbitError && error.name === 'ContentError') throw error;
      const message = error instanceof Error ? error.message : String(error);
      failed++;
      emit(json ? JSON.stringify({ line: n, error: message }) : `${n}: error: ${message}`);
      process.stderr.write(`drillbit: ${file}:${n}: ${message}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

/** Runs the generator to its first line now, so that an unreadable file fails before anything is printed. */
function prime(lines: Generator<FileLine>): Generator<FileLine> {
  const first = lines.next();
  return (function* () {
    if (first.done) return;
    yield first.value;
    yield* lines;
  })();
}
