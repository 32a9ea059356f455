/**
 * `drillbit grade --drill ID --answers FILE [--json]`: grades a drill attempt
 * written to a file (JSON or YAML map of section id → text) without keeping it.
 */
import { readFileSync } from 'node:fs';
import { cleanAnswer, MAX_ANSWER_CHARS } from '../../core/answer-input.js';
import { sanitize } from '../../core/grading/sanitize.js';
import { parse as parseYaml } from 'yaml';
import type { Drill } from '../../core/deck/schema.js';
import { DrillbitError, UsageError } from '../../core/errors.js';
import { gradeDrill } from '../../core/drills/grade-drill.js';
import { gradeSubnetRound, problemKey, subnetRoundProblems } from '../../core/drills/subnet-round.js';
import type { GradeOptions } from '../commands/grade.js';
import { loadDrills } from '../content.js';
import { findDrill } from './drill.js';
import { formatDrillResult, formatRoundResult } from './drill-report.js';

/** Reads FILE as a map of section id → answer text. */
export function readAnswersFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrillbitError(code === 'ENOENT' ? `cannot read ${file}: no such file; give --answers a JSON or YAML file mapping section id to answer` : `cannot read ${file} (${code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new DrillbitError(`${file} is not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new DrillbitError(`${file} must map section ids to answer text, e.g. {"fargate.image": "..."}`);
  const answers: Record<string, string> = {};
  for (const [id, answer] of Object.entries(value as Record<string, unknown>)) {
    const text = typeof answer === 'string' ? answer : typeof answer === 'number' || typeof answer === 'boolean' ? String(answer) : undefined;
    if (text === undefined) {
      if (answer !== null) throw new DrillbitError(`${file}: the answer to "${id}" must be text`);
      continue;
    }
    const clean = cleanAnswer(text);
    if (clean.cut) throw new DrillbitError(`${file}: the answer to "${sanitize(id)}" is ${text.length} characters long; the limit is ${MAX_ANSWER_CHARS}, so shorten it`);
    answers[id] = clean.text;
  }
  return answers;
}

function checkIds(drill: Drill, answers: Record<string, string>, file: string, seedProblems: number): void {
  const known = drill.sections ? drill.sections.map((s) => s.id) : [...Array.from({ length: seedProblems }, (_, i) => problemKey(i)), 'seed'];
  const unknown = Object.keys(answers).filter((id) => !known.includes(id));
  if (unknown.length) {
    throw new DrillbitError(`${file}: unknown section id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} for drill ${drill.id}; the sections are: ${known.join(', ')}`);
  }
}

export async function runGradeDrill(options: GradeOptions): Promise<void> {
  if (!options.drill) throw new UsageError('--drill needs a drill id');
  if (!options.answers) throw new UsageError('--drill needs --answers FILE (JSON or YAML mapping section id to answer text)');
  const drill = findDrill(await loadDrills(), options.drill);
  const answers = readAnswersFile(options.answers);
  const count = drill.generator?.problems ?? 5;
  checkIds(drill, answers, options.answers, count);
  if (drill.sections) {
    const result = gradeDrill(drill, answers);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatDrillResult(result)}\n`);
    return;
  }
  const seed = Number(answers['seed']);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new DrillbitError(`${options.answers}: a generated drill needs "seed" (the round's seed, a whole number) beside problem-1 …`);
  const result = gradeSubnetRound(drill.id, subnetRoundProblems(seed, count), answers);
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatRoundResult(result)}\n`);
}
